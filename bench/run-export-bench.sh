#!/usr/bin/env bash
# Export benchmark on N synthetic pledges (default 100 000) on SQLite: the export verb for CSV, Excel, JSON, HXL and the
# updates companion, the whole registry and a filtered list, each in its own process under /usr/bin/time -v (wall time,
# CPU time, peak RSS); then GET /api/v1/exports/pledges?format=csv on the running app (time, and the app's RSS before and
# its peak after). Targets for the whole-registry CSV: at most 5 s and 200 MB. Not run by CI; timings are never test
# assertions. Usage: [R2R=1] bench/run-export-bench.sh [pledges=100000]   (R2R=1: a ReadyToRun publish instead of a build)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
WORK="${BENCH_WORK:-/tmp/localaction-bench}"
SHARED="$WORK/synthetic-$N.db"
# The export verb migrates the database it reads; its own copy keeps the shared file usable by builds without this schema.
DB="$WORK/exports/synthetic-$N.db"
OUT="$WORK/exports/out"
PORT="${PORT:-5097}"
mkdir -p "$OUT" bench/results

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(load)"
if [ "${R2R:-0}" = "1" ]; then
  # Ahead-of-time compiled (ReadyToRun), as a deployment would publish it: about a third of a cold export's CPU is the JIT.
  dotnet publish src/LocalAction.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/r2r" -nologo -clp:ErrorsOnly >/dev/null
  APP="$WORK/r2r/LocalAction.Web.dll"
else
  dotnet build src/LocalAction.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
  APP="src/LocalAction.Web/bin/Release/net10.0/LocalAction.Web.dll"
fi
if [ ! -f "$DB" ]; then
  if [ -f "$SHARED" ]; then
    echo "== copying $SHARED"
    cp "$SHARED" "$DB"
  else
    echo "== generating $N synthetic pledges into $DB"
    /usr/bin/time -f "generated in %e s, peak RSS %M KB" dotnet "$APP" synthetic --pledges "$N" --database "$DB"
  fi
fi
echo "== database: $(du -hL "$DB" | cut -f1)"
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning ConnectionStrings__LocalAction="Data Source=$DB" Seed__OnEmptyDatabase=false
# Applies pending migrations once, so no timed run includes them.
dotnet "$APP" migrate >/dev/null

stamp=$(date -u +%Y%m%d-%H%M)
RESULTS="bench/results/export-$N-$stamp.md"
{
  echo "Export of $N synthetic pledges ($(du -hL "$DB" | cut -f1) SQLite), $(nproc) cores, started at load $(load)"
  echo
  echo "| export | rows | file | wall s | CPU s (user + sys) | peak RSS MB | load (1 min) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$RESULTS"

run() {
  local name="$1"; shift
  local file="$OUT/$name"
  /usr/bin/time -v -o "$OUT/time.txt" dotnet "$APP" export --out "$file" "$@" > "$OUT/stdout.txt"
  local rows wall cpu rss
  rows=$(sed -E 's/^export: ([0-9]+) .*/\1/' "$OUT/stdout.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$OUT/time.txt")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$OUT/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$OUT/time.txt")
  echo "| \`export $*\` | $rows | $(du -h "$file" | cut -f1) | $wall | $cpu | $rss | $(cut -d' ' -f1 /proc/loadavg) |" | tee -a "$RESULTS"
}

echo "== export verb"
run all.csv --format csv
run all-again.csv --format csv
run all.xlsx --format xlsx
run all.json --format json
run all.hxl.csv --format hxl
run updates.csv --format csv --part updates
run filtered.csv --format csv --round grf-2027 --compact gcr,mirror --sort title

echo "== HTTP: GET /api/v1/exports/pledges?format=csv on the running app"
dotnet "$APP" --urls "http://127.0.0.1:$PORT" > "$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
# The search index is built at start-up in the background; a search waits for it.
curl -sf "http://127.0.0.1:$PORT/api/v1/pledges?pageSize=1" -o /dev/null
rss_before=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
hwm_before=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
timing=$(curl -sf "http://127.0.0.1:$PORT/api/v1/exports/pledges?format=csv" -o "$OUT/http.csv" -w '%{time_starttransfer} %{time_total} %{size_download}')
rss_after=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
hwm_after=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
read -r first total bytes <<< "$timing"
{
  echo
  echo "HTTP \`GET /api/v1/exports/pledges?format=csv\` (whole registry, index already built): first byte after ${first} s, complete after ${total} s, $((bytes / 1048576)) MB;"
  echo "app RSS ${rss_before} MB before, ${rss_after} MB after; peak RSS of the app ${hwm_before} MB before the export, ${hwm_after} MB after (load $(load))."
  cmp -s "$OUT/http.csv" "$OUT/all.csv" && echo "The HTTP file and the verb's file are identical." || echo "The HTTP file differs from the verb's file (pledge urls: the verb writes paths without PublicBaseUrl)."
} | tee -a "$RESULTS"
echo "== saved $RESULTS"
