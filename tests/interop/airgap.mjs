// The air-gapped activation flow on the customer's machine, in Node with
// `jose` (docs/offline.md): the same commands as airgap_client.py.
//
//   node airgap.mjs request LICENSE_KEY FINGERPRINT [METER=N]... STATE_DIR
//   node airgap.mjs check MACHINE_LICENSE JWKS.json PRODUCT FINGERPRINT STATE_DIR
//   node airgap.mjs proof LICENSE_KEY FINGERPRINT STATE_DIR

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  SignJWT, createLocalJWKSet, exportJWK, exportPKCS8, generateKeyPair,
  importPKCS8, jwtVerify,
} from "jose";

// The machine's key pair, made once and kept.
async function machineKey(state) {
  const path = join(state, "machine-node.pem");
  if (!existsSync(path)) {
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    writeFileSync(path, await exportPKCS8(privateKey));
  }
  return importPKCS8(readFileSync(path, "utf8"), "EdDSA", { extractable: true });
}

async function publicJwk(key) {
  const { kty, crv, x } = await exportJWK(key);
  return { kty, crv, x };
}

async function signed(typ, claims, key) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "EdDSA", typ, jwk: await publicJwk(key) })
    .sign(key);
}

const now = () => Math.floor(Date.now() / 1000);
const nonce = () => randomBytes(16).toString("base64url");

async function request(licenseKey, fingerprint, ...usageThenState) {
  const state = usageThenState.pop();
  const key = await machineKey(state);
  const n = nonce();
  writeFileSync(join(state, "nonce-node"), n);
  const claims = { sub: licenseKey, fingerprint, hostname: "node-host", iat: now(), nonce: n };
  if (usageThenState.length) { // usage since the last request, counted once
    claims.usage = usageThenState.map((report) => {
      const [meter, n] = report.split("=");
      return { meter, increment: Number(n) };
    });
  }
  console.log(await signed("lar+jwt", claims, key));
}

async function check(token, jwksPath, product, fingerprint, state) {
  const jwks = createLocalJWKSet(JSON.parse(readFileSync(jwksPath, "utf8")));
  const { payload } = await jwtVerify(token, jwks, {
    algorithms: ["EdDSA"], audience: product, typ: "lic+jwt",
  });
  const own = await publicJwk(await machineKey(state));
  const fail = (why) => { throw new Error(`${why}: ${JSON.stringify(payload)}`); };
  if (JSON.stringify(payload.machines) !== JSON.stringify([fingerprint])) fail("machines");
  if (payload.cnf?.jwk?.x !== own.x) fail("cnf");
  if (payload.nonce !== readFileSync(join(state, "nonce-node"), "utf8")) fail("nonce");
  console.log(JSON.stringify(payload));
}

async function proof(licenseKey, fingerprint, state) {
  const claims = { sub: licenseKey, fingerprint, iat: now(), nonce: nonce() };
  console.log(await signed("ldp+jwt", claims, await machineKey(state)));
}

const [command, ...args] = process.argv.slice(2);
await { request, check, proof }[command](...args);
