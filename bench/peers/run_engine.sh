#!/usr/bin/env bash
# Indexes one JSON Lines input with one engine, timed, for bench/compare_peers.sh.
#
#   bench/peers/run_engine.sh ENGINE INPUT.jsonl WORKDIR [THREADS]
#
# ENGINE is steppe, scriptindex, fts5 or sphinx. The input is first turned
# into the engine's own format (not timed; steppe reads the JSON Lines
# itself); then only the indexing runs under peak_rss, into WORKDIR/db (a
# folder, or a file for fts5), with logs and inputs beside it. THREADS, for
# steppe only, is passed as `--threads`. Prints one tab-separated line:
#   status docs wall_s cpu_s maxrss_kb db_bytes note
# status: ok; missing (a tool is not installed: note says which); failed
# (note says why; the engine's output is in WORKDIR/log). Exits 0 whatever the
# engine did, 2 on a usage error. Needs $STEPPE_BUILD/bench/peak_rss and, for
# steppe, $STEPPE_BUILD/indexer/steppe-index ($STEPPE_BUILD defaults to build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${STEPPE_BUILD:-build}"

if (($# < 3 || $# > 4)); then
  echo "usage: run_engine.sh steppe|scriptindex|fts5|sphinx INPUT.jsonl WORKDIR [THREADS]" >&2
  exit 2
fi
engine="$1" input="$2" work="$3" threads="${4:-}"
if [[ ! -f "$input" ]]; then
  echo "run_engine: no input file $input" >&2
  exit 2
fi
peak_rss="$build/bench/peak_rss"
if [[ ! -x "$peak_rss" ]]; then
  echo "run_engine: no $peak_rss (build it: cmake --build $build --target peak_rss)" >&2
  exit 2
fi
mkdir -p "$work"
db="$work/db" log="$work/log" measure="$work/measure"
rm -rf "$db" "$log" "$measure"

# result STATUS DOCS DB_BYTES NOTE: prints the line, reading the times from $measure.
result() {
  local wall=0 cpu=0 rss=0
  if [[ -f "$measure" ]]; then
    local line
    line="$(tail -n 1 "$measure")"
    wall="$(sed -E 's/.*wall_s=([0-9.]+).*/\1/' <<<"$line")"
    cpu="$(awk -v l="$line" 'BEGIN { n = split(l, f, /[ =]/);
      for (i = 1; i < n; i++) if (f[i] == "user_s" || f[i] == "sys_s") s += f[i + 1];
      printf "%.3f", s }')"
    rss="$(sed -E 's/.*maxrss_kb=([0-9]+).*/\1/' <<<"$line")"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$wall" "$cpu" "$rss" "$3" "$4"
}
# needs TOOL...: true when every tool is on PATH, else prints a "missing" line.
needs() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      result missing 0 0 "no $tool on PATH"
      return 1
    fi
  done
}
# timed COMMAND...: runs it under peak_rss, output to $log; returns its status.
timed() { "$peak_rss" --out "$measure" -- "$@" >>"$log" 2>&1; }
# convert FILTER OUTPUT [JQ_OPTION]: the input through bench/peers/FILTER, untimed.
# jq stops at a line that is not JSON, where steppe-index would skip it: the
# engine is then reported as failed. (jq -R with fromjson? would skip such
# lines, but Debian's jq 1.6 corrupts UTF-8 read with -R now and then.)
convert() {
  if ! jq -r ${3:+"$3"} -f "$here/$1" "$input" >"$2" 2>>"$log"; then
    failed "jq could not convert the input with $1 (a line that is not JSON?)"
    exit 0
  fi
}
db_bytes() { echo $(($(du -sk "$db" | cut -f1) * 1024)); }
failed() { result failed 0 0 "$1 (see $log)"; }

case "$engine" in
  steppe)
    steppe_index="$build/indexer/steppe-index"
    if [[ ! -x "$steppe_index" ]]; then
      result failed 0 0 "no $steppe_index (build it: cmake --build $build --target steppe-index)"
      exit 0
    fi
    args=(--quiet --db "$db")
    if [[ -n "$threads" ]]; then args+=(--threads "$threads"); fi
    status=0
    timed "$steppe_index" "${args[@]}" "$input" || status=$?
    # 1 means some records were bad and skipped: the rest is indexed and counts.
    if ((status > 1)); then
      failed "steppe-index exited $status"
      exit 0
    fi
    docs="$(grep -oE '[0-9]+ documents' "$log" | tail -n 1 | cut -d' ' -f1)"
    note=""
    if ((status == 1)); then note="some records skipped (see $log)"; fi
    result ok "${docs:-0}" "$(db_bytes)" "$note"
    ;;

  scriptindex)
    needs scriptindex xapian-delve jq || exit 0
    convert to_omega.jq "$work/input.omega"
    if ! timed scriptindex --overwrite "$db" "$here/omega.script" "$work/input.omega"; then
      failed "scriptindex failed"
      exit 0
    fi
    docs="$(xapian-delve "$db" | sed -nE 's/^number of documents = ([0-9]+)/\1/p')"
    result ok "${docs:-0}" "$(db_bytes)" ""
    ;;

  fts5)
    needs sqlite3 jq || exit 0
    convert to_fts5_csv.jq "$work/input.csv"
    # The empty table is made before timing: only the load and its indexing count.
    sqlite3 -bail "$db" \
      "CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, text, tokenize='unicode61')"
    # One transaction; .import inserts each CSV row with a prepared INSERT.
    if ! timed sqlite3 -bail "$db" "BEGIN" ".import --csv \"$work/input.csv\" fts" "COMMIT"; then
      failed "sqlite3 failed"
      exit 0
    fi
    docs="$(sqlite3 "$db" "SELECT count(*) FROM fts")"
    note=""
    if grep -q . "$log"; then note="sqlite3 warned (see $log)"; fi
    result ok "${docs:-0}" "$(db_bytes)" "$note"
    ;;

  sphinx)
    needs indexer jq || exit 0
    convert to_sphinx_tsv.jq "$work/input.tsv" -n
    mkdir -p "$db"
    sed -e "s|@TSV@|$work/input.tsv|" -e "s|@INDEX@|$db|" "$here/sphinx.conf.in" >"$work/sphinx.conf"
    if ! timed indexer --config "$work/sphinx.conf" --all; then
      failed "indexer failed"
      exit 0
    fi
    docs="$(sed -nE 's/^total ([0-9]+) docs,.*/\1/p' "$log" | tail -n 1)"
    note=""
    if grep -qiE '^(WARNING|ERROR)' "$log"; then note="indexer warned (see $log)"; fi
    result ok "${docs:-0}" "$(db_bytes)" "$note"
    ;;

  *)
    echo "run_engine: unknown engine '$engine' (steppe, scriptindex, fts5 or sphinx)" >&2
    exit 2
    ;;
esac
