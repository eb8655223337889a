//! Opening stored license tokens, remembering the signatures that held.
//! Checking a token's signature is the costly part of a validation; its
//! outcome depends only on the token's bytes and the key that signed it,
//! so a long-running service remembers the fingerprint (SHA-256 over the
//! token and the key) of every signature that held, and for the same
//! fingerprint reads and judges the claims without checking the signature
//! again. A fingerprint costs under a hundred bytes, so the cache's memory
//! holds many more tokens than it would opened ones.

use quick_cache::sync::Cache;

use crate::token::{
    CheckedSignatures, Expectations, KeySet, Verification, open_license_remembering,
};

/// Verifies stored license tokens, remembering the signatures that held.
pub struct Verifier {
    checked: Option<Cache<[u8; 32], ()>>,
}

/// What a remembered signature costs, in bytes: its fingerprint and the
/// cache's bookkeeping of the entry. Measured by `scripts/bench-serve.sh`
/// (docs/deploy.md).
pub const ENTRY_BYTES: u64 = 96;

impl Verifier {
    /// Checks every signature afresh (the commands: one token per process).
    pub fn uncached() -> Verifier {
        Verifier { checked: None }
    }

    /// Remembers signatures that held in up to `bytes` of memory (the
    /// service); with 0, none.
    pub fn cached(bytes: u64) -> Verifier {
        let items = usize::try_from(bytes / ENTRY_BYTES).unwrap_or(usize::MAX);
        Verifier {
            checked: (items > 0).then(|| Cache::new(items)),
        }
    }

    /// Verifies `token` with `keys` and judges it against `expect`.
    pub fn verify(&self, token: &str, keys: &KeySet, expect: &Expectations<'_>) -> Verification {
        let Some(checked) = &self.checked else {
            return crate::token::verify_license(token, keys, expect);
        };
        match open_license_remembering(token, keys, &Remembered(checked)) {
            Ok(signed) => signed.into_verification(expect),
            Err(failed) => *failed,
        }
    }
}

/// The cache, as the token module asks it.
struct Remembered<'c>(&'c Cache<[u8; 32], ()>);

impl CheckedSignatures for Remembered<'_> {
    fn held_before(&self, fingerprint: &[u8; 32]) -> bool {
        self.0.get(fingerprint).is_some()
    }

    fn held(&self, fingerprint: [u8; 32]) {
        self.0.insert(fingerprint, ());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::{Algorithm, Code, LicenseClaims, SigningKey, sign_license};

    fn token(key: &SigningKey) -> String {
        token_of(key, "ACM-1")
    }

    fn token_of(key: &SigningKey, license: &str) -> String {
        let claims = LicenseClaims {
            iss: "acme".into(),
            sub: license.into(),
            aud: "app".into(),
            iat: Some(1),
            nbf: None,
            exp: Some(100),
            grace: None,
            plan: None,
            features: vec![],
            limits: Default::default(),
            domains: vec![],
            machines: vec![],
            customer: None,
            trial: false,
            starts: None,
            on_expiry: None,
            cnf: None,
            nonce: None,
            usage: Vec::new(),
            ver: 1,
        };
        sign_license(&claims, key).unwrap()
    }

    #[test]
    fn a_kept_token_is_judged_again_and_dropped_with_its_key() {
        let key = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let token = token(&key);
        let keys = KeySet::new(vec![key.verifying_key()]);
        let verifier = Verifier::cached(1 << 20);
        assert_eq!(
            verifier.verify(&token, &keys, &Expectations::at(50)).code,
            Code::Valid
        );
        // Judged again at another time: the same token, the new verdict.
        assert_eq!(
            verifier.verify(&token, &keys, &Expectations::at(150)).code,
            Code::Expired
        );
        // Without the key, the kept token is not trusted.
        let other = KeySet::new(vec![
            SigningKey::generate(Algorithm::Ed25519)
                .unwrap()
                .verifying_key(),
        ]);
        assert_eq!(
            verifier.verify(&token, &other, &Expectations::at(50)).code,
            Code::UnknownKey
        );
    }

    #[test]
    fn a_remembered_signature_is_not_trusted_for_other_bytes_or_another_key() {
        let key = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let token = token(&key);
        let keys = KeySet::new(vec![key.verifying_key()]);
        let verifier = Verifier::cached(1 << 20);
        let expect = Expectations::at(50);
        assert_eq!(verifier.verify(&token, &keys, &expect).code, Code::Valid);
        // The same claims with another signature: checked, and refused.
        let (signed, _) = token.rsplit_once('.').unwrap();
        let forged = format!("{signed}.{}", "A".repeat(86));
        assert_eq!(
            verifier.verify(&forged, &keys, &expect).code,
            Code::BadSignature
        );
        // Another secret under the same kid: the signature is checked again.
        let hmac = SigningKey::from_hmac_secret("k1", &[1; 32]).unwrap();
        let hmac_token = token_of(&hmac, "ACM-2");
        let keys = KeySet::new(vec![hmac.verifying_key()]);
        assert_eq!(
            verifier.verify(&hmac_token, &keys, &expect).code,
            Code::Valid
        );
        let other = crate::token::VerifyingKey::from_hmac_secret(Some("k1"), &[2; 32]).unwrap();
        let swapped = KeySet::new(vec![other]);
        assert_eq!(
            verifier.verify(&hmac_token, &swapped, &expect).code,
            Code::BadSignature
        );
    }

    #[test]
    fn the_remembered_signatures_stay_within_their_bytes_and_none_with_zero() {
        let key = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let keys = KeySet::new(vec![key.verifying_key()]);
        let bound = 16 * 1024;
        let verifier = Verifier::cached(bound);
        for n in 0..500 {
            let token = token_of(&key, &format!("ACM-{n}"));
            verifier.verify(&token, &keys, &Expectations::at(50));
        }
        let checked = verifier.checked.as_ref().unwrap();
        // The cache rounds its capacity to its shards: a few entries more.
        let most = bound / ENTRY_BYTES * 17 / 16;
        assert!(
            checked.len() > 10 && checked.len() as u64 <= most,
            "{} kept, at most {most}",
            checked.len()
        );
        assert!(Verifier::cached(0).checked.is_none());
    }
}
