// Checking a keywright license token offline with `jose`, as an application
// does (docs/verify-in-your-language.md says why each check is there).
//
//   npm install jose
//
// As a program (what the tests run):
//
//   node keywright-license.mjs TOKEN JWKS.json PRODUCT [--feature F]...
//       [--domain HOST] [--fingerprint FP] [--revocations revoked.jwt] [--min-seq N]
//       [--build-date YYYY-MM-DD]
//
// prints {"code": ..., "usable": ..., "claims": ...} and exits 0 when the
// license is usable (VALID, GRACE, or EXPIRED under a rule that lets it go
// on), 3 when not.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

// --- begin snippet: jose ---
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors } from "jose";

/** The public keys of `keywright key export --format jwks`. */
export function loadKeys(jwksJson) {
  return createLocalJWKSet(JSON.parse(jwksJson));
}

/** The claims of a token of this `typ`, signed by one of `keys`. Times are
 * checked by the caller: jwtVerify's clockTolerance would stretch `nbf` as
 * well as `exp`, and a license's grace is for `exp` alone. */
async function verified(token, keys, typ, required) {
  const { payload, protectedHeader } = await compactVerify(token, keys, {
    algorithms: ["EdDSA"], // pinned: never taken from the token
  });
  if (protectedHeader.typ !== typ) throw new errors.JWTInvalid(`typ is not ${typ}`); // a list or a reply is no license
  const claims = JSON.parse(new TextDecoder().decode(payload));
  for (const name of required) {
    if (claims[name] === undefined) throw new errors.JWTInvalid(`no ${name}`);
  }
  return claims;
}

/** The code of a token that does not verify. */
function failure(e) {
  if (e instanceof errors.JWKSNoMatchingKey) return "UNKNOWN_KEY";
  if (e instanceof errors.JWSSignatureVerificationFailed) return "BAD_SIGNATURE";
  return "MALFORMED";
}

/** { problem, list } of a revocation list: its claims when it can be
 * trusted, else the code that says why not. Keep the highest `seq` you
 * accept and pass it as `minSeq` next time. */
async function usableList(token, keys, now, minSeq) {
  let list;
  try {
    list = await verified(token, keys, "lrl+jwt", ["iss", "iat", "seq"]);
  } catch (e) {
    return { problem: failure(e) }; // a list that does not verify proves nothing
  }
  if (list.exp !== undefined && now >= list.exp) return { problem: "EXPIRED" }; // stale: fetch a fresh one
  if (list.seq < minSeq) return { problem: "CLOCK_ROLLBACK" }; // older than one seen: it would un-revoke
  return { list };
}

/** `*.example.com` covers exactly one label. */
export function domainMatches(pattern, host) {
  pattern = pattern.toLowerCase();
  host = host.toLowerCase();
  if (pattern.startsWith("*.")) {
    const dot = host.indexOf(".");
    return dot > 0 && host.slice(dot + 1) === pattern.slice(2);
  }
  return pattern === host;
}

/** Whether an expired license still works by its own rule: `on_expiry` is
 * `allow`, or `maintain` and this build (released on `buildDate`,
 * YYYY-MM-DD) came out before the day of `exp` (UTC). */
export function goesOn(claims, buildDate) {
  const lastDay = new Date(claims.exp * 1000).toISOString().slice(0, 10);
  return claims.on_expiry === "allow" || (claims.on_expiry === "maintain" && !!buildDate && buildDate < lastDay);
}

/** Whether the application may run: VALID, GRACE, or EXPIRED under a rule
 * that lets the license go on. */
export function usable({ code, claims }, buildDate) {
  return ["VALID", "GRACE"].includes(code) || (code === "EXPIRED" && !!claims && goesOn(claims, buildDate));
}

/** { code, claims } for a license token, in keywright's order of checks. */
export async function checkLicense(token, keys, product, opts = {}) {
  const now = opts.now ?? Date.now() / 1000;
  let list;
  if (opts.revocations) {
    const usable = await usableList(opts.revocations, keys, now, opts.minSeq ?? 0);
    if (usable.problem) return { code: usable.problem, claims: null };
    list = usable.list;
  }
  let claims;
  try {
    claims = await verified(token, keys, "lic+jwt", ["iss", "sub", "aud", "iat"]);
  } catch (e) {
    return { code: failure(e), claims: null };
  }
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audience.includes(product)) return { code: "WRONG_PRODUCT", claims };
  if (list && list.iss === claims.iss) {
    if ((list.revoked ?? []).includes(claims.sub)) return { code: "REVOKED", claims };
    const { kid } = decodeProtectedHeader(token);
    if ((list.revoked_kids ?? []).includes(kid)) return { code: "REVOKED", claims }; // its key was revoked
  }
  if (claims.starts !== undefined) return { code: "NOT_STARTED", claims }; // waits for its first activation or validation
  if (claims.nbf !== undefined && now < claims.nbf) return { code: "NOT_YET_VALID", claims };
  let code = "VALID";
  if (claims.exp !== undefined && now >= claims.exp) {
    code = "GRACE"; // still usable: tell the user to renew
    if (now >= claims.exp + (claims.grace ?? 0)) {
      if (!goesOn(claims, opts.buildDate)) return { code: "EXPIRED", claims };
      code = "EXPIRED"; // but its rule lets it go on: usable
    }
  }
  if (opts.domain && claims.domains?.length) {
    if (!claims.domains.some((p) => domainMatches(p, opts.domain))) return { code: "DOMAIN_MISMATCH", claims };
  }
  if (opts.fingerprint && claims.machines?.length) {
    if (!claims.machines.includes(opts.fingerprint)) return { code: "FINGERPRINT_MISMATCH", claims };
  }
  const granted = claims.features ?? [];
  if ((opts.features ?? []).some((f) => !granted.includes(f) && !granted.includes("*"))) {
    return { code: "FEATURE_MISSING", claims };
  }
  return { code, claims };
}
// --- end snippet: jose ---

async function main([token, jwksPath, product, ...rest]) {
  const opts = { features: [] };
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i].replace(/^--/, "");
    if (name === "feature") opts.features.push(rest[i + 1]);
    else if (name === "revocations") opts.revocations = readFileSync(rest[i + 1], "utf8").trim();
    else if (name === "min-seq") opts.minSeq = Number(rest[i + 1]);
    else if (name === "build-date") opts.buildDate = rest[i + 1];
    else opts[name] = rest[i + 1];
  }
  const keys = loadKeys(readFileSync(jwksPath, "utf8"));
  const result = await checkLicense(token, keys, product, opts);
  const ok = usable(result, opts.buildDate);
  console.log(JSON.stringify({ ...result, usable: ok }));
  process.exit(ok ? 0 : 3);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
