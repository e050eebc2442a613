#!/usr/bin/env bash
# Stops the cluster started by start-postgres.sh and removes it.
set -uo pipefail
dir=$1
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1
rm -rf "$dir"
