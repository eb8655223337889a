//! Many license tokens signed with one key, then checked together before
//! any is stored: Ed25519 signatures by batch verification (a batch that
//! fails is checked token by token, to name the one at fault), HMAC tokens
//! one by one. Used by batch issuing (docs/benchmark.md).

use super::b64;
use super::jws::{SignError, decode, encode};
use super::keys::{KeySet, SigningKey};
use super::{LICENSE_TYP, LicenseClaims};

/// How many signatures one batch verification checks.
const BATCH: usize = 64;

/// Signs license claims without checking the token again: check every
/// token of a run with [`check_signed`] before storing any.
pub fn sign_license_unchecked(
    claims: &LicenseClaims,
    key: &SigningKey,
) -> Result<String, SignError> {
    claims.check().map_err(|e| SignError::from_message(&e))?;
    encode(LICENSE_TYP, claims, key)
}

/// Checks license tokens `key` has just signed, batches on every core, so
/// that none is stored that does not verify.
pub fn check_signed<T: AsRef<str> + Sync>(tokens: &[T], key: &SigningKey) -> Result<(), SignError> {
    let batches: Vec<&[T]> = tokens.chunks(BATCH).collect();
    crate::parallel::map_in_order(&batches, |batch| check_batch(batch, key))
        .into_iter()
        .collect()
}

fn check_batch<T: AsRef<str>>(tokens: &[T], key: &SigningKey) -> Result<(), SignError> {
    let verifying = key.verifying_key();
    if verifying
        .ed25519()
        .is_some_and(|public| all_verify(tokens, public))
    {
        return Ok(());
    }
    let keys = KeySet::new(vec![verifying]);
    for token in tokens {
        decode(token.as_ref(), &keys, LICENSE_TYP).map_err(|(_, message)| {
            SignError::from_message(&format!("the new token did not verify: {message}"))
        })?;
    }
    Ok(())
}

/// Whether every token's Ed25519 signature verifies, in one batch.
fn all_verify<T: AsRef<str>>(tokens: &[T], public: &ed25519_dalek::VerifyingKey) -> bool {
    let mut messages = Vec::with_capacity(tokens.len());
    let mut signatures = Vec::with_capacity(tokens.len());
    for token in tokens {
        let signature = token
            .as_ref()
            .rsplit_once('.')
            .and_then(|(input, signature)| Some((input, b64::decode(signature)?)))
            .and_then(|(input, bytes)| {
                Some((input, ed25519_dalek::Signature::from_slice(&bytes).ok()?))
            });
        let Some((input, signature)) = signature else {
            return false;
        };
        messages.push(input.as_bytes());
        signatures.push(signature);
    }
    let keys = vec![*public; tokens.len()];
    ed25519_dalek::verify_batch(&messages, &signatures, &keys).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Algorithm;

    fn claims(i: usize) -> LicenseClaims {
        let claims = crate::token::tests::claims();
        LicenseClaims {
            sub: format!("ACB-{i:05}-BBBBB-CCCCC-DDDDD"),
            ..claims
        }
    }

    #[test]
    fn tokens_signed_together_check_together_and_a_bad_one_is_named() {
        for algorithm in [Algorithm::Ed25519, Algorithm::Hmac] {
            let key = SigningKey::generate(algorithm).unwrap();
            let mut tokens: Vec<String> = (0..200)
                .map(|i| sign_license_unchecked(&claims(i), &key).unwrap())
                .collect();
            check_signed(&tokens, &key).unwrap();
            let other = SigningKey::generate(algorithm).unwrap();
            tokens[150] = sign_license_unchecked(&claims(150), &other).unwrap();
            let err = check_signed(&tokens, &key).unwrap_err();
            assert!(err.to_string().contains("did not verify"), "{err}");
        }
    }
}
