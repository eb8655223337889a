//! Properties of the verifier a vendor's application links to, over
//! generated input: any claims survive signing and verification unchanged,
//! any single-byte change to a token is refused, and license keys read
//! every way a person may type them while their check character catches
//! every single-character error. `PROPTEST_CASES` sets how many cases each
//! property tries (256 unless set).

use std::collections::BTreeMap;

use keywright::license_key::{KeyError, LicenseKey};
use keywright::token::{Algorithm, KeySet, LicenseClaims, SigningKey, open_license, sign_license};
use proptest::prelude::*;

/// Text as users type it: letters of any script, digits, punctuation.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9][a-zA-Z0-9 ._@+\u{e9}\u{4e2d}\u{1f600}-]{0,30}"
}

fn claims() -> impl Strategy<Value = LicenseClaims> {
    (
        (text(), text(), text()),
        (
            proptest::option::of(0i64..4_000_000_000),
            proptest::option::of(0i64..4_000_000_000),
            proptest::option::of(0i64..4_000_000_000),
            proptest::option::of(0i64..1_000_000),
        ),
        (
            proptest::option::of(text()),
            proptest::collection::btree_set(text(), 0..5),
            proptest::collection::btree_map(text(), any::<i64>(), 0..4),
        ),
        (
            proptest::collection::vec(text(), 0..3),
            proptest::collection::vec(text(), 0..3),
            proptest::option::of(text()),
            any::<bool>(),
            proptest::option::of("[A-Za-z0-9_-]{1,43}"),
        ),
    )
        .prop_map(
            |(
                (iss, sub, aud),
                (iat, nbf, exp, grace),
                (plan, features, limits),
                (domains, machines, customer, trial, nonce),
            )| LicenseClaims {
                iss,
                sub,
                aud,
                iat,
                nbf,
                exp,
                grace,
                plan,
                features: features.into_iter().collect(),
                limits: limits.into_iter().collect::<BTreeMap<_, _>>(),
                domains,
                machines,
                customer,
                trial,
                starts: None,
                on_expiry: None,
                cnf: None,
                nonce,
                usage: Vec::new(),
                ver: 1,
            },
        )
}

fn key_of(algorithm: bool) -> SigningKey {
    if algorithm {
        SigningKey::generate(Algorithm::Ed25519).unwrap()
    } else {
        SigningKey::generate(Algorithm::Hmac).unwrap()
    }
}

proptest! {
    #[test]
    fn any_claims_round_trip_through_sign_and_verify(claims in claims(), ed25519 in any::<bool>()) {
        let key = key_of(ed25519);
        let token = sign_license(&claims, &key).unwrap();
        let keys = KeySet::new(vec![key.verifying_key()]);
        let opened = open_license(&token, &keys).map_err(|v| TestCaseError::fail(v.message))?;
        prop_assert_eq!(opened.claims, claims);
        prop_assert_eq!(opened.kid, key.kid());
    }

    #[test]
    fn any_single_byte_change_to_a_token_is_refused(
        claims in claims(),
        ed25519 in any::<bool>(),
        position in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let key = key_of(ed25519);
        let token = sign_license(&claims, &key).unwrap();
        let mut bytes = token.clone().into_bytes();
        let at = position.index(bytes.len());
        prop_assume!(bytes[at] != byte);
        bytes[at] = byte;
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        let keys = KeySet::new(vec![key.verifying_key()]);
        prop_assert!(
            open_license(&changed, &keys).is_err(),
            "byte {} of {} changed to {:#04x} and the token still opened", at, token, byte
        );
    }

    #[test]
    fn a_key_reads_the_same_however_it_is_typed(
        random in any::<[u8; 19]>(),
        prefix in "[A-Z]{2,4}",
        lower in proptest::collection::vec(any::<bool>(), 40),
        separators in proptest::collection::vec(0u8..4, 40),
    ) {
        let key = LicenseKey::from_random(&prefix, &random);
        let shown = key.to_string();
        let mut typed = String::new();
        for (i, c) in shown.chars().filter(|c| *c != '-').enumerate() {
            typed.push(if lower[i % 40] { c.to_ascii_lowercase() } else { c });
            typed.push_str(match separators[i % 40] {
                0 => "",
                1 => "-",
                2 => " ",
                _ => " - ",
            });
        }
        let read = LicenseKey::parse(&format!("  {typed}\t")).unwrap();
        prop_assert_eq!(read.to_string(), shown);
    }

    #[test]
    fn the_check_character_catches_every_single_character_error(
        random in any::<[u8; 19]>(),
        position in 0usize..20,
        replacement in "[A-HJ-NP-Z2-9]",
    ) {
        let key = LicenseKey::from_random("ACM", &random).to_string();
        let mut body: Vec<char> = key[4..].chars().filter(|c| *c != '-').collect();
        let replacement = replacement.chars().next().unwrap();
        prop_assume!(body[position] != replacement);
        body[position] = replacement;
        let typo = format!("ACM{}", body.iter().collect::<String>());
        prop_assert!(matches!(LicenseKey::parse(&typo), Err(KeyError::BadCheck)), "{typo} read as a key");
    }
}
