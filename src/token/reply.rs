//! Signed replies of the license service (docs/service.md): every answer to a
//! validation, activation or check-in is also a token (`typ` `lvr+jwt`)
//! signed with the tenant's key. Its `exp` is the lease: until then an
//! application may trust the answer offline. Its `nonce` echoes the
//! request's, so a replayed old reply is refused. A reply is never accepted
//! as a license, nor a license as a reply.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::REPLY_TYP;
pub use super::claims::UsageClaim;
use super::code::Code;
use super::jws::{SignError, decode, encode};
use super::keys::{KeySet, SigningKey};
use super::verify::{Expectations, Rejected, rfc3339};
use crate::license_key::LicenseKey;

fn is_false(value: &bool) -> bool {
    !*value
}

/// The claims of a signed reply. Field order is the order in the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyClaims {
    /// Tenant slug.
    pub iss: String,
    /// The license key the reply is about.
    pub sub: String,
    /// Product slug; absent when the license was not found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
    pub iat: i64,
    /// The end of the lease: trust this answer offline until then.
    pub exp: i64,
    /// The nonce the request carried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// The answer: `VALID`, `GRACE`, or why not.
    pub code: Code,
    pub valid: bool,
    /// The machine that asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    // The license's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub limits: BTreeMap<String, i64>,
    /// The license's own expiry (the lease never runs past it and its grace).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_exp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace: Option<i64>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub trial: bool,
    /// A usage meter as the reply to a usage report left it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<UsageClaim>,
}

impl ReplyClaims {
    /// Whether the reply grants `feature` (directly or through `*`).
    pub fn has_feature(&self, feature: &str) -> bool {
        self.valid && self.features.iter().any(|f| f == feature || f == "*")
    }
}

/// Signs a reply. Unlike a license it is not verified again here: one is
/// made for every request, and the application verifies it.
pub fn sign_reply(claims: &ReplyClaims, key: &SigningKey) -> Result<String, SignError> {
    encode(REPLY_TYP, claims, key)
}

/// Checks a reply from the service: signature by a trusted key, that it is
/// about `license_key` (the key the application asked about, as typed: case,
/// spaces and dashes do not matter), the nonce the application sent
/// (`expected_nonce`), the lease against `expect.now()` (and its clock
/// floor), and, where `expect` names them, the product and the machine (a
/// reply for another machine, or one that names none, is refused). On
/// success the claims hold the service's answer: look at `valid`; its `iat`
/// is a signed time to raise a clock floor with.
pub fn verify_reply(
    reply: &str,
    keys: &KeySet,
    license_key: &str,
    expected_nonce: Option<&str>,
    expect: &Expectations<'_>,
) -> Result<ReplyClaims, Rejected> {
    let reject = |code, message: String| Rejected { code, message };
    if let Some((code, message)) = expect.clock_problem() {
        return Err(reject(code, message));
    }
    let verified = decode(reply, keys, REPLY_TYP).map_err(|(code, m)| reject(code, m))?;
    let claims: ReplyClaims = serde_json::from_slice(&verified.payload).map_err(|e| {
        reject(
            Code::Malformed,
            format!("the claims are not a signed reply: {e}"),
        )
    })?;
    if !same_license(&claims.sub, license_key) {
        return Err(reject(
            Code::WrongLicense,
            format!(
                "the reply is about license {}, not the one asked about",
                claims.sub
            ),
        ));
    }
    if let Some(nonce) = expected_nonce
        && claims.nonce.as_deref() != Some(nonce)
    {
        return Err(reject(
            Code::NonceMismatch,
            "the reply does not carry the nonce of this request: it is an old reply replayed"
                .into(),
        ));
    }
    if expect.now() >= claims.exp {
        return Err(reject(
            Code::Expired,
            format!("the reply's lease ended at {}", rfc3339(claims.exp)),
        ));
    }
    if let Some(product) = expect.product_expected()
        && claims.aud.as_deref() != Some(product)
    {
        return Err(reject(
            Code::WrongProduct,
            format!("the reply is not about product '{product}'"),
        ));
    }
    if let Some(fingerprint) = expect.fingerprint_expected()
        && claims.fingerprint.as_deref() != Some(fingerprint)
    {
        return Err(reject(
            Code::FingerprintMismatch,
            format!("the reply is not about machine '{fingerprint}'"),
        ));
    }
    Ok(claims)
}

/// Whether a reply's `sub` names the license key the application typed:
/// both in their canonical form when the typed one parses.
fn same_license(sub: &str, typed: &str) -> bool {
    match LicenseKey::parse(typed) {
        Ok(key) => key.to_string() == sub,
        Err(_) => typed.trim() == sub,
    }
}
