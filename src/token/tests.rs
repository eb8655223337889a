//! Round trips, every result code from a real case, and attacks.

use std::collections::BTreeMap;

use serde_json::json;

use super::keys::Algorithm;
use super::*;

const NOW: i64 = 1_800_000_000;

pub(crate) fn claims() -> LicenseClaims {
    LicenseClaims {
        iss: "acme".into(),
        sub: "ACB-AAAAA-BBBBB-CCCCC-DDDDD".into(),
        aud: "desktop".into(),
        iat: Some(NOW - 100),
        nbf: None,
        exp: Some(NOW + 1_000),
        grace: Some(600),
        plan: Some("pro".into()),
        features: vec!["export".into(), "sso".into()],
        limits: BTreeMap::from([("seats".into(), 5)]),
        domains: vec!["*.example.com".into(), "example.org".into()],
        machines: vec!["fp-1".into()],
        customer: Some("ada@example.com".into()),
        trial: false,
        starts: None,
        on_expiry: None,
        cnf: None,
        nonce: None,
        usage: Vec::new(),
        ver: 1,
    }
}

fn key(algorithm: Algorithm) -> SigningKey {
    SigningKey::generate(algorithm).unwrap()
}

fn keys_of(key: &SigningKey) -> KeySet {
    KeySet::new(vec![key.verifying_key()])
}

fn code(token: &str, keys: &KeySet, expect: &Expectations<'_>) -> Code {
    verify_license(token, keys, expect).code
}

/// A token with an arbitrary header and payload, signed by `key`.
fn forge(header: serde_json::Value, payload: &[u8], key: &SigningKey) -> String {
    let input = format!(
        "{}.{}",
        b64::encode(header.to_string().as_bytes()),
        b64::encode(payload)
    );
    let signature = key.sign(input.as_bytes());
    format!("{input}.{}", b64::encode(&signature))
}

#[test]
fn round_trips_for_both_algorithms() {
    for algorithm in [Algorithm::Ed25519, Algorithm::Hmac] {
        let key = key(algorithm);
        let token = sign_license(&claims(), &key).unwrap();
        let result = verify_license(
            &token,
            &keys_of(&key),
            &Expectations::at(NOW).product("desktop"),
        );
        assert_eq!(
            result.code,
            Code::Valid,
            "{algorithm:?}: {}",
            result.message
        );
        assert_eq!(result.claims.as_ref(), Some(&claims()));
        assert_eq!(result.kid.as_deref(), Some(key.kid()));
        assert!(result.has_feature("sso"));
        assert_eq!(result.require_feature("audit"), Err(Code::FeatureMissing));
    }
}

#[test]
fn signing_is_deterministic() {
    let key = SigningKey::from_ed25519_seed(&[7u8; 32]);
    assert_eq!(
        sign_license(&claims(), &key).unwrap(),
        sign_license(&claims(), &key).unwrap()
    );
}

#[test]
fn each_code_from_a_real_case() {
    let key = key(Algorithm::Ed25519);
    let keys = keys_of(&key);
    let token = sign_license(&claims(), &key).unwrap();
    let at = Expectations::at;
    assert_eq!(code(&token, &keys, &at(NOW)), Code::Valid);
    assert_eq!(code(&token, &keys, &at(NOW + 1_000)), Code::Grace);
    assert_eq!(code(&token, &keys, &at(NOW + 1_599)), Code::Grace);
    assert_eq!(code(&token, &keys, &at(NOW + 1_600)), Code::Expired);
    assert_eq!(
        code(&token, &keys, &at(NOW).product("server")),
        Code::WrongProduct
    );
    assert_eq!(
        code(&token, &keys, &at(NOW).domain("evil.com")),
        Code::DomainMismatch
    );
    assert_eq!(
        code(&token, &keys, &at(NOW).domain("app.example.com")),
        Code::Valid
    );
    assert_eq!(
        code(&token, &keys, &at(NOW).fingerprint("fp-2")),
        Code::FingerprintMismatch
    );
    assert_eq!(
        code(&token, &keys, &at(NOW).fingerprint("fp-1")),
        Code::Valid
    );
    assert_eq!(
        code(&token, &keys, &at(NOW).feature("audit")),
        Code::FeatureMissing
    );
    assert_eq!(
        code(&token, &keys, &at(NOW).feature("sso").feature("export")),
        Code::Valid
    );
    let list = RevocationClaims {
        iss: "acme".into(),
        iat: NOW,
        seq: 1,
        exp: None,
        revoked: vec!["ACB-AAAAA-BBBBB-CCCCC-DDDDD".into()],
        revoked_kids: Vec::new(),
    };
    assert_eq!(
        code(&token, &keys, &at(NOW).revocations(&list)),
        Code::Revoked
    );

    let mut later = claims();
    later.nbf = Some(NOW + 10);
    let token = sign_license(&later, &key).unwrap();
    assert_eq!(code(&token, &keys, &at(NOW)), Code::NotYetValid);

    let other = keys_of(&SigningKey::generate(Algorithm::Ed25519).unwrap());
    assert_eq!(code(&token, &other, &at(NOW)), Code::UnknownKey);
    assert_eq!(code("not a token", &keys, &at(NOW)), Code::Malformed);
}

#[test]
fn perpetual_licenses_and_wildcard_features() {
    let key = key(Algorithm::Ed25519);
    let mut perpetual = claims();
    perpetual.exp = None;
    perpetual.features = vec!["*".into()];
    let token = sign_license(&perpetual, &key).unwrap();
    let result = verify_license(
        &token,
        &keys_of(&key),
        &Expectations::at(i64::MAX / 2).feature("anything"),
    );
    assert_eq!(result.code, Code::Valid);
}

#[test]
fn wildcard_domains_match_one_label() {
    assert!(domain_matches("*.example.com", "app.example.com"));
    assert!(domain_matches("*.example.com", "APP.Example.com."));
    assert!(!domain_matches("*.example.com", "a.b.example.com"));
    assert!(!domain_matches("*.example.com", "example.com"));
    assert!(!domain_matches("*.example.com", "badexample.com"));
    assert!(!domain_matches("*.example.com", ".example.com"));
    assert!(domain_matches("example.org", "example.org"));
    assert!(!domain_matches("example.org", "www.example.org"));
}

#[test]
fn alg_none_is_refused() {
    let payload = serde_json::to_vec(&claims()).unwrap();
    let header = json!({"alg": "none", "kid": "x", "typ": "lic+jwt"});
    let token = format!(
        "{}.{}.",
        b64::encode(header.to_string().as_bytes()),
        b64::encode(&payload)
    );
    let key = key(Algorithm::Ed25519);
    let result = verify_license(&token, &keys_of(&key), &Expectations::at(NOW));
    assert_eq!(result.code, Code::Malformed);
    assert!(result.claims.is_none());
}

#[test]
fn hs256_signed_with_the_public_key_is_refused() {
    let ed = key(Algorithm::Ed25519);
    let verifying = ed.verifying_key();
    let payload = serde_json::to_vec(&claims()).unwrap();
    let header = json!({"alg": "HS256", "kid": ed.kid(), "typ": "lic+jwt"});
    // The classic confusion attack: HMAC keyed with what the verifier publishes.
    let raw = verifying.public_bytes().unwrap();
    let pem = verifying.to_public_pem().unwrap();
    for secret in [raw.as_slice(), pem.as_bytes()] {
        let hmac = SigningKey::from_hmac_secret(ed.kid(), secret).unwrap();
        let token = forge(header.clone(), &payload, &hmac);
        assert_eq!(
            code(&token, &keys_of(&ed), &Expectations::at(NOW)),
            Code::BadSignature
        );
    }
}

#[test]
fn a_swapped_kid_is_refused() {
    let a = key(Algorithm::Ed25519);
    let b = key(Algorithm::Ed25519);
    let keys = KeySet::new(vec![a.verifying_key(), b.verifying_key()]);
    let token = sign_license(&claims(), &a).unwrap();
    let header = json!({"alg": "EdDSA", "kid": b.kid(), "typ": "lic+jwt"});
    let parts: Vec<&str> = token.split('.').collect();
    let swapped = format!(
        "{}.{}.{}",
        b64::encode(header.to_string().as_bytes()),
        parts[1],
        parts[2]
    );
    assert_eq!(
        code(&swapped, &keys, &Expectations::at(NOW)),
        Code::BadSignature
    );
}

#[test]
fn an_edited_payload_is_refused() {
    let key = key(Algorithm::Ed25519);
    let token = sign_license(&claims(), &key).unwrap();
    let mut edited = claims();
    edited.features.push("zz-everything".into());
    let parts: Vec<&str> = token.split('.').collect();
    let payload = b64::encode(&serde_json::to_vec(&edited).unwrap());
    let tampered = format!("{}.{payload}.{}", parts[0], parts[2]);
    assert_eq!(
        code(&tampered, &keys_of(&key), &Expectations::at(NOW)),
        Code::BadSignature
    );
}

#[test]
fn truncated_oversized_and_non_base64_tokens_are_malformed() {
    let key = key(Algorithm::Ed25519);
    let keys = keys_of(&key);
    let token = sign_license(&claims(), &key).unwrap();
    let at = Expectations::at(NOW);
    let last_dot = token.rfind('.').unwrap();
    assert_eq!(code(&token[..last_dot], &keys, &at), Code::Malformed);
    assert_ne!(code(&token[..token.len() - 3], &keys, &at), Code::Valid);
    assert_eq!(
        code(&"a".repeat(MAX_TOKEN_BYTES + 1), &keys, &at),
        Code::Malformed
    );
    assert_eq!(code("%%%.@@@.!!!", &keys, &at), Code::Malformed);
    assert_eq!(code("", &keys, &at), Code::Malformed);
    assert_eq!(code("....", &keys, &at), Code::Malformed);
    let header = json!({"alg": "EdDSA", "kid": key.kid(), "typ": "lic+jwt", "crit": ["exp"]});
    assert_eq!(
        code(&forge(header, b"{}", &key), &keys, &at),
        Code::Malformed
    );
    let header = json!({"alg": "EdDSA", "kid": key.kid(), "typ": "lic+jwt"});
    assert_eq!(
        code(&forge(header.clone(), b"not json", &key), &keys, &at),
        Code::Malformed
    );
    assert_eq!(
        code(&forge(header, br#"{"iss":"a"}"#, &key), &keys, &at),
        Code::Malformed
    );
}

#[test]
fn a_revocation_list_is_not_a_license_and_a_license_is_not_a_list() {
    let key = key(Algorithm::Ed25519);
    let keys = keys_of(&key);
    let list = RevocationClaims {
        iss: "acme".into(),
        iat: NOW,
        seq: 3,
        exp: Some(NOW + 10),
        revoked: vec!["A".into(), "B".into()],
        revoked_kids: Vec::new(),
    };
    let list_token = sign_revocations(&list, &key).unwrap();
    assert_eq!(
        code(&list_token, &keys, &Expectations::at(NOW)),
        Code::Malformed
    );
    assert_eq!(
        verify_revocations(&list_token, &keys, &Expectations::at(NOW)).unwrap(),
        list
    );
    assert_eq!(
        verify_revocations(&list_token, &keys, &Expectations::at(NOW + 10))
            .unwrap_err()
            .code,
        Code::Expired
    );
    let license = sign_license(&claims(), &key).unwrap();
    assert_eq!(
        verify_revocations(&license, &keys, &Expectations::at(NOW))
            .unwrap_err()
            .code,
        Code::Malformed
    );
}

/// Every single-character mutation of a valid token, for both algorithms:
/// no panic, and never accepted.
#[test]
fn no_mutation_is_accepted_and_none_panics() {
    for algorithm in [Algorithm::Ed25519, Algorithm::Hmac] {
        let key = key(algorithm);
        let keys = keys_of(&key);
        let token = sign_license(&claims(), &key).unwrap();
        let at = Expectations::at(NOW);
        for i in 0..token.len() {
            for replacement in ['A', '_', '.', '-', 'z', '0', '\u{e9}'] {
                let mut mutated: String = token.chars().take(i).collect();
                mutated.push(replacement);
                mutated.extend(token.chars().skip(i + 1));
                if mutated == token {
                    continue;
                }
                let result = verify_license(&mutated, &keys, &at);
                assert!(
                    !result.is_valid(),
                    "{algorithm:?} accepted a mutation at {i}: {mutated}"
                );
            }
        }
    }
}

#[test]
fn sign_refuses_claims_it_would_not_verify() {
    let key = key(Algorithm::Ed25519);
    let mut unsorted = claims();
    unsorted.features = vec!["sso".into(), "export".into()];
    assert!(sign_license(&unsorted, &key).is_err());
    let mut wrong_version = claims();
    wrong_version.ver = 2;
    assert!(sign_license(&wrong_version, &key).is_err());
    let mut huge = claims();
    huge.domains = (0..2_000).map(|i| format!("host{i}.example.com")).collect();
    assert!(
        sign_license(&huge, &key)
            .unwrap_err()
            .to_string()
            .contains("limit")
    );
}

#[test]
fn times_print_as_rfc3339() {
    assert_eq!(verify::rfc3339(0), "1970-01-01T00:00:00Z");
    assert_eq!(verify::rfc3339(1_800_000_000), "2027-01-15T08:00:00Z");
    assert_eq!(verify::rfc3339(951_782_400), "2000-02-29T00:00:00Z");
}
