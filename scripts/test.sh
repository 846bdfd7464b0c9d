#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds, and runs every
# test (unit and end-to-end) with CTest; then the same suite built with
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitize.sh), and
# each libFuzzer target for 10 seconds (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
(cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
bash scripts/sanitize.sh
bash scripts/fuzz.sh 10
