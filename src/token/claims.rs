//! The claims of license tokens and revocation lists (docs/tokens.md). Field
//! order here is the order in the token, so fixed claims and a fixed key
//! give byte-identical tokens.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The `ver` every token of this format carries.
pub const CLAIMS_VERSION: u32 = 1;

fn is_false(value: &bool) -> bool {
    !*value
}

fn claims_version() -> u32 {
    CLAIMS_VERSION
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LicenseClaims {
    /// Tenant slug.
    pub iss: String,
    /// License key.
    pub sub: String,
    /// Product slug.
    pub aud: String,
    /// Issued at, Unix seconds (tokens of other JWT libraries may lack it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
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
    /// What starts the license's term (`first-activation`,
    /// `first-validation`) when it has not started: the token is no
    /// license yet (`NOT_STARTED`), and its `exp` is its `iat`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<String>,
    /// What an expired license does, when a verifier must apply it:
    /// `allow` (still usable, flagged `EXPIRED`) or `maintain` (usable by
    /// builds released before `exp`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_expiry: Option<String>,
    /// The key of the one machine a machine license is bound to (RFC 7800).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cnf: Option<Confirmation>,
    /// The nonce of the activation request a machine license answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    /// A machine license's meters as they stood when it was made, after
    /// the usage its request reported (docs/policies.md).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub usage: Vec<UsageClaim>,
    /// The format's version; absent (other JWT libraries) reads as 1.
    #[serde(default = "claims_version")]
    pub ver: u32,
}

/// A usage meter in a signed reply or a machine license: how much of it is used in its period,
/// its limit, what remains (the overage included), and when the period
/// ends (a monthly meter's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageClaim {
    pub meter: String,
    pub used: i64,
    pub limit: i64,
    pub remaining: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<i64>,
}

/// RFC 7800 proof-of-possession key: the machine's public key as a JWK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub jwk: Value,
}

/// The claims of an untrusted license token, checked field by field (so
/// that a refusal names the field) and read as RFC 7519 allows other
/// libraries to write them: `aud` as an array that holds the product (read
/// as the product it is checked against, else its first member), and
/// NumericDates with a fraction (an `exp` or `iat` rounded down, an `nbf`
/// up). `null` is not a NumericDate. Returns the claims with every
/// audience the token names.
pub(crate) fn read_license_claims(
    payload: &[u8],
    product: Option<&str>,
) -> Result<(LicenseClaims, Vec<String>), String> {
    if let Some(claims) = read_plain_claims(payload) {
        let audiences = vec![claims.aud.clone()];
        return Ok((claims, audiences));
    }
    read_claims_field_by_field(payload, product)
}

/// The claims as keywright writes them, read straight into their struct:
/// an object without `null`, whose `aud` is one string and whose dates are
/// whole seconds. Anything else (or anything this read refuses) is left to
/// [`read_claims_field_by_field`], which accepts the same claims and names
/// what is wrong with the rest.
fn read_plain_claims(payload: &[u8]) -> Option<LicenseClaims> {
    if !is_plain_object(payload) {
        return None;
    }
    let claims: LicenseClaims = serde_json::from_slice(payload).ok()?;
    claims.grace.is_none_or(|g| g >= 0).then_some(claims)
}

/// Whether JSON text is an object with no `null` in it (nor the word in a
/// string): what a typed read may take without changing what is refused.
pub(crate) fn is_plain_object(json: &[u8]) -> bool {
    json.trim_ascii_start().first() == Some(&b'{') && !json.windows(4).any(|w| w == b"null")
}

fn read_claims_field_by_field(
    payload: &[u8],
    product: Option<&str>,
) -> Result<(LicenseClaims, Vec<String>), String> {
    let mut map: Map<String, Value> = serde_json::from_slice(payload)
        .map_err(|_| "the payload is not a JSON object of claims".to_string())?;
    for name in ["iss", "sub"] {
        match map.get(name) {
            Some(Value::String(_)) => {}
            Some(_) => return Err(format!("the claim \"{name}\" is not a string")),
            None => return Err(format!("the claim \"{name}\" is missing")),
        }
    }
    let aud = audience(map.get("aud"), product)?;
    let audiences = match map.insert("aud".into(), Value::String(aud)) {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter_map(|v| match v {
                Value::String(name) => Some(name),
                _ => None,
            })
            .collect(),
        Some(Value::String(name)) => vec![name],
        _ => Vec::new(),
    };
    for (name, round_up) in [("iat", false), ("exp", false), ("nbf", true)] {
        if let Some(value) = map.get(name) {
            let seconds = numeric_date(name, value, round_up)?;
            map.insert(name.into(), Value::from(seconds));
        }
    }
    check_shapes(&map)?;
    let claims = serde_json::from_value(Value::Object(map))
        .map_err(|e| format!("the claims are not a license: {e}"))?;
    Ok((claims, audiences))
}

fn audience(value: Option<&Value>, product: Option<&str>) -> Result<String, String> {
    let bad = || "the claim \"aud\" must be a string or an array of strings".to_string();
    match value {
        Some(Value::String(aud)) => Ok(aud.clone()),
        Some(Value::Array(items)) => {
            let names: Vec<&str> = items
                .iter()
                .map(Value::as_str)
                .collect::<Option<_>>()
                .ok_or_else(bad)?;
            let chosen = product
                .filter(|p| names.contains(p))
                .or_else(|| names.first().copied());
            chosen.map(str::to_string).ok_or_else(bad)
        }
        Some(_) => Err(bad()),
        None => Err("the claim \"aud\" is missing".into()),
    }
}

fn numeric_date(name: &str, value: &Value, round_up: bool) -> Result<i64, String> {
    let bad = || format!("the claim \"{name}\" is not a NumericDate (seconds since 1970)");
    if let Some(whole) = value.as_i64() {
        return Ok(whole);
    }
    let seconds = value.as_f64().filter(|f| f.is_finite()).ok_or_else(bad)?;
    let rounded = if round_up {
        seconds.ceil()
    } else {
        seconds.floor()
    };
    if rounded.abs() > 1e15 {
        return Err(bad());
    }
    Ok(rounded as i64)
}

/// The other claims keywright reads must have their documented types.
fn check_shapes(map: &Map<String, Value>) -> Result<(), String> {
    let strings = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    let integers = |v: &Value| {
        v.as_object()
            .is_some_and(|m| m.values().all(|x| x.as_i64().is_some()))
    };
    type Check<'a> = (&'a str, &'a str, &'a dyn Fn(&Value) -> bool);
    let checks: [Check<'_>; 11] = [
        ("grace", "a whole number of seconds", &|v| {
            v.as_i64().is_some_and(|g| g >= 0)
        }),
        ("plan", "a string", &Value::is_string),
        ("features", "an array of strings", &strings),
        ("limits", "an object of whole numbers", &integers),
        ("domains", "an array of strings", &strings),
        ("machines", "an array of strings", &strings),
        ("customer", "a string", &Value::is_string),
        ("trial", "true or false", &Value::is_boolean),
        ("starts", "a string", &Value::is_string),
        ("on_expiry", "a string", &Value::is_string),
        ("ver", "a whole number", &|v| v.as_u64().is_some()),
    ];
    for (name, what, ok) in checks {
        if let Some(value) = map.get(name)
            && !value.is_null()
            && !ok(value)
        {
            return Err(format!("the claim \"{name}\" must be {what}"));
        }
    }
    Ok(())
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
        let one_of = |value: &Option<String>, words: &[&str]| {
            value.as_deref().is_none_or(|v| words.contains(&v))
        };
        if !one_of(&self.starts, &["first-activation", "first-validation"]) {
            return Err("\"starts\" must be first-activation or first-validation".into());
        }
        if !one_of(&self.on_expiry, &["allow", "maintain"]) {
            return Err("\"on_expiry\" must be allow or maintain".into());
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
    /// Sorted key ids of revoked signing keys: nothing they signed is valid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revoked_kids: Vec<String>,
}

impl RevocationClaims {
    pub fn is_revoked(&self, key: &str) -> bool {
        self.revoked
            .binary_search_by(|k| k.as_str().cmp(key))
            .is_ok()
    }

    /// Whether the signing key `kid` was revoked.
    pub fn is_key_revoked(&self, kid: &str) -> bool {
        self.revoked_kids.iter().any(|k| k == kid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Payloads the plain read takes, or leaves to the field-by-field one.
    const PAYLOADS: &[&str] = &[
        r#"{"iss":"acme","sub":"K","aud":"app","iat":1,"exp":9,"features":["a","b"],"limits":{"seats":3},"ver":1}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","grace":5,"trial":true,"customer":"c@x","plan":"pro"}"#,
        r#"{"iss":"acme","sub":"K","aud":["other","app"]}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","exp":9.5,"nbf":1.2}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","exp":null}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","plan":null}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","grace":-1}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","aud":"app2"}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","unknown":{"x":[1]}}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","ver":4294967296}"#,
        r#"{"iss":"acme","sub":"K","aud":"app","customer":"null@x"}"#,
        r#"["acme","K","app"]"#,
        r#"{"iss":"acme","aud":"app"}"#,
        r#"{"iss":7,"sub":"K","aud":"app"}"#,
    ];

    #[test]
    fn the_plain_read_agrees_with_the_field_by_field_read() {
        let mut plain = 0;
        for payload in PAYLOADS {
            let full = read_claims_field_by_field(payload.as_bytes(), None);
            if let Some(claims) = read_plain_claims(payload.as_bytes()) {
                plain += 1;
                assert_eq!(full.as_ref().map(|(c, _)| c), Ok(&claims), "{payload}");
            }
            let (read, whole) = (read_license_claims(payload.as_bytes(), Some("app")), full);
            match (read, whole) {
                (Ok((claims, _)), Ok((expected, _))) => {
                    assert_eq!(claims.sub, expected.sub, "{payload}");
                }
                (Err(message), Err(expected)) => assert_eq!(message, expected, "{payload}"),
                (read, whole) => panic!("{payload}: {read:?} but {whole:?}"),
            }
        }
        assert_eq!(plain, 3, "the plain read takes the plain payloads");
    }
}
