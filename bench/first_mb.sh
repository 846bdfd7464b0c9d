#!/usr/bin/env bash
# Writes the first MB megabytes (whole lines) of the JSON Lines files under a
# corpus folder, in name order, to standard output: the same input for every
# end-to-end measurement.
#
#   bench/first_mb.sh [MB] [CORPUS_DIR] > input.jsonl
#   bench/first_mb.sh 20 ../shared/corpora/news > /tmp/news20.jsonl
set -euo pipefail
mb="${1:-20}"
corpus="${2:-../shared/corpora/news}"
if [[ ! -d "$corpus" ]]; then
  echo "first_mb: no corpus at $corpus" >&2
  exit 2
fi
# awk stops reading at the limit, so cat may die of SIGPIPE: that is expected.
set +o pipefail
find "$corpus" -name '*.jsonl' -print0 | sort -z | xargs -0 cat 2>/dev/null \
  | LC_ALL=C awk -v max="$((mb * 1000 * 1000))" '{ n += length($0) + 1; if (n > max) exit; print }'
