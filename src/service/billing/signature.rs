//! Stripe's webhook signature (docs/billing.md): the `Stripe-Signature`
//! header is `t=UNIX,v1=HEX[,v1=HEX…]` (other schemes are ignored); a
//! `v1` is the hex HMAC-SHA256 of `t + "." + the raw body`, keyed with the
//! whole `whsec_…` text. A delivery is genuine when any `v1` matches under
//! any secret still accepted (compared in constant time) and `t` is within
//! the tolerance of now. The body is checked before anything reads it.

use subtle::ConstantTimeEq;

use crate::token::SigningKey;

/// Why a delivery was refused, in one sentence for the 400 answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No header, or one without `t` or without any `v1`.
    Malformed,
    /// `t` is further from now than the tolerance.
    Stale { age: i64, tolerance: i64 },
    /// No `v1` matches under any accepted secret.
    NoMatch,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Malformed => f.write_str(
                "the Stripe-Signature header is missing or is not t=UNIX,v1=HEX; deliveries must come from Stripe",
            ),
            Refusal::Stale { age, tolerance } => write!(
                f,
                "the Stripe-Signature timestamp is {age} s from now, more than the {tolerance} s allowed; check the server's clock"
            ),
            Refusal::NoMatch => f.write_str(
                "no signature of the Stripe-Signature header matches the webhook secret; check the secret given to `keywright billing stripe connect`",
            ),
        }
    }
}

/// The parts of a `Stripe-Signature` header.
struct Header {
    timestamp: i64,
    signatures: Vec<Vec<u8>>,
}

fn parse(header: &str) -> Option<Header> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        let (name, value) = part.trim().split_once('=')?;
        match name {
            "t" => timestamp = Some(value.parse::<i64>().ok()?),
            "v1" => signatures.push(decode_hex(value)?),
            _ => {}
        }
    }
    let timestamp = timestamp?;
    (!signatures.is_empty()).then_some(Header {
        timestamp,
        signatures,
    })
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Checks a delivery's `header` over its raw `body` against the `secrets`
/// still accepted, at `now`, allowing `tolerance` seconds either way.
pub fn verify(
    header: Option<&str>,
    body: &[u8],
    secrets: &[SigningKey],
    now: i64,
    tolerance: i64,
) -> Result<(), Refusal> {
    let header = header.and_then(parse).ok_or(Refusal::Malformed)?;
    let mut signed = format!("{}.", header.timestamp).into_bytes();
    signed.extend_from_slice(body);
    let matches = secrets.iter().any(|secret| {
        let expected = secret.sign(&signed);
        header.signatures.iter().fold(false, |found, given| {
            found | bool::from(expected.ct_eq(given))
        })
    });
    if !matches {
        return Err(Refusal::NoMatch);
    }
    let age = now.saturating_sub(header.timestamp);
    if age.saturating_abs() > tolerance {
        return Err(Refusal::Stale { age, tolerance });
    }
    Ok(())
}

/// The header Stripe would send for `body` at `timestamp`: for `billing
/// apply`'s tests and for people who replay a delivery by hand.
pub fn header(secret: &SigningKey, timestamp: i64, body: &[u8]) -> String {
    let mut signed = format!("{timestamp}.").into_bytes();
    signed.extend_from_slice(body);
    format!(
        "t={timestamp},v1={}",
        crate::domain::values::hex(&secret.sign(&signed))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> SigningKey {
        SigningKey::from_hmac_secret("stripe", text.as_bytes()).unwrap()
    }

    #[test]
    fn a_signature_is_accepted_under_any_secret_and_within_the_tolerance() {
        let (old, new) = (
            secret("whsec_0123456789abcdef0123456789abcdef"),
            secret("whsec_fedcba9876543210fedcba9876543210"),
        );
        let body = br#"{"id":"evt_1"}"#;
        let signed = header(&old, 1000, body);
        assert_eq!(
            verify(Some(&signed), body, &[new.clone(), old.clone()], 1200, 300),
            Ok(())
        );
        assert_eq!(
            verify(Some(&signed), body, std::slice::from_ref(&new), 1000, 300),
            Err(Refusal::NoMatch)
        );
        assert!(matches!(
            verify(Some(&signed), body, std::slice::from_ref(&old), 1301, 300),
            Err(Refusal::Stale { age: 301, .. })
        ));
        assert_eq!(
            verify(
                Some(&signed),
                b"{\"id\":\"evt_2\"}",
                std::slice::from_ref(&old),
                1000,
                300
            ),
            Err(Refusal::NoMatch)
        );
        let two = format!("{signed},v1={},v0=abc", "00".repeat(32));
        assert_eq!(
            verify(Some(&two), body, std::slice::from_ref(&old), 1000, 300),
            Ok(())
        );
        for bad in [
            "",
            "t=1000",
            "v1=00",
            "t=x,v1=00",
            "t=1000,v1=0g",
            "nonsense",
        ] {
            assert_eq!(
                verify(Some(bad), body, std::slice::from_ref(&old), 1000, 300),
                Err(Refusal::Malformed),
                "{bad}"
            );
        }
        assert_eq!(
            verify(None, body, &[old], 1000, 300),
            Err(Refusal::Malformed)
        );
    }
}
