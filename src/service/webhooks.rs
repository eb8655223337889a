//! The tenant's webhook: its URL (in the database) and its secret (in the
//! key store, account `TENANT/webhook`, never in the database). A delivery
//! is signed as `Keywright-Signature: t=UNIX,v1=HEX`, where HEX is the
//! HMAC-SHA256 of `t + "." + body` under the secret's text (docs/service.md).

use zeroize::Zeroizing;

use crate::domain::values::hex;
use crate::error::{Error, Result};
use crate::keystore::KeyStore;
use crate::token::{SigningKey, encode_base64url};

/// The key id under which a tenant's webhook secret is kept.
pub const WEBHOOK_KID: &str = "webhook";
/// What every webhook secret starts with.
const SECRET_PREFIX: &str = "whsec_";

/// The tenant's webhook secret, if one is stored.
pub fn secret(keys: &KeyStore, tenant: &str) -> Result<Option<SigningKey>> {
    keys.get(tenant, WEBHOOK_KID)
}

/// Makes and stores a webhook secret unless the tenant has one; returns
/// whether it made one.
pub fn ensure_secret(keys: &KeyStore, tenant: &str) -> Result<bool> {
    if secret(keys, tenant)?.is_some() {
        return Ok(false);
    }
    let mut bytes = Zeroizing::new([0u8; 32]);
    getrandom::fill(bytes.as_mut()).map_err(|e| {
        Error::runtime(format!(
            "the operating system's random generator failed: {e}"
        ))
    })?;
    let text = Zeroizing::new(format!(
        "{SECRET_PREFIX}{}",
        encode_base64url(bytes.as_ref())
    ));
    let key = SigningKey::from_hmac_secret(WEBHOOK_KID, text.as_bytes())
        .map_err(|e| Error::runtime(e.to_string()))?;
    keys.put(tenant, &key)?;
    Ok(true)
}

/// The `Keywright-Signature` header of `body` sent at `timestamp`.
pub fn signature_header(secret: &SigningKey, timestamp: i64, body: &str) -> String {
    let signed = format!("{timestamp}.{body}");
    format!("t={timestamp},v1={}", hex(&secret.sign(signed.as_bytes())))
}

/// A webhook URL as the tenant gives it: http or https, with a host.
pub fn check_url(url: &str) -> Result<String> {
    let url = url.trim();
    let parsed: Option<axum::http::Uri> = url.parse().ok();
    let ok = url.len() <= 2048
        && parsed.as_ref().is_some_and(|u| {
            matches!(u.scheme_str(), Some("http" | "https")) && u.host().is_some()
        });
    if ok {
        Ok(url.to_string())
    } else {
        Err(Error::usage(format!(
            "'{}' is not a webhook URL; give one like https://example.com/keywright",
            crate::service::license::shown(url)
        )))
    }
}
