"""Checks a signed reply of keywright's license service with PyJWT, as an
application in Python would: the key from the tenant's JWKS, alg pinned to
EdDSA, typ lvr+jwt, the audience, the lease (exp) and the request's nonce.

Usage: pyjwt_reply.py REPLY JWKS.json NONCE AUDIENCE
Prints the verified claims as JSON; fails on any mismatch.
"""

import json
import sys

import jwt


def main():
    reply, jwks_path, nonce, audience = sys.argv[1:5]
    header = jwt.get_unverified_header(reply)
    assert header["typ"] == "lvr+jwt", header
    keys = jwt.PyJWKSet.from_json(open(jwks_path).read())
    key = next(k for k in keys.keys if k.key_id == header["kid"])
    claims = jwt.decode(
        reply,
        key.key,
        algorithms=["EdDSA"],
        audience=audience,
        options={"require": ["exp", "iat", "sub", "aud"]},
    )
    assert claims["nonce"] == nonce, claims
    print(json.dumps(claims))


if __name__ == "__main__":
    main()
