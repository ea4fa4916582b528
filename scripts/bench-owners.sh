#!/usr/bin/env bash
# Where the BPF descriptor walk pays off: for each host size, `portscope who PORT` with
# `--owners procfs`, `--owners bpf` and the default `auto`, in one hyperfine run per size, with
# the host's open files (/proc/sys/fs/file-nr, what `auto` decides on).
#
# Usage: scripts/bench-owners.sh [CONNS...]   (default: 250 1000 2500 5000 10000 25000 50000)
# Needs root, hyperfine, python3. Builds portscope in release mode into .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 1000 2500 5000 10000 25000 50000)
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 2; }
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope >&2
bin=$PWD/.build-bench/release/portscope
work=$(mktemp -d)
holder=""
trap '[ -n "$holder" ] && kill -TERM $holder 2>/dev/null; rm -rf "$work"' EXIT
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "| connections | sockets | open files | who --owners procfs ms | who --owners bpf ms | bpf / procfs | auto chose | auto ms |"
echo "|---:|---:|---:|---:|---:|---:|---|---:|"
for conns in "${sizes[@]}"; do
  rm -f "$work/ready.json"
  workers=$(( conns >= 8000 ? 8 : 2 ))
  python3 scripts/bench/hold_sockets.py --conns "$conns" --workers "$workers" --idle 50 --ready "$work/ready.json" >/dev/null 2>"$work/holder.err" &
  holder=$!
  for _ in $(seq 600); do [ -s "$work/ready.json" ] && break; sleep 0.5; done
  [ -s "$work/ready.json" ] || { cat "$work/holder.err" >&2; exit 1; }
  eval "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(f"{k}={v}" for k,v in r.items() if k in ("listen_port","sockets")))' "$work/ready.json")"
  files=$(cut -f1 /proc/sys/fs/file-nr)
  auto=$("$bin" who "$listen_port" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["owners"])')
  hyperfine -N --warmup 3 --min-runs 15 --max-runs 40 --export-json "$work/h.json" \
    "$bin who $listen_port --owners procfs" "$bin who $listen_port --owners bpf" "$bin who $listen_port" >/dev/null 2>&1
  python3 - "$work/h.json" "$conns" "$sockets" "$files" "$auto" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
procfs, bpf, auto = (x["median"] * 1000 for x in r)
print(f"| {sys.argv[2]} | {sys.argv[3]} | {sys.argv[4]} | {procfs:.1f} | {bpf:.1f} | {bpf / procfs:.2f}x | {sys.argv[5]} | {auto:.1f} |")
PY
  kill -TERM "$holder"; wait "$holder" 2>/dev/null || true; holder=""
  sleep 1
done
