#!/usr/bin/env bash
# Import benchmark on N synthetic pledges (default 100 000) on SQLite: the export verb writes the synthetic registry as
# CSV and Excel; the import verb reads each into a new, empty database (migrated and given the taxonomies and rounds by
# the verb itself; the seeded registry is never loaded), then the CSV again into the filled one (nothing changes). Each
# run in its own process under /usr/bin/time -v: wall time, CPU time, peak RSS, load. The target exports again and the
# file is compared with the source's. Target: the CSV import of 100 000 pledges in at most 30 s.
# Not run by CI; timings are never test assertions. Usage: bench/run-import-bench.sh [pledges=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
WORK="${BENCH_WORK:-/tmp/localaction-bench}"
SHARED="$WORK/synthetic-$N.db"
DIR="$WORK/imports"
SOURCE="$DIR/source-$N.db"
mkdir -p "$DIR" bench/results

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(load)"
dotnet build src/LocalAction.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
APP="src/LocalAction.Web/bin/Release/net10.0/LocalAction.Web.dll"
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Seed__OnEmptyDatabase=false
if [ ! -f "$SOURCE" ]; then
  if [ ! -f "$SHARED" ]; then
    echo "== generating $N synthetic pledges into $SHARED"
    /usr/bin/time -f "generated in %e s, peak RSS %M KB" dotnet "$APP" synthetic --pledges "$N" --database "$SHARED"
  fi
  # A copy: the export verb migrates the database it reads, and the shared file may serve builds without that schema.
  cp "$SHARED" "$SOURCE"
fi
if [ ! -f "$DIR/pledges-$N.csv" ] || [ ! -f "$DIR/pledges-$N.xlsx" ]; then
  echo "== exporting the source as CSV and Excel"
  ConnectionStrings__LocalAction="Data Source=$SOURCE" dotnet "$APP" export --format csv --out "$DIR/pledges-$N.csv"
  ConnectionStrings__LocalAction="Data Source=$SOURCE" dotnet "$APP" export --format xlsx --out "$DIR/pledges-$N.xlsx"
fi

stamp=$(date -u +%Y%m%d-%H%M)
RESULTS="bench/results/import-$N-$stamp.md"
{
  echo "Import of $N synthetic pledges on SQLite, $(nproc) cores, started at load $(load)"
  echo
  echo "| run | file | result | wall s | CPU s (user + sys) | peak RSS MB | load (1 min) after |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: |"
} > "$RESULTS"

# run NAME DATABASE FILE [--dry-run]
run() {
  local name="$1" db="$2" file="$3"; shift 3
  /usr/bin/time -v -o "$DIR/time.txt" env ConnectionStrings__LocalAction="Data Source=$db" dotnet "$APP" import "$file" "$@" > "$DIR/stdout.txt"
  local result wall cpu rss
  result=$(tail -n 1 "$DIR/stdout.txt" | sed -E 's/^import: [^:]+: //')
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$DIR/time.txt")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$DIR/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$DIR/time.txt")
  echo "| $name | $(du -h "$file" | cut -f1) | $result | $wall | $cpu | $rss | $(cut -d' ' -f1 /proc/loadavg) |" | tee -a "$RESULTS"
}

fresh() { rm -f "$1" "$1-wal" "$1-shm"; }

CSV_TARGET="$DIR/target-csv.db"
XLSX_TARGET="$DIR/target-xlsx.db"
fresh "$CSV_TARGET"; fresh "$XLSX_TARGET"
echo "== import verb"
run "CSV, dry run, empty database" "$CSV_TARGET" "$DIR/pledges-$N.csv" --dry-run
run "CSV into the empty database" "$CSV_TARGET" "$DIR/pledges-$N.csv"
run "the same CSV again (idempotent)" "$CSV_TARGET" "$DIR/pledges-$N.csv"
run "Excel into an empty database" "$XLSX_TARGET" "$DIR/pledges-$N.xlsx"

echo "== round trip: the filled database exported again"
ConnectionStrings__LocalAction="Data Source=$CSV_TARGET" dotnet "$APP" export --format csv --out "$DIR/again-$N.csv" >/dev/null
{
  echo
  if cmp -s "$DIR/pledges-$N.csv" "$DIR/again-$N.csv"; then
    echo "Round trip: the CSV exported from the database the CSV was imported into is identical to the source's ($(du -h "$DIR/again-$N.csv" | cut -f1))."
  else
    # The pledge import does not carry updates, so their figures (derived columns) differ wherever the source had validated ones.
    python3 - "$DIR/pledges-$N.csv" "$DIR/again-$N.csv" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
read = lambda path: list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
a, b = read(sys.argv[1]), read(sys.argv[2])
derived = {"Validated updates", "People reached (latest validated figure)", "Money mobilized (USD, validated updates)"}
keep = [i for i, h in enumerate(a[0]) if h not in derived]
rows = [(x, y) for x, y in zip(a[1:], b[1:]) if [x[i] for i in keep] != [y[i] for i in keep]]
spaces = [r for r in rows if [" ".join(r[0][i].split()) for i in keep] == [" ".join(r[1][i].split()) for i in keep]]
print(f"Round trip: {len(a) - 1} rows exported, {len(b) - 1} exported again; outside the update figures (derived columns: the import does not carry updates) "
      f"{len(rows)} rows differ, {len(spaces)} of them only by spaces around values (the import trims cells).")
PY
  fi
  echo "Database after the CSV import: $(du -hL "$CSV_TARGET" | cut -f1); finished at load $(load)."
} | tee -a "$RESULTS"
echo "== saved $RESULTS"
