//! Any text given as a license token, revocation list, signed reply or key
//! set: verification answers with a code and never panics; what verifies
//! was signed by one of the trusted keys.
#![no_main]

use std::sync::LazyLock;

use keywright::token::{
    Expectations, KeySet, SigningKey, VerifyingKey, endorsements_in_jwks, verify_license,
    verify_reply, verify_revocations,
};
use libfuzzer_sys::fuzz_target;

/// The keys of the published test vectors (tests/vectors): the seed corpus
/// holds tokens they signed, so the fuzzer starts from valid tokens.
static KEYS: LazyLock<KeySet> = LazyLock::new(|| {
    let ed25519 = SigningKey::from_private_text(include_str!("../../tests/vectors/ed25519.pem"))
        .expect("the vector key reads");
    let hs256 = SigningKey::from_private_text(include_str!("../../tests/vectors/hs256.jwk"))
        .expect("the vector key reads");
    KeySet::new(vec![ed25519.verifying_key(), hs256.verifying_key()])
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let expect = Expectations::at(1_800_000_000).product("desktop");
    let verdict = verify_license(text, &KEYS, &expect);
    if verdict.claims.is_some() {
        assert!(
            verdict.kid.is_some(),
            "claims were read without a verifying key"
        );
    }
    let _ = verify_revocations(text, &KEYS, &expect);
    let _ = verify_reply(text, &KEYS, "ACME-AAAAA-AAAAA-AAAAA-AAAAA", Some("nonce"), &expect);
    let _ = KeySet::from_jwks(text);
    let _ = VerifyingKey::from_public_pem(text);
    let _ = endorsements_in_jwks(text);
});
