//! Opening stored license tokens, with an optional cache. Checking a
//! token's signature is the costly part of a validation; its outcome
//! depends only on the token's bytes and the key that signed it, so a
//! long-running service keeps opened tokens and, for the same token text
//! and a still-trusted key, judges the kept claims again instead of
//! verifying the signature again.

use std::sync::Arc;

use quick_cache::Weighter;
use quick_cache::sync::Cache;

use crate::token::{Expectations, KeySet, SignedLicense, Verification, open_license};

/// Verifies stored license tokens, remembering the opened ones when cached.
pub struct Verifier {
    cache: Option<Cache<String, Arc<SignedLicense>, TokenBytes>>,
}

/// What an opened token costs to keep, in bytes: its text (the key) and
/// its decoded claims, which take about as much again, plus the bookkeeping
/// of the entry. Measured by `scripts/bench-serve.sh` (docs/deploy.md).
#[derive(Clone)]
pub struct TokenBytes;

/// The bytes an entry costs beyond twice its token's length.
const ENTRY_OVERHEAD: u64 = 512;

impl Weighter<String, Arc<SignedLicense>> for TokenBytes {
    fn weight(&self, token: &String, _: &Arc<SignedLicense>) -> u64 {
        2 * token.len() as u64 + ENTRY_OVERHEAD
    }
}

impl Verifier {
    /// Verifies every token afresh (the commands: one token per process).
    pub fn uncached() -> Verifier {
        Verifier { cache: None }
    }

    /// Keeps opened tokens in up to `bytes` of memory (the service); with
    /// 0, keeps none.
    pub fn cached(bytes: u64) -> Verifier {
        let typical = 2 * 600 + ENTRY_OVERHEAD;
        let items = usize::try_from(bytes / typical).unwrap_or(usize::MAX);
        Verifier {
            cache: (items > 0).then(|| Cache::with_weighter(items, bytes, TokenBytes)),
        }
    }

    /// Verifies `token` with `keys` and judges it against `expect`.
    pub fn verify(&self, token: &str, keys: &KeySet, expect: &Expectations<'_>) -> Verification {
        let Some(cache) = &self.cache else {
            return crate::token::verify_license(token, keys, expect);
        };
        if let Some(signed) = cache.get(token)
            && keys.find(Some(&signed.kid), None).is_some()
        {
            return signed.judge(expect);
        }
        match open_license(token, keys) {
            Ok(signed) => {
                let verdict = signed.judge(expect);
                cache.insert(token.to_string(), Arc::new(signed));
                verdict
            }
            Err(failed) => *failed,
        }
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
        // Judged again at another time: the kept claims, the new verdict.
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
    fn the_kept_tokens_stay_within_their_bytes_and_none_are_kept_with_zero() {
        let key = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let keys = KeySet::new(vec![key.verifying_key()]);
        let bound = 64 * 1024;
        let verifier = Verifier::cached(bound);
        for n in 0..500 {
            let token = token_of(&key, &format!("ACM-{n}"));
            verifier.verify(&token, &keys, &Expectations::at(50));
        }
        let cache = verifier.cache.as_ref().unwrap();
        assert!(cache.weight() <= bound, "{} bytes kept", cache.weight());
        assert!(
            cache.len() > 10 && cache.len() < 500,
            "{} kept",
            cache.len()
        );
        assert!(Verifier::cached(0).cache.is_none());
    }
}
