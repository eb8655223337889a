#!/usr/bin/env bash
# Runs the README's first-run command exactly as written, in a clean
# environment: a new HOME with no config, no database and no keyring, no
# keywright variables, a PATH where the installed keywright comes first.
# Then checks that it made the default database and a license whose token
# verifies with the exported public keys. scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

block=$(sed -n '/<!-- first-run:start -->/,/<!-- first-run:end -->/p' README.md | sed '1,2d;$d' | sed '$d')
[ -n "$block" ] || { echo "README.md has no first-run block" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# The build is the same as any other: reuse the registry and build folder.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
target=${CARGO_TARGET_DIR:-$repo/target}
clean_env=(env -i "HOME=$home" "PATH=$home/.cargo/bin:$cargo_home/bin:/usr/local/bin:/usr/bin:/bin"
    "CARGO_HOME=$cargo_home" "CARGO_INSTALL_ROOT=$home/.cargo" "CARGO_TARGET_DIR=$target"
    "RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}" "TERM=dumb")

out=$("${clean_env[@]}" bash -euo pipefail -c "cd '$repo' && $block" 2>"$home/stderr") || {
    echo "the README's first run failed:" >&2; cat "$home/stderr" >&2; exit 1; }

db="$home/.local/share/keywright/keywright.db"
[ -f "$db" ] || { echo "the first run made no database at the default path $db" >&2; exit 1; }
token=$(printf '%s\n' "$out" | sed -n 's/^TOKEN *//p')
[ -n "$token" ] || { echo "the first run printed no token: $out" >&2; exit 1; }
"${clean_env[@]}" bash -c "cd '$home' && keywright key export --format jwks > jwks.json && keywright verify '$token' --jwks jwks.json --product desktop --feature sso" \
    || { echo "the first run's token does not verify" >&2; exit 1; }
echo "the README's first run works as written"
