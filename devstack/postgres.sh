#!/usr/bin/env bash
# Makes sure a PostgreSQL is listening on 127.0.0.1:5432 and that each named role/database exists
# (user = password = database name, as the services expect locally).
#   devstack/postgres.sh ensure DB...   start the local cluster if it is down, create what is missing
#   devstack/postgres.sh stop           stop the cluster, only if `ensure` started it
#   devstack/postgres.sh status         up or down
set -euo pipefail

HOST=127.0.0.1
PORT=5432
STATE_DIR="${UNIONHUB_STATE_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.unionhub}"
STARTED_MARK="$STATE_DIR/run/postgres.started-by-unionhub"

listening() { pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; }

cluster() { # prints "VERSION NAME" of the local cluster on our port, if Debian's tools know one
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters --no-header 2>/dev/null | awk -v p="$PORT" '$3 == p { print $1, $2; exit }'
}

need_postgres() {
  cat >&2 <<MSG
No PostgreSQL is listening on $HOST:$PORT and none is installed here.
Install one:       sudo apt-get install postgresql      (Debian/Ubuntu; then run this again)
or use containers: docker compose up -d postgres
MSG
  exit 1
}

start() {
  listening && return 0
  local found
  found=$(cluster)
  [ -n "$found" ] || need_postgres
  # start only when down: a second start exits with an error
  # shellcheck disable=SC2086
  pg_ctlcluster $found status >/dev/null 2>&1 || { pg_ctlcluster $found start; mkdir -p "$(dirname "$STARTED_MARK")"; echo "$found" > "$STARTED_MARK"; }
  for _ in $(seq 1 60); do listening && return 0; sleep 0.5; done
  echo "PostgreSQL ($found) did not come up on $HOST:$PORT; see /var/log/postgresql/" >&2
  exit 1
}

as_postgres() { # the superuser over the local socket (peer auth); apps use TCP with passwords
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"
  elif [ "$(id -un)" = postgres ]; then psql -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"
  else sudo -u postgres psql -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"
  fi
}

ensure_database() { # role and database of the same name, password = name
  local db=$1
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "bad database name: $db" >&2; exit 1; }
  as_postgres -d postgres <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db') THEN
    CREATE ROLE $db LOGIN PASSWORD '$db';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $db OWNER $db' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')\gexec
SQL
}

case "${1:-}" in
  ensure)
    shift
    start
    for db in "$@"; do ensure_database "$db"; done
    ;;
  stop)
    if [ -f "$STARTED_MARK" ]; then
      # shellcheck disable=SC2046
      pg_ctlcluster $(cat "$STARTED_MARK") stop && rm -f "$STARTED_MARK"
    fi
    ;;
  status)
    if listening; then echo up; else echo down; exit 1; fi
    ;;
  *)
    echo "usage: $0 ensure DB... | stop | status" >&2; exit 2 ;;
esac
