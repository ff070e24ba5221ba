#!/usr/bin/env bash
# The archive benchmark (issue 18): `postmortem archive` against `postmortem validate` on the same
# generated archive (half YAML, half Markdown), at N = 1,000, 5,000 and 10,000, under -Xmx512m;
# and `postmortem render` of 1,000 Markdown post-mortems in one call against pandoc once per file.
#
#   bench/archive.sh [N ...]        default N: 1000 5000 10000
#
# Writes bench/results/archive.md and the hyperfine JSON files. Needs hyperfine and pandoc
# (installed from Debian when missing) and a packaged build (mvn -B -ntp package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 5000 10000)
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
WORK=${WORK:-$ROOT/bench/work/archive}
OUT=$ROOT/bench/results
mkdir -p "$WORK" "$OUT"
command -v hyperfine >/dev/null && command -v pandoc >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine pandoc >/dev/null; }
PM="$ROOT/bin/postmortem"
export POSTMORTEM_JAVA_OPTS="${POSTMORTEM_JAVA_OPTS:--Xmx512m}"
CP=postmortem-bench/target/benchmarks.jar
report=$OUT/archive.md
{
  echo "# Archive benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, JVM options: $POSTMORTEM_JAVA_OPTS)"
  echo
  echo "| N | archive (s) | validate (s) | archive / validate | peak RSS archive (MB) |"
  echo "|---|---|---|---|---|"
} > "$report"
for n in "${SIZES[@]}"; do
  dir=$WORK/n$n
  [ -d "$dir" ] || java -cp "$CP" dev.postmortem.bench.ArchiveCorpus "$dir" "$n"
  hyperfine -N --runs "$RUNS" --warmup "$WARMUP" --export-json "$OUT/archive-$n.json" \
    -i "$PM archive $dir --as-of 2026-06-30 --to json --out $WORK/out$n" \
    -i "$PM validate $dir" > "$OUT/archive-$n.txt"
  rss=$( { /usr/bin/time -v "$PM" archive "$dir" --as-of 2026-06-30 --to json --out "$WORK/out$n" >/dev/null; } 2>&1 \
    | awk '/Maximum resident/ {print int($6/1024)}')
  python3 - "$OUT/archive-$n.json" "$n" "$rss" >> "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
a, v = r[0]["median"], r[1]["median"]
print(f"| {sys.argv[2]} | {a:.2f} | {v:.2f} | {a / v:.2f} | {sys.argv[3]} |")
PY
done
# render: 1,000 Markdown post-mortems in one call against pandoc once per file
md=$WORK/md1000
if [ ! -d "$md" ]; then
  mkdir -p "$md"
  cp "$WORK"/n1000/*.md "$md"/ 2>/dev/null || true
  java -cp "$CP" dev.postmortem.bench.ArchiveCorpus "$WORK/n2000" 2000
  cp "$WORK"/n2000/*.md "$md"/
fi
files=$(ls "$md"/*.md | head -1000)
printf '%s\n' $files > "$WORK/md1000.list"
hyperfine -N --runs 1 --export-json "$OUT/render-1000.json" \
  "$PM render $(tr '\n' ' ' < "$WORK/md1000.list") --to docx --now 2026-06-30 --out $WORK/render-out" \
  "bash -c 'while read -r f; do pandoc \"\$f\" -o $WORK/pandoc-out/\$(basename \"\$f\" .md).docx; done < $WORK/md1000.list'" \
  --prepare "mkdir -p $WORK/pandoc-out $WORK/render-out" > "$OUT/render-1000.txt"
python3 - "$OUT/render-1000.json" >> "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
a, p = r[0]["median"], r[1]["median"]
print()
print("| 1,000 Markdown post-mortems to DOCX | seconds |")
print("|---|---|")
print(f"| postmortem render, one call | {a:.2f} |")
print(f"| pandoc, once per file | {p:.2f} |")
print(f"| ratio | {p / a:.1f}x |")
PY
cat "$report"
