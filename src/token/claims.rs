//! The claims of license tokens and revocation lists (SPEC 3.2, 3.4). Field
//! order here is the order in the token, so fixed claims and a fixed key
//! give byte-identical tokens.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The `ver` every token of this format carries.
pub const CLAIMS_VERSION: u32 = 1;

fn is_false(value: &bool) -> bool {
    !*value
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LicenseClaims {
    /// Tenant slug.
    pub iss: String,
    /// License key.
    pub sub: String,
    /// Product slug.
    pub aud: String,
    /// Issued at, Unix seconds.
    pub iat: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    /// Expiry, Unix seconds; absent means perpetual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    /// Seconds after `exp` during which the license still works, flagged as grace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// Sorted, unique; `*` means every feature.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// Integer limits; `seats` lives here.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub limits: BTreeMap<String, i64>,
    /// Host names; `*.example.com` matches one label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// Fingerprints the license is locked to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub machines: Vec<String>,
    /// Customer email or external id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub trial: bool,
    pub ver: u32,
}

impl LicenseClaims {
    /// Whether the license grants `feature` (directly or through `*`).
    pub fn has_feature(&self, feature: &str) -> bool {
        self.features.iter().any(|f| f == feature || f == "*")
    }

    /// Checks what `sign` requires of claims given by a user: the version,
    /// sorted unique features, non-empty identifiers.
    pub fn check(&self) -> Result<(), String> {
        if self.ver != CLAIMS_VERSION {
            return Err(format!("\"ver\" must be {CLAIMS_VERSION}"));
        }
        for (name, value) in [("iss", &self.iss), ("sub", &self.sub), ("aud", &self.aud)] {
            if value.trim().is_empty() {
                return Err(format!("\"{name}\" must not be empty"));
            }
        }
        if !self.features.windows(2).all(|w| w[0] < w[1]) {
            return Err("\"features\" must be sorted and unique".into());
        }
        if self.grace.is_some_and(|g| g < 0) {
            return Err("\"grace\" must not be negative".into());
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevocationClaims {
    /// Tenant slug.
    pub iss: String,
    pub iat: i64,
    /// Grows with every export of the tenant: refuse a list older than one seen.
    pub seq: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    /// Sorted license keys.
    pub revoked: Vec<String>,
}

impl RevocationClaims {
    pub fn is_revoked(&self, key: &str) -> bool {
        self.revoked
            .binary_search_by(|k| k.as_str().cmp(key))
            .is_ok()
    }
}
