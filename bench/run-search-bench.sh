#!/usr/bin/env bash
# Search benchmark on N synthetic pledges (default 100 000) on SQLite: in-process search + filter + facet times
# (p50/p95/p99), then requests per second with wrk at 32 connections for the list and a filtered search, each beside
# an endpoint returning precomputed JSON of the same size from the same server. Not run by CI; rerun it anywhere.
# Usage: bench/run-search-bench.sh [pledges=100000] [connections=32] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"; CONNECTIONS="${2:-32}"; SECONDS_PER_RUN="${3:-20}"
WORK="${BENCH_WORK:-/tmp/localaction-bench}"; PORT="${BENCH_PORT:-5190}"
DB="$WORK/synthetic-$N.db"; SAVED="$WORK/precomputed"
mkdir -p "$WORK" "$SAVED" bench/results
command -v wrk >/dev/null || { echo "Installing wrk from Debian"; apt-get install -y -qq wrk >/dev/null; }

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
dotnet build LocalAction.slnx -c Release -nologo -clp:ErrorsOnly >/dev/null
APP="src/LocalAction.Web/bin/Release/net10.0/LocalAction.Web.dll"
if [ ! -f "$DB" ]; then
  echo "== generating $N synthetic pledges into $DB"
  /usr/bin/time -f "generated in %e s, peak RSS %M KB" dotnet "$APP" synthetic --pledges "$N" --database "$DB"
fi
echo "== database: $(du -hL "$DB" | cut -f1)"

echo "== in-process search + filter + facets (server compute time per request)"
dotnet bench/LocalAction.Bench/bin/Release/net10.0/LocalAction.Bench.dll "$DB" 200 | tee "$WORK/inprocess.md"

echo "== HTTP: wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning ConnectionStrings__LocalAction="Data Source=$DB" \
  Seed__OnEmptyDatabase=false Bench__PrecomputedFolder="$SAVED" dotnet "$APP" --urls "http://127.0.0.1:$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done

declare -A URLS=( [list]="/api/v1/pledges?page=1" [filtered]="/api/v1/pledges?q=climate&region=002&stage=in-progress&sort=title" )
RESULTS="$WORK/http.md"
echo "| endpoint | response bytes | req/s | p50 | p99 | precomputed req/s | ratio (precomputed / real) | peak app RSS |" > "$RESULTS"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" >> "$RESULTS"
for name in list filtered; do
  url="${URLS[$name]}"
  curl -sf "http://127.0.0.1:$PORT$url" -o "$SAVED/$name.json"
  bytes=$(stat -c %s "$SAVED/$name.json")
  wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT$url" >/dev/null # warm-up
  real=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$PORT$url")
  base=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$PORT/bench/precomputed/$name")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$real"); brps=$(awk '/Requests\/sec/ {print $2}' <<<"$base")
  p50=$(awk '$1=="50%" {print $2}' <<<"$real"); p99=$(awk '$1=="99%" {print $2}' <<<"$real")
  rss=$(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$APP_PID/status)
  ratio=$(awk -v a="$brps" -v b="$rps" 'BEGIN {printf "%.1f", a/b}')
  echo "| \`$url\` | $bytes | $rps | $p50 | $p99 | $brps | $ratio | $rss |" >> "$RESULTS"
done
cat "$RESULTS"
stamp=$(date -u +%Y%m%d-%H%M)
cat "$WORK/inprocess.md" "$RESULTS" > "bench/results/search-$N-$stamp.md"
echo "== saved bench/results/search-$N-$stamp.md"
