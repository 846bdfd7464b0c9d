#!/usr/bin/env bash
# Search latency over 1, 2 and 4 shards, local and served over loopback TCP
# (xapian-tcpsrv on 127.0.0.1), measured in-process by search_latency on the
# same queries (issue 6).
#
#   bench/shard_latency.sh DB4 [QUERIES]
#   STEPPE_BUILD=build RUNS=3 bench/shard_latency.sh /tmp/news100k-s4
#   LATENCY_ARGS=--no-collapse bench/shard_latency.sh /tmp/news100k-s4   (search_latency options)
#
# DB4 is a steppe database of 4 shards (steppe-index --shards 4), e.g.
#   bench/repeat_corpus.sh 11 | build/indexer/steppe-index --shards 4 --db /tmp/news100k-s4 -
# The 2- and 1-shard layouts are made from it by Xapian's compactor
# (xapian-compact merges shards 0+1 and 2+3, then all four) in a scratch
# folder, so all three hold the same documents. Each layout is searched
# from a stub of local shards, then from a stub of "remote 127.0.0.1:PORT"
# lines, one xapian-tcpsrv per shard. Prints p50, p90, p99 and the mean per
# search in ms for each, and search_latency's own lines to standard error.
# Timings depend on the machine's load; the load average is printed.
# Exit status: 0 measured, 2 error.
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: shard_latency.sh DB4 [QUERIES]   (env: STEPPE_BUILD, RUNS)" >&2
  exit 2
fi
db="$(realpath -m -- "$1")"
queries="$(realpath -m -- "${2:-$(dirname "$0")/queries.txt}")"
build="$(realpath -m -- "${STEPPE_BUILD:-$(dirname "$0")/../build}")"
runs="${RUNS:-3}"
read -r -a latency_args <<<"${LATENCY_ARGS:-}"
latency="$build/bench/search_latency"
[[ -x "$latency" ]] || { echo "shard_latency: no $latency (build it, or set STEPPE_BUILD)" >&2; exit 2; }
for tool in xapian-compact xapian-tcpsrv; do
  command -v "$tool" >/dev/null || { echo "shard_latency: no $tool (apt-get install xapian-tools)" >&2; exit 2; }
done
shards=()
for i in 0 1 2 3; do
  [[ -d "$db/shard$i" ]] || { echo "shard_latency: $db is not a database of 4 shards (no shard$i)" >&2; exit 2; }
  shards+=("$db/shard$i")
done
[[ ! -d "$db/shard4" ]] || { echo "shard_latency: $db has more than 4 shards" >&2; exit 2; }

work="$(mktemp -d)"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "building the 2- and 1-shard layouts in $work ..." >&2
xapian-compact --multipass "${shards[0]}" "${shards[1]}" "$work/two0" >/dev/null
xapian-compact --multipass "${shards[2]}" "${shards[3]}" "$work/two1" >/dev/null
xapian-compact --multipass "${shards[@]}" "$work/one0" >/dev/null
layout() {  # layout N: the shard folders of the N-shard layout
  case "$1" in
    1) echo "$work/one0" ;;
    2) echo "$work/two0 $work/two1" ;;
    4) echo "${shards[*]}" ;;
  esac
}

# A loopback port nothing listens on (one that refuses a connection).
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}
# Waits until something accepts connections on the loopback port.
wait_for() {
  for _ in $(seq 200); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "shard_latency: no server on port $1" >&2
  return 1
}

measure() {  # measure STUB: "p50 p90 p99 mean" of search_latency over it
  local out
  # (search_latency exits 1 when it misses its own targets: still a measure.)
  out=$("$latency" --db "$1" --queries "$queries" --runs "$runs" "${latency_args[@]}") || true
  printf '%s\n' "$out" >&2
  awk '/^latency/ { for (i = 1; i <= NF; i++) v[$i] = $(i + 1); print v["p50"], v["p90"], v["p99"], v["mean"] }' <<<"$out"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); search_latency options: ${LATENCY_ARGS:-none}"
printf '%-7s %-6s %8s %8s %8s %8s\n' shards where "p50 ms" "p90 ms" "p99 ms" "mean ms"
for n in 1 2 4; do
  local_stub="$work/local$n.stub"
  : >"$local_stub"
  for shard in $(layout "$n"); do echo "auto $shard" >>"$local_stub"; done
  read -r p50 p90 p99 mean < <(measure "$local_stub")
  printf '%-7s %-6s %8s %8s %8s %8s\n' "$n" local "$p50" "$p90" "$p99" "$mean"

  remote_stub="$work/remote$n.stub"
  : >"$remote_stub"
  for shard in $(layout "$n"); do
    port=$(free_port)
    xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$shard" >/dev/null 2>&1 &
    servers+=("$!")
    wait_for "$port"
    echo "remote 127.0.0.1:$port" >>"$remote_stub"
  done
  read -r p50 p90 p99 mean < <(measure "$remote_stub")
  printf '%-7s %-6s %8s %8s %8s %8s\n' "$n" tcp "$p50" "$p90" "$p99" "$mean"
  for pid in "${servers[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  servers=()
done
