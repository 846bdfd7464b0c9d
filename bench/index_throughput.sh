#!/usr/bin/env bash
# End-to-end index throughput: feeds the first MB megabytes (whole lines) of
# a JSON Lines corpus to steppe-index through standard input, into a fresh
# database, and prints steppe-index's summary line (documents, MB, MB/s).
#
#   bench/index_throughput.sh [MB] [CORPUS_DIR]
#   bench/index_throughput.sh 20 ../shared/corpora/news
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-20}"
corpus="${2:-../shared/corpora/news}"
if [[ ! -d "$corpus" ]]; then
  echo "index_throughput: no corpus at $corpus" >&2
  exit 2
fi
db="$(mktemp -d)/db"
trap 'rm -rf "$(dirname "$db")"' EXIT
bench/first_mb.sh "$mb" "$corpus" >"$(dirname "$db")/input.jsonl"
echo "input: $(wc -l <"$(dirname "$db")/input.jsonl") articles, $(du -m "$(dirname "$db")/input.jsonl" | cut -f1) MiB from $corpus"
build/indexer/steppe-index --quiet --timings --db "$db" "$(dirname "$db")/input.jsonl"
echo "database: $(du -sm "$db" | cut -f1) MiB"
