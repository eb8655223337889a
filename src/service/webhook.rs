//! The tenant's webhook: its URL (in the database) and its secret (in the
//! key store, account `TENANT/webhook`, never in the database). A delivery
//! is signed as `Keywright-Signature: t=UNIX,v1=HEX`, where HEX is the
//! HMAC-SHA256 of `t + "." + body` under the secret's text (docs/service.md).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, ToSocketAddrs};

use zeroize::Zeroizing;

use crate::domain::values::hex;
use crate::error::{Error, Field, Fix, Result};
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

/// A webhook URL as the tenant gives it: http or https with a host, read as
/// a browser reads it (so `http://2130706433/` is 127.0.0.1), without a
/// user name or password (the signature authenticates keywright; a secret
/// in the URL would be stored in plain text with every delivery), and
/// unless `allow_private`, to no loopback, link-local or private address:
/// neither an address written in the URL, nor one its host name resolves
/// to now. Delivery checks the addresses again (docs/service.md).
pub fn check_url(url: &str, allow_private: bool) -> Result<String> {
    let text = url.trim();
    let bad = || {
        Error::usage(format!(
            "'{}' is not a webhook URL; give one like https://example.com/keywright",
            crate::error::shown(text)
        ))
    };
    let parsed = url::Url::parse(text).map_err(|_| bad())?;
    if text.len() > 2048 || !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad());
    }
    let host = parsed.host().ok_or_else(bad)?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::usage(
            "a webhook URL must not carry a user name or password: deliveries are signed with the tenant's webhook secret, which the receiver checks; give the URL without them",
        ));
    }
    if !allow_private {
        let port = parsed.port_or_known_default().unwrap_or(443);
        let addresses: Vec<IpAddr> = match host {
            url::Host::Ipv4(ip) => vec![IpAddr::V4(ip)],
            url::Host::Ipv6(ip) => vec![IpAddr::V6(ip)],
            url::Host::Domain(name) => (name, port)
                .to_socket_addrs()
                .map(|found| found.map(|a| a.ip()).collect())
                .unwrap_or_default(),
        };
        if let Some(private) = addresses.into_iter().find(|ip| is_private(*ip)) {
            return Err(Error::refused(
                format!(
                    "the webhook URL leads to {private}, a loopback, link-local or private address; give a public URL, or allow private receivers"
                ),
                Fix::Give(Field::new("webhook-allow-private", "webhook_allow_private")),
            ));
        }
    }
    Ok(parsed.to_string())
}

/// Whether a webhook may not be sent to `ip` unless the tenant allows it:
/// loopback, link-local (169.254.0.0/16 holds cloud metadata services),
/// private, shared (carrier-grade NAT), unspecified, multicast, broadcast
/// and reserved addresses, and IPv6 addresses that embed such an IPv4 one.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => private_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped().or_else(|| embedded_v4(v6)) {
                return private_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local, fc00::/7
                || (first & 0xffc0) == 0xfe80 // link-local, fe80::/10
                || (first & 0xffc0) == 0xfec0 // site-local, fec0::/10
        }
    }
}

fn private_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_broadcast()
        || a == 0
        || a >= 240
        || (a == 100 && (64..128).contains(&b)) // shared, 100.64.0.0/10
        || (a == 198 && (b == 18 || b == 19)) // benchmarking, 198.18.0.0/15
}

/// The IPv4 address an IPv6 one carries: IPv4-compatible (`::a.b.c.d`) or
/// NAT64 (`64:ff9b::a.b.c.d`).
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let tail = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    let compatible = s[..6].iter().all(|x| *x == 0) && !ip.is_loopback() && !ip.is_unspecified();
    let nat64 = s[0] == 0x64 && s[1] == 0xff9b && s[2..6].iter().all(|x| *x == 0);
    (compatible || nat64).then_some(tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_targets_are_refused_however_they_are_written() {
        for url in [
            "http://127.0.0.1/hook",
            "http://2130706433/hook",
            "http://0x7f.1/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://10.1.2.3/",
            "http://192.168.0.1:8080/",
            "http://[::1]/",
            "http://[::ffff:169.254.169.254]/",
            "http://[fd00::1]/",
            "http://0.0.0.0/",
            "http://100.64.0.1/",
            "http://localhost/hook",
        ] {
            let err = check_url(url, false).unwrap_err().to_string();
            assert!(err.contains("private address"), "{url}: {err}");
            check_url(url, true).unwrap();
        }
        check_url("https://203.0.113.9/hook", false).unwrap();
        check_url("https://example.invalid/hook", false).unwrap();
    }

    #[test]
    fn credentials_in_a_webhook_url_are_refused() {
        for url in [
            "https://user:pass@example.com/",
            "https://user@example.com/",
        ] {
            let err = check_url(url, true).unwrap_err().to_string();
            assert!(err.contains("user name or password"), "{url}: {err}");
        }
        assert!(check_url("ftp://example.com/", true).is_err());
        assert!(check_url("not a url", true).is_err());
    }
}
