"""The licensing script a vendor would write instead of keywright, for the
benchmark to compare against: PyJWT with `cryptography` for Ed25519 JWTs,
the standard library's sqlite3 for storage.

    python vendor_script.py issue DATABASE PRIVATE_KEY.pem COUNT
        mints COUNT licenses: a random key, an EdDSA-signed JWT, a stored row
        and an audit row each, all in one transaction.
    python vendor_script.py verify PUBLIC_KEY.pem < tokens
        checks each token on stdin (signature, audience, expiry) and prints
        `valid` or the reason it is not, one line per token.
"""

import json
import secrets
import sqlite3
import sys
import time

import jwt
from cryptography.hazmat.primitives import serialization

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_key():
    body = "".join(secrets.choice(ALPHABET) for _ in range(20))
    return "BNC-" + "-".join(body[i : i + 5] for i in range(0, 20, 5))


def issue(database, private_pem, count):
    with open(private_pem, "rb") as f:
        key = serialization.load_pem_private_key(f.read(), password=None)
    db = sqlite3.connect(database)
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS licenses (
            id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, product TEXT NOT NULL,
            customer TEXT NOT NULL, features TEXT NOT NULL, issued_at INTEGER NOT NULL,
            expires_at INTEGER, token TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS audit (
            id INTEGER PRIMARY KEY, at INTEGER NOT NULL, action TEXT NOT NULL,
            subject TEXT NOT NULL, details TEXT NOT NULL);
        """
    )
    now = int(time.time())
    expires = now + 365 * 86400
    with db:
        for _ in range(count):
            license_key = new_key()
            claims = {
                "iss": "bench", "sub": license_key, "aud": "app", "iat": now,
                "exp": expires, "features": ["sso"], "customer": "bench@example.com",
                "ver": 1,
            }
            token = jwt.encode(
                claims, key, algorithm="EdDSA", headers={"kid": "k1", "typ": "lic+jwt"}
            )
            db.execute(
                "INSERT INTO licenses (key, product, customer, features, issued_at, expires_at, token)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (license_key, "app", "bench@example.com", '["sso"]', now, expires, token),
            )
            db.execute(
                "INSERT INTO audit (at, action, subject, details) VALUES (?, ?, ?, ?)",
                (now, "license.created", license_key, json.dumps({"product": "app"})),
            )
    db.close()


def verify(public_pem):
    with open(public_pem, "rb") as f:
        key = serialization.load_pem_public_key(f.read())
    out = sys.stdout
    for line in sys.stdin:
        token = line.strip()
        if not token:
            continue
        try:
            jwt.decode(token, key, algorithms=["EdDSA"], audience="app")
            out.write("valid\n")
        except jwt.InvalidTokenError as e:
            out.write(f"invalid: {e}\n")


def main():
    match sys.argv[1:]:
        case ["issue", database, private_pem, count]:
            issue(database, private_pem, int(count))
        case ["verify", public_pem]:
            verify(public_pem)
        case _:
            sys.exit(__doc__)


if __name__ == "__main__":
    main()
