"""Checks a signed reply of keywright's license service with PyJWT, as an
application in Python would: the key from the tenant's JWKS, alg pinned to
EdDSA, typ lvr+jwt, the audience, the lease (exp), the license it is about,
the machine, and the request's nonce.

Usage: pyjwt_reply.py REPLY JWKS.json NONCE AUDIENCE LICENSE_KEY [FINGERPRINT]
Prints the verified claims as JSON; exits 1 with the reason on any mismatch.
"""

import json
import sys

import jwt


def main():
    reply, jwks_path, nonce, audience, license_key = sys.argv[1:6]
    fingerprint = sys.argv[6] if len(sys.argv) > 6 else None
    header = jwt.get_unverified_header(reply)
    if header.get("typ") != "lvr+jwt":
        sys.exit(f"not a signed reply: {header}")
    keys = jwt.PyJWKSet.from_json(open(jwks_path).read())
    key = next(k for k in keys.keys if k.key_id == header["kid"])
    claims = jwt.decode(
        reply,
        key.key,
        algorithms=["EdDSA"],
        audience=audience,
        options={"require": ["exp", "iat", "sub", "aud"]},
    )
    if claims["sub"] != license_key:
        sys.exit(f"a reply about another license: {claims['sub']}")
    if fingerprint is not None and claims.get("fingerprint") != fingerprint:
        sys.exit(f"a reply for another machine: {claims.get('fingerprint')}")
    if claims.get("nonce") != nonce:
        sys.exit(f"a reply to another request (replayed?): {claims.get('nonce')}")
    print(json.dumps(claims))


if __name__ == "__main__":
    main()
