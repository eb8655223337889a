//! Many license tokens checked together. Ed25519 signatures are checked by
//! batch verification, a batch at a time, each batch that fails again token
//! by token, to name the one at fault; HMAC tokens, and tokens of a key of
//! small order, one by one. Tokens batch issuing has just signed are
//! checked so before any is stored; untrusted tokens (`verify -`, doctor)
//! are opened so on every core (docs/benchmark.md).

use super::jws::{BatchEntry as Entry, Keyed, SignError, encode, find_key};
use super::keys::{KeySet, SigningKey};
use super::verify::{judged, open_verified};
use super::{Expectations, LICENSE_TYP, LicenseClaims, Verification};

/// How many signatures one batch verification checks.
const BATCH: usize = 256;

/// Fewer signatures than this are checked one by one: a batch of so few
/// saves nothing.
const FEWEST_BATCHED: usize = 4;

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
    let keys = KeySet::new(vec![key.verifying_key()]);
    let batches: Vec<&[T]> = tokens.chunks(BATCH).collect();
    super::map_in_order(&batches, |batch| check_batch(batch, &keys))
        .into_iter()
        .collect()
}

fn check_batch<T: AsRef<str>>(tokens: &[T], keys: &KeySet) -> Result<(), SignError> {
    let failed = |message: String| {
        SignError::from_message(&format!("the new token did not verify: {message}"))
    };
    for verified in checked_together(tokens, keys) {
        verified.map_err(|(_, message)| failed(message))?;
    }
    Ok(())
}

/// Verifies untrusted license tokens as [`super::verify_license`] verifies
/// each, with the same results, their signatures checked in batches.
pub fn verify_licenses<T: AsRef<str>>(
    tokens: &[T],
    keys: &KeySet,
    expect: &Expectations<'_>,
) -> Vec<Verification> {
    checked_together(tokens, keys)
        .into_iter()
        .map(|verified| judged(open_verified(verified), expect))
        .collect()
}

type Checked = Result<super::jws::Verified, (super::Code, String)>;

/// Each token's form, header, key and signature checked, as `decode` checks
/// one; the signatures that can be, in batches.
fn checked_together<T: AsRef<str>>(tokens: &[T], keys: &KeySet) -> Vec<Checked> {
    let keyed: Vec<_> = tokens
        .iter()
        .map(|token| find_key(token.as_ref(), keys, LICENSE_TYP))
        .collect();
    let held = held_in_batches(&keyed);
    keyed
        .into_iter()
        .zip(held)
        .map(|(keyed, held)| {
            let keyed = keyed?;
            if held {
                keyed.checked_before()
            } else {
                keyed.verify()
            }
        })
        .collect()
}

/// For each token, whether its signature held in a batch verification.
/// `false` means unchecked: not batched, or in a batch that failed.
fn held_in_batches<E>(keyed: &[Result<Keyed<'_, '_>, E>]) -> Vec<bool> {
    let entries: Vec<(usize, Entry<'_>)> = keyed
        .iter()
        .enumerate()
        .filter_map(|(i, keyed)| Some((i, keyed.as_ref().ok()?.batch_entry()?)))
        .collect();
    let mut held = vec![false; keyed.len()];
    for batch in entries.chunks(BATCH) {
        if batch.len() >= FEWEST_BATCHED && all_verify(batch) {
            for (i, _) in batch {
                held[*i] = true;
            }
        }
    }
    held
}

/// Whether every signature of the batch verifies, in one batch verification.
fn all_verify(batch: &[(usize, Entry<'_>)]) -> bool {
    let messages: Vec<&[u8]> = batch.iter().map(|(_, e)| e.message).collect();
    let signatures: Vec<_> = batch.iter().map(|(_, e)| e.signature).collect();
    let keys: Vec<_> = batch.iter().map(|(_, e)| e.key).collect();
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

    /// Code, message and claims: what a verdict says.
    fn said(v: &Verification) -> (crate::token::Code, String, Option<LicenseClaims>) {
        (v.code, v.message.clone(), v.claims.clone())
    }

    #[test]
    fn tokens_verified_together_get_the_verdicts_they_get_alone() {
        let ed25519 = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let hmac = SigningKey::generate(Algorithm::Hmac).unwrap();
        let stranger = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let keys = KeySet::new(vec![ed25519.verifying_key(), hmac.verifying_key()]);
        let mut tokens: Vec<String> = (0..150)
            .map(|i| {
                let key = [&ed25519, &hmac][usize::from(i % 10 == 3)];
                sign_license_unchecked(&claims(i), key).unwrap()
            })
            .collect();
        tokens[5] = sign_license_unchecked(&claims(5), &stranger).unwrap();
        // A signature of another token: the batch it is in fails.
        let (input, _) = tokens[70].rsplit_once('.').unwrap();
        let (_, signature) = tokens[71].rsplit_once('.').unwrap();
        tokens[70] = format!("{input}.{signature}");
        tokens[90] = "not a token".into();
        tokens[110].push('A');
        let expect = Expectations::at(crate::token::tests::claims().iat.unwrap());
        let together = verify_licenses(&tokens, &keys, &expect);
        assert_eq!(together.len(), tokens.len());
        for (token, verdict) in tokens.iter().zip(&together) {
            let alone = crate::token::verify_license(token, &keys, &expect);
            assert_eq!(said(verdict), said(&alone), "{token}");
        }
        let valid = together.iter().filter(|v| v.is_valid()).count();
        assert_eq!(valid, 150 - 4, "all but the four spoilt tokens are valid");
        let (input, _) = tokens[0].rsplit_once('.').unwrap();
        let two = [tokens[0].clone(), format!("{input}.{}", "A".repeat(86))];
        let verdicts = verify_licenses(&two, &keys, &expect);
        assert!(verdicts[0].is_valid() && !verdicts[1].is_valid());
    }
}
