#!/usr/bin/env bash
# Dashboard benchmark on N synthetic pledges (default 100 000) on SQLite: server time of GET /api/v1/stats/summary's
# computation, uncached (load the columns and count every figure) and cached, measured in-process through the app's
# DashboardFigures (bench/LocalAction.Bench/DashboardBench.cs). Targets: uncached at most 200 ms, cached at most 5 ms.
# Not run by CI; timings are never test assertions. Usage: bench/run-dashboard-bench.sh [pledges=100000] [iterations=200]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"; ITERATIONS="${2:-200}"
WORK="${BENCH_WORK:-/tmp/localaction-bench}"
DB="$WORK/synthetic-$N.db"
mkdir -p "$WORK" bench/results

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build LocalAction.slnx -c Release -nologo -clp:ErrorsOnly >/dev/null
APP="src/LocalAction.Web/bin/Release/net10.0/LocalAction.Web.dll"
if [ ! -f "$DB" ]; then
  echo "== generating $N synthetic pledges into $DB"
  /usr/bin/time -f "generated in %e s, peak RSS %M KB" dotnet "$APP" synthetic --pledges "$N" --database "$DB"
fi
echo "== database: $(du -hL "$DB" | cut -f1)"
stamp=$(date -u +%Y%m%d-%H%M)
dotnet bench/LocalAction.Bench/bin/Release/net10.0/LocalAction.Bench.dll dashboard "$DB" "$ITERATIONS" | tee "bench/results/dashboard-$N-$stamp.md"
echo "== saved bench/results/dashboard-$N-$stamp.md"
