//! Stripe's API, for the one thing events leave out: the line items of a
//! one-time payment's checkout session (`GET
//! /v1/checkout/sessions/{id}/line_items`), with the restricted key the
//! tenant connected. Its address is the connection's `api_base`, so that a
//! local server can stand in for Stripe.

use std::time::Duration;

use crate::error::{Error, Result};
use crate::keystore::KeyStore;
use crate::store::Tenant;
use crate::store::billing::{BillingAccount, SourceItem};

/// How long a call to Stripe's API may take.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The line items of checkout session `session`; `None` when no API key
/// is connected. A refusal by Stripe is the event's error (recorded);
/// an unreachable API is the moment's (Stripe delivers the event again).
pub fn line_items(
    keys: &KeyStore,
    tenant: &Tenant,
    account: &BillingAccount,
    session: &str,
) -> Result<Option<Vec<SourceItem>>> {
    let Some(kid) = &account.api_key_kid else {
        return Ok(None);
    };
    let secret = keys.get_credential(tenant.slug(), kid)?.ok_or_else(|| {
        Error::KeyStore(format!(
            "the Stripe API key of tenant '{}' is not in {}; run `keywright billing stripe connect --api-key -` again",
            tenant.slug(),
            keys.place()
        ))
    })?;
    if !session
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(Error::usage(format!(
            "'{}' is not a checkout session id",
            crate::error::shown(session)
        )));
    }
    let url = format!(
        "{}/v1/checkout/sessions/{session}/line_items?limit=100",
        account.api_base
    );
    let agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .new_agent();
    let mut answer = agent
        .get(&url)
        .header("Authorization", &format!("Bearer {}", secret.as_str()))
        .call()
        .map_err(|e| {
            Error::runtime(format!(
                "Stripe's API at {} could not be reached ({e}); the event will be delivered again",
                account.api_base
            ))
        })?;
    let status = answer.status().as_u16();
    let text = answer
        .body_mut()
        .with_config()
        .limit(super::stripe::MAX_EVENT_BYTES as u64)
        .read_to_string()
        .map_err(|e| Error::runtime(format!("Stripe's API answer could not be read: {e}")))?;
    let body: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Error::runtime(format!("Stripe's API answered what is not JSON: {e}")))?;
    match status {
        200 => Ok(Some(super::stripe::line_items(&body))),
        400..=499 => Err(Error::usage(format!(
            "Stripe's API refused to list the line items of {session} ({status}: {}); check the restricted key's permissions (Checkout Sessions: read)",
            body.pointer("/error/message")
                .and_then(|m| m.as_str())
                .unwrap_or("no message")
        ))),
        _ => Err(Error::runtime(format!(
            "Stripe's API answered {status}; the event will be delivered again"
        ))),
    }
}
