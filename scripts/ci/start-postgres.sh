#!/usr/bin/env bash
# Starts a throw-away PostgreSQL from Debian's packages without systemd: a fresh cluster in the
# given folder, owned by the postgres user, listening on 127.0.0.1:<port> with trust auth.
set -euo pipefail
dir=$1
port=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
chown postgres:postgres "$dir"
chmod 0700 "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
