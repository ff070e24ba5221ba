# Time against N for each in-process operation (bench/results/jmh.dat from bench/jmh_report.py).
set terminal pngcairo size 1000,640 font "DejaVu Sans,11"
set output "bench/results/jmh.png"
set title "Postmortem Kit, in-process (JMH, warm): time per operation against timeline events"
set logscale xy
set xlabel "timeline events (N)"
set ylabel "milliseconds per operation"
set key outside right top
set grid xtics ytics mxtics mytics lc rgb "#dddddd"
set xtics (100, 1000, 10000, 50000)
set xrange [70:75000]
stats "bench/results/jmh.dat" skip 1 nooutput
cols = STATS_columns
plot for [i=2:cols] "bench/results/jmh.dat" using 1:i with linespoints lw 2 pt 7 title columnheader(i)
