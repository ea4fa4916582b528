#!/usr/bin/env bash
# CPU cost of `portscope top` at its default 1 s interval, over every TCP listener (the
# heaviest case: every connection's tcp_info is read each second), on hosts holding about
# 10,000 and 100,000 sockets; measured as the top process's own CPU time (user + system)
# over its run, with `ss -Htanpi` once per second as the comparison a user would run.
#
# Usage: scripts/bench-top.sh [--conns "5000 50000"] [--seconds S]   (default 30 s each)
set -euo pipefail
cd "$(dirname "$0")/.."
conns_list="5000 50000" seconds=30
while [ $# -gt 0 ]; do
  case "$1" in
    --conns) conns_list=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v ss >/dev/null || { echo "needs ss (apt-get install -y iproute2)" >&2; exit 2; }
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope >&2
bin=$PWD/.build-bench/release/portscope
ulimit -n 1048576 2>/dev/null || true
echo "| sockets on the host | run | CPU user s | CPU system s | share of one core |"
echo "|---:|---|---:|---:|---:|"
for conns in $conns_list; do
  work=$(mktemp -d)
  python3 scripts/bench/hold_sockets.py --conns "$conns" --workers 8 --idle 20 --ready "$work/ready.json" >/dev/null 2>"$work/holder.err" &
  holder=$!
  for _ in $(seq 600); do [ -s "$work/ready.json" ] && break; sleep 0.5; done
  [ -s "$work/ready.json" ] || { cat "$work/holder.err" >&2; kill $holder; exit 1; }
  python3 - "$bin" "$seconds" <<'PY'
import os, resource, subprocess, sys, time
binary, seconds = sys.argv[1], float(sys.argv[2])
total = sum(1 for name in ("/proc/net/tcp", "/proc/net/tcp6", "/proc/net/udp", "/proc/net/udp6") for _ in open(name)) - 4
def measure(label, run):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run()
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    print(f"| {total:,} | {label} | {user:.2f} | {system:.2f} | {100 * (user + system) / wall:.1f}% |", flush=True)
def top():
    out = subprocess.run([binary, "top", "--interval", "1", "--duration", str(seconds), "--format", "ndjson"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
    assert out.count(b"\n") > 0, "top printed nothing"
def ss():
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        tick = time.monotonic()
        subprocess.run(["ss", "-Htanpi"], stdout=subprocess.DEVNULL, check=True)
        time.sleep(max(0, 1 - (time.monotonic() - tick)))
measure(f"`portscope top` (every listener), {seconds:.0f} s", top)
measure(f"`ss -Htanpi` once a second, {seconds:.0f} s", ss)
PY
  kill -TERM $holder; wait $holder 2>/dev/null || true
  rm -rf "$work"
done
