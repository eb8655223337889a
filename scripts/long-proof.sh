#!/usr/bin/env bash
# The long form of keywright's proof (docs/proof.md), after scripts/test.sh
# has installed the test prerequisites:
#   - kills: 20 random SIGKILLs per command (6 commands and the service: 140)
#   - concurrency: 4 writers of 1,000 licenses each; a 100,000-license batch
#     beside 3 writers
#   - property tests: 10,000 cases per property, 200 command sequences
#   - schemathesis: 1,000 examples per operation, every phase
#   - fuzzing: 10,000,000 executions per target (scripts/fuzz.sh)
# Takes a few hours on two cores; each part prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."

export KEYWRIGHT_TEST_PYTHON="$PWD/target/test-python/bin/python"
export KEYWRIGHT_TEST_SCHEMATHESIS="$PWD/target/test-python/bin/schemathesis"
export KEYWRIGHT_TEST_NODE_MODULES="$PWD/target/test-node/node_modules"
export KEYWRIGHT_LONG=1

KEYWRIGHT_KILLS="${KEYWRIGHT_KILLS:-20}" cargo test --locked --release --test cli --test service kill -- --nocapture --test-threads 1
cargo test --locked --release --test cli concurrency -- --nocapture --test-threads 1
PROPTEST_CASES=10000 cargo test --locked --release --test properties
PROPTEST_CASES=200 cargo test --locked --release --test cli isolation
cargo test --locked --release --test service schema
scripts/fuzz.sh "${FUZZ_RUNS:-10000000}"
