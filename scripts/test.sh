#!/usr/bin/env bash
# Runs every test of keywright. Installs what the tests need first:
# a Secret Service (dbus + gnome-keyring, from Debian's packages) for the
# keyring tests; PyJWT with `cryptography`, FastAPI, uvicorn and jsonschema,
# Node's `jose` and `express`, Go with golang-jwt (Debian's packages) for the
# examples in four languages and the interoperability tests; the `stripe`
# package (Stripe's own webhook verifier) and aiosmtpd (a real SMTP server)
# for the billing tests; schemathesis
# for the service's OpenAPI test, with openapi-spec-validator and
# openapi-python-client; PostgreSQL's server (scripts/postgres-server.sh
# starts a throwaway one); openssl for the TLS tests and the CI
# example; curl and jq for the README's tour; groff for the man pages;
# cargo-fuzz (and a C++ compiler) for a short fuzzing run; the benchmark
# installs its own Python packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v dbus-daemon >/dev/null || need_apt+=(dbus)
command -v gnome-keyring-daemon >/dev/null || need_apt+=(gnome-keyring)
command -v secret-tool >/dev/null || need_apt+=(libsecret-tools)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v curl >/dev/null || need_apt+=(curl) # the README's tour
command -v jq >/dev/null || need_apt+=(jq) # the README's tour
command -v c++ >/dev/null || need_apt+=(g++) # libFuzzer, for the fuzzing run
command -v groff >/dev/null || need_apt+=(groff) # the man pages render cleanly
command -v man >/dev/null || need_apt+=(man-db)
command -v script >/dev/null || need_apt+=(bsdutils) # pseudo-terminals for the terminal tests
command -v go >/dev/null || need_apt+=(golang-go) # examples/go
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql) # a real server for the PostgreSQL tests
[ -d /usr/share/gocode/src/github.com/golang-jwt/jwt ] || need_apt+=(golang-github-golang-jwt-jwt-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "installing ${need_apt[*]} for the tests" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

venv="target/test-python"
if ! "$venv/bin/python" -c 'import jwt, cryptography, fastapi, uvicorn, jsonschema' 2>/dev/null; then
    echo "installing PyJWT, cryptography, FastAPI, uvicorn and jsonschema into $venv for the examples and interoperability tests" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyjwt[crypto]>=2.8' 'fastapi>=0.110' 'uvicorn>=0.29' 'jsonschema>=4.20'
fi
if ! "$venv/bin/python" -c 'import stripe, aiosmtpd' 2>/dev/null; then
    echo "installing stripe and aiosmtpd into $venv for the billing tests" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'stripe>=12,<17' 'aiosmtpd>=1.4'
fi
schemathesis_version="4.32.5" # the version the OpenAPI test was checked with
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -qx "schemathesis, version $schemathesis_version"; then
    echo "installing schemathesis $schemathesis_version into $venv for the service's OpenAPI tests" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi
# A standard validator of the OpenAPI document, and a client generator of
# another ecosystem whose client the tests run against the service.
if ! [ -x "$venv/bin/openapi-spec-validator" ] || ! [ -x "$venv/bin/openapi-python-client" ]; then
    echo "installing openapi-spec-validator and openapi-python-client into $venv for the service's OpenAPI tests" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'openapi-spec-validator==0.9.0' 'openapi-python-client==0.29.1'
fi
export KEYWRIGHT_TEST_PYTHON="$PWD/$venv/bin/python"
export KEYWRIGHT_TEST_SCHEMATHESIS="$PWD/$venv/bin/schemathesis"

node_dir="target/test-node"
if ! [ -d "$node_dir/node_modules/jose" ] || ! [ -d "$node_dir/node_modules/express" ]; then
    command -v npm >/dev/null || { echo "the interoperability tests need Node.js and npm" >&2; exit 1; }
    echo "installing jose and express into $node_dir for the examples and interoperability tests" >&2
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --silent --no-audit --no-fund 'jose@5' 'express@4' >/dev/null
fi
export KEYWRIGHT_TEST_NODE_MODULES="$PWD/$node_dir/node_modules"

# The library as a vendor's application links it: no CLI, SQLite or keyring.
cargo test --locked --no-default-features --lib --quiet
cargo build --locked --no-default-features --example verify_token --quiet

cargo test --locked "$@"

# The commands and the service once more, every database on PostgreSQL
# (a throwaway server, a database of its own for each test's sandbox);
# the tests of what only a SQLite file has keep their file.
KEYWRIGHT_TEST_BACKEND=postgres cargo test --locked --test cli --test service "$@"

# The README's first run and its tour, exactly as written, in a clean environment.
scripts/check-readme.sh

# The benchmark's every step at a small size, so that it cannot rot
# (docs/benchmark.md; scripts/bench.sh without an argument is the real run).
scripts/bench.sh --smoke >/dev/null

# A short fuzzing run of every parser from its seed corpus (docs/proof.md);
# scripts/fuzz.sh without an argument is the long form.
scripts/fuzz.sh 20000
