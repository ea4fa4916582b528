#!/usr/bin/env bash
# Start-up cost: `portscope explain PORT --offline` against `ss -Htln`, in one hyperfine run.
#
# Usage: scripts/bench-explain.sh [--binary PATH] [PORT]   (default 60776)
# Builds a release binary with the Swift runtime linked statically (as a packaged portscope
# would ship) into .build-bench/, then prints hyperfine's table and the ratio. `--binary`
# measures an installed one instead (the .deb's `/usr/bin/portscope`, stripped).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=""
if [ "${1:-}" = "--binary" ]; then bin="${2:?--binary needs a path}"; shift 2; fi
port="${1:-60776}"
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install -y hyperfine" >&2; exit 2; }
command -v ss >/dev/null || { echo "needs ss: apt-get install -y iproute2" >&2; exit 2; }
if [ -z "$bin" ]; then
  swift build -c release --static-swift-stdlib --scratch-path .build-bench --product portscope >&2
  bin=.build-bench/release/portscope
fi
out=$(mktemp)
hyperfine -N --warmup 20 --min-runs 200 --export-json "$out" \
  "$bin explain $port --offline" "$bin explain $port" "ss -Htln" >&2
python3 - "$out" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
ss = r["ss -Htln"]["median"]
print("| command | median ms | mean ms | ratio to ss -Htln |")
print("|---|---|---|---|")
for name, x in r.items():
    print(f"| `{name.replace('.build-bench/release/', '')}` | {x['median']*1000:.2f} | {x['mean']*1000:.2f} | {x['median']/ss:.2f}x |")
PY
rm -f "$out"
