#!/usr/bin/env bash
# Index throughput of steppe-index against its peers, on the same input in
# the same run: Xapian's scriptindex, SQLite FTS5 and Sphinx's indexer.
#
#   bench/compare_peers.sh [--corpus DIR] [--mb MB | --sizes MB,...,all]
#                          [--threads N,N,...] [--engines LIST]
#                          [--csv FILE] [--json FILE] [--plot FILE.svg] [--keep]
#   bench/compare_peers.sh --mb 20                     # the first 20 MB of news/
#   bench/compare_peers.sh --sizes 10,20,40,all --threads 1,2 --plot peers.svg
#
# Contract: for each size, cuts the first MB megabytes (whole lines) of the
# corpus's JSON Lines dumps with bench/first_mb.sh (default: all of them),
# then has each engine index exactly those articles (bench/peers/run_engine.sh
# converts the input to the engine's format first, untimed, and times only
# the indexing process). --threads also runs steppe-index --threads N for each
# N on the largest input. Prints an aligned table on standard output:
# documents, input MB, wall and CPU seconds, documents/s, MB/s, peak RSS,
# database size, and steppe's MB/s over each engine's; --csv and --json write
# the same rows; --plot draws one SVG with gnuplot, MB/s against input size
# per engine (left) and, with --threads, steppe's MB/s against threads
# (right). MB is 10^6 bytes, always of the JSON Lines input. An engine whose
# tool is not installed is reported and skipped; one that fails or warns is
# reported with its log (the work folder is then kept). Progress goes to
# standard error.
# Exit status: 0 when the run completed, 2 on a usage error, a missing corpus
# or a missing steppe build ($STEPPE_BUILD, default build/).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
  echo "More in bench/README.md, \"Against the peers\"."
  exit 0
}
die() {
  echo "compare_peers: $*" >&2
  exit 2
}
# absolute PATH: the path made absolute against the current directory.
absolute() { if [[ "$1" = /* ]]; then echo "$1"; else echo "$PWD/$1"; fi; }

corpus="$repo/../shared/corpora/news"
sizes="" threads="" engines="steppe,scriptindex,fts5,sphinx"
csv_out="" json_out="" plot_out="" keep=false
while (($# > 0)); do
  case "$1" in
    --corpus | --mb | --sizes | --threads | --engines | --csv | --json | --plot)
      (($# >= 2)) || die "$1 needs a value"
      case "$1" in
        --corpus) corpus="$(absolute "$2")" ;;
        --mb)
          [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "--mb wants a positive whole number, not '$2'"
          sizes="$2"
          ;;
        --sizes)
          [[ "$2" =~ ^([1-9][0-9]*|all)(,([1-9][0-9]*|all))*$ ]] ||
            die "--sizes wants sizes in MB (or all) separated by commas, not '$2'"
          sizes="$2"
          ;;
        --threads)
          [[ "$2" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] ||
            die "--threads wants thread counts separated by commas, not '$2'"
          threads="$2"
          ;;
        --engines) engines="$2" ;;
        --csv) csv_out="$(absolute "$2")" ;;
        --json) json_out="$(absolute "$2")" ;;
        --plot) plot_out="$(absolute "$2")" ;;
      esac
      shift 2
      ;;
    --keep) keep=true && shift ;;
    -h | --help) usage ;;
    *) die "unknown argument '$1' (--help lists the options)" ;;
  esac
done
for e in ${engines//,/ }; do
  [[ "$e" =~ ^(steppe|scriptindex|fts5|sphinx)$ ]] ||
    die "unknown engine '$e' in --engines (steppe, scriptindex, fts5, sphinx)"
done
[[ -d "$corpus" ]] || die "no corpus folder at $corpus (give one with --corpus DIR)"
corpus="$(cd "$corpus" && pwd)"
if [[ -z "$(find "$corpus" -name '*.jsonl' -print -quit)" ]]; then
  die "no .jsonl files under $corpus"
fi
build="$(absolute "${STEPPE_BUILD:-$repo/build}")"
export STEPPE_BUILD="$build"
for tool in indexer/steppe-index bench/peak_rss; do
  [[ -x "$build/$tool" ]] ||
    die "no $build/$tool: build it (cmake --build $build --target ${tool##*/})"
done
for out in "$csv_out" "$json_out" "$plot_out"; do
  [[ -z "$out" || -d "$(dirname "$out")" ]] || die "no folder for $out"
done

load_start="$(cut -d' ' -f1 /proc/loadavg)"
work="$(mktemp -d "${TMPDIR:-/tmp}/compare_peers.XXXXXX")"
cleanup() { if ! $keep; then rm -rf "$work"; fi; }
trap cleanup EXIT
rows="$work/rows.tsv"   # size engine threads status docs bytes wall cpu rss_kb db_bytes note
: >"$rows"

# run SIZE_LABEL INPUT ENGINE [THREADS]: one timed indexing, appended to $rows.
run() {
  local label="$1" input="$2" engine="$3" n="${4:-}" dir line
  dir="$work/$label-$engine${n:+-t$n}"
  echo "compare_peers: size $label: $engine${n:+ --threads $n}..." >&2
  line="$("$repo/bench/peers/run_engine.sh" "$engine" "$input" "$dir" ${n:+"$n"})"
  IFS=$'\t' read -r status docs wall cpu rss db_bytes note <<<"$line"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$engine" "$n" "$status" \
    "$docs" "$(wc -c <"$input")" "$wall" "$cpu" "$rss" "$db_bytes" "$note" >>"$rows"
  if [[ "$status" == failed || -n "$note" ]]; then
    keep=true # the note points into the work folder
  elif ! $keep; then
    rm -rf "$dir"
  fi
  case "$status" in
    ok) echo "compare_peers:   $docs documents in $wall s" >&2 ;;
    missing) echo "compare_peers:   not installed: $note" >&2 ;;
    *) echo "compare_peers:   $status: $note" >&2 ;;
  esac
}

# Smallest first, "all" (the whole corpus) last.
size_list="$(tr ',' '\n' <<<"${sizes:-all}" | grep -vx all | sort -n | uniq || true)"
if [[ -z "$sizes" || ",$sizes," == *,all,* ]]; then size_list+=$'\nall'; fi
largest=""
for size in $size_list; do
  input="$work/input-$size.jsonl"
  mb="$size"
  if [[ "$size" == all ]]; then mb=1000000; fi
  "$repo/bench/first_mb.sh" "$mb" "$corpus" >"$input"
  [[ -s "$input" ]] || die "the first $size MB of $corpus hold no whole line"
  echo "compare_peers: size $size: $(wc -l <"$input") articles, $(wc -c <"$input") bytes" >&2
  for engine in ${engines//,/ }; do run "$size" "$input" "$engine"; done
  if [[ -n "$largest" ]] && ! $keep; then rm -f "$work/input-$largest.jsonl"; fi
  largest="$size"
done
for n in ${threads//,/ }; do run "$largest" "$work/input-$largest.jsonl" steppe "$n"; done

render() {
  awk -F'\t' -v format="$1" -v corpus="$corpus" -v cores="$(nproc)" \
    -f "$repo/bench/peers/report.awk" "$rows"
}

echo "Corpus $corpus; $(nproc) cores; load average $load_start at the start," \
  "$(cut -d' ' -f1 /proc/loadavg) at the end (other processes slow every engine alike)."
echo "Each engine indexed the same articles. Turning them into scriptindex's dump format,"
echo "FTS5's CSV and Sphinx's TSV was done beforehand and is not timed (steppe-index reads"
echo "the JSON Lines itself). seconds: wall clock of the indexing process; CPU s: its user"
echo "plus system time; MB = 10^6 bytes of the JSON Lines input, for every engine; peak RSS:"
echo "ru_maxrss; steppe x: steppe-index's MB/s over this engine's, at the same size."
echo
render table
if [[ -n "$csv_out" ]]; then render csv >"$csv_out" && echo "CSV: $csv_out"; fi
if [[ -n "$json_out" ]]; then render json >"$json_out" && echo "JSON: $json_out"; fi
if [[ -n "$plot_out" ]]; then
  if command -v gnuplot >/dev/null 2>&1; then
    "$repo/bench/peers/plot.sh" "$rows" "$plot_out" && echo "plot: $plot_out"
  else
    echo "plot: skipped, gnuplot not installed (run scripts/setup.sh --peers)"
  fi
fi
if $keep; then echo "work folder kept: $work"; fi
