#!/usr/bin/env bash
# In-process (JMH) benchmarks of every operation at N = 100, 1,000, 10,000 and 50,000 timeline
# events, with allocation per operation (-prof gc), plus the example post-mortem.
#
#   bench/jmh.sh [JMH options...]     e.g. bench/jmh.sh -wi 3 -i 5 for steadier figures
#
# Writes bench/results/jmh.json (raw JMH), bench/results/jmh.md (table) and
# bench/results/jmh.png (time against N, log-log). Installs gnuplot from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/results
mkdir -p "$OUT"
command -v gnuplot >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnuplot-nox >/dev/null
}
[ -f postmortem-bench/target/benchmarks.jar ] || mvn -B -ntp -q -pl postmortem-bench -am package -DskipTests
JMH=(java -jar postmortem-bench/target/benchmarks.jar -wi 2 -w 1 -i 3 -r 1 -f 1 -prof gc "$@")
# the scaling runs: every operation at every size
"${JMH[@]}" -p events=100,1000,10000,50000 -rf json -rff "$OUT/jmh-scaling.json" \
  'FileFormatBenchmark|ImportBenchmark|ValidationBenchmark.generated|ExportBenchmark' >&2
# the example post-mortem: validation and the three exports
"${JMH[@]}" -p events=0 -rf json -rff "$OUT/jmh-example.json" \
  'ValidationBenchmark.example|ExportBenchmark' >&2
python3 bench/jmh_report.py "$OUT/jmh-example.json" "$OUT/jmh-scaling.json" "$OUT"
gnuplot bench/jmh.gp
cat "$OUT/jmh.md"
