#!/usr/bin/env bash
# Quick start, part one: installs what is missing, builds, indexes the
# bundled sample corpus into ./steppe-db and runs a few searches that show
# steppe finding one name under its different spellings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh steppe-index steppe-search steppe-analyze
if [[ -z "${STEPPE_DB:-}" ]]; then
  # The demo's own database, made afresh each run, so that a database left
  # by an older steppe (another schema) never stops the demo.
  export STEPPE_DB="$PWD/steppe-db"
  rm -rf "$STEPPE_DB"
fi
bin=build

echo
echo "== steppe-index corpora/"
"$bin/indexer/steppe-index" --quiet corpora/

run() {
  echo
  echo "== steppe-search $*"
  "$bin/searcher/steppe-search" "$@" || true
}
run --limit 3 tokayev inauguration
run --limit 3 --lang ru Токаева
run --limit 3 '"Nur-Sultan"' --sort date
run --limit 3 --json --since 2022-01-01 --until 2022-01-31 -- Almaty
