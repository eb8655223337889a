#!/usr/bin/env bash
# End-to-end figures of the release binary on a scratch database:
# batch issuing, verifying tokens from stdin, validating, and peak memory.
# Usage: scripts/bench.sh [LICENSES]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
cargo build --release --locked --quiet
bin="$PWD/target/release/keywright"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" KEYWRIGHT_ACTOR=bench
"$bin" init --key-store file -q >/dev/null
"$bin" tenant create "Bench Co" --slug bench -q >/dev/null
"$bin" product create app --name App --feature sso -q >/dev/null
"$bin" customer create bench@example.com -q >/dev/null

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
measure() { # label, count, command...
    local label=$1 count=$2; shift 2
    local start end rss
    start=$(date +%s.%N)
    rss=$( { /usr/bin/time -f '%M' "$@" >/dev/null; } 2>&1 | tail -1 )
    end=$(date +%s.%N)
    python3 - "$label" "$count" "$start" "$end" "$rss" <<'PY'
import sys
label, count, start, end, rss = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
secs = end - start
print(f"{label:<40} {count:>8} in {secs:6.2f} s  {count / secs:>9.0f}/s  peak RSS {int(rss) // 1024} MiB")
PY
}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
measure "license issue --count (one transaction)" "$n" \
    "$bin" license issue --product app --customer bench@example.com --feature sso --duration 1y --count "$n" --yes -q
"$bin" license list --limit 1000 -q | head -n 1 > "$work/key"
python3 - "$work/data/keywright/keywright.db" "$work/tokens" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT token FROM licenses").fetchall()
open(sys.argv[2], "w").write("".join(t + "\n" for (t,) in rows))
PY
measure "verify - (tokens from stdin, tenant keys)" "$n" sh -c "\"$bin\" verify - --product app < \"$work/tokens\""
"$bin" key export > "$work/public.pem"
measure "verify - --public-key (no database)" "$n" sh -c "\"$bin\" verify - --public-key \"$work/public.pem\" < \"$work/tokens\""
key=$(cat "$work/key")
measure "validate KEY (one process each, x200)" 200 sh -c "for i in \$(seq 200); do \"$bin\" validate $key -q >/dev/null; done"
measure "license list --limit 1000 --json" 1000 "$bin" license list --limit 1000 --json
measure "export licenses (CSV, streamed)" "$n" "$bin" export licenses --out "$work/licenses.csv"
measure "license revoke --bulk (one transaction)" "$n" \
    "$bin" license revoke --bulk --product app --reason bench --yes -q
measure "doctor (every license against its token)" "$n" "$bin" doctor -q
python3 -c "import sys; n=int(sys.argv[1]); sys.stdout.write('product,customer,features,duration\n' + 'app,bench@example.com,sso,1y\n' * n)" "$n" > "$work/import.csv"
measure "license import (CSV, one transaction)" "$n" "$bin" license import "$work/import.csv" --yes -q
