#!/usr/bin/env bash
# PostgreSQL (15 on Debian 12) and Chromium for the CI's second database run and browser tests.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "chromium: $(chromium --version 2>/dev/null || echo missing)"
echo "postgresql: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
