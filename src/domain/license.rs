//! A license's contract terms, the claims signed from them, and the check
//! that a stored row still matches its signed token (`TAMPERED` otherwise).

use std::collections::BTreeMap;

use super::policy::{ExpiryBasis, OnExpiry};
use crate::token::{CLAIMS_VERSION, Code, LicenseClaims, Verification};

/// The contract terms of a license: what its token asserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub plan: Option<String>,
    pub not_before: Option<i64>,
    pub expires_at: Option<i64>,
    pub grace_seconds: Option<i64>,
    pub features: Vec<String>,
    pub limits: BTreeMap<String, i64>,
    pub domains: Vec<String>,
    pub fingerprints: Vec<String>,
    pub trial: bool,
    /// What starts a term that has not started yet (docs/policies.md):
    /// until then there is no expiry, and the token says so.
    pub starts: Option<ExpiryBasis>,
    /// What the license does once expired, which the token carries when
    /// an offline verifier must know it (`allow`, `maintain`).
    pub on_expiry: OnExpiry,
}

impl Terms {
    /// The number of machines the license may run on, if limited.
    pub fn seats(&self) -> Option<i64> {
        self.limits.get("seats").copied()
    }
}

/// How a license's machines hold their seats, which no token carries: a
/// heartbeat (floating seats: a machine not seen within it frees its seat)
/// and the lease of a machine license (activation by file: how long one
/// lasts before the machine checks in again; `None`: the plan's, else the
/// config's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seating {
    pub heartbeat_seconds: Option<i64>,
    pub offline_lease_seconds: Option<i64>,
}

impl Seating {
    /// This seating, where it says nothing, the plan's.
    pub fn or(self, plan: Seating) -> Seating {
        Seating {
            heartbeat_seconds: self.heartbeat_seconds.or(plan.heartbeat_seconds),
            offline_lease_seconds: self.offline_lease_seconds.or(plan.offline_lease_seconds),
        }
    }
}

/// What a license row claims about itself: its tenant, key, product and terms.
pub struct Recorded<'a> {
    pub tenant: &'a str,
    pub key: &'a str,
    pub product: &'a str,
    pub terms: &'a Terms,
}

/// Who the license is, for whom and what product: the rest of the claims.
pub struct Parties<'a> {
    pub tenant: &'a str,
    pub key: &'a str,
    pub product: &'a str,
    /// The customer's external id if it has one, else its opaque public
    /// id: never the email, which would travel in every copy of the token.
    pub customer: &'a str,
}

/// The claims a license's token carries. A term not started yet has no
/// expiry; its token says what starts it (`starts`) and expires as it is
/// made, so that a verifier that does not know `starts` refuses it rather
/// than take it for perpetual (docs/tokens.md).
pub fn claims(parties: &Parties<'_>, terms: &Terms, issued_at: i64) -> LicenseClaims {
    let waiting = terms.starts.is_some();
    LicenseClaims {
        iss: parties.tenant.to_string(),
        sub: parties.key.to_string(),
        aud: parties.product.to_string(),
        iat: Some(issued_at),
        nbf: terms.not_before,
        exp: signed_expiry(terms, issued_at),
        grace: terms.grace_seconds.filter(|g| *g > 0 && !waiting),
        plan: terms.plan.clone(),
        features: terms.features.clone(),
        limits: terms.limits.clone(),
        domains: terms.domains.clone(),
        machines: terms.fingerprints.clone(),
        customer: Some(parties.customer.to_string()),
        trial: terms.trial,
        starts: terms.starts.map(|basis| basis.to_string()),
        on_expiry: after_expiry_claim(terms.on_expiry),
        cnf: None,
        nonce: None,
        usage: Vec::new(),
        ver: CLAIMS_VERSION,
    }
}

/// The `exp` of a token of these terms made at `issued_at`: the expiry,
/// or, while the term waits for its start, the moment it is made.
fn signed_expiry(terms: &Terms, issued_at: i64) -> Option<i64> {
    match terms.starts {
        Some(_) => Some(issued_at),
        None => terms.expires_at,
    }
}

/// The claim `on_expiry`: present for the rules an offline verifier must
/// apply itself (`allow`, `maintain`); `restrict` is what `exp` already
/// says, and `revoke` reaches verifiers by revocation lists.
fn after_expiry_claim(rule: OnExpiry) -> Option<String> {
    matches!(rule, OnExpiry::Allow | OnExpiry::Maintain).then(|| rule.to_string())
}

/// Why a license row can no longer be trusted, judged from the verification
/// of its own token: the token does not verify, or the row's contract terms
/// differ from the ones it signs. `None`: the row matches its token.
pub fn tampering(row: &Recorded<'_>, signed: &Verification) -> Option<String> {
    match (&signed.claims, signed.code) {
        (Some(claims), code) if code != Code::Malformed => {
            let changed = differences(row, claims);
            (!changed.is_empty()).then(|| {
                format!(
                    "the row no longer matches its signed token: {}",
                    changed.join(", ")
                )
            })
        }
        _ => Some(format!(
            "the stored token does not verify: {}",
            signed.message
        )),
    }
}

/// The contract fields in which a row and its signed claims differ. The
/// customer and the issue time are not contract terms and are not compared.
fn differences(row: &Recorded<'_>, signed: &LicenseClaims) -> Vec<&'static str> {
    let terms = row.terms;
    let checks = [
        ("issuer", signed.iss == row.tenant),
        ("key", signed.sub == row.key),
        ("product", signed.aud == row.product),
        ("plan", signed.plan == terms.plan),
        ("not_before", signed.nbf == terms.not_before),
        (
            "expires",
            signed.exp == signed_expiry(terms, signed.iat.unwrap_or_default()),
        ),
        (
            "grace",
            signed.grace
                == terms
                    .grace_seconds
                    .filter(|g| *g > 0 && terms.starts.is_none()),
        ),
        (
            "starts",
            signed.starts == terms.starts.map(|basis| basis.to_string()),
        ),
        (
            "on_expiry",
            signed.on_expiry == after_expiry_claim(terms.on_expiry),
        ),
        ("features", signed.features == terms.features),
        ("limits", signed.limits == terms.limits),
        ("domains", signed.domains == terms.domains),
        ("fingerprints", signed.machines == terms.fingerprints),
        ("trial", signed.trial == terms.trial),
    ];
    checks
        .into_iter()
        .filter(|(_, same)| !same)
        .map(|(name, _)| name)
        .collect()
}
