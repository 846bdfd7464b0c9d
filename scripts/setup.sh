#!/usr/bin/env bash
# Installs every Debian package steppe needs to build, test and benchmark.
# Idempotent: asks apt-get only for what is missing, so a second run is a no-op.
#
#   scripts/setup.sh           # what building, testing and CI need
#   scripts/setup.sh --peers   # also the engines bench/compare_peers.sh measures
#                              # steppe against, and what it converts and plots with
set -euo pipefail

peers=false
for arg in "$@"; do
  case "$arg" in
    --peers) peers=true ;;
    *)
      echo "setup: unknown argument '$arg' (only --peers is known)" >&2
      exit 2
      ;;
  esac
done

packages=(
  build-essential cmake ninja-build pkg-config
  libxapian-dev xapian-tools
  libboost-locale-dev libicu-dev
  libabsl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsimdjson-dev libarchive-dev libcli11-dev libfmt-dev libtbb-dev
  libxml2-dev libcsv-dev nlohmann-json3-dev libzstd-dev libjemalloc-dev
  hunspell-kk hunspell-ru wamerican
  libcld2-dev libexttextcat-dev
  clang clang-format clang-tidy
  libtomlplusplus-dev
  dpkg-dev zsh python3-jsonschema jq man-db
)
if $peers; then
  packages+=(
    xapian-omega sphinxsearch sqlite3
    gnuplot-nox
  )
fi

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
