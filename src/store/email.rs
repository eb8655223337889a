//! The email tables (docs/billing.md): how a tenant's email goes out (the
//! SMTP password is in the key store; a row names it) and the outbox of
//! license emails, queued in the transaction that made the license and
//! sent in the background. A row is `pending` until the SMTP server
//! accepts it (`sent`) or its attempts run out (`failed`). Written once
//! for every backend in plain SQL (`store/plain.rs`).

use serde::Serialize;

use super::TenantHandle;
use super::TenantId;
use super::columns::Columns;
use super::copy::Cell;
use super::plain::PlainSql;
use crate::domain::text_enum::{TextEnum, text_enum};
use crate::domain::time::UnixTime;
use crate::error::Result;

text_enum! {
    /// Where an email is in its delivery.
    pub EmailStatus "email status" {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
    }
}

/// How a tenant's email goes out.
#[derive(Debug, Clone, Serialize)]
pub struct EmailSettings {
    /// `smtp[s]://USER@HOST:PORT`, never with a password.
    pub smtp_url: String,
    /// The key-store name of the SMTP password, when there is one.
    #[serde(skip)]
    pub password_kid: Option<String>,
    pub from_address: String,
    /// The tenant's own template; `None`: the default.
    #[serde(skip)]
    pub template: Option<String>,
}

/// A queued email.
#[derive(Debug, Clone, Serialize)]
pub struct Email {
    pub id: i64,
    /// The key of the license it carries.
    pub license: String,
    pub to: String,
    pub status: EmailStatus,
    pub attempts: i64,
    pub next_attempt: Option<UnixTime>,
    pub last_error: Option<String>,
    pub created: UnixTime,
    pub sent: Option<UnixTime>,
    #[serde(skip)]
    pub tenant: TenantId,
}

const EMAIL_SELECT: &str = "SELECT e.id, l.key, e.to_address, e.status, e.attempts,
    e.next_attempt_at, e.last_error, e.created_at, e.sent_at, e.tenant_id
    FROM email_outbox e JOIN licenses l ON l.id = e.license_id";

impl Email {
    fn read(row: &impl Columns) -> Result<Email> {
        let status: EmailStatus = row.word(3)?;
        Ok(Email {
            id: row.id(0)?,
            license: row.string(1)?,
            to: row.string(2)?,
            status,
            attempts: row.id(4)?,
            next_attempt: (status == EmailStatus::Pending)
                .then(|| row.time(5))
                .transpose()?,
            last_error: row.text(6)?,
            created: row.time(7)?,
            sent: row.maybe_time(8)?,
            tenant: TenantId(row.id(9)?),
        })
    }
}

fn all<T>(rows: Vec<Vec<Cell>>, read: impl Fn(&Vec<Cell>) -> Result<T>) -> Result<Vec<T>> {
    rows.iter().map(read).collect()
}

/// What a backend does with a tenant's email rows.
pub trait EmailRows: PlainSql + TenantHandle {
    /// How the tenant's email goes out, if it was set up.
    fn email_settings(&self) -> Result<Option<EmailSettings>> {
        let rows = self.query_plain(
            "SELECT smtp_url, password_kid, from_address, template FROM email_settings
             WHERE tenant_id = $1",
            &[self.tenant_id().0.into()],
        )?;
        rows.first()
            .map(|row| {
                Ok(EmailSettings {
                    smtp_url: row.string(0)?,
                    password_kid: row.text(1)?,
                    from_address: row.string(2)?,
                    template: row.text(3)?,
                })
            })
            .transpose()
    }

    /// Records how the tenant's email goes out, replacing what was.
    fn save_email_settings(&self, settings: &EmailSettings, now: i64) -> Result<()> {
        self.execute_plain(
            "INSERT INTO email_settings (tenant_id, smtp_url, password_kid, from_address, template, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (tenant_id) DO UPDATE SET smtp_url = excluded.smtp_url,
                 password_kid = excluded.password_kid, from_address = excluded.from_address,
                 template = excluded.template, updated_at = excluded.updated_at",
            &[
                self.tenant_id().0.into(),
                (&settings.smtp_url).into(),
                settings.password_kid.as_ref().into(),
                (&settings.from_address).into(),
                settings.template.as_ref().into(),
                now.into(),
            ],
        )?;
        Ok(())
    }

    /// Queues the email of license `license_id` to `to`, due at once.
    fn queue_email(&self, license_id: i64, to: &str, now: i64) -> Result<()> {
        self.execute_plain(
            "INSERT INTO email_outbox (tenant_id, license_id, to_address, status, next_attempt_at, created_at)
             VALUES ($1, $2, $3, 'pending', $4, $4)",
            &[
                self.tenant_id().0.into(),
                license_id.into(),
                to.into(),
                now.into(),
            ],
        )?;
        Ok(())
    }

    /// The tenant's emails, newest first, optionally of one status.
    fn emails(&self, status: Option<EmailStatus>, limit: u32) -> Result<Vec<Email>> {
        let sql = format!(
            "{EMAIL_SELECT} WHERE e.tenant_id = $1 AND ($2 = '' OR e.status = $2)
             ORDER BY e.id DESC LIMIT $3"
        );
        let params = [
            self.tenant_id().0.into(),
            status.map_or("", TextEnum::as_str).into(),
            i64::from(limit).into(),
        ];
        all(self.query_plain(&sql, &params)?, Email::read)
    }
}

/// What a backend does with the email outbox across tenants, for the
/// delivery loop.
pub trait EmailQueue: PlainSql {
    /// Pending emails of every tenant that are due at `now`, oldest first.
    fn due_emails(&self, now: i64, limit: u32) -> Result<Vec<Email>> {
        let sql = format!(
            "{EMAIL_SELECT} WHERE e.status = 'pending' AND e.next_attempt_at <= $1
             ORDER BY e.id LIMIT $2"
        );
        all(
            self.query_plain(&sql, &[now.into(), i64::from(limit).into()])?,
            Email::read,
        )
    }

    /// Takes the due email `id` for this sender until `until`; whether it
    /// was still due (another instance may have taken it first).
    fn claim_email(&self, id: i64, now: i64, until: i64) -> Result<bool> {
        let taken = self.execute_plain(
            "UPDATE email_outbox SET next_attempt_at = $1
             WHERE id = $2 AND status = 'pending' AND next_attempt_at <= $3",
            &[until.into(), id.into(), now.into()],
        )?;
        Ok(taken == 1)
    }

    /// Records that the SMTP server accepted the email.
    fn email_sent(&self, id: i64, now: i64) -> Result<()> {
        self.execute_plain(
            "UPDATE email_outbox SET status = 'sent', attempts = attempts + 1, sent_at = $1,
                 last_error = NULL
             WHERE id = $2 AND status = 'pending'",
            &[now.into(), id.into()],
        )?;
        Ok(())
    }

    /// Records a failed attempt: retried at `retry_at`, or failed for good when `None`.
    fn email_attempt_failed(&self, id: i64, error: &str, retry_at: Option<i64>) -> Result<()> {
        let status = if retry_at.is_some() {
            EmailStatus::Pending
        } else {
            EmailStatus::Failed
        };
        self.execute_plain(
            "UPDATE email_outbox SET status = $1, attempts = attempts + 1, last_error = $2,
                 next_attempt_at = COALESCE($3, next_attempt_at)
             WHERE id = $4 AND status = 'pending'",
            &[
                status.as_str().into(),
                error.into(),
                retry_at.into(),
                id.into(),
            ],
        )?;
        Ok(())
    }
}
