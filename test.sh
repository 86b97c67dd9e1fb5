#!/usr/bin/env bash
# Runs every test of LocalAction on SQLite and PostgreSQL, pages in Debian's Chromium.
# Installs PostgreSQL and Chromium from Debian's packages when missing (needs root or sudo), starts a throw-away
# PostgreSQL bound to 127.0.0.1, runs the tests, prints the counts, and stops the server.
set -euo pipefail
cd "$(dirname "$0")"

PGPORT="${LOCALACTION_TEST_PGPORT:-55433}"
PGDATA_DIR="${LOCALACTION_TEST_PGDATA:-/tmp/localaction-pgtest-$PGPORT}"
PGUSER_NAME=localaction_test
PGPASS=localaction_test

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need_packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "==> Installing from Debian: ${need_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }

stop_pg() {
  as_postgres "$PGBIN/pg_ctl -D '$PGDATA_DIR' -m fast stop" >/dev/null 2>&1 || true
  $SUDO rm -rf "$PGDATA_DIR"
}
trap stop_pg EXIT

echo "==> Starting a throw-away PostgreSQL on 127.0.0.1:$PGPORT"
stop_pg
$SUDO mkdir -p "$PGDATA_DIR"
$SUDO chown postgres:postgres "$PGDATA_DIR"
$SUDO chmod 700 "$PGDATA_DIR"
as_postgres "$PGBIN/initdb -D '$PGDATA_DIR' -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$PGBIN/pg_ctl -D '$PGDATA_DIR' -l '$PGDATA_DIR/server.log' -w -t 30 start -o \"-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"" >/dev/null
as_postgres "$PGBIN/psql -h /tmp -p $PGPORT -U postgres -v ON_ERROR_STOP=1 -qAt -c \"CREATE ROLE $PGUSER_NAME LOGIN PASSWORD '$PGPASS' CREATEDB\""
export LOCALACTION_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Database=postgres;Username=$PGUSER_NAME;Password=$PGPASS"
export LOCALACTION_TEST_CHROMIUM=/usr/bin/chromium

echo "==> Building"
dotnet build LocalAction.slnx -c Release -nologo -clp:ErrorsOnly

echo "==> Running every test (SQLite and PostgreSQL, browser tests in Chromium)"
results_dir="$(pwd)/TestResults"
rm -rf "$results_dir"
status=0
# One test project after the other: on two cores the browser tests and the app they drive need the CPU to themselves.
for project in tests/LocalAction.Tests tests/LocalAction.BrowserTests; do
  dotnet test "$project" -c Release --no-build -nologo --logger "trx" --results-directory "$results_dir" || status=$?
done

total=0; passed=0; failed=0; skipped=0
for trx in "$results_dir"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  t=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters"); p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters"); s=$(sed -E 's/.* notExecuted="([0-9]+)".*/\1/' <<<"$counters")
  total=$((total+t)); passed=$((passed+p)); failed=$((failed+f)); skipped=$((skipped+s))
done
pg_tests=$(grep -ho 'testName="[^"]*Postgres[^"]*"' "$results_dir"/*.trx 2>/dev/null | wc -l)
echo "==> Tests: $total in all, $passed passed, $failed failed, $skipped not run ($pg_tests of them ran on PostgreSQL)"
if [ "$skipped" -ne 0 ]; then echo "Some tests did not run: that is a failure here."; status=1; fi
exit $status
