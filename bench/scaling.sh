#!/usr/bin/env bash
# Index throughput and memory against corpus size: indexes the corpus
# repeated 1, 2 and 4 times (bench/repeat_corpus.sh: every copy after the
# first with new ids, so nothing is replaced) into fresh databases, and
# prints one line per size with documents, MB, seconds, MB/s, peak memory
# and the time per MB relative to the single copy. Time per MB that stays
# flat means indexing time grows linearly; peak memory that stays flat
# means memory is bounded whatever the input size.
#
#   bench/scaling.sh [COPIES...]           # default: 1 2 4
#   STEPPE_INDEX_ARGS="--shards 1" bench/scaling.sh 1 2
#
# The steppe-index of $STEPPE_BUILD (default build/) reads the copies from a
# pipe, as a dump too big to stage on disk would be read.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${STEPPE_BUILD:-build}"
index="$build/indexer/steppe-index"
if [[ ! -x "$index" ]]; then
  echo "scaling: no $index (build it, or set STEPPE_BUILD)" >&2
  exit 2
fi
copies=("$@")
((${#copies[@]} > 0)) || copies=(1 2 4)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2206  # word splitting of the extra options is meant
extra=(${STEPPE_INDEX_ARGS:-})
printf '%-6s %9s %9s %9s %7s %12s %10s\n' copies documents MB seconds MB/s "peak MB" "s/MB ratio"
base=""
for n in "${copies[@]}"; do
  rm -rf "$work/db"
  summary="$(bench/repeat_corpus.sh "$n" | "$index" --quiet "${extra[@]}" --db "$work/db" -)"
  # "DB: D documents (...), ... M MB in S s, R MB/s, peak memory P MB"
  read -r documents mb seconds rate peak < <(sed -E \
    's/.*: ([0-9]+) documents .* ([0-9.]+) MB in ([0-9.]+) s, ([0-9.]+) MB\/s, peak memory ([0-9]+) MB.*/\1 \2 \3 \4 \5/' \
    <<<"$summary")
  per_mb="$(awk -v s="$seconds" -v m="$mb" 'BEGIN { printf "%.5f", s / m }')"
  [[ -n "$base" ]] || base="$per_mb"
  printf '%-6s %9s %9s %9s %7s %12s %10s\n' "$n" "$documents" "$mb" "$seconds" "$rate" "$peak" \
    "$(awk -v p="$per_mb" -v b="$base" 'BEGIN { printf "%.2f", p / b }')"
done
