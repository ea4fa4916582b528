#!/usr/bin/env bash
# Runs one libFuzzer target over portscope's decoders for SECONDS seconds, with AddressSanitizer.
#
# Usage: scripts/fuzz.sh TARGET SECONDS      (scripts/fuzz.sh all SECONDS runs each in turn)
# Targets: netlink procnet procpid sysctl ianacsv registry portarg nftjson btf (Fuzz/Sources/fuzz-*).
# Seed corpora come from the test fixtures (and Fuzz/Seeds/, which also keeps every input that
# once crashed a target, so it is retried on each run); the corpus grows in
# .build-fuzz/corpus/TARGET and crashes are written to .build-fuzz/crashes/. Exit status 0
# when no input crashed, leaked or timed out; 1 otherwise (the input is named).
set -euo pipefail
cd "$(dirname "$0")/.."
targets="netlink procnet procpid sysctl ianacsv registry portarg nftjson btf"
[ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh TARGET|all SECONDS (targets: $targets)" >&2; exit 64; }
target=$1 seconds=$2
if [ "$target" = all ]; then
  # Every target runs even when an earlier one fails; the failures are named at the end.
  failed=""
  for each in $targets; do "$0" "$each" "$seconds" || failed="$failed $each"; done
  [ -z "$failed" ] || { echo "fuzz: failed:$failed" >&2; exit 1; }
  exit 0
fi
case " $targets " in *" $target "*) ;; *) echo "unknown target '$target' (targets: $targets)" >&2; exit 64 ;; esac

scratch=$PWD/.build-fuzz
swift build --package-path Fuzz --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
  -Xcc -fsanitize=fuzzer-no-link,address \
  --product "fuzz-$target" >&2
binary=$scratch/debug/fuzz-$target
corpus=$scratch/corpus/$target
crashes=$scratch/crashes/$target
mkdir -p "$corpus" "$crashes"

# Seeds: every fixture file the target's decoders read, under a unique name.
seed() { for file in "$@"; do [ -f "$file" ] && cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"; done; return 0; }
case $target in
  netlink) seed Tests/PortscopeSocketsTests/Fixtures/netlink/*.bin ;;
  procnet) seed Tests/PortscopeSocketsTests/Fixtures/proc-net/* Tests/PortscopeCLITests/Fixtures/proc/net/* ;;
  procpid) seed Tests/*/Fixtures/proc/[0-9]*/{stat,status,cgroup,cmdline,comm} ;;
  sysctl) seed Tests/*/Fixtures/proc/*/sys/net/ipv4/* Tests/PortscopeCLITests/Fixtures/proc/sys/net/ipv4/* ;;
  ianacsv|registry|portarg|btf) seed Fuzz/Seeds/"$target"/* ;;
  nftjson) seed Tests/PortscopeForwardingTests/Fixtures/*.json Tests/PortscopeForwardingTests/Fixtures/*.bin Tests/PortscopeForwardingTests/Fixtures/*.txt ;;
esac
if [ "$target" = ianacsv ] && [ -f ../shared/data/iana/service-names-port-numbers.csv ]; then
  head -300 ../shared/data/iana/service-names-port-numbers.csv > "$corpus/seed-iana-head.csv"
fi

echo "fuzz-$target: $seconds s, corpus $(ls "$corpus" | wc -l) inputs" >&2
# -rss_limit_mb: a decoder must not balloon on any input; -timeout: nor hang on one.
SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -max_len=65536 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" 2>"$scratch/fuzz-$target.log" || {
  tail -40 "$scratch/fuzz-$target.log" >&2
  echo "fuzz-$target FAILED: see $crashes/" >&2
  exit 1
}
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)" "$scratch/fuzz-$target.log" | tr '\n' ' ' >&2
echo "fuzz-$target: no crash, leak or timeout" >&2
