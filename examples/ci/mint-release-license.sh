#!/usr/bin/env bash
# Mints the license a release build ships with: no database and no keyring,
# the signing key comes from the pipeline's secret in KEYWRIGHT_SIGNING_KEY
# (PEM text, as `keywright key export-private` wrote it).
#
#   KEYWRIGHT_SIGNING_KEY="$(cat key.pem)" examples/ci/mint-release-license.sh dist/license.jwt [DAYS]
#
# Writes the token to the file named, valid for DAYS days (default 365),
# and checks it with the public key derived from the same secret.
set -euo pipefail
out=${1:?usage: mint-release-license.sh OUT.jwt [DAYS]}
days=${2:-365}
here=$(cd "$(dirname "$0")" && pwd)
: "${KEYWRIGHT_SIGNING_KEY:?set KEYWRIGHT_SIGNING_KEY to the signing key (PEM) from the pipeline secret}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/release-license.toml" "$work/claims.toml"
echo "exp = $(( $(date +%s) + days * 86400 ))" >> "$work/claims.toml"

token=$(keywright sign --claims "$work/claims.toml")
# Check it as the application will: with the public key only.
openssl pkey -pubout -out "$work/public.pem" <<< "$KEYWRIGHT_SIGNING_KEY"
keywright verify "$token" --public-key "$work/public.pem" --product desktop --feature sso >&2
printf '%s\n' "$token" > "$out"
echo "minted $out, valid for $days days" >&2
