#!/usr/bin/env bash
# CPU cost of `portscope watch`: 100 samples per second on a host holding about 10,000
# sockets, measured as the watch process's own CPU time (user + system) over its run.
#
# Usage: scripts/bench-watch.sh [--conns N] [--seconds S]   (defaults: 5000 connections ≈ 10,000 sockets, 20 s)
set -euo pipefail
cd "$(dirname "$0")/.."
conns=5000 seconds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --conns) conns=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope >&2
bin=$PWD/.build-bench/release/portscope
work=$(mktemp -d)
ulimit -n 1048576 2>/dev/null || true
python3 scripts/bench/hold_sockets.py --conns "$conns" --workers 4 --idle 20 --ready "$work/ready.json" >/dev/null 2>"$work/holder.err" &
holder=$!
trap 'kill -TERM $holder 2>/dev/null; wait $holder 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do [ -s "$work/ready.json" ] && break; sleep 0.5; done
python3 - "$bin" "$work/ready.json" "$seconds" <<'PY'
import json, os, resource, subprocess, sys, time
binary, ready, seconds = sys.argv[1], json.load(open(sys.argv[2])), float(sys.argv[3])
total = sum(1 for name in ("/proc/net/tcp", "/proc/net/tcp6", "/proc/net/udp", "/proc/net/udp6") for _ in open(name)) - 4
print(f"{total} sockets on the host; watching port {ready['listen_port']} and the busiest listener port for {seconds:.0f} s at --interval 10 (100 samples/s)")
print()
print("| run | samples/s | CPU user s | CPU system s | share of one core |")
print("|---|---:|---:|---:|---:|")
def run(label, arguments):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run([binary, "watch"] + arguments + ["--interval", "10", "--duration", str(seconds), "--format", "ndjson"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    print(f"| {label} | 100 | {user:.2f} | {system:.2f} | {100 * (user + system) / wall:.1f}% |")
# A quiet port, then a port with 2,000 established connections on it (the first target listener).
run(f"watch {ready['listen_port']} (idle listener), destroy notifications on", [str(ready['listen_port'])])
run(f"watch {ready['listen_port']}, sampling only", [str(ready['listen_port']), "--no-destroy"])
busy = ready['listen_port'] + 1
run(f"watch {busy} (about 2,000 connections on it)", [str(busy)])
PY
