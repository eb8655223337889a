//! JWS compact serialisation (RFC 7515): encode and sign, and the strict
//! decoding of untrusted tokens up to a verified payload.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::code::{Code, MAX_TOKEN_BYTES};
use super::keys::{Algorithm, KeySet, SigningKey};
use super::{LICENSE_TYP, LicenseClaims, REPLY_TYP, REVOCATION_TYP, RevocationClaims, b64};

/// The protected header. Unknown parameters (such as `crit`) are refused.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    alg: String,
    kid: String,
    typ: String,
}

/// Why claims could not be signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignError(String);

impl fmt::Display for SignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SignError {}

/// Signs license claims; the token is verified before it is returned.
pub fn sign_license(claims: &LicenseClaims, key: &SigningKey) -> Result<String, SignError> {
    claims.check().map_err(SignError)?;
    sign(LICENSE_TYP, claims, key)
}

/// Signs a revocation list; the token is verified before it is returned.
pub fn sign_revocations(claims: &RevocationClaims, key: &SigningKey) -> Result<String, SignError> {
    if !claims.revoked.windows(2).all(|w| w[0] < w[1]) {
        return Err(SignError("\"revoked\" must be sorted and unique".into()));
    }
    sign(REVOCATION_TYP, claims, key)
}

/// Signs claims into a token and verifies it before returning it, so a
/// stored token can never be one that does not verify.
pub(crate) fn sign<T: Serialize>(
    typ: &str,
    claims: &T,
    key: &SigningKey,
) -> Result<String, SignError> {
    let token = encode(typ, claims, key)?;
    let keys = KeySet::new(vec![key.verifying_key()]);
    decode(&token, &keys, typ)
        .map_err(|(_, message)| SignError(format!("the new token did not verify: {message}")))?;
    Ok(token)
}

/// Signs claims into a token, without checking it again: for tokens that
/// are made for every request and verified by whoever receives them.
pub(crate) fn encode<T: Serialize>(
    typ: &str,
    claims: &T,
    key: &SigningKey,
) -> Result<String, SignError> {
    let header = Header {
        alg: key.algorithm().jws_name().to_string(),
        kid: key.kid().to_string(),
        typ: typ.to_string(),
    };
    let header = serde_json::to_vec(&header).expect("a header serialises");
    let payload = serde_json::to_vec(claims).expect("claims serialise");
    let signing_input = format!("{}.{}", b64::encode(&header), b64::encode(&payload));
    let signature = key.sign(signing_input.as_bytes());
    let token = format!("{signing_input}.{}", b64::encode(&signature));
    if token.len() > MAX_TOKEN_BYTES {
        return Err(SignError(format!(
            "the token would be {} bytes, over the {MAX_TOKEN_BYTES}-byte limit verifiers accept; use fewer domains, machines or features",
            token.len()
        )));
    }
    Ok(token)
}

/// A token that passed the signature check: its key id and payload bytes.
pub(crate) struct Verified {
    pub kid: String,
    pub payload: Vec<u8>,
}

/// Checks size, form, header, key and signature of an untrusted token.
pub(crate) fn decode(token: &str, keys: &KeySet, typ: &str) -> Result<Verified, (Code, String)> {
    let malformed = |message: &str| (Code::Malformed, message.to_string());
    if token.len() > MAX_TOKEN_BYTES {
        return Err(malformed(
            "the token is larger than keywright accepts (16 KiB)",
        ));
    }
    let token = token.trim();
    let mut parts = token.split('.');
    let (Some(header_b64), Some(payload_b64), Some(signature_b64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed(
            "a token has three base64url parts separated by dots",
        ));
    };
    let header: Header = b64::decode(header_b64)
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| {
            malformed("the token's header is not base64url JSON with alg, kid and typ")
        })?;
    let algorithm = match header.alg.as_str() {
        "EdDSA" => Algorithm::Ed25519,
        "HS256" => Algorithm::Hmac,
        "none" | "None" | "NONE" => {
            return Err(malformed(
                "unsigned tokens (alg \"none\") are never accepted",
            ));
        }
        other => {
            return Err(malformed(&format!(
                "alg \"{other}\" is not accepted: only EdDSA and HS256"
            )));
        }
    };
    if header.typ != typ {
        let what = match header.typ.as_str() {
            LICENSE_TYP => "a license token",
            REVOCATION_TYP => "a revocation list",
            REPLY_TYP => "a signed reply of the license service",
            _ => "not a keywright token",
        };
        return Err(malformed(&format!(
            "this is {what}, not the {typ} expected here"
        )));
    }
    let Some(key) = keys.find(&header.kid, Some(algorithm)) else {
        return Err((
            Code::UnknownKey,
            format!("no trusted key has kid \"{}\"", header.kid),
        ));
    };
    if key.algorithm() != algorithm {
        return Err((
            Code::BadSignature,
            format!(
                "the token says {} but key \"{}\" is an {} key",
                header.alg,
                header.kid,
                key.algorithm().name()
            ),
        ));
    }
    let signature =
        b64::decode(signature_b64).ok_or_else(|| malformed("the signature is not base64url"))?;
    let signing_input = &token[..header_b64.len() + 1 + payload_b64.len()];
    if !key.verify(signing_input.as_bytes(), &signature) {
        return Err((Code::BadSignature, "the signature does not match".into()));
    }
    let payload =
        b64::decode(payload_b64).ok_or_else(|| malformed("the payload is not base64url"))?;
    Ok(Verified {
        kid: header.kid,
        payload,
    })
}
