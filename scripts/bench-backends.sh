#!/usr/bin/env bash
# The license service on each backend, in one run on this machine
# (PostgreSQL's server included): validations per second and their p50/p99
# at 16 connections on SQLite with one instance, on PostgreSQL with one and
# with two instances (each taking half the connections, and reading on half
# the default connections to the server: `readers = 4` each where one
# instance has eight), each beside the same server's /healthz; and
# `license issue --count LICENSES` on each backend. PostgreSQL is a throwaway server (scripts/postgres-server.sh).
# Every license is validated once on each instance before the timed runs
# (the steady state of a running service; scripts/warm-up.sh). The load
# generator is wrk; it shares the machine with the servers.
# The machine's speed drifts during a run (other tenants of a shared host,
# PostgreSQL's autovacuum): PostgreSQL's two set-ups are measured in turn,
# BENCH_ROUNDS times each (2 by default), and compared by their means.
# Usage: scripts/bench-backends.sh [LICENSES] [SECONDS]   (defaults 100000, 10)
# Writes the table to target/bench/backends.md. BENCH_PROFILE=profiling
# measures the build of that Cargo profile instead of release (symbols for
# `perf record`).
#
# The kernel's autogroup scheduling (kernel.sched_autogroup_enabled) shares
# the cores between sessions, not threads: PostgreSQL's server is a session
# of its own, the instances and wrk another, and with two instances on a
# small machine PostgreSQL's backends then wait for the cores (requests
# stalled up to a second on 2 cores; docs/deploy.md). The benchmark measures
# the service, not that sharing: when it may (as root), it turns autogroup
# off for the run and back on at the end, and says so. BENCH_AUTOGROUP=keep
# measures with the machine's setting as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
seconds="${2:-10}"
rounds="${BENCH_ROUNDS:-2}"

command -v wrk >/dev/null || { echo "wrk is needed: run scripts/bench-serve.sh once, or apt-get install wrk" >&2; exit 1; }
profile="${BENCH_PROFILE:-release}"
cargo build --profile "$profile" --locked --quiet
bin="$PWD/target/$profile/keywright"
work=$(mktemp -d)
pids=()
pg_stop=""
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$pg_stop" ] && bash -c "$pg_stop"
    rm -rf "$work"
}
trap cleanup EXIT
autogroup=/proc/sys/kernel/sched_autogroup_enabled
if [ "${BENCH_AUTOGROUP:-off}" = off ] && [ "$(cat "$autogroup" 2>/dev/null)" = 1 ] \
    && (echo 0 > "$autogroup") 2>/dev/null; then
    echo "autogroup scheduling is off for this run (BENCH_AUTOGROUP=keep leaves it on)" >&2
    trap 'echo 1 > "$autogroup"; cleanup' EXIT
fi
case "$(cat "$autogroup" 2>/dev/null)" in
    0) scheduling="autogroup off" ;;
    1) scheduling="autogroup on" ;;
    *) scheduling="no autogroup" ;;
esac
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" KEYWRIGHT_ACTOR=bench

server=$(scripts/postgres-server.sh --owner $$)
pg_url=$(echo "$server" | sed -n 's/^url: //p')
pg_stop=$(echo "$server" | sed -n 's/^stop: //p')

result() { grep '^RESULT' | sed 's/RESULT //'; }

# Makes the shop of database $1 (empty for the SQLite file), its keys in
# folder $2, and issues the licenses; the seconds the issue took go to
# $work/issued.
prepare() {
    export KEYWRIGHT_KEY_DIR="$work/$2"
    if [ -n "$1" ]; then export KEYWRIGHT_DB="$1"; else unset KEYWRIGHT_DB; fi
    "$bin" init --key-store file -q >/dev/null
    if ! grep -q rate_limits "$work/config/keywright/config.toml"; then
        cat >> "$work/config/keywright/config.toml" <<TOML

[serve.rate_limits]
api_key_per_minute = 1000000000
api_key_burst = 10000000
license_per_minute = 1000000000
license_burst = 10000000
TOML
    fi
    "$bin" tenant create "Bench Co" --slug bench -q >/dev/null
    "$bin" product create app --name App --feature sso -q >/dev/null
    "$bin" customer create bench@example.com -q >/dev/null
    local started ended
    started=$(date +%s.%N)
    "$bin" license issue --product app --customer bench@example.com --feature sso --duration 1y \
        --count "$n" --yes -q >/dev/null
    ended=$(date +%s.%N)
    "$bin" export licenses --out "$work/licenses.csv" --yes -q
    python3 -c "import csv,sys; [print(r['key']) for r in csv.DictReader(open(sys.argv[1]))]" \
        "$work/licenses.csv" > "$work/keys.txt"
    BENCH_API_KEY=$("$bin" api-key create --role validator --name "bench$RANDOM" -q)
    export BENCH_API_KEY BENCH_KEYS="$work/keys.txt"
    python3 -c "print(f'{$ended - $started:.2f}')" > "$work/issued"
}

# Starts $1 instances on the database of `prepare`; sets `bases`.
start() {
    bases=()
    for i in $(seq "$1"); do
        "$bin" serve --listen 127.0.0.1:0 2> "$work/serve$i.log" &
        pids+=($!)
        for _ in $(seq 100); do grep -q "listening on" "$work/serve$i.log" && break; sleep 0.1; done
        bases+=("$(grep -o 'http://[0-9.:]*' "$work/serve$i.log" | head -1)")
    done
}

stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done
    pids=()
}

# wrk on every instance at once, the 16 connections shared among them;
# prints the summed rate and the worst p50 and p99.
load() { # path, seconds, [env]
    local each=$(( 16 / ${#bases[@]} )) loads=() i=0
    for base in "${bases[@]}"; do
        i=$((i + 1))
        env "${@:3}" wrk -t 2 -c "$each" -d "$2s" -s scripts/wrk.lua "$base$1" | result > "$work/load$i" &
        loads+=($!)
    done
    wait "${loads[@]}"
    python3 - "$work"/load* <<'PY'
import sys
rows = [dict(kv.split("=") for kv in open(f).read().split()) for f in sys.argv[1:]]
print(f"rps={sum(float(r['rps']) for r in rows):.1f}",
      f"p50_ms={max(float(r['p50_ms']) for r in rows):.3f}",
      f"p99_ms={max(float(r['p99_ms']) for r in rows):.3f}",
      f"errors={sum(int(r['errors']) for r in rows)}",
      f"non2xx={sum(int(r['non2xx']) for r in rows)}")
PY
    rm -f "$work"/load*
}

# Measures $2 instances of the database of `prepare`, named $1, each with
# `[serve] readers = $3` when given; adds a line to $work/results.
measure() {
    cp "$work/config/keywright/config.toml" "$work/measure.toml"
    [ -z "${3:-}" ] || printf '\n[serve]\nreaders = %s\n' "$3" >> "$work/measure.toml"
    KEYWRIGHT_CONFIG="$work/measure.toml" start "$2"
    echo "$1: every license validated once" >&2
    for base in "${bases[@]}"; do scripts/warm-up.sh "$base" >/dev/null; done
    echo "$1: validate at 16 connections" >&2
    local validations healthz
    validations=$(load /v1/tenants/bench/licenses/validate "$seconds")
    echo "$1: healthz at 16 connections" >&2
    healthz=$(load /healthz "$seconds" -u BENCH_KEYS -u BENCH_API_KEY)
    echo "$1|$validations|$healthz" >> "$work/results"
    stop
}

echo "SQLite: issuing $n licenses" >&2
prepare "" keys-sqlite
issue_sqlite=$(cat "$work/issued")
measure "SQLite, 1 instance" 1
echo "PostgreSQL: issuing $n licenses" >&2
prepare "$pg_url" keys-postgres
issue_pg=$(cat "$work/issued")
half_readers=$(( $(nproc) * 2 > 4 ? $(nproc) * 2 : 4 ))
for round in $(seq "$rounds"); do
    measure "PostgreSQL, 1 instance" 1
    measure "PostgreSQL, 2 instances" 2 "$half_readers"
done

mkdir -p target/bench
out=target/bench/backends.md
{
    echo "Machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); PostgreSQL $(ls /usr/lib/postgresql | sort -n | tail -1) on the same machine; $n licenses; ${seconds} s per run; wrk on the same machine; kernel scheduling: $scheduling; each of two instances reads on $half_readers connections, one instance on $((half_readers * 2)) (the default); PostgreSQL's two set-ups measured in turn, $rounds times each (the mean rate and the worst p50 and p99)."
    echo
    python3 - "$work/results" "$n" "$issue_sqlite" "$issue_pg" <<'PY'
import sys
from collections import defaultdict
results, n, issue_sqlite, issue_pg = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
runs = defaultdict(list)
for line in open(results):
    name, validations, healthz = line.strip().split("|")
    runs[name].append((dict(kv.split("=") for kv in validations.split()),
                       dict(kv.split("=") for kv in healthz.split())))
mean = lambda name, which: sum(float(r[which]["rps"]) for r in runs[name]) / len(runs[name])
worst = lambda name, field: max(float(r[0][field]) for r in runs[name])
print("| backend | validations/s | p50 ms | p99 ms | /healthz/s | validations ÷ /healthz | each run (validations/s) |")
print("|---|---|---|---|---|---|---|")
for name in runs:
    each = ", ".join(f"{float(r[0]['rps']):.0f}" for r in runs[name])
    print(f"| {name} | {mean(name, 0):.1f} | {worst(name, 'p50_ms'):.3f} | {worst(name, 'p99_ms'):.3f} "
          f"| {mean(name, 1):.1f} | {mean(name, 0) / mean(name, 1):.2f} | {each} |")
sqlite, one, two = (mean(f"{b}", 0) for b in ("SQLite, 1 instance", "PostgreSQL, 1 instance", "PostgreSQL, 2 instances"))
print()
print(f"PostgreSQL ÷ SQLite: {one / sqlite:.2f} (goal: at least 0.5); two instances ÷ one: {two / one:.2f} (goal: at least 1).")
print(f"license issue --count {n}: SQLite {issue_sqlite} s ({round(n / issue_sqlite)}/s), PostgreSQL {issue_pg} s "
      f"({round(n / issue_pg)}/s) = {issue_sqlite / issue_pg:.2f} x SQLite's rate (goal: at least 0.5).")
bad = [name for name, rs in runs.items() for r in rs for m in r if m["errors"] != "0" or m["non2xx"] != "0"]
if bad:
    print(f"{bad[0]} saw errors or answers other than 200; the figures above do not count", file=sys.stderr)
    sys.exit(1)
PY
} | tee "$out"
