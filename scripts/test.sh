#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds, and runs every
# test (unit and end-to-end) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
