# Sourced by scripts/test (bash, `set -euo pipefail`, $ROOT set): starts a
# throwaway PostgreSQL server for tests/test_postgres.py and exports
# TEST_POSTGRES_URL. Installs Debian's postgresql when it is missing. The server
# (a private cluster in a temp dir, 127.0.0.1 on a free port, password auth)
# is stopped and deleted when the calling shell exits. Safe to source twice.

_PG_SUDO=""; [ "$(id -u)" -eq 0 ] || _PG_SUDO="sudo"
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "==> Installing Debian's postgresql"
  $_PG_SUDO apt-get update -qq
  $_PG_SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
# The newest installed major version's server binaries.
_PG_TEST_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"

# The server refuses to run as root: as root, run it as Debian's postgres user.
_PG_AS=(); [ "$(id -u)" -ne 0 ] || _PG_AS=(runuser -u postgres --)

# Already running from an earlier `source` in this shell: keep using it.
if [ -n "${_PG_TEST_DIR:-}" ] && [ -n "${TEST_POSTGRES_URL:-}" ] \
  && "${_PG_AS[@]}" "$_PG_TEST_BIN/pg_ctl" status -D "$_PG_TEST_DIR/data" >/dev/null 2>&1; then
  return 0
fi

# A half-started server from an earlier failed `source`: remove it first.
! declare -F _pg_test_stop >/dev/null || _pg_test_stop
_PG_TEST_DIR="$(mktemp -d -t support-studio-pg.XXXXXX)"
[ "$(id -u)" -ne 0 ] || chown postgres: "$_PG_TEST_DIR"
_PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
_PG_PASSWORD="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"

_pg_test_stop() {
  # Stop the server (fast: disconnects clients) and delete the cluster.
  if [ -n "${_PG_TEST_DIR:-}" ] && [ -d "$_PG_TEST_DIR" ]; then
    "${_PG_AS[@]}" "$_PG_TEST_BIN/pg_ctl" stop -D "$_PG_TEST_DIR/data" -m fast -w >/dev/null 2>&1 || true
    rm -rf "$_PG_TEST_DIR"
  fi
  unset _PG_TEST_DIR
}
# Chain with whatever EXIT trap the caller already had: run ours, then theirs.
# `trap -p EXIT` prints "trap -- '<command>' EXIT"; parse <command> back out.
# (Never chain to ourselves: after a failed start, a second source re-traps.)
_PG_PREV_EXIT_TRAP="$(trap -p EXIT)"
[ "$_PG_PREV_EXIT_TRAP" != "trap -- '_pg_test_on_exit' EXIT" ] || _PG_PREV_EXIT_TRAP="${_PG_CHAINED_EXIT_TRAP:-}"
_PG_CHAINED_EXIT_TRAP="$_PG_PREV_EXIT_TRAP"
_pg_test_on_exit() {
  _pg_test_stop
  if [ -n "$_PG_PREV_EXIT_TRAP" ]; then
    local -a words; eval "words=(${_PG_PREV_EXIT_TRAP#trap -- })"; eval "${words[0]}"
  fi
}
trap _pg_test_on_exit EXIT

echo "==> Starting a throwaway PostgreSQL ($(basename "$(dirname "$_PG_TEST_BIN")")) on 127.0.0.1:$_PG_PORT"
printf '%s\n' "$_PG_PASSWORD" > "$_PG_TEST_DIR/pw"
[ "$(id -u)" -ne 0 ] || chown postgres: "$_PG_TEST_DIR/pw"
"${_PG_AS[@]}" "$_PG_TEST_BIN/initdb" -D "$_PG_TEST_DIR/data" -U postgres --pwfile="$_PG_TEST_DIR/pw" \
  --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$_PG_TEST_DIR/initdb.log" 2>&1 \
  || { cat "$_PG_TEST_DIR/initdb.log"; return 1; }
rm -f "$_PG_TEST_DIR/pw"
# TCP on 127.0.0.1 only; the unix socket goes in the temp dir, not /var/run.
"${_PG_AS[@]}" "$_PG_TEST_BIN/pg_ctl" start -D "$_PG_TEST_DIR/data" -l "$_PG_TEST_DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $_PG_PORT -k $_PG_TEST_DIR -c fsync=off" >/dev/null \
  || { cat "$_PG_TEST_DIR/server.log"; return 1; }
PGPASSWORD="$_PG_PASSWORD" "$_PG_TEST_BIN/createdb" -h 127.0.0.1 -p "$_PG_PORT" -U postgres support_studio_test

export TEST_POSTGRES_URL="postgresql+psycopg://postgres:$_PG_PASSWORD@127.0.0.1:$_PG_PORT/support_studio_test"
