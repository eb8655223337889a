"""Checking a keywright license token offline with PyJWT, as an application
does (docs/verify-in-your-language.md says why each check is there).

    pip install "pyjwt[crypto]>=2.8"

As a program (what the tests run):

    python keywright_license.py TOKEN JWKS.json PRODUCT [--feature F]...
        [--domain HOST] [--fingerprint FP] [--revocations revoked.jwt] [--min-seq N]
        [--build-date YYYY-MM-DD]

prints {"code": ..., "usable": ..., "claims": ...} and exits 0 when the
license is usable (VALID, GRACE, or EXPIRED under a rule that lets it go
on), 3 when not.
"""

import sys

# --- begin snippet: pyjwt ---
import json
import time

import jwt


def load_keys(jwks_json):
    """The public keys of `keywright key export --format jwks`, by kid."""
    return {k.key_id: k for k in jwt.PyJWKSet.from_dict(json.loads(jwks_json)).keys}


def verified(token, keys, typ, required):
    """The claims of a token of this `typ`, signed by one of `keys`; expiry
    is checked by the caller (grace), so PyJWT must not reject it first."""
    header = jwt.get_unverified_header(token)
    if header.get("typ") != typ:  # a revocation list or a reply is no license
        raise jwt.InvalidTokenError(f"typ is {header.get('typ')!r}, not {typ}")
    key = keys.get(header.get("kid"))
    if key is None:
        raise LookupError("UNKNOWN_KEY")
    return jwt.decode(
        token,
        key.key,
        algorithms=["EdDSA"],  # pinned: never taken from the token
        options={"verify_aud": False, "verify_exp": False, "verify_nbf": False,
                 "require": required},
    )


def failure(error):
    """The code of a token that does not verify."""
    if isinstance(error, LookupError):
        return "UNKNOWN_KEY"
    if isinstance(error, jwt.InvalidSignatureError):
        return "BAD_SIGNATURE"
    return "MALFORMED"


def usable_list(revoked_list, keys, now, min_seq):
    """(problem, claims) of a revocation list: its claims when it can be
    trusted, else the code that says why not. Keep the highest `seq` you
    accept and pass it as `min_seq` next time."""
    try:
        listed = verified(revoked_list, keys, "lrl+jwt", ["iss", "iat", "seq"])
    except (LookupError, jwt.InvalidTokenError) as e:
        return failure(e), None  # a list that does not verify proves nothing
    if "exp" in listed and now >= listed["exp"]:
        return "EXPIRED", None  # a stale list: fetch a fresh one
    if listed["seq"] < min_seq:
        return "CLOCK_ROLLBACK", None  # older than one seen: it would un-revoke
    return None, listed


def domain_matches(pattern, host):
    """`*.example.com` covers exactly one label: a.example.com, not example.com
    and not a.b.example.com."""
    pattern, host = pattern.lower(), host.lower()
    if pattern.startswith("*."):
        label, _, rest = host.partition(".")
        return bool(label) and rest == pattern[2:]
    return pattern == host


def goes_on(claims, build_date=None):
    """Whether an expired license still works by its own rule: `on_expiry` is
    `allow`, or `maintain` and this build (released on `build_date`,
    YYYY-MM-DD) came out before the day of `exp` (UTC)."""
    rule = claims.get("on_expiry")
    last_day = time.strftime("%Y-%m-%d", time.gmtime(claims["exp"]))
    return rule == "allow" or (rule == "maintain" and build_date is not None
                               and build_date < last_day)


def usable(code, claims, build_date=None):
    """Whether the application may run: VALID, GRACE, or EXPIRED under a rule
    that lets the license go on."""
    return code in ("VALID", "GRACE") or (
        code == "EXPIRED" and claims is not None and goes_on(claims, build_date))


def check_license(token, keys, product, features=(), domain=None,
                  fingerprint=None, revoked_list=None, min_seq=0, now=None,
                  build_date=None):
    """(code, claims) for a license token, in keywright's order of checks."""
    now = time.time() if now is None else now
    listed = None
    if revoked_list is not None:
        problem, listed = usable_list(revoked_list, keys, now, min_seq)
        if problem:
            return problem, None
    try:
        claims = verified(token, keys, "lic+jwt", ["iss", "sub", "aud", "iat"])
    except (LookupError, jwt.InvalidTokenError) as e:
        return failure(e), None
    audience = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if product not in audience:
        return "WRONG_PRODUCT", claims
    if listed is not None and listed["iss"] == claims["iss"]:
        if claims["sub"] in listed.get("revoked", []):
            return "REVOKED", claims
        if jwt.get_unverified_header(token)["kid"] in listed.get("revoked_kids", []):
            return "REVOKED", claims  # the key that signed it was revoked
    if "starts" in claims:  # its term waits for its first activation or validation
        return "NOT_STARTED", claims
    if "nbf" in claims and now < claims["nbf"]:
        return "NOT_YET_VALID", claims
    code = "VALID"
    if "exp" in claims and now >= claims["exp"]:
        code = "GRACE"  # still usable: tell the user to renew
        if now >= claims["exp"] + claims.get("grace", 0):
            if not goes_on(claims, build_date):
                return "EXPIRED", claims
            code = "EXPIRED"  # but its rule lets it go on: usable
    if domain is not None and claims.get("domains"):
        if not any(domain_matches(p, domain) for p in claims["domains"]):
            return "DOMAIN_MISMATCH", claims
    if fingerprint is not None and claims.get("machines"):
        if fingerprint not in claims["machines"]:
            return "FINGERPRINT_MISMATCH", claims
    granted = claims.get("features", [])
    if any(f not in granted and "*" not in granted for f in features):
        return "FEATURE_MISSING", claims
    return code, claims
# --- end snippet: pyjwt ---


def main(argv):
    token, jwks_path, product, *rest = argv
    options = {"features": [], "domain": None, "fingerprint": None, "revocations": None,
               "min_seq": "0", "build_date": None}
    while rest:
        flag, value, *rest = rest
        name = flag.lstrip("-").replace("-", "_")
        if name == "feature":
            options["features"].append(value)
        else:
            options[name] = value
    keys = load_keys(open(jwks_path).read())
    revoked = open(options["revocations"]).read().strip() if options["revocations"] else None
    code, claims = check_license(token, keys, product, options["features"],
                                 options["domain"], options["fingerprint"], revoked,
                                 int(options["min_seq"]), build_date=options["build_date"])
    ok = usable(code, claims, options["build_date"])
    print(json.dumps({"code": code, "usable": ok, "claims": claims}))
    return 0 if ok else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
