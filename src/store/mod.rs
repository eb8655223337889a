//! The store: the database as the rest of keywright sees it, whatever
//! keeps it. [`Store`] opens a database and runs transactions; a [`Tx`]
//! gives the rows of the whole database ([`DatabaseRows`]) and a [`Scope`]
//! those of one tenant ([`TenantRows`]). Each table's rows and what a
//! backend does with them are stated beside each other (`store/<table>.rs`);
//! the SQLite backend fills them in `store/sqlite/`. A second backend is a
//! new variant of the handles here, and nothing above the store changes.
//!
//! Invariants:
//! - Commands never see a raw connection. They get a [`Tx`] inside
//!   [`Store::read`] or [`Store::write`], and from it a [`Scope`] bound to one
//!   tenant; every query on a tenant-owned table is a method of `Scope` and
//!   filters on its `tenant_id`. Only the tenant registry, API keys looked
//!   up by their public id and the webhook queue are reachable unscoped.
//! - A `Scope` is made only from a [`Tenant`] read from the database: its
//!   id is a [`TenantId`] that only this module can create, so a tenant
//!   value cloned and edited cannot point a scope at another tenant's rows.
//! - One command's writes happen in one write transaction (SQLite's
//!   `BEGIN IMMEDIATE`): a failure or a kill leaves the database as it was.
//! - Words stored in state columns are parsed strictly: a value this
//!   version does not know is an error, never a silent default.

mod activations;
pub(crate) mod answers;
mod api_keys;
mod audit;
pub mod billing;
pub(crate) mod columns;
pub(crate) mod conditions;
pub mod copy;
mod customers;
pub mod email;
mod licenses;
pub mod location;
mod page;
pub(crate) mod plain;
mod plans;
pub mod postgres;
mod products;
pub mod sealing;
mod signing_keys;
mod sqlite;
mod tenants;
mod webhooks;

pub use activations::{Activation, MachineStatus, UsageRow};
pub use api_keys::{ApiKey, ApiKeyStatus, NewApiKey};
pub use audit::{AuditEntry, AuditFilter, ChainBreak, ChainReport, Checkpoint, NewAuditEntry};
pub use customers::{Customer, CustomerFilter, CustomerSort, CustomerStatus, NewCustomer};
pub use licenses::{
    EXPIRING_SOON, License, LicenseFilter, LicenseRef, LicenseSort, LicenseSummary, NewLicense,
    ValidationCount,
};
pub use page::{Cursor, CursorPage, ListPage, Order, PageRequest, Window};
pub use plans::{NewPlan, Plan, PlanFilter, PlanSort};
pub use products::{NewProduct, Product, ProductFilter, ProductSort, ProductStatus};
pub use signing_keys::SigningKeyRecord;
pub use tenants::{NewTenant, Tenant};
pub use webhooks::{NewWebhook, Webhook, WebhookStatus};

use std::path::Path;
use std::sync::Arc;

use crate::error::Result;
use postgres::{PgScope, PgTx, PostgresStore};
use sealing::SealKey;
use sqlite::{SqliteScope, SqliteStore, SqliteTx};

pub use audit::AuditChain;
pub use sqlite::migrate::SCHEMA_VERSION;
pub use sqlite::waiting;

/// The kinds of record `db status` counts, each with the table that keeps
/// it, in the order they are shown.
const COUNTED: [(&str, &str); 14] = [
    ("tenants", "tenants"),
    ("signing_keys", "signing_keys"),
    ("products", "products"),
    ("plans", "plans"),
    ("customers", "customers"),
    ("licenses", "licenses"),
    ("machines", "activations"),
    ("api_keys", "api_keys"),
    ("audit_entries", "audit_log"),
    ("audit_checkpoints", "audit_checkpoints"),
    ("webhooks", "webhook_deliveries"),
    ("billing_prices", "billing_prices"),
    ("billing_events", "billing_events"),
    ("emails", "email_outbox"),
];

/// A tenant's row id. Only the store makes one (when it reads a tenant), so
/// a scope can never be pointed at a tenant id from elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TenantId(i64);

/// What a process's connections remember in common about licenses
/// ([`Store::use_shared_answers`]).
#[derive(Clone)]
pub struct SharedAnswers(Arc<answers::LicenseAnswers>);

impl SharedAnswers {
    /// Answers within about `bytes` of memory (0: none are remembered).
    pub fn within(bytes: u64) -> SharedAnswers {
        SharedAnswers(Arc::new(answers::LicenseAnswers::within(bytes)))
    }
}

/// An open keywright database.
pub struct Store {
    backend: Backend,
}

/// The backends a database can be kept in. A process holds a handful of
/// stores (one per connection), so their sizes do not matter.
#[allow(clippy::large_enum_variant)]
enum Backend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// One transaction of a backend.
enum TxBackend<'c> {
    Sqlite(SqliteTx<'c>),
    Postgres(PgTx<'c>),
}

/// One tenant's handle of a backend.
enum ScopeBackend<'c> {
    Sqlite(SqliteScope<'c>),
    Postgres(PgScope<'c>),
}

impl Store {
    /// Creates the database file (directory 0700, file 0600) when it is
    /// missing, then opens it and brings its schema up to date. An empty
    /// file (an `init` killed before its first write) is taken as new; any
    /// other file must already be a keywright database.
    pub fn create_or_open(path: &Path) -> Result<Store> {
        SqliteStore::create_or_open(path).map(Store::sqlite)
    }

    /// Opens an existing keywright database; a missing file, a folder, an
    /// empty file or another program's database is a clear error.
    pub fn open_existing(path: &Path) -> Result<Store> {
        SqliteStore::open_existing(path).map(Store::sqlite)
    }

    /// Opens an existing database for reading beside a writer, keeping
    /// little memory: the service keeps several of these.
    pub fn open_reader(path: &Path) -> Result<Store> {
        SqliteStore::open_reader(path).map(Store::sqlite)
    }

    /// An in-memory database with the real migrations, for tests.
    /// It seals with a key of its own, which no key store keeps.
    pub fn open_in_memory() -> Result<Store> {
        SqliteStore::open_in_memory().map(Store::sqlite)
    }

    /// Opens the PostgreSQL database `target` names, bringing its schema
    /// up to date; an empty database becomes a keywright database when
    /// `create` says so, and is refused otherwise.
    pub fn open_postgres(target: postgres::Target, create: bool) -> Result<Store> {
        Ok(Store {
            backend: Backend::Postgres(PostgresStore::open(target, create)?),
        })
    }

    /// Opens the database at `location`: an existing SQLite file, or a
    /// PostgreSQL database.
    pub fn open_at(location: &location::Location) -> Result<Store> {
        match location {
            location::Location::File(path) => Store::open_existing(path),
            location::Location::Postgres(target) => Store::open_postgres(target.clone(), false),
        }
    }

    fn sqlite(db: SqliteStore) -> Store {
        Store {
            backend: Backend::Sqlite(db),
        }
    }

    /// Lets the database keep up to `bytes` of its pages in memory on this
    /// connection (at least 64 KiB).
    pub fn set_page_cache(&self, bytes: u64) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(db) => db.set_page_cache(bytes),
            // The server keeps PostgreSQL's pages.
            Backend::Postgres(_) => Ok(()),
        }
    }

    /// The SQLite database underneath, for tests that edit rows behind
    /// keywright's back.
    #[cfg(test)]
    pub(crate) fn sqlite_mut(&mut self) -> &mut SqliteStore {
        match &mut self.backend {
            Backend::Sqlite(db) => db,
            Backend::Postgres(_) => panic!("a test edits SQLite rows of a PostgreSQL database"),
        }
    }

    /// The database's identity: its sealing key is kept under it.
    pub fn database_id(&self) -> Result<String> {
        match &self.backend {
            Backend::Sqlite(db) => db.database_id(),
            Backend::Postgres(db) => db.database_id(),
        }
    }

    /// Whether any row carries a seal: a database sealed before.
    pub fn has_seals(&self) -> Result<bool> {
        match &self.backend {
            Backend::Sqlite(db) => db.has_seals(),
            Backend::Postgres(db) => db.has_seals(),
        }
    }

    /// Checks and makes seals with `key` from now on.
    pub fn use_seal_key(&mut self, key: Arc<SealKey>) -> Result<()> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.use_seal_key(key),
            Backend::Postgres(db) => {
                db.use_seal_key(key);
                Ok(())
            }
        }
    }

    /// Remembers what its reads find of licenses (the licenses found by
    /// key, their machines and seal checks) in `answers`, with the other
    /// connections given them: one connection's read serves them all
    /// while the database is unchanged (`store/answers.rs`).
    pub fn use_shared_answers(&mut self, answers: SharedAnswers) {
        match &mut self.backend {
            Backend::Sqlite(db) => db.share_license_answers(answers.0),
            Backend::Postgres(db) => db.share_license_answers(answers.0),
        }
    }

    /// The sealing key in use, to give to other connections.
    pub fn seal_key(&self) -> Option<Arc<SealKey>> {
        match &self.backend {
            Backend::Sqlite(db) => db.seal_key(),
            Backend::Postgres(db) => db.seal_key(),
        }
    }

    /// Seals every row as it is now, in one transaction: a database from
    /// before seals, or `doctor --reseal` (docs/threat-model.md).
    pub fn seal_everything(&mut self) -> Result<()> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.seal_everything(),
            Backend::Postgres(db) => db.seal_everything(),
        }
    }

    /// What the database finds wrong with itself: damaged pages or indexes,
    /// and rows whose references lead nowhere. Empty when there is nothing.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        match &self.backend {
            Backend::Sqlite(db) => db.integrity_problems(),
            // PostgreSQL checks its own pages; references are checked.
            Backend::Postgres(db) => db.integrity_problems(),
        }
    }

    /// The backend that keeps the database, as users name it.
    pub fn backend(&self) -> &'static str {
        match &self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// How many rows each kind of record has, in the whole database, by
    /// names such as `licenses` and `audit_entries`.
    pub fn counts(&self) -> Result<Vec<(&'static str, i64)>> {
        match &self.backend {
            Backend::Sqlite(db) => db.counts(),
            Backend::Postgres(db) => db.counts(),
        }
    }

    /// Copies the database, as it is at one instant, into `target`, a new
    /// empty file, while other commands and the service go on writing.
    pub fn back_up_to(&self, target: &Path) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(db) => db.back_up_to(target),
            Backend::Postgres(db) => Err(postgres::no_file_backup(&db.shown())),
        }
    }

    /// The schema version recorded in the database.
    pub fn schema_version(&self) -> Result<i64> {
        match &self.backend {
            Backend::Sqlite(db) => db.schema_version(),
            Backend::Postgres(db) => db.schema_version(),
        }
    }

    /// The database as messages name it: the file's path, or the URL of
    /// a PostgreSQL database with its password masked.
    pub fn shown(&self) -> String {
        match &self.backend {
            Backend::Sqlite(db) => db.path().display().to_string(),
            Backend::Postgres(db) => db.shown(),
        }
    }

    /// How the connection to a database server is protected: the TLS
    /// version, or `none`; `None` for a file, which has no connection.
    pub fn connection(&self) -> Result<Option<String>> {
        match &self.backend {
            Backend::Sqlite(_) => Ok(None),
            Backend::Postgres(db) => Ok(Some(db.tls()?.unwrap_or_else(|| "none".into()))),
        }
    }

    /// The SQLite file the database is, if it is one.
    pub fn file(&self) -> Option<&Path> {
        match &self.backend {
            Backend::Sqlite(db) => Some(db.path()),
            Backend::Postgres(_) => None,
        }
    }

    /// Whether the database answers: a PostgreSQL server can go away and
    /// come back (the connection is made again here); a file is always there.
    pub fn ping(&mut self) -> Result<()> {
        match &mut self.backend {
            Backend::Sqlite(_) => Ok(()),
            Backend::Postgres(db) => db.ping(),
        }
    }

    /// Runs `work` in a write transaction; commits only when it returns
    /// `Ok`, so a failure or a kill leaves the database as it was.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.write(|tx| work(&Tx::sqlite(*tx))),
            Backend::Postgres(db) => db.write(|tx| work(&Tx::postgres(*tx))),
        }
    }

    /// Runs `work`'s reads each on the latest committed rows: on
    /// PostgreSQL without a transaction around them (two round trips
    /// fewer), for reads that need not agree with each other, as a
    /// validation's; on SQLite a read transaction, which costs nothing.
    /// `work` may run twice: on PostgreSQL, when the database changed
    /// under answers the connection remembered, it is read again.
    pub fn read_latest<T>(&mut self, mut work: impl FnMut(&Tx<'_>) -> Result<T>) -> Result<T> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.read(|tx| work(&Tx::sqlite(*tx))),
            Backend::Postgres(db) => db.read_latest(|tx| work(&Tx::postgres(*tx))),
        }
    }

    /// Runs `work` in a read transaction, so it sees one consistent snapshot.
    pub fn read<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.read(|tx| work(&Tx::sqlite(*tx))),
            Backend::Postgres(db) => db.read(|tx| work(&Tx::postgres(*tx))),
        }
    }
}

/// One transaction: the rows of the whole database (through
/// [`DatabaseRows`]) and handles for one tenant's.
pub struct Tx<'c> {
    backend: TxBackend<'c>,
}

impl<'c> Tx<'c> {
    fn sqlite(tx: SqliteTx<'c>) -> Tx<'c> {
        Tx {
            backend: TxBackend::Sqlite(tx),
        }
    }

    fn postgres(tx: PgTx<'c>) -> Tx<'c> {
        Tx {
            backend: TxBackend::Postgres(tx),
        }
    }

    /// A handle for the rows of one tenant. In a write transaction, the
    /// tenant's writes from here to the commit are the only ones: no other
    /// command or instance writes its rows meanwhile (SQLite's write lock
    /// holds the whole file; PostgreSQL locks the tenant's row).
    pub fn scope(&self, tenant: &Tenant) -> Result<Scope<'c>> {
        let backend = match &self.backend {
            TxBackend::Sqlite(tx) => ScopeBackend::Sqlite(tx.scope(tenant)),
            TxBackend::Postgres(tx) => ScopeBackend::Postgres(tx.scope(tenant)?),
        };
        Ok(Scope { backend })
    }
}

impl<'c> std::ops::Deref for Tx<'c> {
    type Target = dyn DatabaseRows + 'c;

    fn deref(&self) -> &(dyn DatabaseRows + 'c) {
        match &self.backend {
            TxBackend::Sqlite(tx) => tx,
            TxBackend::Postgres(tx) => tx,
        }
    }
}

/// The only way to the rows of tenant-owned tables: every query it runs is
/// filtered on its tenant's id. It dereferences to the backend's
/// [`TenantRows`], so that `scope.product(slug)` runs the backend's query.
pub struct Scope<'c> {
    backend: ScopeBackend<'c>,
}

impl<'c> std::ops::Deref for Scope<'c> {
    type Target = dyn TenantRows + 'c;

    fn deref(&self) -> &(dyn TenantRows + 'c) {
        match &self.backend {
            ScopeBackend::Sqlite(scope) => scope,
            ScopeBackend::Postgres(scope) => scope,
        }
    }
}

/// What a tenant's handle says of itself.
pub trait TenantHandle {
    /// The id of the tenant the handle reads and writes.
    fn tenant_id(&self) -> TenantId;

    fn tenant_slug(&self) -> &str;

    /// The database's identity (see [`Store::database_id`]).
    fn database_id(&self) -> Result<String>;

    /// "in tenant 'acme'", for error messages.
    fn describe(&self) -> String {
        format!("in tenant '{}'", self.tenant_slug())
    }

    /// Keeps the memory a scan uses small: a scan that reads every row once
    /// (an export) then runs in the same memory at any size.
    fn scan_with_small_cache(&self) -> Result<()>;
}

/// Declares a trait that gathers `parts` and gives it to every type that
/// has them all, so that the list is written once.
macro_rules! gather {
    ($(#[$doc:meta])* $name:ident: $($part:path),+ $(,)?) => {
        $(#[$doc])*
        pub trait $name: $($part +)+ {}

        impl<T: $($part +)+> $name for T {}
    };
}

gather! {
    /// Everything a backend does with the rows of the whole database: the
    /// tenant registry, API keys looked up before their tenant is known, the
    /// webhook queue the delivery loop drains across tenants, and every
    /// table's rows for a copy to another backend.
    DatabaseRows:
        tenants::TenantRegistry,
        api_keys::ApiKeyLookup,
        webhooks::WebhookQueue,
        webhooks::OutboxPeek,
        email::EmailQueue,
        copy::TableRows,
}

gather! {
    /// Everything a backend does with the rows of one tenant: the handle a
    /// [`Scope`] dereferences to. Each table states its part next to its rows.
    TenantRows:
        TenantHandle,
        products::ProductRows,
        plans::PlanRows,
        plans::PlanPolicyRows,
        customers::CustomerRows,
        licenses::LicenseRows,
        activations::MachineRows,
        activations::ValidationRows,
        activations::MachineScopeRows,
        activations::TrialRows,
        activations::UsageRows,
        activations::OverdueRows,
        api_keys::ApiKeyRows,
        signing_keys::SigningKeyRows,
        webhooks::WebhookRows,
        audit::AuditRows,
        billing::BillingRows,
        email::EmailRows,
        sealing::SealChecks,
}

/// The remedy for a record not found under `name`: look for it, or, when
/// `name` could name a new one, create it.
pub(crate) fn creatable(name: &str) -> crate::error::Remedy {
    if crate::domain::naming::is_valid_slug(name) {
        crate::error::Remedy::LookOrCreate
    } else {
        crate::error::Remedy::Look
    }
}
