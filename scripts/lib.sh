#!/usr/bin/env bash
# Shared helpers for run.sh and test.sh: OS packages, a retried restore, a throwaway PostgreSQL.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_ensure() { # apt_ensure PKG... : installs the packages that are missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing OS packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

require_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }
}

# The registry copy fills lazily: a package can answer 404 once and be there minutes later.
restore_with_retry() {
  local target=$1 i
  for i in 1 2 3; do
    if dotnet restore "$target" 2>&1 | grep -v 'warning NU1603'; [ "${PIPESTATUS[0]}" = 0 ]; then return 0; fi
    echo "dotnet restore failed (try $i of 3); retrying in 30 s" >&2
    sleep 30
  done
  return 1
}

# pg_start: a throwaway PostgreSQL cluster on 127.0.0.1:$PGPORT owned by the postgres OS user; sets PG_CONN and PGDATA_DIR.
pg_start() {
  export PGPORT=${PGPORT:-55439}
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    apt_ensure postgresql
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PGDATA_DIR=$(mktemp -d -t backoffice-pg.XXXXXX)
  chown postgres:postgres "$PGDATA_DIR"; chmod 700 "$PGDATA_DIR"
  local pw; pw=$(mktemp); echo postgres > "$pw"; chown postgres "$pw"
  runuser -u postgres -- "$pgbin/initdb" -D "$PGDATA_DIR" -U postgres --auth=scram-sha-256 --pwfile="$pw" -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pw"
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$PGDATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  PG_BIN=$pgbin
  export PG_CONN="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=postgres"
  echo "PostgreSQL started on 127.0.0.1:$PGPORT"
}

pg_stop() {
  [ -n "${PGDATA_DIR:-}" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA_DIR"
}
