//! Interoperability with a JWT library from another ecosystem: PyJWT with
//! `cryptography`, installed by scripts/test.sh into target/test-python.

use std::path::PathBuf;

use serde_json::Value;

use crate::util::{Sandbox, python};

fn pyjwt(args: &[&str]) -> String {
    let out = python("tests/interop/pyjwt_interop.py")
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "PyJWT {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn issue(s: &Sandbox) -> String {
    let args = [
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "--duration",
        "30d",
        "--feature",
        "sso",
        "--seats",
        "3",
        "--domain",
        "*.example.com",
        "-q",
    ];
    s.ok(&args).trim().to_string()
}

#[test]
fn pyjwt_verifies_eddsa_tokens_from_the_exported_pem_and_jwks() {
    let s = Sandbox::with_tenant("ed25519");
    let token = issue(&s);
    let pem = s.file("public.pem", &s.ok(&["key", "export"]));
    let jwks = s.file("jwks.json", &s.ok(&["key", "export", "--format", "jwks"]));
    for (command, key) in [("verify-pem", &pem), ("verify-jwks", &jwks)] {
        let result: Value = serde_json::from_str(&pyjwt(&[command, &token, key, "app"])).unwrap();
        assert_eq!(result["claims"]["aud"], "app");
        assert_eq!(result["claims"]["iss"], "acme");
        assert_eq!(result["claims"]["limits"]["seats"], 3);
        assert_eq!(result["claims"]["features"], serde_json::json!(["sso"]));
    }
}

#[test]
fn pyjwt_verifies_hs256_tokens_with_the_exported_secret() {
    let s = Sandbox::with_tenant("hmac");
    let token = issue(&s);
    let kid = s.first_kid();
    let secret = s.path().join("secret.jwk");
    s.ok(&[
        "key",
        "export-private",
        "--kid",
        &kid,
        "--out",
        secret.to_str().unwrap(),
        "-y",
    ]);
    let result: Value = serde_json::from_str(&pyjwt(&[
        "verify-secret",
        &token,
        secret.to_str().unwrap(),
        "app",
    ]))
    .unwrap();
    assert_eq!(result["kid"], kid.as_str());
    assert_eq!(
        result["claims"]["domains"],
        serde_json::json!(["*.example.com"])
    );
}

#[test]
fn keywright_verifies_tokens_pyjwt_mints_with_the_same_claims() {
    let s = Sandbox::with_tenant("ed25519");
    let token = issue(&s);
    let original = s.json(&["verify", &token]);
    let claims: Value = serde_json::from_str(&pyjwt(&[
        "verify-pem",
        &token,
        &s.file("p.pem", &s.ok(&["key", "export"])),
        "app",
    ]))
    .unwrap();
    let claims_file = s.file("claims.json", &claims["claims"].to_string());
    let kid = original["kid"].as_str().unwrap().to_string();
    let private = s.path().join("private.pem");
    s.ok(&[
        "key",
        "export-private",
        "--kid",
        &kid,
        "--out",
        private.to_str().unwrap(),
        "-y",
    ]);
    let minted = pyjwt(&["mint-eddsa", private.to_str().unwrap(), &kid, &claims_file]);
    let verified = s.json(&[
        "verify",
        minted.trim(),
        "--product",
        "app",
        "--feature",
        "sso",
        "--domain",
        "x.example.com",
    ]);
    assert_eq!(verified["code"], "VALID");
    for claim in [
        "iss", "sub", "aud", "iat", "exp", "features", "limits", "domains", "customer", "ver",
    ] {
        assert_eq!(verified[claim], original[claim], "{claim}");
    }

    let h = Sandbox::with_tenant("hmac");
    let hmac_kid = h.first_kid();
    let secret = h.path().join("secret.jwk");
    h.ok(&[
        "key",
        "export-private",
        "--kid",
        &hmac_kid,
        "--out",
        secret.to_str().unwrap(),
        "-y",
    ]);
    let minted = pyjwt(&["mint-hs256", secret.to_str().unwrap(), &claims_file]);
    let out = h
        .cmd()
        .args(["verify", minted.trim(), "--secret-env", "SECRET", "--json"])
        .env("SECRET", std::fs::read_to_string(&secret).unwrap())
        .output()
        .unwrap();
    let verified: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(verified["code"], "VALID");
}

#[test]
fn pyjwt_verifies_the_published_vectors() {
    let vectors = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let s = Sandbox::new();
    let public = s.file("rfc8032-1.pem",
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n",
    );
    for name in ["claims-full.ed25519.jwt", "claims-minimal.ed25519.jwt"] {
        let token = std::fs::read_to_string(vectors.join(name)).unwrap();
        let result: Value =
            serde_json::from_str(&pyjwt(&["verify-pem", token.trim(), &public, "desktop"]))
                .unwrap();
        assert_eq!(
            result["kid"], "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k",
            "{name}"
        );
    }
    let jwk = vectors.join("hs256.jwk").display().to_string();
    for name in ["claims-full.hs256.jwt", "claims-minimal.hs256.jwt"] {
        let token = std::fs::read_to_string(vectors.join(name)).unwrap();
        let result: Value =
            serde_json::from_str(&pyjwt(&["verify-secret", token.trim(), &jwk, "desktop"]))
                .unwrap();
        assert_eq!(result["claims"]["iss"], "acme", "{name}");
    }
}

/// SPEC 3.3: tokens other JWT libraries write are accepted where RFC 7515
/// and 7519 allow them, and nothing is weakened.
#[test]
fn tokens_from_other_libraries_are_read_as_the_rfcs_allow() {
    let s = Sandbox::with_tenant("ed25519");
    let private = s.path().join("private.pem");
    let kid = s.first_kid();
    s.ok(&[
        "key",
        "export-private",
        "--kid",
        &kid,
        "--out",
        private.to_str().unwrap(),
        "-y",
    ]);
    let public = s.file("public.pem", &s.ok(&["key", "export"]));
    let private = private.to_str().unwrap();
    let now = keywright::token::Expectations::at_now().now();
    let claims = |extra: serde_json::Value| {
        let mut base = serde_json::json!({"iss": "acme", "sub": "ACM-1", "aud": "app", "iat": now});
        base.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        s.file("claims.json", &base.to_string())
    };
    let headers = |value: serde_json::Value| s.file("headers.json", &value.to_string());
    let verdict = |token: &str, extra: &[&str]| {
        let mut args = vec!["verify", token.trim(), "--product", "app"];
        args.extend_from_slice(extra);
        s.verdict(&args)
    };
    let typed = serde_json::json!({"typ": "lic+jwt", "kid": kid});

    // aud as an array that holds the product; no iat nor ver; typ JWT (PyJWT's default).
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({"aud": ["web", "app"]})),
        &headers(serde_json::json!({"kid": kid})),
    ]);
    assert_eq!(verdict(&token, &[]).1, "VALID");
    let wrong = s.verdict(&["verify", token.trim(), "--product", "cli"]);
    assert_eq!(wrong.1, "WRONG_PRODUCT");
    // A NumericDate with a fraction.
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({"exp": now as f64 + 3600.5})),
        &headers(typed.clone()),
    ]);
    assert_eq!(verdict(&token, &[]).1, "VALID");
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({"exp": now as f64 - 0.5})),
        &headers(typed.clone()),
    ]);
    assert_eq!(verdict(&token, &[]).1, "EXPIRED");
    // A header parameter keywright does not know (cty) is ignored; crit is refused.
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({})),
        &headers(serde_json::json!({"typ": "lic+jwt", "kid": kid, "cty": "license"})),
    ]);
    assert_eq!(verdict(&token, &[]).1, "VALID");
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({})),
        &headers(serde_json::json!({"typ": "lic+jwt", "kid": kid, "crit": ["exp"]})),
    ]);
    let (code, crit) = verdict(&token, &[]);
    assert_eq!((code, crit.as_str()), (3, "MALFORMED"));
    // No kid: fine with exactly one key given, unknown among several.
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({})),
        &headers(serde_json::json!({"typ": "lic+jwt"})),
    ]);
    assert_eq!(verdict(&token, &["--public-key", &public]).1, "VALID");
    s.ok(&["key", "generate"]);
    assert_eq!(verdict(&token, &[]).1, "UNKNOWN_KEY");
    // alg "Ed25519" (RFC 9864) names EdDSA with an Ed25519 key.
    let header = s.file(
        "header.json",
        &serde_json::json!({"alg": "Ed25519", "typ": "lic+jwt", "kid": kid}).to_string(),
    );
    let token = pyjwt(&["mint-raw", private, &header, &claims(serde_json::json!({}))]);
    assert_eq!(verdict(&token, &[]).1, "VALID");
    // "exp": null is not a NumericDate; the message names the field.
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({"exp": null})),
        &headers(typed.clone()),
    ]);
    let out = s.json_any(&["verify", token.trim()]);
    assert_eq!(out["code"], "MALFORMED");
    assert!(
        out["message"].as_str().unwrap().contains("\"exp\""),
        "{out}"
    );
    let token = pyjwt(&[
        "mint-with",
        private,
        &claims(serde_json::json!({"features": "sso"})),
        &headers(typed),
    ]);
    let out = s.json_any(&["verify", token.trim()]);
    assert!(
        out["message"].as_str().unwrap().contains("\"features\""),
        "{out}"
    );
}

#[test]
fn a_jwks_given_as_a_public_key_says_to_use_jwks() {
    let s = Sandbox::with_tenant("ed25519");
    let jwks = s.file("jwks.json", &s.ok(&["key", "export", "--format", "jwks"]));
    let token = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
    ])["items"][0]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let err = s.fails(&["verify", &token, "--public-key", &jwks], 2);
    assert!(err.contains("--jwks"), "{err}");
    let h = Sandbox::with_tenant("hmac");
    let err = h.fails(&["key", "export", "--format", "jwks"], 2);
    assert!(err.contains("no public key"), "{err}");
}

/// A license waiting for its first activation is no license yet: a JWT
/// library that knows nothing of `starts` checks `exp` as it always does
/// and finds the token expired (its `exp` is its `iat`), never perpetual;
/// once activated, the token it gets carries its expiry and verifies.
#[test]
fn pyjwt_finds_a_token_waiting_for_its_first_activation_expired() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--duration",
        "1y",
        "--expiry-basis",
        "first-activation",
    ]);
    let (key, token) = s.issue_of_plan("pro");
    let jwks = s.file("jwks.json", &s.ok(&["key", "export", "--format", "jwks"]));
    let out = python("tests/interop/pyjwt_interop.py")
        .args(["verify-jwks", &token, &jwks, "app"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "PyJWT accepted a waiting token");
    assert!(said.contains("ExpiredSignatureError"), "{said}");

    s.ok(&["license", "activate", &key, "--fingerprint", "m1"]);
    let started = s.json(&["license", "show", &key])["token"]
        .as_str()
        .unwrap()
        .to_string();
    let result: Value =
        serde_json::from_str(&pyjwt(&["verify-jwks", &started, &jwks, "app"])).unwrap();
    assert!(result["claims"]["exp"].as_i64().unwrap() > result["claims"]["iat"].as_i64().unwrap());
    assert_eq!(result["claims"].get("starts"), None, "{result}");
}
