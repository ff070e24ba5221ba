#!/usr/bin/env bash
# The timeline drafting benchmark: `postmortem timeline` over generated logback logs of growing size
# (default 256 and 1024 MB), whole process, with hyperfine; peak memory with /usr/bin/time -v under a
# small heap. Writes bench/results/timeline.md (+ hyperfine JSON). The logs are generated into
# bench/work (git-ignored) by dev.postmortem.bench.LogInput; they are never made by `mvn verify`.
#
#   bench/timeline.sh [MEGABYTES ...]      RUNS (default 3), HEAP (default 64m)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(256 1024)
RUNS=${RUNS:-3}
HEAP=${HEAP:-64m}
WORK=${WORK:-$ROOT/bench/work}
OUT=$ROOT/bench/results
mkdir -p "$WORK" "$OUT"
if [ ! -f postmortem-cli/target/postmortem.jar ] || [ ! -f postmortem-bench/target/benchmarks.jar ]; then
  mvn -B -ntp -q package -DskipTests
fi
PM="$ROOT/bin/postmortem"
C2="-XX:TieredStopAtLevel=4 -XX:+UseParallelGC"
{
  echo "# postmortem timeline over a generated log"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores;"
  echo "RUNS=$RUNS, heap -Xmx$HEAP. 'short-run JVM' is bin/postmortem's default (C1 only, serial GC);"
  echo "'C2' adds POSTMORTEM_JAVA_OPTS='$C2'."
  echo
  echo "| log | lines | short-run JVM (mean ± σ) | C2 (mean ± σ) | MB/s (C2) | peak RSS (C2) | events |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
} > "$OUT/timeline.md"
for mb in "${SIZES[@]}"; do
  log="$WORK/app-$mb.log"
  [ -f "$log" ] || java -cp postmortem-bench/target/benchmarks.jar dev.postmortem.bench.LogInput "$mb" "$log"
  lines=$(wc -l < "$log")
  hyperfine -N -r "$RUNS" --export-json "$OUT/timeline-$mb.json" \
    -n short-run "env POSTMORTEM_JAVA_OPTS=-Xmx$HEAP $PM timeline $log --no-progress --out $WORK/draft-$mb.yaml" \
    -n c2 "env POSTMORTEM_JAVA_OPTS='-Xmx$HEAP $C2' $PM timeline $log --no-progress --out $WORK/draft-$mb.yaml"
  rss=$( { POSTMORTEM_JAVA_OPTS="-Xmx$HEAP $C2" /usr/bin/time -v "$PM" timeline "$log" --no-progress \
    --out "$WORK/draft-$mb.yaml" 2>&1 >/dev/null; } | awk -F': ' '/Maximum resident/ {print $2}')
  events=$(grep -c '^- at:\|^  - at:' "$WORK/draft-$mb.yaml" || true)
  python3 - "$OUT/timeline-$mb.json" "$mb" "$lines" "$rss" "$events" >> "$OUT/timeline.md" <<'PY'
import json, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
mb, lines, rss, events = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
s, c = res["short-run"], res["c2"]
print(f"| {mb} MB | {lines:,} | {s['mean']:.1f} ± {s['stddev']:.1f} s | {c['mean']:.1f} ± {c['stddev']:.1f} s"
      f" | {mb / c['mean']:.0f} | {rss / 1024:.0f} MiB | {events} |")
PY
done
cat "$OUT/timeline.md"
