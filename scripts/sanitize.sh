#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer (STEPPE_SANITIZE, GCC) in build-sanitize: any
# memory error or undefined behaviour fails the test that meets it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEPPE_SANITIZE=ON \
  -DSTEPPE_BUILD_BENCH=OFF >/dev/null
cmake --build build-sanitize
cd build-sanitize
# Leaks are not looked for: the tools leave by _Exit without freeing on
# purpose (a query process frees nothing), and Xapian and ICU keep caches.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure --parallel "$(nproc)" --timeout 1200
