//! How SQLite keeps the webhook outbox: reads and writes.

use crate::store::sqlite::query::as_sqlite;
use crate::store::webhooks::WEBHOOK_COLUMNS;
use crate::store::webhooks::{WebhookQueue, WebhookRows};
use rusqlite::{Row, params};

use super::{SqliteScope, SqliteTx};
use crate::domain::text_enum::TextEnum;
use crate::error::Result;
use crate::store::webhooks::{NewWebhook, Webhook, WebhookStatus};

const COLUMNS: &str = WEBHOOK_COLUMNS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Webhook> {
    as_sqlite(Webhook::read(row))
}

impl WebhookRows for SqliteScope<'_> {
    fn queue_webhook(&self, new: &NewWebhook<'_>, now: i64) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO webhook_deliveries (tenant_id, event, url, body, status, next_attempt_at, created_at)
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5)",
            params![self.tenant_id, new.event, new.url, new.body, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    fn webhooks(&self, status: Option<WebhookStatus>, limit: u32) -> Result<Vec<Webhook>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM webhook_deliveries
             WHERE tenant_id = ?1 AND (?2 IS NULL OR status = ?2) ORDER BY id DESC LIMIT ?3"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let status = status.map(TextEnum::as_str);
        let rows = stmt.query_map(params![self.tenant_id, status, limit], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl WebhookQueue for SqliteTx<'_> {
    fn due_webhooks(&self, now: i64, limit: u32) -> Result<Vec<Webhook>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= ?1 ORDER BY id LIMIT ?2"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![now, limit], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn claim_webhook(&self, id: i64, until: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE webhook_deliveries SET next_attempt_at = ?2
             WHERE id = ?1 AND status = 'pending'",
            params![id, until],
        )?;
        Ok(())
    }

    fn webhook_delivered(&self, id: i64, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1,
                 delivered_at = ?2, last_error = NULL
             WHERE id = ?1 AND status = 'pending'",
            params![id, now],
        )?;
        Ok(())
    }

    fn webhook_attempt_failed(&self, id: i64, error: &str, retry_at: Option<i64>) -> Result<()> {
        let status = if retry_at.is_some() {
            WebhookStatus::Pending
        } else {
            WebhookStatus::Failed
        };
        self.conn.execute(
            "UPDATE webhook_deliveries SET status = ?2, attempts = attempts + 1,
                 last_error = ?3, next_attempt_at = COALESCE(?4, next_attempt_at)
             WHERE id = ?1 AND status = 'pending'",
            params![id, status.as_str(), error, retry_at],
        )?;
        Ok(())
    }
    fn webhook_holds(&self, id: i64) -> Result<bool> {
        super::seal::webhook_holds(self, id)
    }
}
