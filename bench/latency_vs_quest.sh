#!/usr/bin/env bash
# End-to-end search latency per query process: steppe-search against
# Xapian's own `quest` (package xapian-tools) on the same database, for
# issue 5's target "steppe-search end-to-end per query no slower than quest".
#
#   bench/latency_vs_quest.sh DB [QUERIES]        (QUERIES: bench/queries.txt)
#   STEPPE_BUILD=build-release ROUNDS=5 bench/latency_vs_quest.sh /tmp/news100k
#   STEPPE_ARGS=--no-collapse bench/latency_vs_quest.sh /tmp/news100k   (options for steppe-search)
#
# Each query of the file (blank lines and # comments skipped) runs as a
# whole process, start-up included, ROUNDS times (default 3), the two tools
# alternating so they share the machine's load:
#   $STEPPE_BUILD/searcher/steppe-search --db DB --limit 10 --color never -- QUERY
#   quest -d DB -m 10 -s none -p title:S -b lang:L -b source:XS -b id:Q QUERY'
# quest takes Xapian's QueryParser syntax, which steppe's is built on: the
# same text, with the fields mapped to steppe's term prefixes, except that
# date ranges and date: (no range processor in quest) are left out of
# QUERY'; -s none because steppe's index has no Z-prefixed English stems
# for quest's default stemmer to find (quest looks up the words as typed,
# lower-cased); a query left empty (a date filter alone) runs in steppe-search
# only. quest does no analysis, no name expansion and no snippets (it
# prints each hit's stored data as it is): the floor a Xapian tool pays per
# query process.
# Prints, per tool, the mean, p50 and p99 of all query processes in ms, the
# ratio steppe-search / quest, both tools' floor (a query with no hits: start-up
# and opening the database), the time per query when one steppe-search
# process searches them all (--queries, best of ROUNDS) and steppe-search's
# slowest queries.
# PER_QUERY=FILE also writes each query's median per tool (TSV).
# Timings depend on the machine's load; the load average is printed.
# Exit status: 0 measured, 1 some query processes failed (left out of the
# figures, each reported), 2 error (no database, query file, build or quest).
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: latency_vs_quest.sh DB [QUERIES]   (env: STEPPE_BUILD, ROUNDS, PER_QUERY)" >&2
  exit 2
fi
# Paths as given, from where the script was called; then from the repository.
db="$(realpath -m -- "$1")"
queries="$(realpath -m -- "${2:-$(dirname "$0")/queries.txt}")"
build="$(realpath -m -- "${STEPPE_BUILD:-$(dirname "$0")/../build}")"
per_query_out="${PER_QUERY:+$(realpath -m -- "$PER_QUERY")}"
rounds="${ROUNDS:-3}"
steppe="$build/searcher/steppe-search"
read -r -a steppe_args <<<"${STEPPE_ARGS:-}"
[[ -e "$db" ]] || { echo "latency_vs_quest: $db: no such database" >&2; exit 2; }
[[ -r "$queries" ]] || { echo "latency_vs_quest: $queries: cannot read" >&2; exit 2; }
[[ -x "$steppe" ]] || { echo "latency_vs_quest: no $steppe (build it, or set STEPPE_BUILD)" >&2; exit 2; }
command -v quest >/dev/null || { echo "latency_vs_quest: no quest (apt-get install xapian-tools)" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "latency_vs_quest: ROUNDS must be a positive number" >&2; exit 2; }

quest_options=(-d "$db" -m 10 -s none -p title:S -b lang:L -b source:XS -b id:Q)
# The query for quest: steppe's date filters left out (bare ranges such as
# 2019-06-01..2019-06-30, 2019.., ..2020-03, and date:VALUE).
quest_query() {
  sed -E ':a
    s/(^|[[:space:]])(date:[^[:space:]]+|[0-9]{0,4}(-[0-9]{1,2}){0,2}\.\.[0-9]{0,4}(-[0-9]{1,2}){0,2})([[:space:]]|$)/\1/
    ta
    s/^[[:space:]]+|[[:space:]]+$//g' <<<"$1"
}

mapfile -t lines < <(grep -v -E '^[[:space:]]*(#|$)' "$queries" | sed 's/\r$//')
[[ ${#lines[@]} -gt 0 ]] || { echo "latency_vs_quest: $queries: no queries in it" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
samples="$work/samples.tsv"  # tool, query index, ms
: >"$samples"
changed=0
quest_text=()
for q in "${lines[@]}"; do
  t="$(quest_query "$q")"
  [[ "$t" == "$q" ]] || changed=$((changed + 1))
  quest_text+=("$t")
done

# Runs a command once, discarding its output, and prints its wall time in ms
# (EPOCHREALTIME: no extra process around the measured one). Exit status 1
# (no hits) is fine; anything else counts as a failure.
time_ms() {
  local start end status=0
  start=$EPOCHREALTIME
  "$@" >/dev/null 2>"$work/stderr" || status=$?
  end=$EPOCHREALTIME
  if ((status > 1)); then
    echo "latency_vs_quest: failed ($status): ${*: -1}: $(head -c 300 "$work/stderr")" >&2
    return 1
  fi
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", (b - a) * 1000 }'
}

echo "database: $db; queries: ${#lines[@]} from $queries ($changed without their date filters for quest); rounds: $rounds; steppe-search options: ${STEPPE_ARGS:-none}"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
failures=0
for ((round = 1; round <= rounds; round++)); do
  for i in "${!lines[@]}"; do
    if ms=$(time_ms "$steppe" --db "$db" --limit 10 --color never "${steppe_args[@]}" -- "${lines[$i]}"); then
      printf 'steppe\t%d\t%s\n' "$i" "$ms" >>"$samples"
    else
      failures=$((failures + 1))
    fi
    if [[ -z "${quest_text[$i]}" ]]; then continue; fi
    if ms=$(time_ms quest "${quest_options[@]}" "${quest_text[$i]}"); then
      printf 'quest\t%d\t%s\n' "$i" "$ms" >>"$samples"
    else
      failures=$((failures + 1))
    fi
  done
  echo "round $round of $rounds done" >&2
done

# The floor: a word no document has, so start-up and opening are all.
floor() {
  local tool="$1" best="" ms
  shift
  for ((r = 0; r < 5; r++)); do
    ms=$(time_ms "$@") || return 0
    if [[ -z "$best" ]] || awk -v a="$ms" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$ms; fi
  done
  printf '%s floor (a query without hits, best of 5): %s ms\n' "$tool" "$best"
}

# mean, p50, p99 (nearest rank) of the third column for one tool.
stats() {
  awk -F'\t' -v tool="$1" '$1 == tool { print $3 }' "$samples" | sort -g \
    | awk '{ v[NR] = $1; sum += $1 }
           END {
             if (NR == 0) { print "0 0 0 0"; exit }
             r50 = int(NR * 0.50); if (r50 < NR * 0.50) r50++; if (r50 < 1) r50 = 1
             r99 = int(NR * 0.99); if (r99 < NR * 0.99) r99++; if (r99 < 1) r99 = 1
             printf "%d %.2f %.2f %.2f\n", NR, sum / NR, v[r50], v[r99]
           }'
}
read -r n_s mean_s p50_s p99_s < <(stats steppe)
read -r n_q mean_q p50_q p99_q < <(stats quest)
printf '%-14s %8s %10s %10s %10s\n' tool processes "mean ms" "p50 ms" "p99 ms"
printf '%-14s %8d %10.2f %10.2f %10.2f\n' steppe-search "$n_s" "$mean_s" "$p50_s" "$p99_s"
printf '%-14s %8d %10.2f %10.2f %10.2f\n' quest "$n_q" "$mean_q" "$p50_q" "$p99_q"
awk -v ms="$mean_s" -v mq="$mean_q" -v ps="$p50_s" -v pq="$p50_q" -v ns="$p99_s" -v nq="$p99_q" \
  'BEGIN { if (mq > 0 && pq > 0 && nq > 0)
             printf "ratio steppe-search / quest: mean %.2f, p50 %.2f, p99 %.2f (target <= 1)\n",
                    ms / mq, ps / pq, ns / nq }'
floor steppe-search "$steppe" --db "$db" --limit 10 --color never "${steppe_args[@]}" -- zzqxjvnohits
floor quest quest "${quest_options[@]}" zzqxjvnohits

# The same queries in one steppe-search process (--queries), as a script
# searching many would run them: start-up and dictionaries paid once.
printf '%s\n' "${lines[@]}" >"$work/queries.txt"
batch_best=""
for ((round = 1; round <= rounds; round++)); do
  if ms=$(time_ms "$steppe" --db "$db" --limit 10 --color never "${steppe_args[@]}" --queries "$work/queries.txt"); then
    if [[ -z "$batch_best" ]] || awk -v a="$ms" -v b="$batch_best" 'BEGIN { exit !(a < b) }'; then
      batch_best=$ms
    fi
  else
    failures=$((failures + 1))
  fi
done
if [[ -n "$batch_best" ]]; then
  awk -v ms="$batch_best" -v n="${#lines[@]}" -v mq="$mean_q" -v r="$rounds" \
    'BEGIN { printf "steppe-search --queries (one process, %d queries, best of %d): %.2f ms per query; ratio to quest per query process %.2f\n",
                    n, r, ms / n, (mq > 0 ? ms / n / mq : 0) }'
fi

# Each query's median per tool; the slowest for steppe-search.
per_query="$work/per_query.tsv"
sort -t$'\t' -k1,1 -k2,2n -k3,3g "$samples" \
  | awk -F'\t' '
      function flush() { if (n) printf "%s\t%s\t%s\n", key_tool, key_i, v[int((n + 1) / 2)] }
      { if ($1 != key_tool || $2 != key_i) { flush(); n = 0; key_tool = $1; key_i = $2 }
        v[++n] = $3 }
      END { flush() }' >"$work/medians.tsv"
for i in "${!lines[@]}"; do
  s=$(awk -F'\t' -v i="$i" '$1 == "steppe" && $2 == i { print $3 }' "$work/medians.tsv")
  q=$(awk -F'\t' -v i="$i" '$1 == "quest" && $2 == i { print $3 }' "$work/medians.tsv")
  printf '%s\t%s\t%s\n' "${s:--}" "${q:--}" "${lines[$i]}"
done >"$per_query"
echo "steppe-search's slowest queries (median ms, steppe-search then quest):"
sort -t$'\t' -k1,1gr "$per_query" | head -5 | awk -F'\t' '{ printf "  %8s %8s  %s\n", $1, $2, $3 }'
if [[ -n "$per_query_out" ]]; then
  { printf 'steppe_ms\tquest_ms\tquery\n'; cat "$per_query"; } >"$per_query_out"
  echo "per-query medians: $per_query_out"
fi
if ((failures > 0)); then
  echo "latency_vs_quest: $failures query processes failed (left out of the figures)" >&2
  exit 1
fi
