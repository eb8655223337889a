// A self-hosted Express application that gates its routes on the features
// of its keywright license, checked offline with `jose`: the middleware
// `requireFeature("sso")`.
//
//   npm install jose express
//   KEYWRIGHT_LICENSE_FILE=license.jwt KEYWRIGHT_JWKS=jwks.json \
//       KEYWRIGHT_PRODUCT=desktop node express-app.mjs 8000
//
// The license is read once at start; each request checks it again, so an
// expiry is honoured while the application runs. A usable license answers
// 200, a missing feature 403 with FEATURE_MISSING, an unusable license 403
// with its code.

import { readFileSync } from "node:fs";
import express from "express";
import { checkLicense, loadKeys, usable } from "./keywright-license.mjs";

const keys = loadKeys(readFileSync(process.env.KEYWRIGHT_JWKS, "utf8"));
const license = readFileSync(process.env.KEYWRIGHT_LICENSE_FILE, "utf8").trim();
const product = process.env.KEYWRIGHT_PRODUCT ?? "desktop";
const buildDate = process.env.KEYWRIGHT_BUILD_DATE; // this build's release day, YYYY-MM-DD

/** Lets a request through only when the license is usable and grants `feature`. */
export function requireFeature(feature) {
  return async (req, res, next) => {
    const { code, claims } = await checkLicense(license, keys, product, { features: [feature], buildDate });
    if (!usable({ code, claims }, buildDate)) {
      return res.status(403).json({ detail: { code, feature } });
    }
    res.locals.license = { code, claims };
    next();
  };
}

const app = express();
app.get("/health", (req, res) => res.json({ ok: true }));
app.get("/sso/login", requireFeature("sso"), (req, res) =>
  res.json({ feature: "sso", license: res.locals.license.code, customer: res.locals.license.claims.customer }),
);
app.get("/reports/export", requireFeature("export"), (req, res) =>
  res.json({ feature: "export", license: res.locals.license.code }),
);
app.listen(Number(process.argv[2]), "127.0.0.1");
