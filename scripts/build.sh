#!/usr/bin/env bash
# Configures and builds steppe (Release) in build/, after making sure every
# Debian package it needs is installed. Arguments name the targets to build
# (default: everything, tests and benchmarks included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build build --parallel "$(nproc)" "${targets[@]}"
