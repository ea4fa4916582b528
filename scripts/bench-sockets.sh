#!/usr/bin/env bash
# Times `portscope who` and `portscope ls` (also with connection accounting: `who --info`,
# `ls --connections`) against ss, lsof and psutil on the same sockets, in one run, and prints
# a Markdown table with ratios, then the ratios between portscope's own commands. `portscope`
# rows use the default `--owners auto` (the BPF walk on a large host); `portscope procfs` rows
# force the `/proc` walk, for comparison.
#
# Usage: scripts/bench-sockets.sh [--conns N] [--workers P] [--idle Q] [--tools REGEX]
#   defaults: 50000 connections (about 100,000 sockets), 8 workers, 50 idle processes.
# Needs root (so ss -p and lsof see every process), hyperfine, ss, lsof; psutil rows run when
# `python3 -c 'import psutil'` works. Builds portscope in release mode into .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
conns=50000 workers=8 idle=50 tools='.'
while [ $# -gt 0 ]; do
  case "$1" in
    --conns) conns=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    --tools) tools=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in hyperfine ss lsof python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y hyperfine iproute2 lsof)" >&2; exit 2; }
done
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope >&2
bin=$PWD/.build-bench/release/portscope
work=$(mktemp -d)
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"
python3 scripts/bench/hold_sockets.py --conns "$conns" --workers "$workers" --idle "$idle" --ready "$work/ready.json" >"$work/holder.out" 2>"$work/holder.err" &
holder=$!
trap 'kill -TERM $holder 2>/dev/null; wait $holder 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do [ -s "$work/ready.json" ] && break; sleep 0.5; done
[ -s "$work/ready.json" ] || { echo "socket holder did not get ready:" >&2; cat "$work/holder.err" >&2; exit 1; }
eval "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(f"{k}={v}" for k,v in r.items() if k in ("listen_port","listen_pid","ephemeral_port","ephemeral_pid","busy_port","busy_pid","busy_connections","sockets","setup_seconds")))' "$work/ready.json")"
psutil_who='import psutil,sys; p=int(sys.argv[1]); print([c.pid for c in psutil.net_connections("inet") if (c.laddr and c.laddr.port==p) or (c.raddr and c.raddr.port==p)])'
psutil_ls='import psutil; print([(c.laddr, c.pid) for c in psutil.net_connections("inet") if c.status=="LISTEN" or (c.type==2 and not c.raddr)])'
have_psutil=$(python3 -c 'import psutil' 2>/dev/null && echo 1 || echo 0)

# question|label|expected pid|command
cat >"$work/commands" <<CMDS
who listening port|portscope|$listen_pid|$bin who $listen_port
who listening port|portscope procfs|$listen_pid|$bin who $listen_port --owners procfs
who listening port|ss|$listen_pid|ss -Htanp 'sport = :$listen_port or dport = :$listen_port'
who listening port|lsof|$listen_pid|lsof -nP -i :$listen_port
who ephemeral port|portscope|$ephemeral_pid|$bin who $ephemeral_port
who ephemeral port|ss|$ephemeral_pid|ss -Htanp 'sport = :$ephemeral_port or dport = :$ephemeral_port'
who ephemeral port|lsof|$ephemeral_pid|lsof -nP -i :$ephemeral_port
listening sockets with processes|portscope|$listen_pid|$bin ls
listening sockets with processes|portscope procfs|$listen_pid|$bin ls --owners procfs
listening sockets with processes|ss|$listen_pid|ss -Htulnp
who busy port ($busy_connections connections)|portscope|$busy_pid|$bin who $busy_port
who busy port ($busy_connections connections)|portscope procfs|$busy_pid|$bin who $busy_port --owners procfs
who busy port, with tcp_info|portscope|$busy_pid|$bin who $busy_port --info
who busy port, with tcp_info|ss|$busy_pid|ss -Htanpi 'sport = :$busy_port or dport = :$busy_port'
listeners with their connections|portscope|$listen_pid|$bin ls --connections
listeners with their connections|ss|$listen_pid|ss -Htanpi
CMDS
if [ "$have_psutil" = 1 ]; then
  cat >>"$work/commands" <<CMDS
who listening port|psutil|$listen_pid|python3 -c '$psutil_who' $listen_port
who ephemeral port|psutil|$ephemeral_pid|python3 -c '$psutil_who' $ephemeral_port
listening sockets with processes|psutil|$listen_pid|python3 -c '$psutil_ls'
CMDS
fi

i=0
while IFS='|' read -r question label pid command; do
  printf '%s' "$label" | grep -Eq "$tools" || continue
  i=$((i + 1))
  out=$(sh -c "$command" 2>/dev/null || true)
  # A here-string, not a pipe: grep -q stops at the first match, and under pipefail the
  # writer's SIGPIPE on a large output would count as a failed check.
  if grep -Eq "(^|[^0-9])$pid([^0-9]|$)" <<<"$out"; then check=ok; else check=FAIL; fi
  hyperfine -N --warmup 1 --min-runs 5 --max-runs 20 --export-json "$work/$i.json" "$command" >/dev/null 2>&1 || true
  printf '%s|%s|%s|%s\n' "$question" "$label" "$check" "$command" >"$work/$i.meta"
done <"$work/commands"

python3 - "$work" "$i" "$conns" "$sockets" "$setup_seconds" "$bin" <<'PY'
import json, os, sys, platform
work, count, conns, sockets, setup, binary = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
rows = []
for i in range(1, count + 1):
    question, label, check, command = open(f"{work}/{i}.meta").read().rstrip("\n").split("|", 3)
    r = json.load(open(f"{work}/{i}.json"))["results"][0]
    rows.append((question, label, check, command, r["median"] * 1000, r["min"] * 1000, r["max"] * 1000, len(r["times"])))
print(f"N={conns} connections, {sockets} sockets held, setup {setup} s, kernel {platform.release()}, {os.cpu_count()} CPUs")
print()
order = list(dict.fromkeys(r[0] for r in rows))
rows.sort(key=lambda r: order.index(r[0]))
print("| question | tool | median ms | min ms | max ms | runs | vs portscope | check |")
print("|---|---|---:|---:|---:|---:|---:|---|")
for question, label, check, command, median, low, high, runs in rows:
    ours = next((m for q, l, _, _, m, _, _, _ in rows if q == question and l == "portscope"), None)
    ratio = f"{median / ours:.2f}x" if ours else "-"
    print(f"| {question} | {label} | {median:.1f} | {low:.1f} | {high:.1f} | {runs} | {ratio} | {check} |")
print()
median = {(q.split(" (")[0], l): m for q, l, _, _, m, *_ in rows}
def between(name, over, under):
    if over in median and under in median:
        print(f"- {name}: {median[over] / median[under]:.2f}x")
print("Between commands (median over median):")
between("`ss` over `who` on the listening port (issue #16 bar: at least 10x)", ("who listening port", "ss"), ("who listening port", "portscope"))
between("`ss -Htulnp` over `ls` (issue #16 bar: at least 10x)", ("listening sockets with processes", "ss"), ("listening sockets with processes", "portscope"))
between("`who` with the /proc walk over `who` with auto", ("who listening port", "portscope procfs"), ("who listening port", "portscope"))
between("`ls` with the /proc walk over `ls` with auto", ("listening sockets with processes", "portscope procfs"), ("listening sockets with processes", "portscope"))
between("`ls --connections` over plain `ls` (bar: at most 1.5x)", ("listeners with their connections", "portscope"), ("listening sockets with processes", "portscope"))
between("`ss -Htanpi` over `ls --connections` (bar: at least 3x)", ("listeners with their connections", "ss"), ("listeners with their connections", "portscope"))
between("`who --info` over `who` on the busy port (bar: at most 1.2x)", ("who busy port, with tcp_info", "portscope"), ("who busy port", "portscope"))
print()
print("Commands:", "; ".join(sorted({f"`{c.replace(binary, 'portscope')}`" for _, _, _, c, *_ in rows})))
choice = os.popen(f"{binary} ls --json 2>/dev/null").read()
try:
    report = json.loads(choice)
    print(f"\n`--owners auto` chose {report.get('owners')}: {report.get('ownersReason')}")
except ValueError:
    pass
PY
