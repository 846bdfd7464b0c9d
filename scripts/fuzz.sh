#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets (tests/fuzz) with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer in build-fuzz, then runs
# each from its seeds (tests/fuzz/seeds/KIND) for SECONDS (default 10),
# in a scratch copy of the seeds, and prints the executions of each.
#
#   scripts/fuzz.sh [SECONDS]
#
# A crash, a sanitizer finding, a leak or a timeout stops it with the input
# that caused it saved in build-fuzz/findings/ (exit status 1); 0 when every
# target ran its time clean; 2 on a build error.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
bash scripts/setup.sh >/dev/null
cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEPPE_FUZZ=ON -DSTEPPE_BUILD_TESTS=OFF \
  -DSTEPPE_BUILD_BENCH=OFF >/dev/null || exit 2
targets=(jsonl:jsonl csv:csv html:html text:text analysis:analysis query:query)
names=()
for target in "${targets[@]}"; do names+=("fuzz_${target%%:*}"); done
cmake --build build-fuzz --target "${names[@]}" >/dev/null || exit 2

findings="build-fuzz/findings"
mkdir -p "$findings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for target in "${targets[@]}"; do
  name="${target%%:*}"
  seeds="tests/fuzz/seeds/${target##*:}"
  mkdir -p "$work/$name"
  cp "$seeds"/* "$work/$name/"
  log="$work/$name.log"
  if ASAN_OPTIONS=detect_leaks=1 "build-fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" \
       -max_len=8192 -timeout=20 -rss_limit_mb=2048 -artifact_prefix="$findings/$name-" \
       "$work/$name" >"$log" 2>&1; then
    runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | tail -1 | grep -Eo '[0-9]+' || echo "?")
    printf 'fuzz_%-9s %10s executions in %s s, no findings\n' "$name" "$runs" "$seconds"
  else
    printf 'fuzz_%-9s FOUND A PROBLEM; its input is in %s:\n' "$name" "$findings"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -10
    status=1
  fi
done
exit "$status"
