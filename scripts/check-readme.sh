#!/usr/bin/env bash
# Runs the README as a newcomer would, in a clean environment: a new HOME
# with no config, no database and no keyring, no keywright variables, a
# PATH where the installed keywright comes first. First the first-run
# command exactly as written (it installs keywright), checking that it made
# the default database and a license whose token verifies with the
# exported public keys; then, in the same shell and HOME, every block of
# the tour, in order, as written. scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# The shell code of the README between two markers: the lines inside its
# ```sh blocks, in order.
blocks() {
    sed -n "/<!-- $1:start -->/,/<!-- $1:end -->/p" README.md |
        awk '/^```sh$/ { inside = 1; next } /^```$/ { inside = 0; next } inside'
}

first_run=$(blocks first-run)
[ -n "$first_run" ] || { echo "README.md has no first-run block" >&2; exit 1; }
tour=$(blocks tour)
[ -n "$tour" ] || { echo "README.md has no tour" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# The build is the same as any other: reuse the registry and build folder.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
target=${CARGO_TARGET_DIR:-$repo/target}
# The install builds the release profile without a user's optimisation
# (no link-time optimisation, optimisation level 0: the settings Cargo
# takes from CARGO_PROFILE_RELEASE_*), which changes how fast the
# installed keywright runs, not what it does, and takes minutes less on a
# clean machine.
clean_env=(env -i "HOME=$home" "PATH=$home/.cargo/bin:$cargo_home/bin:/usr/local/bin:/usr/bin:/bin"
    "CARGO_HOME=$cargo_home" "CARGO_INSTALL_ROOT=$home/.cargo" "CARGO_TARGET_DIR=$target"
    "CARGO_PROFILE_RELEASE_LTO=false" "CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16"
    "CARGO_PROFILE_RELEASE_OPT_LEVEL=0"
    "RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}" "TERM=dumb" "USER=newcomer")

out=$("${clean_env[@]}" bash -euo pipefail -c "cd '$repo' && $first_run" 2>"$home/stderr") || {
    echo "the README's first run failed:" >&2; cat "$home/stderr" >&2; exit 1; }

db="$home/.local/share/keywright/keywright.db"
[ -f "$db" ] || { echo "the first run made no database at the default path $db" >&2; exit 1; }
token=$(printf '%s\n' "$out" | sed -n 's/^TOKEN *//p')
[ -n "$token" ] || { echo "the first run printed no token: $out" >&2; exit 1; }
"${clean_env[@]}" bash -c "cd '$home' && keywright key export --format jwks > jwks.json && keywright verify '$token' --jwks jwks.json --product desktop --feature sso" \
    || { echo "the first run's token does not verify" >&2; exit 1; }
echo "the README's first run works as written"

mkdir "$home/tour"
printf '%s\n' "$tour" > "$home/tour.sh"
"${clean_env[@]}" bash -euo pipefail -c "cd '$home/tour' && source '$home/tour.sh'" \
    >"$home/tour.out" 2>"$home/tour.err" || {
    echo "the README's tour failed; what it printed:" >&2
    tail -n 40 "$home/tour.out" >&2
    echo "and on stderr:" >&2
    tail -n 20 "$home/tour.err" >&2
    exit 1
}
echo "the README's tour works as written, every block"
