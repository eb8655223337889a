//! How a vendor's application checks a license offline with keywright as a
//! library (`keywright = { version = "0.1", default-features = false }`: no
//! SQLite, no keyring, no CLI).
//!
//! Run it with a token, the JWKS from `keywright key export --format jwks`
//! and the product, and what the application asks of the license:
//!
//! ```sh
//! cargo run --example verify_token -- "$(keywright license token KEY)" jwks.json desktop \
//!     [--feature F]... [--domain HOST] [--fingerprint FP] [--revocations revoked.jwt] [--min-seq N] \
//!     [--build-date YYYY-MM-DD]
//! ```
//!
//! It prints `{"code": ..., "usable": ..., "claims": ...}` and exits 0 when
//! the license is usable (VALID, GRACE, or EXPIRED under a rule that lets
//! it go on), 3 when not: what the tests compare with
//! `keywright verify` and the other languages. Without arguments it checks
//! the published test vector in `tests/vectors`, for product `desktop` on
//! `app.example.com`, and unlocks single sign-on if the license grants it.

use keywright::token::{
    Code, Expectations, KeySet, Verification, VerifyingKey, verify_license, verify_revocations,
};

/// The RFC 8032 test 1 public key, which signed `tests/vectors/claims-full.ed25519.jwt`.
const VECTOR_PUBLIC_KEY: &str = "-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
-----END PUBLIC KEY-----";
const VECTOR_TOKEN: &str = include_str!("../tests/vectors/claims-full.ed25519.jwt");

/// What the application asks of the license.
#[derive(Default)]
struct Wanted {
    product: String,
    features: Vec<String>,
    domain: Option<String>,
    fingerprint: Option<String>,
    /// A signed revocation list (`keywright revocations export`).
    revocations: Option<String>,
    /// The highest revocation list `seq` accepted so far.
    min_seq: u64,
    /// The day this build was released (YYYY-MM-DD).
    build_date: Option<String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [token, jwks_path, product, rest @ ..] = args.as_slice() else {
        return check_the_vector();
    };
    let mut keys = KeySet::from_jwks(&std::fs::read_to_string(jwks_path)?)?;
    // Keys the JWKS's endorsements add: rotations followed offline.
    keys.accept_endorsements(&keywright::token::endorsements_in_jwks(
        &std::fs::read_to_string(jwks_path)?,
    ));
    let wanted = wanted(product, rest)?;
    let result = check(token, &keys, &wanted);
    println!(
        "{}",
        serde_json::json!({"code": result.code, "usable": result.valid, "claims": result.claims})
    );
    std::process::exit(if result.is_valid() { 0 } else { 3 });
}

/// The verdict on the license, checked as `wanted` says: the list first
/// (one that cannot be trusted decides nothing but its own code), then the
/// token.
fn check(token: &str, keys: &KeySet, wanted: &Wanted) -> Verification {
    let now = Expectations::at_now().min_revocation_seq(wanted.min_seq);
    let list = match &wanted.revocations {
        Some(list) => match verify_revocations(list, keys, &now) {
            Ok(list) => Some(list),
            Err(rejected) => return Verification::failed(rejected.code, rejected.message),
        },
        None => None,
    };
    let mut expect = now.product(&wanted.product);
    if let Some(list) = &list {
        expect = expect.revocations(list);
    }
    if let Some(domain) = &wanted.domain {
        expect = expect.domain(domain);
    }
    if let Some(fingerprint) = &wanted.fingerprint {
        expect = expect.fingerprint(fingerprint);
    }
    for feature in &wanted.features {
        expect = expect.feature(feature);
    }
    if let Some(day) = &wanted.build_date {
        expect = expect.build_date(day);
    }
    verify_license(token, keys, &expect)
}

/// The flags after the product, as the other languages' programs take them.
fn wanted(product: &str, flags: &[String]) -> Result<Wanted, Box<dyn std::error::Error>> {
    let mut wanted = Wanted {
        product: product.to_string(),
        ..Wanted::default()
    };
    for pair in flags.chunks(2) {
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
            "--build-date" => wanted.build_date = Some(value.clone()),
            other => return Err(format!("unknown flag {other}").into()),
        }
    }
    Ok(wanted)
}

/// The published vector, as an application gates a feature on it.
fn check_the_vector() -> Result<(), Box<dyn std::error::Error>> {
    let keys = KeySet::new(vec![VerifyingKey::from_public_pem(VECTOR_PUBLIC_KEY)?]);
    // What this application needs: its own product, on this host, with SSO.
    let expect = Expectations::at_now()
        .product("desktop")
        .domain("app.example.com");
    let result = verify_license(VECTOR_TOKEN.trim(), &keys, &expect);
    println!("{}: {}", result.code, result.message);
    match result.require_feature("sso") {
        Ok(claims) => println!(
            "single sign-on unlocked for {}",
            claims.customer.as_deref().unwrap_or("?")
        ),
        Err(Code::FeatureMissing) => println!("this license does not include single sign-on"),
        Err(code) => println!("license not usable: {code}"),
    }
    if let Some(claims) = &result.claims {
        let seats = claims.limits.get("seats").copied().unwrap_or(1);
        println!("seats: {seats}, grace: {}s", claims.grace.unwrap_or(0));
    }
    std::process::exit(if result.is_valid() { 0 } else { 3 });
}
