#!/usr/bin/env bash
# Installs every Debian package steppe needs to build, test and benchmark.
# Idempotent: asks apt-get only for what is missing, so a second run is a no-op.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libxapian-dev xapian-tools
  libboost-locale-dev libicu-dev
  libabsl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsimdjson-dev libarchive-dev libcli11-dev libfmt-dev libtbb-dev
  libxml2-dev libcsv-dev nlohmann-json3-dev
  hunspell-kk hunspell-ru wamerican
  libcld2-dev libexttextcat-dev
  clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
