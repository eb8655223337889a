#!/usr/bin/env bash
# Validates every license of BENCH_KEYS once on the service at BASE (with
# BENCH_API_KEY), as a running service has seen its licenses before it is
# measured: wrk walks the keys in order, 10 s at a time, each walk going on
# where the last stopped, until it has gone through them all however slow
# the first validations are. Prints how many validations it made.
# Usage: scripts/warm-up.sh BASE
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"
licenses=$(wc -l < "$BENCH_KEYS")
from=0
while [ "$from" -lt "$licenses" ]; do
    made=$(BENCH_SEQUENTIAL=1 BENCH_FROM="$from" \
        wrk -t 1 -c 16 -d 10s -s scripts/wrk.lua "$base/v1/tenants/bench/licenses/validate" \
        | sed -n 's/^RESULT.* requests=\([0-9]*\).*/\1/p')
    [ "${made:-0}" -gt 0 ] || { echo "the warm-up of $base made no validation" >&2; exit 1; }
    from=$((from + made))
done
echo "$from"
