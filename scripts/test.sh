#!/usr/bin/env bash
# Runs every test of keywright. Installs what the tests need first:
# a Secret Service (dbus + gnome-keyring, from Debian's packages) for the
# keyring tests, PyJWT with `cryptography` and Node's `jose` for the
# interoperability tests, schemathesis for the service's OpenAPI test,
# openssl for the TLS test, cargo-fuzz (and a C++ compiler) for a short
# fuzzing run; the benchmark installs its own Python packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v dbus-daemon >/dev/null || need_apt+=(dbus)
command -v gnome-keyring-daemon >/dev/null || need_apt+=(gnome-keyring)
command -v secret-tool >/dev/null || need_apt+=(libsecret-tools)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v c++ >/dev/null || need_apt+=(g++) # libFuzzer, for the fuzzing run
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "installing ${need_apt[*]} for the tests" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

venv="target/test-python"
if ! "$venv/bin/python" -c 'import jwt, cryptography' 2>/dev/null; then
    echo "installing PyJWT and cryptography into $venv for the interoperability tests" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyjwt[crypto]>=2.8'
fi
if ! [ -x "$venv/bin/schemathesis" ]; then
    echo "installing schemathesis into $venv for the service's OpenAPI tests" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'schemathesis>=4.3,<5'
fi
export KEYWRIGHT_TEST_PYTHON="$PWD/$venv/bin/python"
export KEYWRIGHT_TEST_SCHEMATHESIS="$PWD/$venv/bin/schemathesis"

node_dir="target/test-node"
if ! [ -d "$node_dir/node_modules/jose" ]; then
    command -v npm >/dev/null || { echo "the interoperability tests need Node.js and npm" >&2; exit 1; }
    echo "installing jose into $node_dir for the interoperability tests" >&2
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --silent --no-audit --no-fund 'jose@5' >/dev/null
fi
export KEYWRIGHT_TEST_NODE_MODULES="$PWD/$node_dir/node_modules"

# The library as a vendor's application links it: no CLI, SQLite or keyring.
cargo test --locked --no-default-features --lib --quiet
cargo build --locked --no-default-features --example verify_token --quiet

cargo test --locked "$@"

# The benchmark's every step at a small size, so that it cannot rot
# (docs/benchmark.md; scripts/bench.sh without an argument is the real run).
scripts/bench.sh --smoke >/dev/null

# A short fuzzing run of every parser from its seed corpus (docs/proof.md);
# scripts/fuzz.sh without an argument is the long form.
scripts/fuzz.sh 20000
