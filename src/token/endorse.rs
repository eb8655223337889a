//! Key endorsements (docs/offline.md): when a tenant rotates its key, the retiring
//! key signs the new key's public JWK (`typ` `kre+jwt`, claims `iss`, `iat`,
//! `jwk`). An application that embeds only its first public key accepts
//! each key a key it already trusts has endorsed, in a chain, so it keeps
//! verifying licenses across rotations without a network or an update.
//! `keywright key export --format jwks` carries the endorsements in an
//! `"endorsements"` member beside `"keys"`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ENDORSEMENT_TYP;
use super::jws::{SignError, decode, sign};
use super::keys::{KeySet, SigningKey, VerifyingKey};

/// The claims of an endorsement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndorsementClaims {
    /// Tenant slug.
    pub iss: String,
    pub iat: i64,
    /// The public JWK of the endorsed key.
    pub jwk: Value,
}

/// `by` endorses `new_key` (an Ed25519 key: HMAC secrets are never published).
pub fn sign_endorsement(
    issuer: &str,
    new_key: &VerifyingKey,
    by: &SigningKey,
    now: i64,
) -> Result<String, SignError> {
    let jwk = new_key.to_public_jwk().ok_or_else(|| {
        SignError::from_message("only Ed25519 keys can be endorsed: an HMAC key has no public part")
    })?;
    let claims = EndorsementClaims {
        iss: issuer.to_string(),
        iat: now,
        jwk,
    };
    sign(ENDORSEMENT_TYP, &claims, by)
}

impl KeySet {
    /// Adds every key that a key of this set endorses, then the keys those
    /// endorse, and so on; endorsements by keys it does not trust, or with
    /// a bad signature, are ignored. Returns how many keys were added.
    pub fn accept_endorsements<S: AsRef<str>>(&mut self, endorsements: &[S]) -> usize {
        let mut pending: Vec<&str> = endorsements.iter().map(AsRef::as_ref).collect();
        let mut added = 0;
        loop {
            let before = pending.len();
            pending.retain(|token| match endorsed_key(token, self) {
                Some(key) => {
                    if self.find(key.kid(), Some(key.algorithm())).is_none() {
                        self.push(key);
                        added += 1;
                    }
                    false
                }
                None => true,
            });
            if pending.len() == before {
                return added;
            }
        }
    }
}

/// The key an endorsement vouches for, if a trusted key signed it.
fn endorsed_key(token: &str, trusted: &KeySet) -> Option<VerifyingKey> {
    let verified = decode(token, trusted, ENDORSEMENT_TYP).ok()?;
    let claims: EndorsementClaims = serde_json::from_slice(&verified.payload).ok()?;
    let key = VerifyingKey::from_jwk(&claims.jwk).ok()?;
    key.public_bytes().map(|_| key)
}

/// The endorsements of a JWKS document (its `"endorsements"` member).
pub fn endorsements_in_jwks(jwks: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(jwks).unwrap_or_default();
    doc["endorsements"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Algorithm;

    fn key() -> SigningKey {
        SigningKey::generate(Algorithm::Ed25519).unwrap()
    }

    #[test]
    fn a_chain_of_endorsements_is_followed_from_the_first_key() {
        let keys: Vec<SigningKey> = (0..4).map(|_| key()).collect();
        let mut endorsements: Vec<String> = keys
            .windows(2)
            .map(|w| sign_endorsement("acme", &w[1].verifying_key(), &w[0], 1).unwrap())
            .collect();
        endorsements.reverse(); // any order
        let mut trusted = KeySet::new(vec![keys[0].verifying_key()]);
        assert_eq!(trusted.accept_endorsements(&endorsements), 3);
        assert!(trusted.find(Some(keys[3].kid()), None).is_some());
    }

    #[test]
    fn forged_endorsements_add_nothing() {
        let (first, stranger, new) = (key(), key(), key());
        let by_stranger = sign_endorsement("acme", &new.verifying_key(), &stranger, 1).unwrap();
        let genuine = sign_endorsement("acme", &new.verifying_key(), &first, 1).unwrap();
        // A signature that does not match: the payload of one, the signature of another.
        let parts: Vec<&str> = genuine.split('.').collect();
        let other: Vec<&str> = by_stranger.split('.').collect();
        let tampered = format!("{}.{}.{}", parts[0], parts[1], other[2]);
        let mut trusted = KeySet::new(vec![first.verifying_key()]);
        assert_eq!(trusted.accept_endorsements(&[by_stranger, tampered]), 0);
        assert!(trusted.find(Some(new.kid()), None).is_none());
    }
}
