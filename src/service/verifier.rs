//! Opening stored license tokens, with an optional cache. Checking a
//! token's signature is the costly part of a validation; its outcome
//! depends only on the token's bytes and the key that signed it, so a
//! long-running service keeps opened tokens and, for the same token text
//! and a still-trusted key, judges the kept claims again instead of
//! verifying the signature again.

use std::sync::Arc;

use quick_cache::sync::Cache;

use crate::token::{Expectations, KeySet, SignedLicense, Verification, open_license};

/// Verifies stored license tokens, remembering the opened ones when cached.
pub struct Verifier {
    cache: Option<Cache<String, Arc<SignedLicense>>>,
}

impl Verifier {
    /// Verifies every token afresh (the commands: one token per process).
    pub fn uncached() -> Verifier {
        Verifier { cache: None }
    }

    /// Keeps up to `capacity` opened tokens (the service).
    pub fn cached(capacity: usize) -> Verifier {
        Verifier {
            cache: Some(Cache::new(capacity)),
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
        let claims = LicenseClaims {
            iss: "acme".into(),
            sub: "ACM-1".into(),
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
            cnf: None,
            nonce: None,
            ver: 1,
        };
        sign_license(&claims, key).unwrap()
    }

    #[test]
    fn a_kept_token_is_judged_again_and_dropped_with_its_key() {
        let key = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let token = token(&key);
        let keys = KeySet::new(vec![key.verifying_key()]);
        let verifier = Verifier::cached(10);
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
}
