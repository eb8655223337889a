//! JWS compact serialisation (RFC 7515): encode and sign, and the strict
//! decoding of untrusted tokens up to a verified payload.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::code::{Code, MAX_TOKEN_BYTES};
use super::keys::{Algorithm, KeySet, SigningKey, VerifyingKey};
use super::{LICENSE_TYP, LicenseClaims, REPLY_TYP, REVOCATION_TYP, RevocationClaims, b64};

/// The protected header keywright writes.
#[derive(Debug, Serialize)]
struct Header {
    alg: String,
    kid: String,
    typ: String,
    /// The signer's own public key, in requests a machine signs itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    jwk: Option<serde_json::Value>,
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

impl SignError {
    pub(crate) fn from_message(message: &str) -> SignError {
        SignError(message.to_string())
    }
}

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
    encode_with_jwk(typ, claims, key, None)
}

/// Signs claims into a token whose header also carries `jwk`.
pub(crate) fn encode_with_jwk<T: Serialize>(
    typ: &str,
    claims: &T,
    key: &SigningKey,
    jwk: Option<serde_json::Value>,
) -> Result<String, SignError> {
    let header = Header {
        alg: key.algorithm().jws_name().to_string(),
        kid: key.kid().to_string(),
        typ: typ.to_string(),
        jwk,
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

/// What keywright reads of a protected header. Parameters it does not know
/// are ignored (never used to find a key); `crit` is refused, as keywright
/// understands no extension.
pub(crate) struct ReadHeader {
    pub algorithm: Algorithm,
    pub alg: String,
    pub kid: Option<String>,
    /// The public key a machine put in its own request (`jwk`).
    pub jwk: Option<serde_json::Value>,
}

/// A token split into its parts, its header read and its kind checked.
pub(crate) struct Parts<'t> {
    pub header: ReadHeader,
    signing_input: &'t str,
    payload_b64: &'t str,
    signature_b64: &'t str,
}

type Failure = (Code, String);

fn malformed(message: impl Into<String>) -> Failure {
    (Code::Malformed, message.into())
}

/// Checks size, form and header of an untrusted token, and that it is of
/// the kind `typ`.
pub(crate) fn split<'t>(token: &'t str, typ: &str) -> Result<Parts<'t>, Failure> {
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
    let not_json = || malformed("the token's header is not base64url JSON");
    let header = b64::decode(header_b64).ok_or_else(not_json)?;
    let header = match read_plain_header(&header) {
        Some(plain) => checked_header(&plain.alg, plain.kid, plain.typ.as_deref(), None, typ)?,
        None => serde_json::from_slice(&header)
            .map_err(|_| not_json())
            .and_then(|header| read_header(&header, typ))?,
    };
    Ok(Parts {
        header,
        signing_input: &token[..header_b64.len() + 1 + payload_b64.len()],
        payload_b64,
        signature_b64,
    })
}

/// A header of only `alg`, `kid` and `typ`, all strings, as keywright
/// writes them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlainHeader {
    alg: String,
    kid: Option<String>,
    typ: Option<String>,
}

/// The header read straight into [`PlainHeader`] when it is one (no
/// `null`, nothing else in it); any other header is read field by field
/// by [`read_header`], which accepts the same headers and names what is
/// wrong with the rest.
fn read_plain_header(header: &[u8]) -> Option<PlainHeader> {
    super::claims::is_plain_object(header)
        .then(|| serde_json::from_slice(header).ok())
        .flatten()
}

fn read_header(
    header: &serde_json::Map<String, serde_json::Value>,
    typ: &str,
) -> Result<ReadHeader, Failure> {
    if header.contains_key("crit") {
        return Err(malformed(
            "the header's \"crit\" names extensions keywright does not understand",
        ));
    }
    let alg = header
        .get("alg")
        .and_then(|v| v.as_str())
        .ok_or_else(|| malformed("the header has no \"alg\""))?;
    let kid = match header.get("kid") {
        None => None,
        Some(serde_json::Value::String(kid)) => Some(kid.clone()),
        Some(_) => return Err(malformed("the header's \"kid\" is not a string")),
    };
    let found = match header.get("typ") {
        None => None,
        Some(serde_json::Value::String(t)) => Some(t.as_str()),
        Some(_) => return Err(malformed("the header's \"typ\" is not a string")),
    };
    checked_header(alg, kid, found, header.get("jwk").cloned(), typ)
}

/// The header's parameters checked: an accepted `alg`, and a `typ` of the
/// kind expected.
fn checked_header(
    alg: &str,
    kid: Option<String>,
    found: Option<&str>,
    jwk: Option<serde_json::Value>,
    typ: &str,
) -> Result<ReadHeader, Failure> {
    let algorithm = match alg {
        "EdDSA" | "Ed25519" => Algorithm::Ed25519,
        "HS256" => Algorithm::Hmac,
        "none" | "None" | "NONE" => {
            return Err(malformed(
                "unsigned tokens (alg \"none\") are never accepted",
            ));
        }
        other => {
            return Err(malformed(format!(
                "the header's \"alg\" {other:?} is not accepted: only EdDSA (or Ed25519) and HS256"
            )));
        }
    };
    check_typ(found, typ)?;
    Ok(ReadHeader {
        algorithm,
        alg: alg.to_string(),
        kid,
        jwk,
    })
}

/// A token's `typ` must name the kind expected (compared as RFC 7515 says:
/// without case, `application/` optional). A license may also come typed
/// `JWT`, or untyped, from other JWT libraries; keywright's other kinds
/// are always typed, so none of them passes for a license.
fn check_typ(found: Option<&str>, expected: &str) -> Result<(), Failure> {
    let normal = |t: &str| {
        let t = t.to_ascii_lowercase();
        t.strip_prefix("application/")
            .map(str::to_string)
            .unwrap_or(t)
    };
    let found_normal = found.map(normal);
    let matches = match found_normal.as_deref() {
        Some(t) => t == expected || (expected == LICENSE_TYP && t == "jwt"),
        None => expected == LICENSE_TYP,
    };
    if matches {
        return Ok(());
    }
    let what = match found_normal.as_deref() {
        Some(LICENSE_TYP) => "a license token".to_string(),
        Some(REVOCATION_TYP) => "a revocation list".to_string(),
        Some(REPLY_TYP) => "a signed reply of the license service".to_string(),
        Some(other) => match super::kind_name(other) {
            Some(name) => name.to_string(),
            None => format!("a token of typ {other:?}"),
        },
        None => "an untyped token".to_string(),
    };
    Err(malformed(format!(
        "this is {what}, not the {expected} expected here (the header's \"typ\")"
    )))
}

impl Parts<'_> {
    /// Checks the signature with `key`; the payload's bytes if it holds.
    pub fn verified_by(&self, key: &VerifyingKey) -> Result<Vec<u8>, Failure> {
        if key.algorithm() != self.header.algorithm {
            return Err((
                Code::BadSignature,
                format!(
                    "the token says {} but its key is an {} key",
                    self.header.alg,
                    key.algorithm().name()
                ),
            ));
        }
        let signature = b64::decode(self.signature_b64)
            .ok_or_else(|| malformed("the signature is not base64url"))?;
        if !key.verify(self.signing_input.as_bytes(), &signature) {
            return Err((Code::BadSignature, "the signature does not match".into()));
        }
        b64::decode(self.payload_b64).ok_or_else(|| malformed("the payload is not base64url"))
    }
}

/// Checks size, form, header, key and signature of an untrusted token.
pub(crate) fn decode(token: &str, keys: &KeySet, typ: &str) -> Result<Verified, Failure> {
    find_key(token, keys, typ)?.verify()
}

/// An untrusted token whose form and header hold, with the trusted key it
/// names: all that is left to check is its signature.
pub(crate) struct Keyed<'t, 'k> {
    parts: Parts<'t>,
    key: &'k VerifyingKey,
}

/// Checks size, form and header of an untrusted token, and finds its key.
pub(crate) fn find_key<'t, 'k>(
    token: &'t str,
    keys: &'k KeySet,
    typ: &str,
) -> Result<Keyed<'t, 'k>, Failure> {
    let parts = split(token, typ)?;
    let header = &parts.header;
    let Some(key) = keys.find(header.kid.as_deref(), Some(header.algorithm)) else {
        let message = match &header.kid {
            Some(kid) => format!("no trusted key has kid \"{kid}\""),
            None => "the token names no key (no \"kid\") and more than one key is trusted".into(),
        };
        return Err((Code::UnknownKey, message));
    };
    Ok(Keyed { parts, key })
}

/// One signature of a batch verification (`token::batch`).
#[cfg(feature = "cli")]
pub(crate) struct BatchEntry<'t> {
    pub message: &'t [u8],
    pub signature: ed25519_dalek::Signature,
    pub key: ed25519_dalek::VerifyingKey,
}

impl Keyed<'_, '_> {
    /// Checks the signature; the key id and payload if it holds.
    pub fn verify(self) -> Result<Verified, Failure> {
        let payload = self.parts.verified_by(self.key)?;
        Ok(self.verified(payload))
    }

    /// What one Ed25519 batch verification needs of this token (the signed
    /// bytes, the signature, the key), when it can be checked in a batch:
    /// signed with EdDSA by an Ed25519 key that is not of small order.
    #[cfg(feature = "cli")]
    pub fn batch_entry(&self) -> Option<BatchEntry<'_>> {
        let key = self.key.ed25519().filter(|key| !key.is_weak())?;
        if self.parts.header.algorithm != Algorithm::Ed25519 {
            return None;
        }
        let signature = b64::decode(self.parts.signature_b64)?;
        let signature = ed25519_dalek::Signature::from_slice(&signature).ok()?;
        Some(BatchEntry {
            message: self.parts.signing_input.as_bytes(),
            signature,
            key: *key,
        })
    }

    /// What names this very token under this very key: SHA-256 over the
    /// key's identity ([`VerifyingKey::identity`]) and the token's text. A
    /// signature that held once holds again for the same fingerprint.
    pub fn fingerprint(&self) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update(self.key.identity());
        hasher.update(self.parts.signing_input.as_bytes());
        hasher.update(b".");
        hasher.update(self.parts.signature_b64.as_bytes());
        hasher.finalize().into()
    }

    /// The key id and payload of a token whose signature is known to hold
    /// with this key: it held in a batch verification of its
    /// [`Keyed::batch_entry`], or before, for the same [`Keyed::fingerprint`].
    pub fn checked_before(self) -> Result<Verified, Failure> {
        let payload = b64::decode(self.parts.payload_b64)
            .ok_or_else(|| malformed("the payload is not base64url"))?;
        Ok(self.verified(payload))
    }

    fn verified(&self, payload: Vec<u8>) -> Verified {
        let kid = self
            .parts
            .header
            .kid
            .clone()
            .or_else(|| self.key.kid().map(str::to_string))
            .unwrap_or_default();
        Verified { kid, payload }
    }
}
