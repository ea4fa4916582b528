#!/usr/bin/env bash
# portscope serve against hostile clients, as systemd runs it (soft limit of 1,024 open
# files, the unit's MemoryMax of 256 MiB), loopback only; prints the results as JSON:
#   1. 1,100 connections that each send half a request head, while /metrics is scraped on
#      fresh connections every 0.25 s: scrapes answered, CPU use, half-open connections
#      still held after the header timeout;
#   2. 1,000 concurrent GET /api/v1/sockets?all with a process holding a 100 KiB command
#      line: answered, wall time, peak RSS.
#
# Usage: scripts/bench-serve-hostile.sh [--half N] [--api N] [--cmdline-kb K]
# Needs python3 and ss; builds portscope-serve in release mode into .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
half=1100 api=1000 cmdline=100
while [ $# -gt 0 ]; do
  case "$1" in
    --half) half=$2; shift 2 ;;
    --api) api=$2; shift 2 ;;
    --cmdline-kb) cmdline=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in python3 ss prlimit; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope-serve >&2
bin=$PWD/.build-bench/release/portscope-serve
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
# systemd's usual soft limit (the unit now raises it; the server also raises soft to hard,
# so pin both here to test the worst case).
prlimit --nofile=1024:1024 "$bin" --listen "127.0.0.1:$port" --min-interval 1 --header-timeout 5 --log-level warning >"$log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do curl -sf "127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
python3 scripts/bench/hostile_clients.py --port "$port" --pid "$server" --half "$half" --api "$api" --cmdline-kb "$cmdline" --header-timeout 5 --min-interval 1
