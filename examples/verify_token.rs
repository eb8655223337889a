//! How a vendor's application checks a license offline with keywright as a
//! library (`keywright = { version = "0.1", default-features = false }`: no
//! SQLite, no keyring, no CLI).
//!
//! Run it with a token and the JWKS from `keywright key export --format jwks`:
//!
//! ```sh
//! cargo run --example verify_token -- "$(keywright license token KEY)" jwks.json
//! ```
//!
//! Without arguments it checks the published test vector in `tests/vectors`.

use keywright::token::{Code, Expectations, KeySet, VerifyingKey, verify_license};

/// The RFC 8032 test 1 public key, which signed `tests/vectors/claims-full.ed25519.jwt`.
const VECTOR_PUBLIC_KEY: &str = "-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
-----END PUBLIC KEY-----";
const VECTOR_TOKEN: &str = include_str!("../tests/vectors/claims-full.ed25519.jwt");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (token, keys) = match args.as_slice() {
        [token, jwks_path] => (
            token.clone(),
            KeySet::from_jwks(&std::fs::read_to_string(jwks_path)?)?,
        ),
        [] => (
            VECTOR_TOKEN.trim().to_string(),
            KeySet::new(vec![VerifyingKey::from_public_pem(VECTOR_PUBLIC_KEY)?]),
        ),
        _ => return Err("usage: verify_token [TOKEN JWKS_FILE]".into()),
    };

    // What this application needs: its own product, on this host, with SSO.
    let expect = Expectations::at_now()
        .product("desktop")
        .domain("app.example.com");
    let result = verify_license(&token, &keys, &expect);
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
