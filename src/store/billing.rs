//! The billing tables (docs/billing.md): how a tenant's Stripe account is
//! connected (its secrets are in the key store; a row names them), which
//! Stripe prices make which licenses, every event received and what it
//! did, what each subscription or one-time payment is known to be, the
//! license each of its items made, the Stripe customers met, and which
//! source each payment paid for. None of these rows is sealed: they say
//! what Stripe said, and each change they cause to a license is sealed and
//! audited as any other. Written once for every backend in plain SQL
//! (`store/plain.rs`).

use serde::{Deserialize, Serialize};

use super::TenantHandle;
use super::columns::Columns;
use super::copy::Cell;
use super::plain::PlainSql;
use crate::domain::text_enum::{TextEnum, text_enum};
use crate::domain::time::UnixTime;
use crate::error::{Error, Record, Remedy, Result};

text_enum! {
    /// What a cancelled subscription does to its licenses.
    #[derive(Default)]
    pub OnCancel "cancellation rule" {
        #[default]
        Expire = "expire",
        Revoke = "revoke",
    }
}

text_enum! {
    /// What became of a delivered event.
    pub EventStatus "billing event status" {
        Applied = "applied",
        Duplicate = "duplicate",
        Ignored = "ignored",
        Failed = "failed",
    }
}

/// How a tenant's Stripe account is connected.
#[derive(Debug, Clone, Serialize)]
pub struct BillingAccount {
    pub on_cancel: OnCancel,
    /// The key-store name of the webhook signing secret.
    #[serde(skip)]
    pub secret_kid: String,
    /// The secret replaced by the last `connect`, still accepted until
    /// `previous_until`.
    #[serde(skip)]
    pub previous_secret_kid: Option<String>,
    pub previous_until: Option<UnixTime>,
    /// The key-store name of the restricted API key, when one is connected.
    #[serde(skip)]
    pub api_key_kid: Option<String>,
    pub api_base: String,
    pub tolerance_seconds: i64,
    #[serde(rename = "connected_at")]
    pub connected: UnixTime,
}

/// A Stripe price and the licenses it makes.
#[derive(Debug, Clone, Serialize)]
pub struct PriceMapping {
    pub price: String,
    pub product: String,
    pub plan: Option<String>,
    pub seats_per_unit: Option<i64>,
    pub created: UnixTime,
}

/// A price to map, by the ids of its product and plan.
pub struct NewPrice<'a> {
    pub price: &'a str,
    pub product_id: i64,
    pub plan_id: Option<i64>,
    pub seats_per_unit: Option<i64>,
}

/// One delivery of a Stripe event and what it did.
#[derive(Debug, Clone, Serialize)]
pub struct BillingEvent {
    pub event: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// When Stripe made the event.
    pub created: UnixTime,
    pub received: UnixTime,
    pub status: EventStatus,
    pub reason: String,
    /// The subscription (`sub_…`) or checkout session (`cs_…`) it is about.
    pub source: Option<String>,
    /// The keys of the licenses it changed.
    pub licenses: Vec<String>,
}

/// An item of a subscription or of a one-time payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceItem {
    pub id: String,
    pub price: String,
    pub quantity: i64,
    /// The end of the period paid for, for a subscription's item.
    pub period_end: Option<i64>,
}

/// A subscription or one-time payment as the newest applied event said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceState {
    pub source: String,
    pub stripe_customer: Option<String>,
    /// The subscription's status (`active`, `past_due`, …); `paid` for a
    /// one-time payment.
    pub status: Option<String>,
    pub items: Vec<SourceItem>,
    /// The subscription was deleted.
    pub ended: bool,
    /// Why its licenses are held suspended whatever its status (a refund,
    /// a dispute).
    pub hold: Option<String>,
    /// The `created` time of the newest event applied to it.
    pub last_created: i64,
}

/// The license an item made.
#[derive(Debug, Clone)]
pub struct BillingLink {
    pub source: String,
    pub item: String,
    pub price: String,
    pub quantity: i64,
    pub license_id: i64,
    /// The license's key (read, not written).
    pub key: String,
    /// The end of the last period paid that the license was issued or
    /// renewed for (unknown for links older than this record).
    pub renewed_to: Option<i64>,
}

/// A Stripe customer as events described it.
#[derive(Debug, Clone, Default)]
pub struct StripeCustomer {
    pub stripe_customer: String,
    pub email: Option<String>,
    pub name: Option<String>,
    /// The keywright customer it became.
    pub customer_id: Option<i64>,
    /// That customer's public id (read, not written).
    pub customer_public_id: Option<String>,
}

const ACCOUNT_COLUMNS: &str = "on_cancel, secret_kid, previous_secret_kid, previous_until, \
    api_key_kid, api_base, tolerance_seconds, connected_at";
const PRICE_SELECT: &str = "SELECT bp.price, p.slug, pl.name, bp.seats_per_unit, bp.created_at
    FROM billing_prices bp JOIN products p ON p.id = bp.product_id
    LEFT JOIN plans pl ON pl.id = bp.plan_id WHERE bp.tenant_id = $1";
const EVENT_COLUMNS: &str =
    "event_id, type, created, received_at, status, reason, source, licenses";
const SOURCE_COLUMNS: &str = "source, stripe_customer, status, items, ended, hold, last_created";

impl BillingAccount {
    fn read(row: &impl Columns) -> Result<BillingAccount> {
        Ok(BillingAccount {
            on_cancel: row.word(0)?,
            secret_kid: row.string(1)?,
            previous_secret_kid: row.text(2)?,
            previous_until: row.maybe_time(3)?,
            api_key_kid: row.text(4)?,
            api_base: row.string(5)?,
            tolerance_seconds: row.id(6)?,
            connected: row.time(7)?,
        })
    }
}

impl PriceMapping {
    fn read(row: &impl Columns) -> Result<PriceMapping> {
        Ok(PriceMapping {
            price: row.string(0)?,
            product: row.string(1)?,
            plan: row.text(2)?,
            seats_per_unit: row.integer(3)?,
            created: row.time(4)?,
        })
    }
}

impl BillingEvent {
    fn read(row: &impl Columns) -> Result<BillingEvent> {
        Ok(BillingEvent {
            event: row.string(0)?,
            kind: row.string(1)?,
            created: row.time(2)?,
            received: row.time(3)?,
            status: row.word(4)?,
            reason: row.string(5)?,
            source: row.text(6)?,
            licenses: row.json(7)?,
        })
    }
}

impl SourceState {
    fn read(row: &impl Columns) -> Result<SourceState> {
        Ok(SourceState {
            source: row.string(0)?,
            stripe_customer: row.text(1)?,
            status: row.text(2)?,
            items: row.json(3)?,
            ended: row.boolean(4)?,
            hold: row.text(5)?,
            last_created: row.id(6)?,
        })
    }
}

fn json(value: &impl Serialize) -> Cell {
    Cell::Text(serde_json::to_string(value).expect("plain data serialises to JSON"))
}

/// What a backend does with a tenant's billing rows: written once here
/// over [`PlainSql`].
pub trait BillingRows: PlainSql + TenantHandle {
    /// The tenant's Stripe connection, if it has one.
    fn billing_account(&self) -> Result<Option<BillingAccount>> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM billing_accounts WHERE tenant_id = $1");
        first(
            self.query_plain(&sql, &[self.tenant_id().0.into()])?,
            BillingAccount::read,
        )
    }

    /// Records the tenant's Stripe connection, replacing the one before.
    fn save_billing_account(&self, account: &BillingAccount, now: i64) -> Result<()> {
        self.execute_plain(
            "INSERT INTO billing_accounts (tenant_id, on_cancel, secret_kid, previous_secret_kid,
                 previous_until, api_key_kid, api_base, tolerance_seconds, connected_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (tenant_id) DO UPDATE SET on_cancel = excluded.on_cancel,
                 secret_kid = excluded.secret_kid, previous_secret_kid = excluded.previous_secret_kid,
                 previous_until = excluded.previous_until, api_key_kid = excluded.api_key_kid,
                 api_base = excluded.api_base, tolerance_seconds = excluded.tolerance_seconds,
                 updated_at = excluded.updated_at",
            &[
                self.tenant_id().0.into(),
                account.on_cancel.as_str().into(),
                (&account.secret_kid).into(),
                account.previous_secret_kid.as_ref().into(),
                account.previous_until.map(|t| t.0).into(),
                account.api_key_kid.as_ref().into(),
                (&account.api_base).into(),
                account.tolerance_seconds.into(),
                account.connected.0.into(),
                now.into(),
            ],
        )?;
        Ok(())
    }

    /// Maps a price; a price mapped already is a conflict.
    fn add_price(&self, new: &NewPrice<'_>, now: i64) -> Result<()> {
        if self.price(new.price)?.is_some() {
            return Err(Error::Conflict {
                what: Record::Price,
                id: new.price.to_string(),
                scope: self.describe(),
                remedy: Remedy::Said(format!(
                    "remove it first with `keywright billing price remove {}`",
                    new.price
                )),
            });
        }
        self.execute_plain(
            "INSERT INTO billing_prices (tenant_id, price, product_id, plan_id, seats_per_unit, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                self.tenant_id().0.into(),
                new.price.into(),
                new.product_id.into(),
                new.plan_id.into(),
                new.seats_per_unit.into(),
                now.into(),
            ],
        )?;
        Ok(())
    }

    /// Every mapped price, by price id.
    fn prices(&self) -> Result<Vec<PriceMapping>> {
        let sql = format!("{PRICE_SELECT} ORDER BY bp.price");
        all(
            self.query_plain(&sql, &[self.tenant_id().0.into()])?,
            PriceMapping::read,
        )
    }

    /// The mapping of one price.
    fn price(&self, price: &str) -> Result<Option<PriceMapping>> {
        let sql = format!("{PRICE_SELECT} AND bp.price = $2");
        let params = [self.tenant_id().0.into(), price.into()];
        first(self.query_plain(&sql, &params)?, PriceMapping::read)
    }

    /// Removes a price's mapping; whether there was one.
    fn remove_price(&self, price: &str) -> Result<bool> {
        let removed = self.execute_plain(
            "DELETE FROM billing_prices WHERE tenant_id = $1 AND price = $2",
            &[self.tenant_id().0.into(), price.into()],
        )?;
        Ok(removed > 0)
    }

    /// The delivery that settled an event (applied or ignored it), if one did.
    fn billing_event(&self, event: &str) -> Result<Option<BillingEvent>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM billing_events
             WHERE tenant_id = $1 AND event_id = $2 AND status IN ('applied', 'ignored')"
        );
        let params = [self.tenant_id().0.into(), event.into()];
        first(self.query_plain(&sql, &params)?, BillingEvent::read)
    }

    /// Records a delivery and what it did.
    fn record_billing_event(&self, event: &BillingEvent) -> Result<()> {
        self.execute_plain(
            "INSERT INTO billing_events (tenant_id, event_id, type, created, received_at, status,
                 reason, source, licenses)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &[
                self.tenant_id().0.into(),
                (&event.event).into(),
                (&event.kind).into(),
                event.created.0.into(),
                event.received.0.into(),
                event.status.as_str().into(),
                (&event.reason).into(),
                event.source.as_ref().into(),
                json(&event.licenses),
            ],
        )?;
        Ok(())
    }

    /// The newest deliveries first, optionally of one status.
    fn billing_events(&self, status: Option<EventStatus>, limit: u32) -> Result<Vec<BillingEvent>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM billing_events
             WHERE tenant_id = $1 AND ($2 = '' OR status = $2) ORDER BY id DESC LIMIT $3"
        );
        let params = [
            self.tenant_id().0.into(),
            status.map_or("", TextEnum::as_str).into(),
            i64::from(limit).into(),
        ];
        all(self.query_plain(&sql, &params)?, BillingEvent::read)
    }

    /// What is known of a subscription or one-time payment.
    fn billing_source(&self, source: &str) -> Result<Option<SourceState>> {
        let sql = format!(
            "SELECT {SOURCE_COLUMNS} FROM billing_sources WHERE tenant_id = $1 AND source = $2"
        );
        let params = [self.tenant_id().0.into(), source.into()];
        first(self.query_plain(&sql, &params)?, SourceState::read)
    }

    /// Records what is now known of a source.
    fn save_billing_source(&self, state: &SourceState, now: i64) -> Result<()> {
        self.execute_plain(
            "INSERT INTO billing_sources (tenant_id, source, stripe_customer, status, items, ended,
                 hold, last_created, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (tenant_id, source) DO UPDATE SET stripe_customer = excluded.stripe_customer,
                 status = excluded.status, items = excluded.items, ended = excluded.ended,
                 hold = excluded.hold, last_created = excluded.last_created,
                 updated_at = excluded.updated_at",
            &[
                self.tenant_id().0.into(),
                (&state.source).into(),
                state.stripe_customer.as_ref().into(),
                state.status.as_ref().into(),
                json(&state.items),
                i64::from(state.ended).into(),
                state.hold.as_ref().into(),
                state.last_created.into(),
                now.into(),
            ],
        )?;
        Ok(())
    }

    /// The licenses a source's items made.
    fn billing_links(&self, source: &str) -> Result<Vec<BillingLink>> {
        let rows = self.query_plain(
            "SELECT bl.source, bl.item, bl.price, bl.quantity, bl.license_id, l.key, bl.renewed_to
             FROM billing_links bl JOIN licenses l ON l.id = bl.license_id
             WHERE bl.tenant_id = $1 AND bl.source = $2 ORDER BY bl.id",
            &[self.tenant_id().0.into(), source.into()],
        )?;
        all(rows, |row| {
            Ok(BillingLink {
                source: row.string(0)?,
                item: row.string(1)?,
                price: row.string(2)?,
                quantity: row.id(3)?,
                license_id: row.id(4)?,
                key: row.string(5)?,
                renewed_to: row.integer(6)?,
            })
        })
    }

    /// Records the license an item made, or its item's new price,
    /// quantity and period renewed to.
    fn save_billing_link(&self, link: &BillingLink, now: i64) -> Result<()> {
        self.execute_plain(
            "INSERT INTO billing_links
                 (tenant_id, source, item, price, quantity, license_id, created_at, renewed_to)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (tenant_id, source, item) DO UPDATE SET price = excluded.price,
                 quantity = excluded.quantity, renewed_to = excluded.renewed_to",
            &[
                self.tenant_id().0.into(),
                (&link.source).into(),
                (&link.item).into(),
                (&link.price).into(),
                link.quantity.into(),
                link.license_id.into(),
                now.into(),
                link.renewed_to.into(),
            ],
        )?;
        Ok(())
    }

    /// What events said of a Stripe customer.
    fn stripe_customer(&self, stripe_customer: &str) -> Result<Option<StripeCustomer>> {
        let rows = self.query_plain(
            "SELECT bc.stripe_customer, bc.email, bc.name, bc.customer_id, c.public_id
             FROM billing_customers bc LEFT JOIN customers c ON c.id = bc.customer_id
             WHERE bc.tenant_id = $1 AND bc.stripe_customer = $2",
            &[self.tenant_id().0.into(), stripe_customer.into()],
        )?;
        first(rows, |row| {
            Ok(StripeCustomer {
                stripe_customer: row.string(0)?,
                email: row.text(1)?,
                name: row.text(2)?,
                customer_id: row.integer(3)?,
                customer_public_id: row.text(4)?,
            })
        })
    }

    /// Records what is known of a Stripe customer.
    fn save_stripe_customer(&self, customer: &StripeCustomer) -> Result<()> {
        self.execute_plain(
            "INSERT INTO billing_customers (tenant_id, stripe_customer, email, name, customer_id)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (tenant_id, stripe_customer) DO UPDATE SET email = excluded.email,
                 name = excluded.name, customer_id = excluded.customer_id",
            &[
                self.tenant_id().0.into(),
                (&customer.stripe_customer).into(),
                customer.email.as_ref().into(),
                customer.name.as_ref().into(),
                customer.customer_id.into(),
            ],
        )?;
        Ok(())
    }

    /// The subscriptions and payments of a Stripe customer.
    fn sources_of(&self, stripe_customer: &str) -> Result<Vec<SourceState>> {
        let sql = format!(
            "SELECT {SOURCE_COLUMNS} FROM billing_sources
             WHERE tenant_id = $1 AND stripe_customer = $2 ORDER BY id"
        );
        let params = [self.tenant_id().0.into(), stripe_customer.into()];
        all(self.query_plain(&sql, &params)?, SourceState::read)
    }

    /// The source a payment (`in_…`, `pi_…`, `ch_…`) paid for.
    fn payment_source(&self, reference: &str) -> Result<Option<String>> {
        let rows = self.query_plain(
            "SELECT source FROM billing_payments WHERE tenant_id = $1 AND reference = $2",
            &[self.tenant_id().0.into(), reference.into()],
        )?;
        first(rows, |row| row.string(0))
    }

    /// Records the source a payment paid for (kept as first recorded).
    fn save_payment(&self, reference: &str, source: &str) -> Result<()> {
        self.execute_plain(
            "INSERT INTO billing_payments (tenant_id, reference, source) VALUES ($1, $2, $3)
             ON CONFLICT (tenant_id, reference) DO NOTHING",
            &[self.tenant_id().0.into(), reference.into(), source.into()],
        )?;
        Ok(())
    }
}

fn first<T>(rows: Vec<Vec<Cell>>, read: impl Fn(&Vec<Cell>) -> Result<T>) -> Result<Option<T>> {
    rows.first().map(read).transpose()
}

fn all<T>(rows: Vec<Vec<Cell>>, read: impl Fn(&Vec<Cell>) -> Result<T>) -> Result<Vec<T>> {
    rows.iter().map(read).collect()
}
