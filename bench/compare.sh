#!/usr/bin/env bash
# Side-by-side, whole-process comparison of `postmortem render` with what teams otherwise run:
# pandoc (Markdown -> DOCX, and -> PDF through wkhtmltopdf) and LibreOffice (DOCX -> PDF).
#
#   bench/compare.sh [N ...]        default N: 1000 10000 50000
#
# Generates the inputs, runs each pair of tools alternately on the same file with hyperfine,
# measures peak memory with /usr/bin/time -v, and writes bench/results/compare.md (+ JSON files)
# and compare.png (time against N).
# Installs hyperfine, pandoc, wkhtmltopdf, LibreOffice, gnuplot and GNU time from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 50000)
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-3}     # runs for N > 10,000, where one pandoc+wkhtmltopdf run takes minutes
LO_MAX=${LO_MAX:-1000}          # LibreOffice is far slower: only for N <= LO_MAX
WORK=${WORK:-$ROOT/bench/work}
OUT=$ROOT/bench/results
mkdir -p "$WORK" "$OUT"

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need hyperfine || missing+=(hyperfine)
need pandoc || missing+=(pandoc)
need wkhtmltopdf || missing+=(wkhtmltopdf)
need soffice || missing+=(libreoffice-writer-nogui)
need gnuplot || missing+=(gnuplot-nox)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f postmortem-cli/target/postmortem.jar ] || [ ! -f postmortem-bench/target/benchmarks.jar ]; then
  mvn -B -ntp -q package -DskipTests
fi
PM="$ROOT/bin/postmortem"
JAVA_OPTS_BENCH=${JAVA_OPTS_BENCH:--Xmx256m}

peak_mib() { # command... -> peak RSS in MiB
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}'
}

median_s() { # hyperfine json, command index -> median seconds
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]; print('%.3f' % r['median'])" "$1" "$2"
}

{
  echo "# postmortem render vs pandoc / LibreOffice"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)."
  echo "Tools: $(pandoc --version | head -1), $(wkhtmltopdf --version 2>/dev/null | head -1), $(soffice --version 2>/dev/null | head -1)."
  echo "Our CLI runs with POSTMORTEM_JAVA_OPTS='$JAVA_OPTS_BENCH'. Median wall time of $RUNS runs (hyperfine), peak RSS from /usr/bin/time -v."
  echo
  echo "| N | postmortem md→docx | pandoc md→docx | ratio | postmortem md→pdf | pandoc+wkhtmltopdf md→pdf | ratio | LibreOffice docx→pdf | postmortem peak RSS (docx / pdf) | pandoc peak RSS (docx) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$OUT/compare.md"
echo "N ours_docx pandoc_docx ours_pdf pandoc_wkhtmltopdf libreoffice" > "$OUT/compare.dat"

for n in "${SIZES[@]}"; do
  md="$WORK/pm-$n.md"
  [ -f "$md" ] || java -cp postmortem-bench/target/benchmarks.jar dev.postmortem.bench.MarkdownInput "$n" "$md"
  mkdir -p "$WORK/ours-$n" "$WORK/pandoc-$n" "$WORK/lo-$n"
  export POSTMORTEM_JAVA_OPTS="$JAVA_OPTS_BENCH"
  runs=$RUNS
  [ "$n" -le 10000 ] || runs=$RUNS_LARGE
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$OUT/docx-$n.json" \
    -n postmortem "$PM render $md --to docx --out $WORK/ours-$n" \
    -n pandoc "pandoc $md -o $WORK/pandoc-$n/pm.docx" >&2
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$OUT/pdf-$n.json" \
    -n postmortem "$PM render $md --to pdf --out $WORK/ours-$n" \
    -n pandoc-wkhtmltopdf "pandoc $md -o $WORK/pandoc-$n/pm.pdf --pdf-engine=wkhtmltopdf --quiet" >&2
  lo="—"; lo_s=NaN
  if [ "$n" -le "$LO_MAX" ]; then
    hyperfine --style basic --runs 3 --export-json "$OUT/lo-$n.json" \
      -n libreoffice "soffice --headless --convert-to pdf --outdir $WORK/lo-$n $WORK/pandoc-$n/pm.docx" >&2
    lo_s=$(median_s "$OUT/lo-$n.json" 0); lo="$lo_s s"
  fi
  od=$(median_s "$OUT/docx-$n.json" 0); pd=$(median_s "$OUT/docx-$n.json" 1)
  op=$(median_s "$OUT/pdf-$n.json" 0); pp=$(median_s "$OUT/pdf-$n.json" 1)
  mo_d=$(peak_mib "$PM" render "$md" --to docx --out "$WORK/ours-$n")
  mo_p=$(peak_mib "$PM" render "$md" --to pdf --out "$WORK/ours-$n")
  mp_d=$(peak_mib pandoc "$md" -o "$WORK/pandoc-$n/pm.docx")
  rd=$(python3 -c "print('%.1f×' % ($pd/$od))"); rp=$(python3 -c "print('%.1f×' % ($pp/$op))")
  echo "| $n | $od s | $pd s | $rd | $op s | $pp s | $rp | $lo | $mo_d / $mo_p MiB | $mp_d MiB |" >> "$OUT/compare.md"
  echo "$n $od $pd $op $pp $lo_s" >> "$OUT/compare.dat"
done
gnuplot bench/compare.gp
cat "$OUT/compare.md"
