#!/usr/bin/env bash
# Writes the JSON Lines dumps under a corpus folder N times to standard
# output, for a database at scale: the first copy as it is, copy k (k >= 2)
# with every id prefixed `rk:`, so steppe-index keeps every copy instead of
# replacing (11 copies of ../shared/corpora/news give about 103,000 documents).
#
#   bench/repeat_corpus.sh N [CORPUS_DIR] > input.jsonl
#   bench/repeat_corpus.sh 11 | build/indexer/steppe-index --quiet --db /tmp/news100k -
#
# Streams line by line (files in name order, no whole-file loads). Every
# record must begin with its id, `{"id": "...` (the dumps do): a record that
# does not would be a duplicate in every copy, so the script stops there with
# its file and line and exit status 2.
set -euo pipefail
usage() {
  echo "usage: repeat_corpus.sh N [CORPUS_DIR]   (N copies, N >= 1)" >&2
  exit 2
}
[[ $# -ge 1 && $# -le 2 ]] || usage
copies="$1"
corpus="${2:-$(dirname "$0")/../../shared/corpora/news}"
[[ "$copies" =~ ^[1-9][0-9]*$ ]] || usage
if [[ ! -d "$corpus" ]]; then
  echo "repeat_corpus: no corpus folder at $corpus" >&2
  exit 2
fi
mapfile -d '' files < <(find "$corpus" -name '*.jsonl' -print0 | sort -z)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "repeat_corpus: no .jsonl files under $corpus" >&2
  exit 2
fi
for ((copy = 1; copy <= copies; copy++)); do
  # Byte-wise (LC_ALL=C): ids and texts pass through untouched.
  LC_ALL=C awk -v copy="$copy" '
    /^[ \t\r]*$/ { next }
    {
      if (!match($0, /^[ \t]*\{[ \t]*"id"[ \t]*:[ \t]*"/)) {
        printf "repeat_corpus: %s:%d: the record does not begin with {\"id\": \"...\"\n",
               FILENAME, FNR > "/dev/stderr"
        exit 2
      }
      if (copy == 1) print
      else print substr($0, 1, RLENGTH) "r" copy ":" substr($0, RLENGTH + 1)
    }' "${files[@]}"
done
