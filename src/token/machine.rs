//! Activation by file, for machines without a network (docs/offline.md). The
//! application makes an Ed25519 key pair once and keeps it. It writes an
//! activation request (`lar+jwt`) signed by that key, whose header carries
//! the key (`jwk`); the vendor answers with a machine license: a license
//! token bound to that machine (`machines`), to its key (`cnf`, RFC 7800)
//! and to the request's `nonce`. Later, a deactivation proof (`ldp+jwt`)
//! signed by the same key frees the seat. docs/offline.md has the formats.

use serde::{Deserialize, Serialize};

use super::code::Code;
use super::jws::{SignError, encode_with_jwk, split};
use super::keys::{Algorithm, KeySet, SigningKey, VerifyingKey};
use super::verify::{Expectations, Rejected, Verification, verify_license};
use super::{ACTIVATION_REQUEST_TYP, DEACTIVATION_PROOF_TYP, b64};

/// The claims of an activation request (also of a check-in by file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationClaims {
    /// The license key.
    pub sub: String,
    pub fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    pub iat: i64,
    /// Random; the machine license echoes it, and it is accepted once.
    pub nonce: String,
    /// What the machine used of its license's meters since its last
    /// request (docs/policies.md): counted once, as the request is
    /// answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub usage: Vec<UsageReport>,
}

/// One usage report in a request: an amount used of a meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageReport {
    pub meter: String,
    pub increment: i64,
}

/// The claims of a deactivation proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeactivationClaims {
    pub sub: String,
    pub fingerprint: String,
    pub iat: i64,
    pub nonce: String,
}

/// A request or proof whose signature by its own key holds.
#[derive(Debug, Clone)]
pub struct Opened<C> {
    pub claims: C,
    /// The machine's public key, from the header (`jwk`).
    pub machine_key: VerifyingKey,
}

/// An activation request, made on the customer's machine: the token to
/// hand to the vendor, and its nonce (keep it, to check the machine license
/// that answers).
#[derive(Debug, Clone)]
pub struct ActivationRequest {
    pub token: String,
    pub nonce: String,
}

impl ActivationRequest {
    /// Writes a request for `license_key` on this machine, signed by its
    /// key, at `now`.
    pub fn new(
        license_key: &str,
        fingerprint: &str,
        hostname: Option<&str>,
        machine_key: &SigningKey,
        now: i64,
    ) -> Result<ActivationRequest, SignError> {
        Self::with_usage(license_key, fingerprint, hostname, machine_key, now, &[])
    }

    /// Writes a request (a check-in) that also reports what the machine
    /// used of its meters since its last one.
    pub fn with_usage(
        license_key: &str,
        fingerprint: &str,
        hostname: Option<&str>,
        machine_key: &SigningKey,
        now: i64,
        usage: &[UsageReport],
    ) -> Result<ActivationRequest, SignError> {
        let nonce = new_nonce()?;
        let claims = ActivationClaims {
            sub: license_key.to_string(),
            fingerprint: fingerprint.to_string(),
            hostname: hostname.map(str::to_string),
            iat: now,
            nonce: nonce.clone(),
            usage: usage.to_vec(),
        };
        let token = self_signed(ACTIVATION_REQUEST_TYP, &claims, machine_key)?;
        Ok(ActivationRequest { token, nonce })
    }

    /// Checks a request's signature by the key it carries (the vendor's side).
    pub fn open(token: &str) -> Result<Opened<ActivationClaims>, Rejected> {
        open(token, ACTIVATION_REQUEST_TYP)
    }
}

/// A deactivation proof, made on the machine that gives up its seat: the
/// token to hand to the vendor.
#[derive(Debug, Clone)]
pub struct DeactivationProof {
    pub token: String,
}

impl DeactivationProof {
    /// Writes a proof that this machine (its key) gives up `license_key`.
    pub fn new(
        license_key: &str,
        fingerprint: &str,
        machine_key: &SigningKey,
        now: i64,
    ) -> Result<DeactivationProof, SignError> {
        let claims = DeactivationClaims {
            sub: license_key.to_string(),
            fingerprint: fingerprint.to_string(),
            iat: now,
            nonce: new_nonce()?,
        };
        let token = self_signed(DEACTIVATION_PROOF_TYP, &claims, machine_key)?;
        Ok(DeactivationProof { token })
    }

    /// Checks a proof's signature by the key it carries (the vendor's side).
    pub fn open(token: &str) -> Result<Opened<DeactivationClaims>, Rejected> {
        open(token, DEACTIVATION_PROOF_TYP)
    }
}

/// Verifies a machine license on the machine it was made for: a valid
/// license (as [`verify_license`] judges it with `expect`), bound to this
/// machine's key (`cnf`) and, when given, answering the request with this
/// nonce. A license bound to another key is `FINGERPRINT_MISMATCH`.
pub fn verify_machine_license(
    token: &str,
    keys: &KeySet,
    machine_key: &VerifyingKey,
    nonce: Option<&str>,
    expect: &Expectations<'_>,
) -> Verification {
    let mut verdict = verify_license(token, keys, expect);
    let Some(claims) = &verdict.claims else {
        return verdict;
    };
    let bound = claims
        .cnf
        .as_ref()
        .and_then(|cnf| VerifyingKey::from_jwk(&cnf.jwk).ok())
        .and_then(|key| key.public_bytes());
    let refusal = if bound.is_none() || bound != machine_key.public_bytes() {
        Some((
            Code::FingerprintMismatch,
            "the license is not bound to this machine's key (cnf)",
        ))
    } else if nonce.is_some() && claims.nonce.as_deref() != nonce {
        Some((
            Code::NonceMismatch,
            "the license does not answer this machine's request (nonce)",
        ))
    } else {
        None
    };
    if let (Some((code, message)), true) = (refusal, verdict.valid) {
        verdict.code = code;
        verdict.valid = false;
        verdict.message = message.to_string();
    }
    verdict
}

fn new_nonce() -> Result<String, SignError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| {
        SignError::from_message(&format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    Ok(b64::encode(&bytes))
}

/// A token signed by the machine's own key, which its header carries.
fn self_signed<T: Serialize>(typ: &str, claims: &T, key: &SigningKey) -> Result<String, SignError> {
    if key.algorithm() != Algorithm::Ed25519 {
        return Err(SignError::from_message(
            "a machine key is an Ed25519 key (its public half goes in the request)",
        ));
    }
    let jwk = key.verifying_key().to_public_jwk();
    encode_with_jwk(typ, claims, key, jwk)
}

fn open<C: serde::de::DeserializeOwned>(token: &str, typ: &str) -> Result<Opened<C>, Rejected> {
    let reject = |(code, message): (Code, String)| Rejected { code, message };
    let parts = split(token, typ).map_err(reject)?;
    let malformed = |message: &str| Rejected {
        code: Code::Malformed,
        message: message.to_string(),
    };
    let jwk = parts
        .header
        .jwk
        .as_ref()
        .ok_or_else(|| malformed("the header has no \"jwk\": the machine's public key"))?;
    let machine_key = VerifyingKey::from_jwk(jwk)
        .ok()
        .filter(|k| k.algorithm() == Algorithm::Ed25519)
        .ok_or_else(|| malformed("the header's \"jwk\" is not an Ed25519 public key"))?;
    let payload = parts.verified_by(&machine_key).map_err(reject)?;
    let claims = serde_json::from_slice(&payload)
        .map_err(|e| malformed(&format!("the claims do not fit a {typ}: {e}")))?;
    Ok(Opened {
        claims,
        machine_key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_opens_with_its_own_key_and_nothing_else() {
        let machine = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let made = ActivationRequest::new("ACM-1", "m1", Some("host"), &machine, 5).unwrap();
        let request = made.token;
        let opened = ActivationRequest::open(&request).unwrap();
        assert_eq!(opened.claims.nonce, made.nonce);
        assert_eq!(opened.machine_key.kid(), Some(machine.kid()));
        // A proof is not a request, nor a request a proof.
        assert_eq!(
            DeactivationProof::open(&request).unwrap_err().code,
            Code::Malformed
        );
        // Another key's signature over the same header and claims fails.
        let other = SigningKey::generate(Algorithm::Ed25519).unwrap();
        let forged = ActivationRequest::new("ACM-1", "m1", Some("host"), &other, 5)
            .unwrap()
            .token;
        let mixed: Vec<&str> = request
            .split('.')
            .take(2)
            .chain(forged.split('.').skip(2))
            .collect();
        assert_eq!(
            ActivationRequest::open(&mixed.join(".")).unwrap_err().code,
            Code::BadSignature
        );
        // An HMAC machine key is refused.
        let hmac = SigningKey::generate(Algorithm::Hmac).unwrap();
        assert!(ActivationRequest::new("ACM-1", "m1", None, &hmac, 5).is_err());
    }
}
