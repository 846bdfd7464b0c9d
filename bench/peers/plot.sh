#!/usr/bin/env bash
# Draws bench/compare_peers.sh's results as one SVG with gnuplot.
#
#   bench/peers/plot.sh ROWS.tsv OUT.svg
#
# ROWS.tsv is compare_peers.sh's raw rows (size engine threads status docs
# bytes wall cpu rss_kb db_bytes note, tab-separated). Left panel: MB/s of
# JSON Lines input against input size, one line per engine (the runs without
# --threads); right panel, when there are --threads runs: steppe-index's MB/s
# against its --threads. Rows whose status is not ok are left out. Exit
# status: gnuplot's, 2 on a usage error.
set -euo pipefail
if (($# != 2)); then
  echo "usage: plot.sh ROWS.tsv OUT.svg" >&2
  exit 2
fi
rows="$1" out="$2"
if [[ "$out" == *"'"* ]]; then
  echo "plot: gnuplot cannot take a file name with a quote: $out" >&2
  exit 2
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

# One data file per engine: "input_mb mb_per_s", and threads.dat: "threads mb_per_s".
awk -F'\t' -v dir="$data" '
  $4 == "ok" && $7 > 0 {
    mb = $6 / 1e6
    if ($3 == "") print mb, mb / $7 > (dir "/" $2 ".dat")
    else print $3, mb / $7 > (dir "/threads.dat")
  }' "$rows"

plots=()
for engine in steppe scriptindex fts5 sphinx; do
  f="$data/$engine.dat"
  if [[ -f "$f" ]]; then
    sort -n -o "$f" "$f"
    plots+=("'$f' using 1:2 with linespoints linewidth 2 pointtype 7 title '$engine'")
  fi
done
if ((${#plots[@]} == 0)); then
  echo "plot: no successful run to draw" >&2
  exit 1
fi
panels=1 width=640 max_threads=1
if [[ -f "$data/threads.dat" ]]; then
  sort -n -o "$data/threads.dat" "$data/threads.dat"
  panels=2 width=1200
  max_threads="$(tail -n 1 "$data/threads.dat" | cut -d' ' -f1)"
fi

{
  echo "set terminal svg size $width,460 dynamic font 'sans,12' background rgb 'white'"
  echo "set output '$out'"
  echo "set grid"
  echo "set key below"
  echo "set yrange [0:*]"
  echo "set multiplot layout 1,$panels"
  echo "set xrange [0:*]"
  echo "set title 'Index throughput against input size'"
  echo "set xlabel 'input (MB of JSON Lines)'"
  echo "set ylabel 'MB/s'"
  echo "plot $(IFS=,; echo "${plots[*]}")"
  if ((panels == 2)); then
    echo "set title 'steppe-index against --threads'"
    echo "set xlabel 'analysis threads (--threads)'"
    echo "set xrange [0.5:$max_threads.5]"
    echo "set xtics 1"
    echo "plot '$data/threads.dat' using 1:2 with linespoints linewidth 2 pointtype 7 notitle"
  fi
  echo "unset multiplot"
} >"$data/plot.gp"
gnuplot "$data/plot.gp"
