//! How PostgreSQL keeps the webhook outbox: reads and writes. Instances
//! that drain the queue together each take rows no other holds
//! (`FOR UPDATE SKIP LOCKED`), so a webhook is sent by one of them.

use crate::store::webhooks::WEBHOOK_COLUMNS;
use postgres::Row;

use super::handles::{PgScope, PgTx};
use super::seal::{holds, note_new};
use crate::domain::text_enum::TextEnum;
use crate::error::Result;
use crate::store::sealing::Sealed;
use crate::store::webhooks::{NewWebhook, Webhook, WebhookQueue, WebhookRows, WebhookStatus};

const COLUMNS: &str = WEBHOOK_COLUMNS;

fn from_row(row: &Row) -> Result<Webhook> {
    Webhook::read(row)
}

impl WebhookRows for PgScope<'_> {
    fn queue_webhook(&self, new: &NewWebhook<'_>, now: i64) -> Result<i64> {
        let id: i64 = self.session.value(
            "INSERT INTO webhook_deliveries (tenant_id, event, url, body, status, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, 'pending', $5, $5) RETURNING id",
            &[&self.tenant_id, &new.event, &new.url, &new.body, &now],
        )?;
        note_new(self.session, Sealed::WebhookDeliveries, id);
        Ok(id)
    }

    fn webhooks(&self, status: Option<WebhookStatus>, limit: u32) -> Result<Vec<Webhook>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM webhook_deliveries
             WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY id DESC LIMIT $3"
        );
        let status = status.map(TextEnum::as_str);
        let rows = self
            .session
            .rows(&sql, &[&self.tenant_id, &status, &i64::from(limit)])?;
        rows.iter().map(from_row).collect()
    }
}

impl WebhookQueue for PgTx<'_> {
    fn due_webhooks(&self, now: i64, limit: u32) -> Result<Vec<Webhook>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY id LIMIT $2
             FOR UPDATE SKIP LOCKED"
        );
        let rows = self.session.rows(&sql, &[&now, &i64::from(limit)])?;
        rows.iter().map(from_row).collect()
    }

    fn claim_webhook(&self, id: i64, until: i64) -> Result<()> {
        self.session.run(
            "UPDATE webhook_deliveries SET next_attempt_at = $2
             WHERE id = $1 AND status = 'pending'",
            &[&id, &until],
        )?;
        Ok(())
    }

    fn webhook_delivered(&self, id: i64, now: i64) -> Result<()> {
        self.session.run(
            "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1,
                 delivered_at = $2, last_error = NULL
             WHERE id = $1 AND status = 'pending'",
            &[&id, &now],
        )?;
        Ok(())
    }

    fn webhook_attempt_failed(&self, id: i64, error: &str, retry_at: Option<i64>) -> Result<()> {
        let status = if retry_at.is_some() {
            WebhookStatus::Pending
        } else {
            WebhookStatus::Failed
        };
        self.session.run(
            "UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1,
                 last_error = $3, next_attempt_at = COALESCE($4, next_attempt_at)
             WHERE id = $1 AND status = 'pending'",
            &[&id, &status.as_str(), &error, &retry_at],
        )?;
        Ok(())
    }

    fn webhook_holds(&self, id: i64) -> Result<bool> {
        let held = holds(self, Sealed::WebhookDeliveries, "a.id = $1", &[&id])?;
        Ok(held == Some(true))
    }
}
