# Sourced by scripts/start --scale: the Redis and PostgreSQL servers of the
# scaled setup, on this machine, bound to 127.0.0.1. Installs Debian's
# redis-server and postgresql when they are missing.
#
# Redis holds Reflex's state (per-tab state, live channels, socket records):
# persistence off (--save "" --appendonly no), so nothing it holds ever reaches
# the disk. PostgreSQL keeps its data under ./data/postgres, so tickets survive
# a restart. A server already running from an earlier start (its pid file in
# ./data/) is reused, and left running on exit; a server this shell started is
# stopped by services_stop.

_SVC_SUDO=""; [ "$(id -u)" -eq 0 ] || _SVC_SUDO="sudo"
_SVC_STARTED=()  # what services_stop stops: "redis" and/or "postgres"

_svc_apt_install() {
  echo "==> Installing Debian's $*"
  $_SVC_SUDO apt-get update -qq
  $_SVC_SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# ---- Redis -------------------------------------------------------------------

redis_start() {  # PORT DATA_DIR
  local port="$1" dir="$2"
  command -v redis-server >/dev/null || _svc_apt_install redis-server
  mkdir -p "$dir"
  if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
    if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then
      echo "==> Redis already running on 127.0.0.1:$port (from an earlier start): reusing it"
      return 0
    fi
    echo "Port $port answers as Redis but is not ours ($dir/redis.pid): set SUPPORT_STUDIO_REDIS_PORT." >&2
    return 1
  fi
  echo "==> Starting Redis on 127.0.0.1:$port (persistence off)"
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --daemonize yes
  local tries=0
  until redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; do
    tries=$((tries + 1)); [ "$tries" -lt 100 ] || { cat "$dir/redis.log"; return 1; }
    sleep 0.1
  done
  _SVC_STARTED+=(redis)
}

redis_stop() {  # PORT DATA_DIR
  redis-cli -h 127.0.0.1 -p "$1" shutdown nosave >/dev/null 2>&1 || true
  rm -f "$2/redis.pid"
}

# ---- PostgreSQL --------------------------------------------------------------

_PG_AS=(); [ "$(id -u)" -ne 0 ] || _PG_AS=(runuser -u postgres --)

postgres_start() {  # PORT DATA_DIR; exports SCALE_DB_URL
  local port="$1" dir="$2"
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || _svc_apt_install postgresql
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  mkdir -p "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
  chmod 700 "$dir"
  if [ ! -s "$dir/password" ]; then
    python3 -c 'import secrets; print(secrets.token_hex(16))' > "$dir/password"
    chmod 600 "$dir/password"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    echo "==> Creating the PostgreSQL cluster in $dir/data"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir/password"
    "${_PG_AS[@]}" "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" \
      --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log"; return 1; }
  fi
  local password; password="$(cat "$dir/password")"
  if "${_PG_AS[@]}" "$bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1; then
    echo "==> PostgreSQL already running on $dir/data (from an earlier start): reusing it"
  else
    echo "==> Starting PostgreSQL ($(basename "$(dirname "$bin")")) on 127.0.0.1:$port, data in $dir/data"
    "${_PG_AS[@]}" "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" >/dev/null \
      || { tail -n 20 "$dir/server.log"; return 1; }
    _SVC_STARTED+=(postgres)
  fi
  PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'support_studio'" | grep -q 1 \
    || PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres support_studio
  export SCALE_DB_URL="postgresql+psycopg://postgres:$password@127.0.0.1:$port/support_studio"
}

postgres_stop() {  # DATA_DIR
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  "${_PG_AS[@]}" "$bin/pg_ctl" stop -D "$1/data" -m fast -w >/dev/null 2>&1 || true
}

services_stop() {  # REDIS_PORT DATA_DIR: stop only what this shell started
  local what
  for what in "${_SVC_STARTED[@]}"; do
    case "$what" in
      redis) echo "==> Stopping Redis"; redis_stop "$1" "$2/redis" ;;
      postgres) echo "==> Stopping PostgreSQL"; postgres_stop "$2/postgres" ;;
    esac
  done
  _SVC_STARTED=()
}
