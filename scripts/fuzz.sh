#!/usr/bin/env bash
# Fuzzes keywright's parsers with cargo-fuzz (docs/proof.md): every target
# in fuzz/ for RUNS executions (default 10,000,000), starting from the seed
# corpus committed in fuzz/corpus/TARGET. New inputs go to
# target/fuzz-corpus/TARGET, so the committed seeds stay as they are.
#
#   scripts/fuzz.sh [RUNS] [TARGET...]
#
# cargo-fuzz instruments with flags of the nightly compiler; a stable
# toolchain is allowed to take them (RUSTC_BOOTSTRAP=1), and no sanitizer is
# used (-s none: the targets are safe Rust).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-10000000}"
shift || true
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
export RUSTC_BOOTSTRAP=1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
# A short run (scripts/test.sh runs 20,000 executions a target) builds
# without optimisation and with debug assertions: minutes less to build
# on a clean machine, and overflow checks on; a long run builds
# optimised, for executions a second.
build=(-O)
[ "$runs" -ge 1000000 ] || build=(--dev)
cargo fuzz build -s none "${build[@]}" >&2
for target in "${targets[@]}"; do
    work="target/fuzz-corpus/$target"
    mkdir -p "$work"
    log="target/fuzz-$target.$$.log"
    started=$(date +%s)
    cargo fuzz run -s none "${build[@]}" "$target" "$work" "fuzz/corpus/$target" -- \
        -runs="$runs" -max_len=65536 -timeout=10 -print_final_stats=1 2> "$log" ||
        { tail -40 "$log" >&2; echo "fuzz target $target failed; see $log" >&2; exit 1; }
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "$target: $execs executions in $(( $(date +%s) - started )) s, no crash"
done
