//! The SQLite store: opening the file privately, migrations, transactions,
//! and the tenant-scoped handle through which every tenant-owned row is read
//! or written.
//!
//! Invariants:
//! - Commands never see a raw connection. They get a [`Tx`] inside
//!   [`Store::read`] or [`Store::write`], and from it a [`Scope`] bound to one
//!   tenant; every query on a tenant-owned table is a method of `Scope` and
//!   filters on its `tenant_id`. Only the tenant registry (`tenants.rs`) is
//!   reachable unscoped.
//! - A `Scope` is made only from a [`Tenant`] read from the database: its
//!   id is a [`TenantId`] that only this module can create, so a tenant
//!   value cloned and edited cannot point a scope at another tenant's rows.
//! - One command's writes happen in one `BEGIN IMMEDIATE` transaction: a
//!   failure or a kill leaves the database as it was.
//! - Words stored in state columns are parsed strictly: a value this
//!   version does not know is an error, never a silent default.

mod activations;
mod api_keys;
mod audit;
mod customers;
mod licenses;
mod page;
mod plans;
mod products;
pub mod sealing;
mod signing_keys;
mod sqlite;
mod tenants;
mod webhooks;

pub use activations::{Activation, MachineStatus};
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

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, Row, TransactionBehavior};

use crate::domain::text_enum::TextEnum;
use crate::error::{Error, Result};
use crate::private_fs;
use sealing::SealKey;
pub use sqlite::audit::AuditChain;
use sqlite::errors::with_db_path;
use sqlite::migrate;
pub use sqlite::migrate::SCHEMA_VERSION;
use sqlite::seal;
pub use sqlite::waiting;

/// A tenant's row id. Only the store makes one (when it reads a tenant), so
/// a scope can never be pointed at a tenant id from elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TenantId(i64);

/// An open keywright database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The sealing key, once the key store has given it (see `seal`).
    seal: Option<Arc<SealKey>>,
    /// Seal checks remembered across read transactions (see `seal_memo`).
    memo: sqlite::seal_memo::SealMemo,
    /// Whether the connection notes the rows it changes, for sealing at
    /// commit: from its first write transaction on.
    tracking: bool,
}

impl Store {
    /// Creates the database (directory 0700, file 0600) when it is missing,
    /// then opens it and brings its schema up to date. An empty file (an
    /// `init` killed before its first write) is taken as new; any other
    /// file must already be a keywright database.
    pub fn create_or_open(path: &Path) -> Result<Store> {
        create_private_file(path)?;
        let empty = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0);
        Store::open(path, empty)
    }

    /// Opens an existing keywright database; a missing file, a folder, an
    /// empty file or another program's database is a clear error.
    pub fn open_existing(path: &Path) -> Result<Store> {
        Store::open(path, false)
    }

    fn open(path: &Path, new: bool) -> Result<Store> {
        configure_library();
        match std::fs::metadata(path) {
            Err(_) => {
                return Err(Error::usage(format!(
                    "there is no keywright database at {}; check the path, or create it with `keywright init`",
                    path.display()
                )));
            }
            Ok(meta) if meta.is_dir() => {
                return Err(Error::usage(format!(
                    "{} is a folder, not a keywright database; pass --db with the database file",
                    path.display()
                )));
            }
            Ok(_) => {}
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| with_db_path(e.into(), path))?;
        if !new && !migrate::is_keywright(&conn).map_err(|e| with_db_path(e, path))? {
            return Err(Error::usage(format!(
                "{} is not a keywright database (it is empty or another program's); pass --db with the right file, or run `keywright init` for a new one",
                path.display()
            )));
        }
        Store::prepare(conn, path.to_path_buf())
    }

    /// Opens an existing database for reading beside a writer, with a small
    /// page cache: the service keeps several of these.
    pub fn open_reader(path: &Path) -> Result<Store> {
        let store = Store::open_existing(path)?;
        store
            .conn
            .pragma_update(None, "cache_size", -8192)
            .map_err(|e| with_db_path(e.into(), path))?;
        Ok(store)
    }

    /// An in-memory database with the real migrations, for tests.
    /// It seals with a key of its own, which no key store keeps.
    pub fn open_in_memory() -> Result<Store> {
        configure_library();
        let mut store = Store::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))?;
        store.use_seal_key(Arc::new(SealKey::new(
            b"an in-memory database's sealing key",
        )))?;
        Ok(store)
    }

    fn prepare(mut conn: Connection, path: PathBuf) -> Result<Store> {
        let configured = configure(&mut conn)
            .and_then(|()| migrate::run(&mut conn))
            .and_then(|_| seal::check_with(&conn, None));
        configured.map_err(|e| with_db_path(e, &path))?;
        Ok(Store {
            conn,
            path,
            seal: None,
            memo: sqlite::seal_memo::SealMemo::default(),
            tracking: false,
        })
    }

    /// The database's identity: its sealing key is kept under it.
    pub fn database_id(&self) -> Result<String> {
        let id = self.conn.query_row(
            "SELECT value FROM meta WHERE name = 'database_id'",
            [],
            |r| r.get(0),
        );
        id.map_err(|e| with_db_path(e.into(), &self.path))
    }

    /// Whether any row carries a seal: a database sealed before.
    pub fn has_seals(&self) -> Result<bool> {
        let any = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM tenants WHERE seal IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM signing_keys WHERE seal IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM licenses WHERE seal IS NOT NULL)",
            [],
            |r| r.get(0),
        );
        any.map_err(|e| with_db_path(e.into(), &self.path))
    }

    /// Checks and makes seals with `key` from now on.
    pub fn use_seal_key(&mut self, key: Arc<SealKey>) -> Result<()> {
        seal::check_with(&self.conn, Some(key.clone())).map_err(|e| with_db_path(e, &self.path))?;
        self.seal = Some(key);
        Ok(())
    }

    /// The sealing key in use, to give to other connections.
    pub fn seal_key(&self) -> Option<Arc<SealKey>> {
        self.seal.clone()
    }

    /// Seals every row as it is now, in one transaction: a database from
    /// before seals, or `doctor --reseal` (docs/threat-model.md).
    pub fn seal_everything(&mut self) -> Result<()> {
        let key = self.seal.clone().ok_or_else(sealing::missing_key)?;
        self.write(|tx| seal::seal_all(tx.conn, &key))
    }

    /// What SQLite finds wrong with the file: damaged pages or indexes
    /// (`quick_check`), and rows whose references lead nowhere (a deleted
    /// product under its licenses). Empty when there is nothing.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let run = || -> Result<Vec<String>> {
            let mut problems: Vec<String> = self
                .conn
                .prepare("PRAGMA quick_check")?
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .filter(|line| line != "ok")
                .collect();
            let dangling: Vec<(String, i64, String)> = self
                .conn
                .prepare("PRAGMA foreign_key_check")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            problems.extend(dangling.into_iter().map(|(table, rowid, parent)| {
                format!("row {rowid} of {table} refers to a missing row of {parent}")
            }));
            Ok(problems)
        };
        run().map_err(|e| with_db_path(e, &self.path))
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        let version = self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0));
        version.map_err(|e| with_db_path(e.into(), &self.path))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `work` in a write transaction; commits only when it returns `Ok`.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, work)
    }

    /// Runs `work` in a read transaction, so it sees one consistent snapshot.
    pub fn read<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Deferred, work)
    }

    fn transaction<T>(
        &mut self,
        behavior: TransactionBehavior,
        work: impl FnOnce(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let key = self.seal.clone();
        let reading = matches!(behavior, TransactionBehavior::Deferred);
        if !reading && !self.tracking {
            seal::track_changes(&self.conn).map_err(|e| with_db_path(e, &path))?;
            self.tracking = true;
        }
        let tracking = self.tracking;
        let run = || -> Result<T> {
            let changes_before = self.conn.total_changes();
            let tx = self.conn.transaction_with_behavior(behavior)?;
            // Only reads use remembered checks: a write sees its own rows.
            let memo = reading.then_some(&self.memo);
            let sealing = key.is_some();
            let value = work(&Tx {
                conn: &tx,
                memo,
                sealing,
            })?;
            if tracking {
                seal::seal_changed(&tx, key.as_deref())?;
            } else if tx.total_changes() != changes_before {
                // Rows changed without being noted would lose their seals.
                return Err(Error::runtime(
                    "a read transaction tried to change rows; nothing was changed (please report this)",
                ));
            }
            tx.commit()?;
            Ok(value)
        };
        run().map_err(|e| with_db_path(e, &path))
    }
}

/// One transaction. Gives the tenant registry and tenant-scoped handles.
pub struct Tx<'c> {
    conn: &'c Connection,
    memo: Option<&'c sqlite::seal_memo::SealMemo>,
    /// Whether the sealing key is at hand to seal rows as they are written.
    sealing: bool,
}

impl<'c> Tx<'c> {
    /// The database's identity (see `Store::database_id`).
    pub fn database_id(&self) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT value FROM meta WHERE name = 'database_id'",
            [],
            |r| r.get(0),
        )?)
    }

    /// A handle for the rows of one tenant.
    pub fn scope(&self, tenant: &Tenant) -> Scope<'c> {
        Scope {
            conn: self.conn,
            memo: self.memo,
            sealing: self.sealing,
            tenant_id: tenant.id().0,
            tenant_slug: tenant.slug().to_string(),
        }
    }
}

/// The only way to the rows of tenant-owned tables: every query it runs is
/// filtered on its tenant's id.
pub struct Scope<'c> {
    conn: &'c Connection,
    memo: Option<&'c sqlite::seal_memo::SealMemo>,
    sealing: bool,
    tenant_id: i64,
    tenant_slug: String,
}

impl Scope<'_> {
    pub fn tenant_slug(&self) -> &str {
        &self.tenant_slug
    }

    /// Keeps SQLite's page cache small for the rest of this connection's
    /// life: a scan that reads every row once (an export) then runs in the
    /// same memory at any size instead of filling the batch-work cache.
    pub fn scan_with_small_cache(&self) -> Result<()> {
        Ok(self.conn.pragma_update(None, "cache_size", -2048)?)
    }

    /// The database's identity (see `Store::database_id`).
    pub fn database_id(&self) -> Result<String> {
        Tx {
            conn: self.conn,
            memo: None,
            sealing: self.sealing,
        }
        .database_id()
    }

    /// The id of the tenant this scope reads and writes.
    pub fn tenant_id(&self) -> TenantId {
        TenantId(self.tenant_id)
    }

    /// "in tenant 'acme'", for error messages.
    pub fn describe(&self) -> String {
        format!("in tenant '{}'", self.tenant_slug)
    }
}

/// Everything a backend does with the rows of one tenant: the handle a
/// [`Scope`] dereferences to, so that `scope.product(slug)` runs the
/// backend's query. Each table states its part next to its rows.
pub trait TenantRows:
    products::ProductRows
    + plans::PlanRows
    + customers::CustomerRows
    + licenses::LicenseRows
    + activations::MachineRows
    + api_keys::ApiKeyRows
    + signing_keys::SigningKeyRows
    + webhooks::WebhookRows
    + audit::AuditRows
    + sealing::SealChecks
{
}

impl<T> TenantRows for T where
    T: products::ProductRows
        + plans::PlanRows
        + customers::CustomerRows
        + licenses::LicenseRows
        + activations::MachineRows
        + api_keys::ApiKeyRows
        + signing_keys::SigningKeyRows
        + webhooks::WebhookRows
        + audit::AuditRows
        + sealing::SealChecks
{
}

impl<'c> std::ops::Deref for Scope<'c> {
    type Target = dyn TenantRows + 'c;

    fn deref(&self) -> &(dyn TenantRows + 'c) {
        self
    }
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

/// Process-wide SQLite settings, made once before the first connection:
/// no memory statistics, whose global mutex every allocation of every
/// connection would otherwise take (SQLite recommends this off).
fn configure_library() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: sqlite3_config is called before any connection is opened
        // (the first call of `open_existing` runs this first, once) and
        // with an option that takes one int, as SQLite documents.
        unsafe {
            rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0);
        }
    });
}

/// Reads a column of words (a state, a role) strictly.
pub(crate) fn word<T: TextEnum>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    T::parse_text(sqlite::query::text_column(row, index)?)
        .map_err(|message| sqlite::query::not_text(index, message.into()))
}

fn configure(conn: &mut Connection) -> Result<()> {
    conn.set_prepared_statement_cache_capacity(64);
    // A prepared statement keeps its plan whatever values are bound to it:
    // without this, SQLite prepares again every statement whose parameters
    // might change the plan, at every execution.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    conn.busy_handler(Some(waiting::on_busy))?;
    // `rarray(?)`: a statement takes a list of ids as one parameter.
    rusqlite::vtab::array::load_module(conn)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // A large page cache keeps random-key unique indexes fast in batch work.
    conn.pragma_update(None, "cache_size", -65536)?;
    // The rows a transaction changed are noted in a temporary table
    // (store/sqlite/seal.rs); in memory, a batch of a million notes costs no file.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Creates the database file (and its directory) owner-only, if missing.
fn create_private_file(path: &Path) -> Result<()> {
    private_fs::create_parent(path)?;
    match private_fs::write_new(path, b"") {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::io("create the database file", path, &e)),
    }
}
