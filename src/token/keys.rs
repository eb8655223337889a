//! Signing and verifying keys. Ed25519 keys are named by their RFC 7638 JWK
//! thumbprint; HMAC keys by a random id. Private keys travel as PKCS#8 PEM
//! (Ed25519) or a JWK of kty "oct" (HMAC); public keys as SPKI PEM, JWK,
//! JWKS or raw base64url. Secrets are zeroized when dropped.

use std::fmt;

use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{
    DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, KeypairBytes,
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::b64;

/// Smallest HMAC secret accepted, in bytes.
pub const MIN_HMAC_SECRET: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Algorithm {
    Ed25519,
    Hmac,
}

impl Algorithm {
    /// The JWS `alg` value.
    pub fn jws_name(self) -> &'static str {
        match self {
            Algorithm::Ed25519 => "EdDSA",
            Algorithm::Hmac => "HS256",
        }
    }

    /// The name keywright uses on its command line and in its database.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Ed25519 => "ed25519",
            Algorithm::Hmac => "hmac",
        }
    }

    pub fn from_name(name: &str) -> Option<Algorithm> {
        match name {
            "ed25519" => Some(Algorithm::Ed25519),
            "hmac" => Some(Algorithm::Hmac),
            _ => None,
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Algorithm {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Why a key could not be read or made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyError(String);

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for KeyError {}

impl KeyError {
    pub fn from_message(message: &str) -> KeyError {
        KeyError(message.to_string())
    }
}

fn key_error(message: impl Into<String>) -> KeyError {
    KeyError(message.into())
}

#[derive(Clone)]
enum Secret {
    /// Shared: a service hands the same key to every request.
    Ed25519(std::sync::Arc<Ed25519Secret>),
    Hmac(Zeroizing<Vec<u8>>),
}

/// An Ed25519 private key. ed25519-dalek's gives its public half and its
/// PKCS#8 form; in the command-line tool, AWS-LC's signs, about twice as
/// fast on x86-64 (docs/benchmark.md). Ed25519 signatures are
/// deterministic (RFC 8032), so both make the same bytes.
struct Ed25519Secret {
    key: ed25519_dalek::SigningKey,
    #[cfg(feature = "cli")]
    signer: aws_lc_rs::signature::Ed25519KeyPair,
}

impl Ed25519Secret {
    fn from_seed(seed: &[u8; 32]) -> Ed25519Secret {
        Ed25519Secret {
            key: ed25519_dalek::SigningKey::from_bytes(seed),
            #[cfg(feature = "cli")]
            signer: aws_lc_rs::signature::Ed25519KeyPair::from_seed_unchecked(seed)
                .expect("any 32 bytes are an Ed25519 seed"),
        }
    }

    #[cfg(feature = "cli")]
    fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.signer.sign(message).as_ref().to_vec()
    }

    #[cfg(not(feature = "cli"))]
    fn sign(&self, message: &[u8]) -> Vec<u8> {
        use ed25519_dalek::Signer;
        self.key.sign(message).to_bytes().to_vec()
    }
}

/// A private key with its key id. Its Debug output never shows the secret.
#[derive(Clone)]
pub struct SigningKey {
    kid: String,
    secret: Secret,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey({} {})", self.algorithm().name(), self.kid)
    }
}

fn random_bytes<const N: usize>() -> Result<Zeroizing<[u8; N]>, KeyError> {
    let mut bytes = Zeroizing::new([0u8; N]);
    getrandom::fill(bytes.as_mut()).map_err(|e| {
        key_error(format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    Ok(bytes)
}

impl SigningKey {
    /// A new key from the operating system's CSPRNG.
    pub fn generate(algorithm: Algorithm) -> Result<SigningKey, KeyError> {
        match algorithm {
            Algorithm::Ed25519 => Ok(SigningKey::from_ed25519_seed(&*random_bytes::<32>()?)),
            Algorithm::Hmac => {
                let id = random_bytes::<16>()?;
                let secret = random_bytes::<32>()?;
                SigningKey::from_hmac_secret(
                    &format!("hs-{}", b64::encode(id.as_ref())),
                    secret.as_ref(),
                )
            }
        }
    }

    /// An Ed25519 key from its 32-byte seed (RFC 8032 "secret key").
    pub fn from_ed25519_seed(seed: &[u8; 32]) -> SigningKey {
        let secret = Ed25519Secret::from_seed(seed);
        SigningKey {
            kid: thumbprint(&secret.key.verifying_key()),
            secret: Secret::Ed25519(std::sync::Arc::new(secret)),
        }
    }

    /// An HMAC key with the given id; the secret must be at least 32 bytes.
    pub fn from_hmac_secret(kid: &str, secret: &[u8]) -> Result<SigningKey, KeyError> {
        if secret.len() < MIN_HMAC_SECRET {
            return Err(key_error(format!(
                "an HMAC secret must be at least {MIN_HMAC_SECRET} bytes; this one has {}",
                secret.len()
            )));
        }
        if kid.is_empty() {
            return Err(key_error("an HMAC key needs a key id (kid)"));
        }
        Ok(SigningKey {
            kid: kid.to_string(),
            secret: Secret::Hmac(Zeroizing::new(secret.to_vec())),
        })
    }

    /// Reads a private key: PKCS#8 PEM (Ed25519) or a JWK of kty "oct" (HMAC).
    pub fn from_private_text(text: &str) -> Result<SigningKey, KeyError> {
        let text = text.trim();
        if text.starts_with("-----BEGIN") {
            let key = ed25519_dalek::SigningKey::from_pkcs8_pem(text).map_err(|_| {
                key_error("the PEM text is not an unencrypted Ed25519 PKCS#8 private key (make one with `openssl genpkey -algorithm ed25519`)")
            })?;
            return Ok(SigningKey::from_ed25519_seed(&key.to_bytes()));
        }
        let jwk: Value = serde_json::from_str(text)
            .map_err(|_| key_error("the key is neither PKCS#8 PEM nor a JWK"))?;
        if jwk["kty"] != "oct" {
            return Err(key_error(
                "a JWK private key must be of kty \"oct\" (an HMAC secret)",
            ));
        }
        let secret = jwk["k"]
            .as_str()
            .and_then(b64::decode)
            .map(Zeroizing::new)
            .ok_or_else(|| key_error("the JWK's \"k\" is not base64url"))?;
        let kid = jwk["kid"].as_str().unwrap_or_default();
        SigningKey::from_hmac_secret(kid, &secret)
    }

    /// The private key as text: PKCS#8 PEM (Ed25519) or an "oct" JWK (HMAC).
    pub fn to_private_text(&self) -> Zeroizing<String> {
        match &self.secret {
            Secret::Ed25519(secret) => {
                // PKCS#8 v1, as `openssl genpkey` writes it.
                let bytes = KeypairBytes {
                    secret_key: secret.key.to_bytes(),
                    public_key: None,
                };
                bytes
                    .to_pkcs8_pem(LineEnding::LF)
                    .expect("a 32-byte Ed25519 key encodes as PKCS#8")
            }
            Secret::Hmac(secret) => Zeroizing::new(
                json!({"kty": "oct", "kid": self.kid, "alg": "HS256", "k": b64::encode(secret)})
                    .to_string(),
            ),
        }
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The secret of an HMAC key; `None` for an Ed25519 key.
    pub fn hmac_secret(&self) -> Option<&[u8]> {
        match &self.secret {
            Secret::Hmac(secret) => Some(secret),
            Secret::Ed25519(_) => None,
        }
    }

    pub fn algorithm(&self) -> Algorithm {
        match self.secret {
            Secret::Ed25519(_) => Algorithm::Ed25519,
            Secret::Hmac(_) => Algorithm::Hmac,
        }
    }

    /// The key that verifies this key's signatures.
    pub fn verifying_key(&self) -> VerifyingKey {
        let inner = match &self.secret {
            Secret::Ed25519(secret) => Public::Ed25519(secret.key.verifying_key()),
            Secret::Hmac(secret) => Public::Hmac(secret.clone()),
        };
        VerifyingKey {
            kid: Some(self.kid.clone()),
            inner,
        }
    }

    /// Signs `message`: an Ed25519 signature (64 bytes) or an HMAC-SHA256 tag (32 bytes).
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        match &self.secret {
            Secret::Ed25519(secret) => secret.sign(message),
            Secret::Hmac(secret) => hmac_tag(secret, message),
        }
    }
}

fn hmac_tag(secret: &[u8], message: &[u8]) -> Vec<u8> {
    use hmac::{KeyInit, Mac};
    let mut mac =
        hmac::Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

#[derive(Clone)]
enum Public {
    Ed25519(ed25519_dalek::VerifyingKey),
    Hmac(Zeroizing<Vec<u8>>),
}

/// A key that checks signatures: an Ed25519 public key, or an HMAC secret.
/// A key without a kid matches tokens of its algorithm whatever their kid.
#[derive(Clone)]
pub struct VerifyingKey {
    kid: Option<String>,
    inner: Public,
}

impl fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "VerifyingKey({} {:?})",
            self.algorithm().name(),
            self.kid
        )
    }
}

/// The RFC 7638 thumbprint of an Ed25519 public key, base64url.
pub fn thumbprint(key: &ed25519_dalek::VerifyingKey) -> String {
    let canonical = format!(
        r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#,
        b64::encode(key.as_bytes())
    );
    b64::encode(&Sha256::digest(canonical.as_bytes()))
}

impl VerifyingKey {
    /// An Ed25519 public key from its 32 bytes.
    pub fn from_ed25519_bytes(bytes: &[u8]) -> Result<VerifyingKey, KeyError> {
        let bytes: &[u8; 32] = bytes
            .try_into()
            .map_err(|_| key_error("an Ed25519 public key is 32 bytes"))?;
        let key = ed25519_dalek::VerifyingKey::from_bytes(bytes)
            .map_err(|_| key_error("the bytes are not an Ed25519 public key"))?;
        Ok(VerifyingKey {
            kid: Some(thumbprint(&key)),
            inner: Public::Ed25519(key),
        })
    }

    /// An Ed25519 public key from SPKI PEM (`-----BEGIN PUBLIC KEY-----`).
    pub fn from_public_pem(pem: &str) -> Result<VerifyingKey, KeyError> {
        let key = ed25519_dalek::VerifyingKey::from_public_key_pem(pem.trim())
            .map_err(|_| key_error("the file is not an Ed25519 public key in PEM (SPKI)"))?;
        Ok(VerifyingKey {
            kid: Some(thumbprint(&key)),
            inner: Public::Ed25519(key),
        })
    }

    /// An HMAC secret for verification, with an optional key id.
    pub fn from_hmac_secret(kid: Option<&str>, secret: &[u8]) -> Result<VerifyingKey, KeyError> {
        let key = SigningKey::from_hmac_secret(kid.unwrap_or("-"), secret)?;
        Ok(VerifyingKey {
            kid: kid.map(str::to_string),
            inner: key.verifying_key().inner,
        })
    }

    /// One key from a JWK: kty "OKP" (Ed25519) or "oct" (HMAC).
    pub fn from_jwk(jwk: &Value) -> Result<VerifyingKey, KeyError> {
        let kid = jwk["kid"].as_str();
        let decode = |field: &str| {
            jwk[field].as_str().and_then(b64::decode).ok_or_else(|| {
                key_error(format!("the JWK's \"{field}\" is missing or not base64url"))
            })
        };
        let key = match (jwk["kty"].as_str(), jwk["crv"].as_str()) {
            (Some("OKP"), Some("Ed25519")) => VerifyingKey::from_ed25519_bytes(&decode("x")?)?,
            (Some("oct"), _) => VerifyingKey::from_hmac_secret(kid, &decode("k")?)?,
            _ => {
                return Err(key_error(
                    "only Ed25519 (OKP) and HMAC (oct) JWKs are supported",
                ));
            }
        };
        // A JWK names its own kid; keep it when given, so lookups match the tokens.
        Ok(VerifyingKey {
            kid: kid.map(str::to_string).or(key.kid),
            inner: key.inner,
        })
    }

    /// A public key as `keywright key export` writes it: SPKI PEM, a JWK,
    /// or the raw key in base64url. A JWKS (several keys) is refused with a
    /// pointer to [`KeySet::from_jwks`].
    pub fn from_text(text: &str) -> Result<VerifyingKey, KeyError> {
        let text = text.trim();
        if text.starts_with("-----BEGIN") {
            return VerifyingKey::from_public_pem(text);
        }
        if text.starts_with('{') {
            let value: Value =
                serde_json::from_str(text).map_err(|_| key_error("the text is not JSON"))?;
            if value.get("keys").is_some() {
                return Err(key_error(
                    "this is a JWKS, a set of keys: read it as one (KeySet::from_jwks, or --jwks)",
                ));
            }
            return VerifyingKey::from_jwk(&value);
        }
        let bytes = b64::decode(text)
            .ok_or_else(|| key_error("the text is not PEM, a JWK or a base64url key"))?;
        VerifyingKey::from_ed25519_bytes(&bytes)
    }

    /// One key from a JWK's JSON text.
    pub fn from_jwk_json(text: &str) -> Result<VerifyingKey, KeyError> {
        let jwk: Value =
            serde_json::from_str(text).map_err(|_| key_error("the JWK is not JSON"))?;
        VerifyingKey::from_jwk(&jwk)
    }

    pub fn kid(&self) -> Option<&str> {
        self.kid.as_deref()
    }

    pub fn algorithm(&self) -> Algorithm {
        match self.inner {
            Public::Ed25519(_) => Algorithm::Ed25519,
            Public::Hmac(_) => Algorithm::Hmac,
        }
    }

    /// The raw public key (Ed25519 only: HMAC keys have no public part).
    pub fn public_bytes(&self) -> Option<[u8; 32]> {
        match &self.inner {
            Public::Ed25519(key) => Some(key.to_bytes()),
            Public::Hmac(_) => None,
        }
    }

    /// SPKI PEM of an Ed25519 public key.
    pub fn to_public_pem(&self) -> Option<String> {
        match &self.inner {
            Public::Ed25519(key) => key.to_public_key_pem(LineEnding::LF).ok(),
            Public::Hmac(_) => None,
        }
    }

    /// The public JWK of an Ed25519 key.
    pub fn to_public_jwk(&self) -> Option<Value> {
        let bytes = self.public_bytes()?;
        Some(json!({
            "kty": "OKP", "crv": "Ed25519", "x": b64::encode(&bytes),
            "kid": self.kid, "alg": "EdDSA", "use": "sig",
        }))
    }

    /// The Ed25519 public key, for batch verification; `None` for HMAC.
    #[cfg(feature = "cli")]
    pub(crate) fn ed25519(&self) -> Option<&ed25519_dalek::VerifyingKey> {
        match &self.inner {
            Public::Ed25519(key) => Some(key),
            Public::Hmac(_) => None,
        }
    }

    /// What tells this key from every other, to remember the signatures
    /// it checked (in memory only): SHA-256 over its algorithm and its
    /// public key, or its secret.
    pub(crate) fn identity(&self) -> [u8; 32] {
        let mut hasher = Sha256::new();
        match &self.inner {
            Public::Ed25519(key) => {
                hasher.update(b"ed25519:");
                hasher.update(key.as_bytes());
            }
            Public::Hmac(secret) => {
                hasher.update(b"hmac:");
                hasher.update(secret.as_slice());
            }
        }
        hasher.finalize().into()
    }

    /// Checks a signature: strict Ed25519, or a constant-time HMAC comparison.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        match &self.inner {
            Public::Ed25519(key) => match ed25519_dalek::Signature::from_slice(signature) {
                Ok(sig) => key.verify_strict(message, &sig).is_ok(),
                Err(_) => false,
            },
            Public::Hmac(secret) => {
                use hmac::{KeyInit, Mac};
                let mut mac = hmac::Hmac::<Sha256>::new_from_slice(secret)
                    .expect("HMAC takes keys of any length");
                mac.update(message);
                mac.verify_slice(signature).is_ok()
            }
        }
    }
}

/// The keys a verifier trusts.
#[derive(Debug, Clone, Default)]
pub struct KeySet {
    keys: Vec<VerifyingKey>,
}

impl KeySet {
    pub fn new(keys: Vec<VerifyingKey>) -> KeySet {
        KeySet { keys }
    }

    /// The keys of a JWKS document (`{"keys": [...]}`); unsupported key types are skipped.
    pub fn from_jwks(json: &str) -> Result<KeySet, KeyError> {
        let doc: Value =
            serde_json::from_str(json).map_err(|_| key_error("the JWKS is not JSON"))?;
        let list = doc["keys"]
            .as_array()
            .ok_or_else(|| key_error("the JWKS has no \"keys\" array"))?;
        let keys: Vec<VerifyingKey> = list
            .iter()
            .filter_map(|jwk| VerifyingKey::from_jwk(jwk).ok())
            .collect();
        if keys.is_empty() {
            return Err(key_error("the JWKS holds no Ed25519 or HMAC key"));
        }
        Ok(KeySet { keys })
    }

    pub fn push(&mut self, key: VerifyingKey) {
        self.keys.push(key);
    }

    /// The keys, in the order they were added.
    pub fn keys(&self) -> &[VerifyingKey] {
        &self.keys
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The key a token's `kid` names, or a kid-less key of that algorithm;
    /// for a token without a kid, the only key there is.
    pub fn find(&self, kid: Option<&str>, algorithm: Option<Algorithm>) -> Option<&VerifyingKey> {
        let Some(kid) = kid else {
            return match self.keys.as_slice() {
                [only] => Some(only),
                _ => None,
            };
        };
        self.keys
            .iter()
            .find(|k| k.kid.as_deref() == Some(kid))
            .or_else(|| {
                self.keys
                    .iter()
                    .find(|k| k.kid.is_none() && Some(k.algorithm()) == algorithm)
            })
    }

    /// A JWKS document of the Ed25519 keys (HMAC secrets are never published).
    pub fn to_public_jwks(&self) -> Value {
        let keys: Vec<Value> = self
            .keys
            .iter()
            .filter_map(VerifyingKey::to_public_jwk)
            .collect();
        json!({ "keys": keys })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }

    /// RFC 8032 §7.1, tests 1–3, through keywright's own signing path.
    #[test]
    fn rfc8032_test_vectors() {
        let vectors = [
            (
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                "",
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            ),
            (
                "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
                "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
                "72",
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
            ),
            (
                "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
                "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
                "af82",
                "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
            ),
        ];
        for (secret, public, message, signature) in vectors {
            let key = SigningKey::from_ed25519_seed(&hex(secret).try_into().unwrap());
            assert_eq!(
                key.verifying_key().public_bytes().unwrap().to_vec(),
                hex(public)
            );
            assert_eq!(key.sign(&hex(message)), hex(signature));
            assert!(key.verifying_key().verify(&hex(message), &hex(signature)));
        }
    }

    /// The command-line tool signs with AWS-LC: the same bytes as
    /// ed25519-dalek, whatever the key and message.
    #[cfg(feature = "cli")]
    #[test]
    fn both_ed25519_signers_make_the_same_signatures() {
        use ed25519_dalek::Signer;
        for n in 0..200usize {
            let seed = *random_bytes::<32>().unwrap();
            let message = vec![n as u8; n * 7];
            let ours = SigningKey::from_ed25519_seed(&seed).sign(&message);
            let theirs = ed25519_dalek::SigningKey::from_bytes(&seed).sign(&message);
            assert_eq!(ours, theirs.to_bytes().to_vec());
        }
    }

    /// RFC 8037 Appendix A.3: the thumbprint of the RFC 8032 test 1 key.
    #[test]
    fn rfc8037_thumbprint() {
        let key = SigningKey::from_ed25519_seed(
            &hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                .try_into()
                .unwrap(),
        );
        assert_eq!(key.kid(), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
    }

    #[test]
    fn private_keys_round_trip_as_text() {
        for algorithm in [Algorithm::Ed25519, Algorithm::Hmac] {
            let key = SigningKey::generate(algorithm).unwrap();
            let text = key.to_private_text();
            let back = SigningKey::from_private_text(&text).unwrap();
            assert_eq!(back.kid(), key.kid());
            assert_eq!(back.sign(b"m"), key.sign(b"m"));
        }
    }

    #[test]
    fn public_keys_round_trip_as_pem_and_jwk() {
        let key = SigningKey::generate(Algorithm::Ed25519)
            .unwrap()
            .verifying_key();
        let pem = key.to_public_pem().unwrap();
        assert_eq!(
            VerifyingKey::from_public_pem(&pem).unwrap().kid(),
            key.kid()
        );
        let jwks = KeySet::new(vec![key.clone()]).to_public_jwks().to_string();
        let set = KeySet::from_jwks(&jwks).unwrap();
        assert!(set.find(key.kid(), None).is_some());
    }

    #[test]
    fn short_hmac_secrets_are_refused() {
        assert!(SigningKey::from_hmac_secret("k", &[7u8; 31]).is_err());
    }

    #[test]
    fn debug_output_never_shows_the_secret() {
        let key = SigningKey::generate(Algorithm::Hmac).unwrap();
        let text = key.to_private_text();
        let jwk: Value = serde_json::from_str(&text).unwrap();
        let secret = jwk["k"].as_str().unwrap();
        assert!(!format!("{key:?} {:?}", key.verifying_key()).contains(secret));
    }
}
