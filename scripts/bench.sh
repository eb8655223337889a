#!/usr/bin/env bash
# The benchmark (docs/benchmark.md): builds keywright and the limit programs,
# installs the Python packages of the vendor's script and the plot into
# target/bench-python, and runs bench/run.py.
#
#   scripts/bench.sh          10,000 / 100,000 / 1,000,000 licenses, medians of
#                             3 runs (about 20 minutes on 2 cores); writes
#                             docs/benchmark/ and the README's table
#   scripts/bench.sh --smoke  a small run of every step, twice, on the debug build, to
#                             target/bench-smoke (part of scripts/test.sh)
#
# Other arguments go to bench/run.py (see `--help` there).
set -euo pipefail
cd "$(dirname "$0")/.."

venv="target/bench-python"
built="${CARGO_TARGET_DIR:-target}"
if ! "$venv/bin/python" -c 'import jwt, cryptography, matplotlib' 2>/dev/null; then
    echo "installing PyJWT, cryptography and matplotlib into $venv for the benchmark" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r bench/requirements.txt
fi

if [ "${1:-}" = "--smoke" ]; then
    shift
    cargo build --locked --quiet --bin keywright --example machine_limits
    exec "$venv/bin/python" bench/run.py --bin "$built/debug/keywright" \
        --limits "$built/debug/examples/machine_limits" --sizes 300,1000 --main 1000 \
        --runs 2 --process-runs 4 --limit-seconds 0.2 --out target/bench-smoke "$@"
fi
cargo build --locked --release --quiet --bin keywright --example machine_limits
exec "$venv/bin/python" bench/run.py --bin "$built/release/keywright" \
    --limits "$built/release/examples/machine_limits" --out docs/benchmark --readme README.md "$@"
