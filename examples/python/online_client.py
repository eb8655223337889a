"""The online side of an installed application, in Python with PyJWT and
the standard library's HTTP client: activate the machine, validate with a
fresh nonce, check the service's signed reply, and keep the last good
reply to trust offline until its lease ends (docs/service.md).

    pip install "pyjwt[crypto]>=2.8"
    python online_client.py activate|validate|check-in|deactivate \\
        --server http://127.0.0.1:8765 --tenant acme-bank-ltd --product desktop \\
        --key ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint laptop-1 \\
        --jwks jwks.json --cache lease.json [--feature sso]

Prints {"code", "valid", "source": "online"|"cache", "lease_until"} and
exits 0 when the license may be used now, 3 when not. When the service
cannot be reached (no connection, a timeout, a 5xx or 429 answer),
validate and check-in fall back to the cached reply, and only while its
lease lasts. A 4xx answer (a wrong tenant, a bad request) is the
service's word, never a reason to trust the cache: it exits 2 with the
service's message.
"""

import argparse
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.request

import jwt


def load_keys(path):
    """The tenant's public keys (`keywright key export --format jwks`),
    embedded in the application: never fetched over the same channel as
    the replies they check."""
    with open(path) as f:
        return {k.key_id: k for k in jwt.PyJWKSet.from_dict(json.load(f)).keys}


def verified_reply(token, keys, product, license_key, fingerprint, nonce=None):
    """The claims of a signed reply, or an exception: signed by a key of the
    tenant (EdDSA pinned), of typ lvr+jwt (never a license token), for this
    product, about this license and this machine, with our nonce when we
    sent one, and within its lease."""
    header = jwt.get_unverified_header(token)
    if header.get("typ") != "lvr+jwt":
        raise ValueError("not a signed reply")
    key = keys.get(header.get("kid"))
    if key is None:
        raise ValueError("signed by a key the application does not know")
    # PyJWT refuses any token with an `aud` unless `audience` is given.
    claims = jwt.decode(token, key.key, algorithms=["EdDSA"], audience=product,
                        options={"require": ["iss", "sub", "iat", "exp", "code", "valid"]})
    if claims["sub"] != license_key:
        raise ValueError("a reply about another license")
    if claims.get("fingerprint") != fingerprint:
        raise ValueError("a reply for another machine")
    if nonce is not None and claims.get("nonce") != nonce:
        raise ValueError("a reply to another request (replayed?)")
    return claims  # PyJWT has checked exp: the lease has not ended


class Unreachable(Exception):
    """The service could not answer now: the cached reply may stand in."""


class Refused(Exception):
    """The service answered with an error about the request itself (4xx)."""


def call(args, action, body):
    """The service's JSON answer; Unreachable when it cannot answer now
    (network, timeout, 5xx, 429), Refused when it refuses the request."""
    try:
        return post(args, action, body)
    except urllib.error.HTTPError as e:  # an answer: a URLError too, so first
        if e.code >= 500 or e.code == 429:
            raise Unreachable(f"the service answered {e.code}") from e
        try:
            message = json.load(e)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = f"HTTP {e.code}"
        raise Refused(message) from e
    except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
        raise Unreachable(str(e)) from e


def post(args, action, body):
    url = f"{args.server}/v1/tenants/{args.tenant}/licenses/{action}"
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.load(reply)


def online(args, keys):
    nonce = secrets.token_urlsafe(16)
    body = {"key": args.key, "fingerprint": args.fingerprint, "nonce": nonce}
    if args.action == "activate" and args.hostname:
        body["hostname"] = args.hostname
    if args.action == "validate" and args.feature:
        body["features"] = args.feature
    answer = call(args, args.action, body)
    claims = verified_reply(answer["signed"], keys, args.product, args.key, args.fingerprint, nonce)
    if claims["valid"]:
        with open(args.cache, "w") as f:
            json.dump({"signed": answer["signed"]}, f)
    return {"code": claims["code"], "valid": claims["valid"], "source": "online",
            "lease_until": claims["exp"]}


def from_cache(args, keys):
    """The last good reply, trusted until its lease ends."""
    if not os.path.exists(args.cache):
        return {"code": "NO_LEASE", "valid": False, "source": "cache"}
    with open(args.cache) as f:
        token = json.load(f)["signed"]
    try:
        claims = verified_reply(token, keys, args.product, args.key, args.fingerprint)
    except jwt.ExpiredSignatureError:
        return {"code": "LEASE_ENDED", "valid": False, "source": "cache"}
    except (ValueError, jwt.InvalidTokenError) as e:
        return {"code": "CACHE_REFUSED", "valid": False, "source": "cache", "why": str(e)}
    missing = [f for f in args.feature if f not in claims.get("features", []) and "*" not in claims.get("features", [])]
    if missing:
        return {"code": "FEATURE_MISSING", "valid": False, "source": "cache"}
    return {"code": claims["code"], "valid": claims["valid"], "source": "cache",
            "lease_until": claims["exp"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["activate", "validate", "check-in", "deactivate"])
    for flag in ["--server", "--tenant", "--product", "--key", "--fingerprint", "--jwks", "--cache"]:
        parser.add_argument(flag, required=True)
    parser.add_argument("--hostname")
    parser.add_argument("--feature", action="append", default=[])
    args = parser.parse_args()
    keys = load_keys(args.jwks)
    try:
        if args.action == "deactivate":
            return deactivate(args)
        result = online(args, keys)
    except Refused as e:
        print(f"the license service refused the request: {e}", file=sys.stderr)
        return 2
    except Unreachable as e:
        if args.action in ("activate", "deactivate"):
            raise SystemExit(f"the license service cannot be reached: {e}")
        result = from_cache(args, keys)
    result.setdefault("checked_at", int(time.time()))
    print(json.dumps(result))
    return 0 if result["valid"] else 3


def deactivate(args):
    """Frees this machine's seat and forgets the cached reply."""
    answer = call(args, "deactivate", {"key": args.key, "fingerprint": args.fingerprint})
    if os.path.exists(args.cache):
        os.remove(args.cache)
    print(json.dumps({"code": answer["code"], "valid": False, "source": "online"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
