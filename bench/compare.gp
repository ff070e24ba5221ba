# Whole-process time against N (bench/results/compare.dat written by bench/compare.sh).
set terminal pngcairo size 1000,640 font "DejaVu Sans,11"
set output "bench/results/compare.png"
set title "Rendering a generated post-mortem (whole process, median wall time)"
set logscale xy
set xlabel "timeline events (N)"
set ylabel "seconds"
set key left top
set grid xtics ytics mxtics mytics lc rgb "#dddddd"
set xtics (1000, 10000, 50000)
set xrange [700:75000]
plot "bench/results/compare.dat" using 1:2 with linespoints lw 2 pt 7 lc rgb "#1f77b4" title "postmortem render md→docx", \
     "" using 1:3 with linespoints lw 2 pt 5 dt 2 lc rgb "#1f77b4" title "pandoc md→docx", \
     "" using 1:4 with linespoints lw 2 pt 7 lc rgb "#d62728" title "postmortem render md→pdf", \
     "" using 1:5 with linespoints lw 2 pt 5 dt 2 lc rgb "#d62728" title "pandoc + wkhtmltopdf md→pdf", \
     "" using 1:6 with linespoints lw 2 pt 9 dt 3 lc rgb "#2ca02c" title "LibreOffice docx→pdf"
