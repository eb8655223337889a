"""Interoperability with PyJWT (and `cryptography`): verify keywright's tokens
from its exported PEM, JWKS and HMAC secret, and mint tokens keywright verifies.

Usage:
  pyjwt_interop.py verify-pem TOKEN PUBLIC.pem AUDIENCE
  pyjwt_interop.py verify-jwks TOKEN JWKS.json AUDIENCE
  pyjwt_interop.py verify-secret TOKEN SECRET.jwk AUDIENCE
  pyjwt_interop.py mint-eddsa PRIVATE.pem KID CLAIMS.json
  pyjwt_interop.py mint-hs256 SECRET.jwk CLAIMS.json
  pyjwt_interop.py mint-with PRIVATE.pem CLAIMS.json HEADERS.json
      PyJWT's encode with exactly these extra headers (no kid unless given)
  pyjwt_interop.py mint-raw PRIVATE.pem HEADER.json CLAIMS.json
      a JWS built by hand (for an alg name PyJWT does not write)
Prints the verified claims as JSON, or the minted token.
"""

import base64
import json
import sys

import jwt
from cryptography.hazmat.primitives import serialization


def secret_of(jwk_path):
    jwk = json.load(open(jwk_path))
    k = jwk["k"]
    return base64.urlsafe_b64decode(k + "=" * (-len(k) % 4)), jwk["kid"]


def decode(token, key, algorithm, audience):
    header = jwt.get_unverified_header(token)
    assert header["typ"] == "lic+jwt", header
    assert header["alg"] == algorithm, header
    claims = jwt.decode(token, key, algorithms=[algorithm], audience=audience,
                        options={"require": ["iss", "sub", "aud", "iat"]})
    return {"kid": header["kid"], "claims": claims}


def main(command, *args):
    if command == "verify-pem":
        token, pem, audience = args
        key = serialization.load_pem_public_key(open(pem, "rb").read())
        result = decode(token, key, "EdDSA", audience)
    elif command == "verify-jwks":
        token, path, audience = args
        jwks = jwt.PyJWKSet.from_dict(json.load(open(path)))
        kid = jwt.get_unverified_header(token)["kid"]
        key = next(k for k in jwks.keys if k.key_id == kid)
        result = decode(token, key.key, "EdDSA", audience)
    elif command == "verify-secret":
        token, path, audience = args
        secret, _ = secret_of(path)
        result = decode(token, secret, "HS256", audience)
    elif command == "mint-eddsa":
        pem, kid, claims = args
        key = serialization.load_pem_private_key(open(pem, "rb").read(), password=None)
        print(jwt.encode(json.load(open(claims)), key, algorithm="EdDSA",
                         headers={"kid": kid, "typ": "lic+jwt"}))
        return
    elif command == "mint-with":
        pem, claims, headers = args
        key = serialization.load_pem_private_key(open(pem, "rb").read(), password=None)
        print(jwt.encode(json.load(open(claims)), key, algorithm="EdDSA",
                         headers=json.load(open(headers))))
        return
    elif command == "mint-raw":
        pem, header, claims = args
        key = serialization.load_pem_private_key(open(pem, "rb").read(), password=None)
        b64 = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()
        signing_input = b64(open(header, "rb").read().strip()) + "." + b64(open(claims, "rb").read().strip())
        print(signing_input + "." + b64(key.sign(signing_input.encode())))
        return
    elif command == "mint-hs256":
        path, claims = args
        secret, kid = secret_of(path)
        print(jwt.encode(json.load(open(claims)), secret, algorithm="HS256",
                         headers={"kid": kid, "typ": "lic+jwt"}))
        return
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:])
