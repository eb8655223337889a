//! The webhook outbox: events queued in the transaction that caused them,
//! then delivered in the background. A row is `pending` until a receiver
//! acknowledges it (`delivered`) or its attempts run out (`failed`).

use serde::Serialize;

use super::TenantId;
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::columns::Columns;

text_enum! {
    /// Where a webhook is in its delivery.
    pub WebhookStatus "webhook status" {
        Pending = "pending",
        Delivered = "delivered",
        Failed = "failed",
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Webhook {
    pub id: i64,
    pub event: String,
    pub url: String,
    pub status: WebhookStatus,
    pub attempts: i64,
    pub next_attempt: Option<UnixTime>,
    pub last_error: Option<String>,
    pub created: UnixTime,
    pub delivered: Option<UnixTime>,
    #[serde(skip)]
    pub body: String,
    #[serde(skip)]
    pub tenant: TenantId,
}

/// An event to queue: its name, where it goes, and its JSON body.
pub struct NewWebhook<'a> {
    pub event: &'a str,
    pub url: &'a str,
    pub body: &'a str,
}

/// What a backend does with the webhooks of one tenant.
pub trait WebhookRows {
    /// Queues a webhook, due at once.
    fn queue_webhook(&self, new: &NewWebhook<'_>, now: i64) -> Result<i64>;

    /// The tenant's webhooks, newest first, optionally of one status.
    fn webhooks(&self, status: Option<WebhookStatus>, limit: u32) -> Result<Vec<Webhook>>;
}

/// What a backend does with the webhook queue across tenants, for the
/// delivery loop.
pub trait WebhookQueue {
    /// Pending webhooks of every tenant that are due at `now`, oldest first.
    fn due_webhooks(&self, now: i64, limit: u32) -> Result<Vec<Webhook>>;

    /// Takes the pending webhook `id` for this instance until `until`: it is
    /// not due for another instance before then, so each is sent by one.
    fn claim_webhook(&self, id: i64, until: i64) -> Result<()>;

    /// Records an acknowledged delivery.
    fn webhook_delivered(&self, id: i64, now: i64) -> Result<()>;

    /// Records a failed attempt: retried at `retry_at`, or failed for good when `None`.
    fn webhook_attempt_failed(&self, id: i64, error: &str, retry_at: Option<i64>) -> Result<()>;

    /// Whether the queued webhook `id` holds its seal.
    fn webhook_holds(&self, id: i64) -> Result<bool>;
}

/// The columns a queued webhook is read from, in the order of
/// [`Webhook::read`].
pub(crate) const WEBHOOK_COLUMNS: &str = "id, event, url, status, attempts, next_attempt_at, \
    last_error, created_at, delivered_at, body, tenant_id";

impl Webhook {
    /// A webhook from the columns of [`WEBHOOK_COLUMNS`]; only a pending
    /// one has a next attempt.
    pub(crate) fn read(row: &impl Columns) -> Result<Webhook> {
        let status: WebhookStatus = row.word(3)?;
        Ok(Webhook {
            id: row.id(0)?,
            event: row.string(1)?,
            url: row.string(2)?,
            status,
            attempts: row.id(4)?,
            next_attempt: (status == WebhookStatus::Pending)
                .then(|| row.time(5))
                .transpose()?,
            last_error: row.text(6)?,
            created: row.time(7)?,
            delivered: row.maybe_time(8)?,
            body: row.string(9)?,
            tenant: TenantId(row.id(10)?),
        })
    }
}

/// Whether the background senders have anything to do, read before they
/// take a write transaction to claim it: an idle service then writes
/// nothing. Plain SQL, the same on every backend.
pub trait OutboxPeek: super::plain::PlainSql {
    /// Whether a webhook of any tenant is due at `now`.
    fn any_webhook_due(&self, now: i64) -> Result<bool> {
        self.any_pending_due("webhook_deliveries", now)
    }

    /// Whether an email of any tenant is due at `now`.
    fn any_email_due(&self, now: i64) -> Result<bool> {
        self.any_pending_due("email_outbox", now)
    }

    /// Whether a row of the outbox `table` (`status`, `next_attempt_at`)
    /// is pending and due at `now`.
    fn any_pending_due(&self, table: &str, now: i64) -> Result<bool> {
        let sql = format!(
            "SELECT 1 FROM {table} WHERE status = 'pending' AND next_attempt_at <= $1 LIMIT 1"
        );
        Ok(!self.query_plain(&sql, &[now.into()])?.is_empty())
    }
}
