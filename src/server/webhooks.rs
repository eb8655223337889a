//! Delivery of queued webhooks (the outbox of docs/service.md), in the
//! background: each due webhook is POSTed, signed with its tenant's webhook
//! secret; a 2xx answer marks it delivered, anything else schedules a retry
//! with exponential backoff until `[serve.webhooks] max_attempts`, then
//! marks it failed. Rows live in the database, so a restart resumes where
//! it was. Several instances on one database each take the webhooks they
//! send in the transaction that finds them due (a claim until the time the
//! instance will have tried them), so each is sent by one instance; one
//! that dies before sending leaves them due again when its claim ends. The
//! receiver's address is checked as the connection is made (`delivery`),
//! so a name re-pointed after it was checked (DNS rebinding) reaches
//! nothing it should not.

use std::sync::Arc;
use std::time::Duration;

use super::db::blocking;
use super::delivery;
use super::metrics::ResultLabel;
use super::state::AppState;
use crate::error::Result;
use crate::service::webhook::{secret, signature_header};
use crate::store::{Tenant, Webhook};

/// How often the outbox is looked at.
const POLL: Duration = Duration::from_secs(1);
/// The most webhooks sent in one round.
const BATCH: u32 = 50;

/// Delivers due webhooks until the service stops.
pub async fn run(state: Arc<AppState>) {
    loop {
        if let Err(e) = deliver_due(&state).await {
            tracing::warn!("webhook delivery: {e}");
        }
        tokio::select! {
            () = tokio::time::sleep(POLL) => {},
            () = state.webhook_queued.notified() => {},
        }
    }
}

/// The metric label of an attempt the receiver acknowledged.
const DELIVERED: &str = "delivered";
/// The metric label of an attempt that failed.
const FAILED_ATTEMPT: &str = "failed_attempt";

/// The error of a queued webhook whose row does not hold its seal.
const FORGED: &str = "its record was written or changed outside keywright, so it was not sent";

/// Sends every due webhook once; returns how many were acknowledged.
pub async fn deliver_due(state: &Arc<AppState>) -> Result<usize> {
    let mut delivered = 0;
    for (webhook, tenant) in take_due(state).await? {
        delivered += usize::from(deliver(state, webhook, &tenant).await?);
    }
    Ok(delivered)
}

/// The webhooks due now with their tenants, claimed for this instance. A
/// queued webhook written or edited outside keywright is never signed nor
/// sent: it fails at once, and `doctor` names it.
async fn take_due(state: &Arc<AppState>) -> Result<Vec<(Webhook, Tenant)>> {
    let now = crate::domain::time::now();
    if !state.db.read(move |tx| tx.any_webhook_due(now)).await? {
        return Ok(Vec::new());
    }
    let timeout = i64::try_from(state.settings.webhook_timeout.as_secs()).unwrap_or(i64::MAX);
    state
        .db
        .write(move |tx| {
            let mut due = Vec::new();
            for webhook in tx.due_webhooks(now, BATCH)? {
                if !tx.webhook_holds(webhook.id)? {
                    tx.webhook_attempt_failed(webhook.id, FORGED, None)?;
                    continue;
                }
                if let Some(tenant) = tx.tenant_by_id(webhook.tenant)? {
                    let turn = i64::try_from(due.len() + 1).unwrap_or(i64::MAX);
                    let until = now
                        .saturating_add(turn.saturating_mul(timeout))
                        .saturating_add(CLAIM_MARGIN);
                    tx.claim_webhook(webhook.id, until)?;
                    due.push((webhook, tenant));
                }
            }
            Ok(due)
        })
        .await
}

/// Seconds a claim lasts beyond the time its webhook's turn may take.
const CLAIM_MARGIN: i64 = 30;

/// Sends one webhook and records the outcome: delivered, or failed and
/// retried later while attempts remain. Returns whether it was acknowledged.
async fn deliver(state: &Arc<AppState>, webhook: Webhook, tenant: &Tenant) -> Result<bool> {
    let outcome = send(state, &webhook, tenant).await;
    if let Err(failure) = &outcome {
        tracing::warn!(
            "webhook {} to {}: {}",
            webhook.id,
            webhook.url,
            failure.detail
        );
    }
    let outcome = outcome.map_err(|failure| failure.shown);
    let acknowledged = outcome.is_ok();
    let result = if acknowledged {
        DELIVERED
    } else {
        FAILED_ATTEMPT
    };
    state
        .metrics
        .webhooks
        .get_or_create(&ResultLabel {
            result: result.into(),
        })
        .inc();
    let (id, attempts) = (webhook.id, webhook.attempts + 1);
    let max = i64::from(state.settings.webhook_attempts);
    state
        .db
        .write(move |tx| match outcome {
            Ok(()) => tx.webhook_delivered(id, crate::domain::time::now()),
            Err(error) => {
                let retry_at =
                    (attempts < max).then(|| crate::domain::time::now() + backoff(attempts));
                tx.webhook_attempt_failed(id, &error, retry_at)
            }
        })
        .await?;
    Ok(acknowledged)
}

/// Seconds before the next attempt after `attempts` failed ones: 5 s,
/// doubling, at most an hour.
fn backoff(attempts: i64) -> i64 {
    crate::domain::time::doubling_wait(5, attempts, 3600)
}

/// Why a delivery failed: what `webhooks list` shows (the status the
/// receiver answered, never its body, and no detail of a connection that
/// failed, which would make the outbox a port scanner), and the detail,
/// for the service's log.
struct Failure {
    shown: String,
    detail: String,
}

impl Failure {
    fn new(shown: impl Into<String>, detail: impl Into<String>) -> Failure {
        Failure {
            shown: shown.into(),
            detail: detail.into(),
        }
    }
}

/// POSTs one webhook, through the agent the tenant's allowance calls for.
async fn send(
    state: &Arc<AppState>,
    webhook: &Webhook,
    tenant: &Tenant,
) -> std::result::Result<(), Failure> {
    let state = state.clone();
    let (url, body, id) = (webhook.url.clone(), webhook.body.clone(), webhook.id);
    let (slug, allow_private) = (tenant.slug().to_string(), tenant.webhook_allow_private);
    let sent = blocking(move || {
        let Some(secret) = secret(&state.keys, &slug)? else {
            let missing = format!("tenant '{slug}' has no webhook secret in the key store");
            return Ok(Err(Failure::new(missing.clone(), missing)));
        };
        let now = crate::domain::time::now();
        let signature = signature_header(&secret, now, &body);
        let agent = if allow_private {
            &state.webhook_agents.any
        } else {
            &state.webhook_agents.public
        };
        let response = agent
            .post(&url)
            .header("content-type", "application/json")
            .header("keywright-signature", &signature)
            .header("keywright-event-id", &id.to_string())
            .header(
                "user-agent",
                concat!("keywright/", env!("CARGO_PKG_VERSION")),
            )
            .send(body.as_bytes());
        Ok(match response {
            Ok(r) if r.status().is_success() => Ok(()),
            Ok(r) => {
                let answered = format!("the receiver answered HTTP {}", r.status().as_u16());
                Err(Failure::new(answered.clone(), answered))
            }
            Err(ureq::Error::Other(e)) if e.is::<delivery::PrivateAddress>() => Err(Failure::new(
                "the receiver's host resolves only to loopback, link-local or private addresses, which this tenant does not allow (tenant update --webhook-allow-private)",
                e.to_string(),
            )),
            Err(e) => Err(Failure::new(
                "the receiver could not be reached",
                e.to_string(),
            )),
        })
    })
    .await;
    sent.unwrap_or_else(|e| Err(Failure::new("the delivery failed", e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(1), 5);
        assert_eq!(backoff(2), 10);
        assert_eq!(backoff(5), 80);
        assert_eq!(backoff(12), 3600);
    }
}
