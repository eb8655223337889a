#!/usr/bin/env bash
# Load benchmark of the license service (`keywright serve`): validations per
# second and their p50/p99 latency against a database of LICENSES licenses
# (default 100000), beside the same server's /healthz and the machine's raw
# Ed25519 signing rate on all cores, all measured in this run. First every
# license is validated once ("first validation": the server checks the
# stored token's signature and keeps it), then random licenses at 1, 16 and
# 64 connections (the steady state of a running service). The load
# generator is wrk (Debian's package, installed if missing); it shares the
# machine with the server.
# The server's peak memory (VmHWM) is read at the end; BENCH_TOKEN_CACHE_MIB
# and BENCH_PAGE_CACHE_MIB set its caches ([serve] token_cache_mib and
# page_cache_mib, default 64 each) to measure what they cost.
# Usage: scripts/bench-serve.sh [LICENSES] [SECONDS]   (defaults 100000, 10)
# Writes the table to target/bench/serve.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
seconds="${2:-10}"

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package) for the load" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
cargo build --release --locked --quiet
cargo build --release --locked --quiet --example machine_limits
bin="$PWD/target/release/keywright"
limits="$PWD/target/release/examples/machine_limits"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" KEYWRIGHT_ACTOR=bench

echo "preparing $n licenses" >&2
"$bin" init --key-store file -q >/dev/null
cat >> "$work/config/keywright/config.toml" <<TOML

[serve]
token_cache_mib = ${BENCH_TOKEN_CACHE_MIB:-64}
page_cache_mib = ${BENCH_PAGE_CACHE_MIB:-64}

[serve.rate_limits]
api_key_per_minute = 1000000000
api_key_burst = 10000000
license_per_minute = 1000000000
license_burst = 10000000
address_per_minute = 1000000000
address_burst = 10000000
TOML
"$bin" tenant create "Bench Co" --slug bench -q >/dev/null
"$bin" product create app --name App --feature sso -q >/dev/null
"$bin" customer create bench@example.com -q >/dev/null
"$bin" license issue --product app --customer bench@example.com --feature sso --duration 1y \
    --meter calls=1000000000 --count "$n" --yes -q >/dev/null
"$bin" export licenses --out "$work/licenses.csv" -q
python3 -c "import csv,sys; [print(r['key']) for r in csv.DictReader(open(sys.argv[1]))]" \
    "$work/licenses.csv" > "$work/keys"
api_key=$("$bin" api-key create --role validator --name bench -q)

"$bin" serve --listen 127.0.0.1:0 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)

export BENCH_KEYS="$work/keys" BENCH_API_KEY="$api_key"
result() { grep '^RESULT' | sed 's/RESULT //'; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
load() { # connections, script, path
    local threads=$(( $1 < 2 ? 1 : 2 ))
    wrk -t "$threads" -c "$1" -d "${seconds}s" -s "$2" "$base$3" | result
}

sequential() { # seconds: walk the keys in order
    BENCH_SEQUENTIAL=1 wrk -t 1 -c 16 -d "$1s" -s scripts/wrk.lua \
        "$base/v1/tenants/bench/licenses/validate" | result
}
declare -A rows
# 5 s reach fewer licenses than there are: each request is the first
# validation of its license (the server checks the stored token's signature).
echo "first validations, 16 connections" >&2
rows[first]=$(sequential 5)
echo "warming up: every license validated once" >&2
scripts/warm-up.sh "$base" >/dev/null
for c in 1 16 64; do
    echo "validate at $c connections" >&2
    rows[$c]=$(load "$c" scripts/wrk.lua /v1/tenants/bench/licenses/validate)
done
echo "usage reports at 16 connections" >&2
usage=$(BENCH_METER=calls load 16 scripts/wrk.lua /v1/tenants/bench/licenses/usage)
echo "healthz at 16 connections" >&2
health=$(env -u BENCH_KEYS -u BENCH_API_KEY wrk -t 2 -c 16 -d "${seconds}s" -s scripts/wrk.lua "$base/healthz" | result)
peak_mib=$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$server_pid/status")
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
# Every acknowledged report is counted: the meters add up to the reports.
counted=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COALESCE(SUM(used),0) FROM usage').fetchone()[0])" "$work/data/keywright/keywright.db")
echo "raw Ed25519 signing on all cores" >&2
sign=$("$limits" sign 5)

mkdir -p target/bench
out=target/bench/serve.md
{
    echo "Machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $n licenses; ${seconds} s per run; wrk on the same machine."
    echo
    echo "| load | requests/s | p50 ms | p99 ms | errors | non-2xx |"
    echo "|---|---|---|---|---|---|"
    r=${rows[first]}
    echo "| validate, first time for each license, 16 connections | $(field "$r" rps) | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" errors) | $(field "$r" non2xx) |"
    for c in 1 16 64; do
        r=${rows[$c]}
        echo "| validate, $c connections | $(field "$r" rps) | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" errors) | $(field "$r" non2xx) |"
    done
    echo "| usage report, 16 connections | $(field "$usage" rps) | $(field "$usage" p50_ms) | $(field "$usage" p99_ms) | $(field "$usage" errors) | $(field "$usage" non2xx) |"
    echo "| /healthz, 16 connections | $(field "$health" rps) | $(field "$health" p50_ms) | $(field "$health" p99_ms) | $(field "$health" errors) | $(field "$health" non2xx) |"
    echo
    best=$(for c in 1 16 64; do field "${rows[$c]}" rps; done | sort -g | tail -1)
    echo "Raw Ed25519 signing, all cores: $sign/s. Best validation rate: $best/s = $(python3 -c "print(f'{$best / $sign:.2f}')") x the signing rate (goal: at least 0.25)."
    echo "p99 at 16 connections: $(field "${rows[16]}" p99_ms) ms (goal: under 10 ms)."
    echo "Usage reports: $(field "$usage" rps)/s = $(python3 -c "print(f'{$(field "$usage" rps) / $(field "${rows[16]}" rps):.2f}')") x validations at 16 connections (goal: at least 0.5), p99 $(field "$usage" p99_ms) ms (goal: under 10 ms); $(field "$usage" requests) answered, $counted counted (goal: every answered one, and at most the 16 in flight at the end more)."
    echo "Peak memory of the server: $peak_mib MiB (token_cache_mib = ${BENCH_TOKEN_CACHE_MIB:-64}, page_cache_mib = ${BENCH_PAGE_CACHE_MIB:-64})."
} | tee "$out"
# Every answer must have been a 200: a figure with errors measures nothing.
# wrk stops with up to one report per connection in flight, which the
# server may still count: the meters hold every answered report, and at
# most 16 more.
answered=$(field "$usage" requests)
if [ "$counted" -lt "$answered" ] || [ "$counted" -gt $(( answered + 16 )) ]; then
    echo "the meters counted $counted reports of $answered answered" >&2
    exit 1
fi
for r in "${rows[@]}" "$health" "$usage"; do
    if [ "$(field "$r" errors)" != 0 ] || [ "$(field "$r" non2xx)" != 0 ]; then
        echo "the load saw errors or answers other than 200; the figures above do not count" >&2
        exit 1
    fi
done
