"""The air-gapped activation flow on the customer's machine, in Python with
PyJWT and `cryptography` (docs/offline.md): a machine key pair made once, an
activation request, the check of the machine license that answers it, and a
deactivation proof. State (the machine's private key, the request's nonce)
lives in STATE_DIR, as an application would keep it.

Usage:
  airgap_client.py request LICENSE_KEY FINGERPRINT [METER=N]... STATE_DIR
                                                          prints the request; each
                                                          METER=N reports usage since
                                                          the last one (a check-in)
  airgap_client.py check MACHINE_LICENSE JWKS.json PRODUCT FINGERPRINT STATE_DIR
                                                          prints the claims
  airgap_client.py proof LICENSE_KEY FINGERPRINT STATE_DIR       prints the proof
"""

import base64
import json
import os
import secrets
import sys
import time

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def machine_key(state):
    """The machine's key pair, made once and kept."""
    path = os.path.join(state, "machine.pem")
    if not os.path.exists(path):
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        with open(path, "wb") as f:
            f.write(pem)
    with open(path, "rb") as f:
        return serialization.load_pem_private_key(f.read(), password=None)


def public_jwk(key):
    raw = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}


def signed(kind, claims, key):
    headers = {"typ": kind, "jwk": public_jwk(key)}
    return jwt.encode(claims, key, algorithm="EdDSA", headers=headers)


def request(license_key, fingerprint, *usage_then_state):
    *usage, state = usage_then_state
    key = machine_key(state)
    nonce = secrets.token_urlsafe(16)
    with open(os.path.join(state, "nonce"), "w") as f:
        f.write(nonce)
    claims = {
        "sub": license_key,
        "fingerprint": fingerprint,
        "hostname": "python-host",
        "iat": int(time.time()),
        "nonce": nonce,
    }
    if usage:  # counted once, when the vendor answers this request
        reports = (report.split("=", 1) for report in usage)
        claims["usage"] = [{"meter": meter, "increment": int(n)} for meter, n in reports]
    print(signed("lar+jwt", claims, key))


def refuse(why):
    """A machine license this machine must not use: say why, exit 3. (Not
    `assert`, which `python -O` removes.)"""
    print(f"the machine license is refused: {why}", file=sys.stderr)
    sys.exit(3)


def check(token, jwks_path, product, fingerprint, state):
    header = jwt.get_unverified_header(token)
    if header.get("typ") != "lic+jwt":
        refuse(f"typ is {header.get('typ')!r}, not lic+jwt")
    keys = jwt.PyJWKSet.from_json(open(jwks_path).read())
    signer = next((k for k in keys.keys if k.key_id == header.get("kid")), None)
    if signer is None:
        refuse("it is signed by a key the application does not know")
    try:
        claims = jwt.decode(
            token, signer.key, algorithms=["EdDSA"], audience=product,
            options={"require": ["iat", "sub", "aud"]},
        )
    except jwt.InvalidTokenError as e:  # a bad signature, another product, expired
        refuse(str(e))
    if claims.get("machines") != [fingerprint]:
        refuse(f"it is for machine {claims.get('machines')}, not {fingerprint}")
    if claims.get("cnf", {}).get("jwk", {}).get("x") != public_jwk(machine_key(state))["x"]:
        refuse("it is bound to another machine's key")
    if claims.get("nonce") != open(os.path.join(state, "nonce")).read():
        refuse("it answers another request")
    print(json.dumps(claims))


def proof(license_key, fingerprint, state):
    claims = {
        "sub": license_key,
        "fingerprint": fingerprint,
        "iat": int(time.time()),
        "nonce": secrets.token_urlsafe(16),
    }
    print(signed("ldp+jwt", claims, machine_key(state)))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"request": request, "check": check, "proof": proof}[command](*args)
