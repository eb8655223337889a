//! Checking a keywright license token offline with the `jsonwebtoken` crate
//! instead of keywright's own library, as an application that already uses
//! it might (docs/verify-in-your-language.md says why each check is there).
//!
//! ```toml
//! jsonwebtoken = { version = "12", default-features = false, features = ["rust_crypto"] }
//! jiff = "0.2"
//! ```
//!
//! As a program (what the tests run):
//!
//! ```sh
//! cargo run --example verify_with_jsonwebtoken -- TOKEN JWKS.json PRODUCT [--feature F]... \
//!     [--domain HOST] [--fingerprint FP] [--revocations revoked.jwt] [--min-seq N] \
//!     [--build-date YYYY-MM-DD]
//! ```
//!
//! prints `{"code": ..., "usable": ..., "claims": ...}` and exits 0 when the
//! license is usable (VALID, GRACE, or EXPIRED under a rule that lets it go
//! on), 3 when not.

// --- begin snippet: jsonwebtoken ---
use std::collections::HashSet;

use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde_json::{Map, Value};

/// The claims of a token of this `typ`, signed by a key of `keys`, and the
/// kid of that key.
fn verified(
    token: &str,
    keys: &JwkSet,
    typ: &str,
    required: &[&str],
) -> Result<(Map<String, Value>, String), &'static str> {
    let header = decode_header(token).map_err(|_| "MALFORMED")?;
    if header.typ.as_deref() != Some(typ) {
        return Err("MALFORMED"); // a revocation list or a reply is no license
    }
    let kid = header.kid.ok_or("UNKNOWN_KEY")?;
    let jwk = keys.find(&kid).ok_or("UNKNOWN_KEY")?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| "UNKNOWN_KEY")?;
    // Pinned to EdDSA. The defaults would demand `exp` (a perpetual license
    // has none), allow 60 s of leeway on `exp` and `nbf`, and refuse any
    // `aud` unless one is set: times and audience are checked by hand below.
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.required_spec_claims = HashSet::new();
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    validation.leeway = 0;
    match decode::<Map<String, Value>>(token, &key, &validation) {
        Ok(data) if required.iter().all(|name| data.claims.contains_key(*name)) => {
            Ok((data.claims, kid))
        }
        Ok(_) => Err("MALFORMED"),
        Err(e) if matches!(e.kind(), ErrorKind::InvalidSignature) => Err("BAD_SIGNATURE"),
        Err(_) => Err("MALFORMED"),
    }
}

/// The claims of a revocation list when it can be trusted, else the code
/// that says why not. Keep the highest `seq` you accept and pass it as
/// `min_seq` next time.
fn usable_list(
    token: &str,
    keys: &JwkSet,
    now: f64,
    min_seq: f64,
) -> Result<Map<String, Value>, &'static str> {
    // A list that does not verify proves nothing.
    let (list, _) = verified(token, keys, "lrl+jwt", &["iss", "iat", "seq"])?;
    let number = |name: &str| list.get(name).and_then(Value::as_f64);
    if number("exp").is_some_and(|exp| now >= exp) {
        return Err("EXPIRED"); // a stale list: fetch a fresh one
    }
    if number("seq").is_none_or(|seq| seq < min_seq) {
        return Err("CLOCK_ROLLBACK"); // older than one seen: it would un-revoke
    }
    Ok(list)
}

/// `*.example.com` covers exactly one label.
fn domain_matches(pattern: &str, host: &str) -> bool {
    let (pattern, host) = (pattern.to_lowercase(), host.to_lowercase());
    match pattern.strip_prefix("*.") {
        Some(rest) => host
            .split_once('.')
            .is_some_and(|(label, tail)| !label.is_empty() && tail == rest),
        None => pattern == host,
    }
}

fn texts(value: Option<&Value>) -> Vec<&str> {
    match value {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// What the application asks of the license.
#[derive(Default)]
struct Wanted {
    features: Vec<String>,
    domain: Option<String>,
    fingerprint: Option<String>,
    revocations: Option<String>,
    /// The highest revocation list `seq` accepted so far.
    min_seq: f64,
    /// The day this build was released.
    build_date: Option<jiff::civil::Date>,
}

/// Whether an expired license still works by its own rule: `on_expiry` is
/// `allow`, or `maintain` and this build came out before the day of `exp`
/// (UTC).
fn goes_on(claims: &Map<String, Value>, build_date: Option<jiff::civil::Date>) -> bool {
    let last_day = claims
        .get("exp")
        .and_then(Value::as_f64)
        .and_then(|exp| jiff::Timestamp::from_second(exp as i64).ok())
        .map(|exp| exp.to_zoned(jiff::tz::TimeZone::UTC).date());
    match claims.get("on_expiry").and_then(Value::as_str) {
        Some("allow") => true,
        Some("maintain") => matches!((build_date, last_day), (Some(b), Some(l)) if b < l),
        _ => false,
    }
}

/// Whether the application may run: VALID, GRACE, or EXPIRED under a rule
/// that lets the license go on.
fn usable(code: &str, claims: Option<&Map<String, Value>>, wanted: &Wanted) -> bool {
    match code {
        "VALID" | "GRACE" => true,
        "EXPIRED" => claims.is_some_and(|c| goes_on(c, wanted.build_date)),
        _ => false,
    }
}

/// The code and claims of a license token, in keywright's order of checks.
fn check_license(
    token: &str,
    keys: &JwkSet,
    product: &str,
    wanted: &Wanted,
    now: f64,
) -> (&'static str, Option<Map<String, Value>>) {
    let list = match &wanted.revocations {
        Some(list) => match usable_list(list, keys, now, wanted.min_seq) {
            Ok(list) => Some(list),
            Err(problem) => return (problem, None),
        },
        None => None,
    };
    let (claims, kid) = match verified(token, keys, "lic+jwt", &["iss", "sub", "aud", "iat"]) {
        Ok(verified) => verified,
        Err(code) => return (code, None),
    };
    let verdict = |code| (code, Some(claims.clone()));
    if !texts(claims.get("aud")).contains(&product) {
        return verdict("WRONG_PRODUCT");
    }
    if let Some(list) = list.filter(|list| list.get("iss") == claims.get("iss")) {
        let key = claims
            .get("sub")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if texts(list.get("revoked")).contains(&key) {
            return verdict("REVOKED");
        }
        if texts(list.get("revoked_kids")).contains(&kid.as_str()) {
            return verdict("REVOKED"); // the key that signed it was revoked
        }
    }
    if claims.contains_key("starts") {
        return verdict("NOT_STARTED"); // waits for its first activation or validation
    }
    let time = |name: &str| claims.get(name).and_then(Value::as_f64);
    if time("nbf").is_some_and(|nbf| now < nbf) {
        return verdict("NOT_YET_VALID");
    }
    let mut code = "VALID";
    if let Some(exp) = time("exp").filter(|exp| now >= *exp) {
        code = "GRACE"; // still usable: tell the user to renew
        if now >= exp + time("grace").unwrap_or(0.0) {
            if !goes_on(&claims, wanted.build_date) {
                return verdict("EXPIRED");
            }
            code = "EXPIRED"; // but its rule lets it go on: usable
        }
    }
    let domains = texts(claims.get("domains"));
    if let Some(host) = &wanted.domain
        && !domains.is_empty()
        && !domains.iter().any(|pattern| domain_matches(pattern, host))
    {
        return verdict("DOMAIN_MISMATCH");
    }
    let machines = texts(claims.get("machines"));
    if let Some(fingerprint) = &wanted.fingerprint
        && !machines.is_empty()
        && !machines.contains(&fingerprint.as_str())
    {
        return verdict("FINGERPRINT_MISMATCH");
    }
    let granted = texts(claims.get("features"));
    if wanted
        .features
        .iter()
        .any(|f| !granted.contains(&f.as_str()) && !granted.contains(&"*"))
    {
        return verdict("FEATURE_MISSING");
    }
    verdict(code)
}
// --- end snippet: jsonwebtoken ---

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [token, jwks_path, product, rest @ ..] = args.as_slice() else {
        return Err(
            "usage: verify_with_jsonwebtoken TOKEN JWKS.json PRODUCT [--feature F]...".into(),
        );
    };
    let mut wanted = Wanted::default();
    for pair in rest.chunks(2) {
        let [flag, value] = pair else {
            return Err(format!("{} needs a value", pair[0]).into());
        };
        match flag.as_str() {
            "--feature" => wanted.features.push(value.clone()),
            "--domain" => wanted.domain = Some(value.clone()),
            "--fingerprint" => wanted.fingerprint = Some(value.clone()),
            "--revocations" => {
                wanted.revocations = Some(std::fs::read_to_string(value)?.trim().to_string())
            }
            "--min-seq" => wanted.min_seq = value.parse()?,
            "--build-date" => wanted.build_date = Some(value.parse()?),
            other => return Err(format!("unknown flag {other}").into()),
        }
    }
    let keys: JwkSet = serde_json::from_str(&std::fs::read_to_string(jwks_path)?)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs_f64();
    let (code, claims) = check_license(token, &keys, product, &wanted, now);
    let usable = usable(code, claims.as_ref(), &wanted);
    println!(
        "{}",
        serde_json::json!({"code": code, "usable": usable, "claims": claims})
    );
    std::process::exit(if usable { 0 } else { 3 });
}
