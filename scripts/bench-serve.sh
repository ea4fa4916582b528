#!/usr/bin/env bash
# Measures `portscope serve` against ss on the same sockets, in one run, and prints Markdown:
#   1. one /metrics scrape (a fresh snapshot each time: --min-interval 0) vs `ss -Htanp`, with
#      the default `--owners auto` (the BPF walk on a large host) and with `--owners procfs`;
#   2. resident memory over 1,000 scrapes (fresh snapshot each);
#   3. `wrk -c 50 -d 30s` on /metrics (default --min-interval 1): requests, errors, memory.
#
# Usage: scripts/bench-serve.sh [--conns N] [--scrapes N] [--wrk-seconds S]
#   defaults: 50000 connections (about 100,000 sockets), 1000 scrapes, 30 s.
# Needs root (so ss -p and the exporter see every process), hyperfine, ss, curl, wrk.
# Builds portscope-serve in release mode into .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
conns=50000 scrapes=1000 wrk_seconds=30
while [ $# -gt 0 ]; do
  case "$1" in
    --conns) conns=$2; shift 2 ;;
    --scrapes) scrapes=$2; shift 2 ;;
    --wrk-seconds) wrk_seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in hyperfine ss curl wrk python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y hyperfine iproute2 curl wrk)" >&2; exit 2; }
done
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope-serve >&2
bin=$PWD/.build-bench/release/portscope-serve
work=$(mktemp -d)
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"
python3 scripts/bench/hold_sockets.py --conns "$conns" --ready "$work/ready.json" >"$work/holder.out" 2>"$work/holder.err" &
holder=$!
server=""
cleanup() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  kill -TERM "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 600); do [ -s "$work/ready.json" ] && break; sleep 0.5; done
[ -s "$work/ready.json" ] || { echo "socket holder did not get ready:" >&2; cat "$work/holder.err" >&2; exit 1; }
eval "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(f"{k}={v}" for k,v in r.items() if k in ("listen_port","listen_pid","sockets")))' "$work/ready.json")"

# A port for the exporter: portscope's own default, or the next free one above it.
port=7373
while ss -Htln "sport = :$port" | grep -q .; do port=$((port + 1)); done

# start_server MIN_INTERVAL: runs the exporter, waits until it answers.
start_server() {
  "$bin" --listen "127.0.0.1:$port" --min-interval "$1" --log-level warning 2>"$work/server.err" &
  server=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null && return 0; sleep 0.1; done
  echo "the exporter did not start:" >&2; cat "$work/server.err" >&2; exit 1
}
stop_server() { kill -TERM "$server"; wait "$server" || { echo "exporter exit status $?" >&2; exit 1; }; server=""; }
rss() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
hwm() { awk '/^VmHWM/ {print $2}' "/proc/$server/status"; }
metrics="http://127.0.0.1:$port/metrics"

start_server 0
# The exposition has the needle listener with its process (a correctness check, not only speed).
curl -sf "$metrics" >"$work/metrics.txt"
check=FAIL
grep -q "portscope_listening_socket_info{.*port=\"$listen_port\",.*process=\"python3\"" "$work/metrics.txt" && check=ok
ss -Htanp >"$work/ss.txt"; grep -q "pid=$listen_pid," "$work/ss.txt" && ss_check=ok || ss_check=FAIL
# A second exporter that walks /proc, scraped in the same hyperfine run.
procfs_port=$((port + 1))
while ss -Htln "sport = :$procfs_port" | grep -q .; do procfs_port=$((procfs_port + 1)); done
"$bin" --listen "127.0.0.1:$procfs_port" --min-interval 0 --log-level warning --owners procfs 2>"$work/server2.err" &
procfs_server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$procfs_port/" >/dev/null && break; sleep 0.1; done
hyperfine -N --warmup 2 --min-runs 10 --max-runs 30 --export-json "$work/scrape.json" \
  "curl -sf -o /dev/null $metrics" "ss -Htanp" "curl -sf -o /dev/null http://127.0.0.1:$procfs_port/metrics" >/dev/null 2>&1
kill -TERM "$procfs_server"; wait "$procfs_server" || true

# Memory over many scrapes, each taking a fresh snapshot.
for _ in $(seq 10); do curl -sf -o /dev/null "$metrics"; done
rss_start=$(rss)
marks=""
for i in $(seq "$scrapes"); do
  curl -sf -o /dev/null "$metrics" || { echo "scrape $i failed" >&2; exit 1; }
  case $i in 100|250|500|750|$scrapes) marks="$marks $i:$(rss)" ;; esac
done
rss_end=$(rss)
stop_server

# wrk with the default --min-interval 1: 50 connections hammering /metrics.
start_server 1
curl -sf -o /dev/null "$metrics"
wrk_rss_start=$(rss)
wrk -t 2 -c 50 -d "${wrk_seconds}s" --latency "$metrics" >"$work/wrk.txt" 2>&1
wrk_rss_mid=$(rss)
wrk_hwm_mid=$(hwm)
# A second, identical run: memory that is bounded does not climb again.
wrk -t 2 -c 50 -d "${wrk_seconds}s" --latency "$metrics" >"$work/wrk2.txt" 2>&1
wrk_rss_end=$(rss)
wrk_hwm=$(hwm)
alive=no
curl -sf -o /dev/null "$metrics" && alive=yes
stop_server

python3 - "$work" "$conns" "$sockets" "$check" "$ss_check" "$scrapes" "$rss_start" "$rss_end" "$marks" "$wrk_rss_start" "$wrk_rss_end" "$wrk_hwm" "$alive" "$wrk_seconds" "$wrk_rss_mid" "$wrk_hwm_mid" <<'PY'
import json, os, platform, re, sys
(work, conns, sockets, check, ss_check, scrapes, rss_start, rss_end, marks,
 wrk_start, wrk_end, wrk_hwm, alive, wrk_seconds, wrk_mid, wrk_hwm_mid) = sys.argv[1:17]
results = json.load(open(f"{work}/scrape.json"))["results"]
scrape, ss, procfs = results[0], results[1], results[2]
print(f"N={conns} connections, {sockets} sockets held, kernel {platform.release()}, {os.cpu_count()} CPUs")
print()
print("| question | tool | median ms | min ms | max ms | runs | vs portscope | check |")
print("|---|---|---:|---:|---:|---:|---:|---|")
for label, r, c in (("portscope serve (GET /metrics, fresh snapshot)", scrape, check), ("ss -Htanp", ss, ss_check),
                    ("portscope serve --owners procfs", procfs, "-")):
    print(f"| one scrape | {label} | {r['median']*1000:.1f} | {r['min']*1000:.1f} | {r['max']*1000:.1f} | {len(r['times'])} | {r['median']/scrape['median']:.2f}x | {c} |")
print()
mib = lambda kib: f"{int(kib)/1024:.1f} MiB"
print(f"Resident memory over {scrapes} scrapes (fresh snapshot each): {mib(rss_start)} after 10 warm-up scrapes, "
      + ", ".join(f"{mib(v)} after {k}" for k, v in (m.split(":") for m in marks.split())) + f"; change {int(rss_end) - int(rss_start):+d} KiB.")
print()
def wrk_line(name):
    wrk = open(f"{work}/{name}").read()
    requests = re.search(r"(\d+) requests in", wrk)
    errors = re.search(r"Socket errors:.*", wrk)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", wrk)
    p99 = re.search(r"99%\s+(\S+)", wrk)
    return (f"{requests.group(1) if requests else '?'} requests, {rate.group(1) if rate else '?'} req/s, "
            f"p99 {p99.group(1) if p99 else '?'}, {errors.group(0) if errors else 'no socket errors'}, "
            f"{non2xx.group(1) if non2xx else 0} non-2xx")
print(f"wrk -t 2 -c 50 -d {wrk_seconds}s /metrics (--min-interval 1), twice:")
print()
print(f"- first run: {wrk_line('wrk.txt')}; RSS {mib(wrk_start)} before, {mib(wrk_mid)} after, peak {mib(wrk_hwm_mid)}")
print(f"- second run: {wrk_line('wrk2.txt')}; RSS {mib(wrk_end)} after, peak {mib(wrk_hwm)}")
print(f"- server answering afterwards: {alive}")
PY
