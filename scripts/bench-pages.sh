#!/usr/bin/env bash
# The port page's cost: server-side time of /ports/{port} from the shared snapshot (the
# Server-Timing header: rendering, not the network), for free ports and for a port with
# 1,000 connections (2,000 sockets); page sizes; and `explain --format html` start-up
# against `explain` text, in the same run.
#
# Usage: scripts/bench-pages.sh [--pages N]   (default 200 distinct free ports)
# Needs hyperfine and curl. Builds release binaries into .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=200
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in hyperfine curl python3; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope >&2
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope-serve >&2
bin=$PWD/.build-bench/release
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# One snapshot for the whole run: every page is rendered from it, once per port and language.
"$bin/portscope-serve" --listen "127.0.0.1:$port" --min-interval 3600 --log-level warning >"$work/serve.log" 2>&1 &
server=$!
holder=""
trap 'kill $server 2>/dev/null; [ -n "$holder" ] && kill $holder 2>/dev/null; rm -rf "$work"' EXIT
# 1,000 connections to one listener, before the snapshot is taken.
python3 - "$work/busy" <<'PY' &
import socket, sys, time, os
l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); l.bind(("127.0.0.1", 0)); l.listen(2048)
held = [l]
for _ in range(1000):
    c = socket.create_connection(l.getsockname()); a, _ = l.accept(); held += [c, a]
open(sys.argv[1] + ".tmp", "w").write(str(l.getsockname()[1])); os.rename(sys.argv[1] + ".tmp", sys.argv[1])
time.sleep(3600)
PY
holder=$!
for _ in $(seq 100); do [ -s "$work/busy" ] && break; sleep 0.1; done
busy=$(cat "$work/busy")
for _ in $(seq 100); do curl -sf "127.0.0.1:$port/metrics" >/dev/null && break; sleep 0.1; done

python3 - "$port" "$busy" "$pages" <<'PY'
import random, statistics, subprocess, sys, urllib.request
port, busy, pages = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
def get(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:
        timing = dict(part.strip().split(";dur=") for part in response.headers["Server-Timing"].split(","))
        return float(timing["page"]), len(response.read())
def summary(label, values, sizes):
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    print(f"| {label} | {len(values)} | {statistics.median(values):.2f} | {p95:.2f} | {max(values):.2f} | {max(sizes) / 1024:.1f} |")
random.seed(1)
free = random.sample([p for p in range(1024, 65536) if p != busy], pages)
print("| page (server side, rendered from the shared snapshot) | pages | median ms | p95 ms | max ms | largest KiB |")
print("|---|---:|---:|---:|---:|---:|")
first = [get(f"/ports/{p}") for p in free]
summary("free port, first render", [t for t, _ in first], [s for _, s in first])
again = [get(f"/ports/{p}") for p in free[-50:]]  # still in the cache (it keeps 128 pages)
summary("free port, again (cached for this snapshot)", [t for t, _ in again], [s for _, s in again])
busy_pages = [get(f"/ports/{busy}?lang={lang}") for lang in ("en", "it")] + [get(f"/ports/{busy}/tcp?lang={lang}") for lang in ("en", "it")]
summary("port with 1,000 connections (2,001 sockets), first render", [t for t, _ in busy_pages], [s for _, s in busy_pages])
home = [get(f"/?lang={lang}") for lang in ("en", "it")]
summary("/ (the host at a glance), first render", [t for t, _ in home], [s for _, s in home])
PY

echo
hyperfine -N --warmup 3 --min-runs 30 --export-json "$work/start.json" \
  "$bin/portscope explain 60776 --offline" "$bin/portscope explain 60776 --offline --format html" \
  "$bin/portscope explain 60776" "$bin/portscope explain 60776 --format html" >/dev/null 2>&1
python3 - "$work/start.json" "$bin" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median ms | vs text |")
print("|---|---:|---:|")
for index, r in enumerate(results):
    base = results[index - index % 2]["median"]
    print(f"| `{r['command'].replace(sys.argv[2] + '/', '')}` | {r['median'] * 1000:.2f} | {r['median'] / base:.2f}x |")
PY
