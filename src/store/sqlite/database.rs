//! One SQLite database file: opening it privately, configuring the
//! connection, transactions (`BEGIN IMMEDIATE` for writes) with the seals
//! made at commit, and the handles a transaction gives: [`SqliteTx`] for the
//! rows of the whole database, [`SqliteScope`] for one tenant's.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::errors::with_db_path;
use super::memo::{self, Changed, Memo};
use super::{migrate, seal, waiting};
use crate::error::{Error, Result};
use crate::private_fs;
use crate::store::answers::LicenseAnswers;
use crate::store::answers::{Answer, Question};
use crate::store::sealing::{self, SealKey};
use crate::store::{Tenant, TenantHandle, TenantId};

/// An open SQLite database file.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    /// The sealing key, once the key store has given it (see `seal`).
    seal: Option<Arc<SealKey>>,
    /// Answers remembered across read transactions (`sqlite/memo.rs`).
    memo: Memo,
    /// Whether the connection notes the rows it changes, for sealing at
    /// commit: from its first write transaction on.
    tracking: bool,
    /// Whether the write transaction changed a row answers come from.
    changed: Changed,
}

impl SqliteStore {
    /// Creates the database (directory 0700, file 0600) when it is missing,
    /// then opens it and brings its schema up to date. An empty file (an
    /// `init` killed before its first write) is taken as new; any other
    /// file must already be a keywright database.
    pub fn create_or_open(path: &Path) -> Result<SqliteStore> {
        create_private_file(path)?;
        let empty = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0);
        SqliteStore::open(path, empty)
    }

    /// Opens an existing keywright database; a missing file, a folder, an
    /// empty file or another program's database is a clear error.
    pub fn open_existing(path: &Path) -> Result<SqliteStore> {
        SqliteStore::open(path, false)
    }

    fn open(path: &Path, new: bool) -> Result<SqliteStore> {
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
        SqliteStore::prepare(conn, path.to_path_buf())
    }

    /// Opens an existing database for reading beside a writer, with a small
    /// page cache: the service keeps several of these.
    pub fn open_reader(path: &Path) -> Result<SqliteStore> {
        let store = SqliteStore::open_existing(path)?;
        store
            .conn
            .pragma_update(None, "cache_size", -8192)
            .map_err(|e| with_db_path(e.into(), path))?;
        Ok(store)
    }

    /// Keeps up to `bytes` of pages in this connection's cache (at least
    /// 64 KiB): SQLite's `cache_size` in KiB.
    pub fn set_page_cache(&self, bytes: u64) -> Result<()> {
        let kib = i64::try_from(bytes / 1024).unwrap_or(i64::MAX).max(64);
        self.conn
            .pragma_update(None, "cache_size", -kib)
            .map_err(|e| with_db_path(e.into(), &self.path))
    }

    /// An in-memory database with the real migrations, for tests.
    /// It seals with a key of its own, which no key store keeps.
    pub fn open_in_memory() -> Result<SqliteStore> {
        configure_library();
        let mut store =
            SqliteStore::prepare(Connection::open_in_memory()?, PathBuf::from(":memory:"))?;
        store.use_seal_key(Arc::new(SealKey::new(
            b"an in-memory database's sealing key",
        )))?;
        Ok(store)
    }

    fn prepare(mut conn: Connection, path: PathBuf) -> Result<SqliteStore> {
        let configured = configure(&mut conn)
            .and_then(|()| migrate::run(&mut conn))
            .and_then(|_| seal::check_with(&conn, None));
        let changed = configured.and_then(|()| Changed::watch(&mut conn));
        let changed = changed.map_err(|e| with_db_path(e, &path))?;
        Ok(SqliteStore {
            conn,
            path,
            seal: None,
            memo: Memo::default(),
            changed,
            tracking: false,
        })
    }

    /// The database's identity: its sealing key is kept under it.
    pub fn database_id(&self) -> Result<String> {
        database_id(&self.conn).map_err(|e| with_db_path(e, &self.path))
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

    /// How many rows each kind of record has, in the whole database.
    pub fn counts(&self) -> Result<Vec<(&'static str, i64)>> {
        let run = || -> Result<Vec<(&'static str, i64)>> {
            crate::store::COUNTED
                .iter()
                .map(|(name, table)| {
                    let sql = format!("SELECT COUNT(*) FROM {table}");
                    Ok((*name, self.conn.query_row(&sql, [], |r| r.get(0))?))
                })
                .collect()
        };
        run().map_err(|e| with_db_path(e, &self.path))
    }

    /// Copies the database, as it is at one instant, into the empty file
    /// `target` with SQLite's online backup: one read transaction, so
    /// writers go on meanwhile and the copy is consistent.
    pub fn back_up_to(&self, target: &Path) -> Result<()> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut copy = Connection::open_with_flags(target, flags)
            .map_err(|e| with_db_path(e.into(), target))?;
        let copied =
            rusqlite::backup::Backup::new(&self.conn, &mut copy).and_then(|backup| backup.step(-1));
        match copied.map_err(|e| with_db_path(e.into(), &self.path))? {
            rusqlite::backup::StepResult::Done => {}
            _ => {
                return Err(Error::runtime(
                    "the database stayed busy during the backup; nothing was written, try again",
                ));
            }
        }
        copy.close()
            .map_err(|(_, e)| with_db_path(e.into(), target))
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

    /// Keeps what it finds of licenses in `shared`, with other connections.
    pub fn share_license_answers(&mut self, shared: Arc<LicenseAnswers>) {
        self.memo.share_licenses(shared);
    }

    /// Runs `work` in a write transaction; commits only when it returns `Ok`.
    pub fn write<T>(&mut self, work: impl FnOnce(&SqliteTx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, work)
    }

    /// Runs `work` in a read transaction, so it sees one consistent snapshot.
    pub fn read<T>(&mut self, work: impl FnOnce(&SqliteTx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Deferred, work)
    }

    fn transaction<T>(
        &mut self,
        behavior: TransactionBehavior,
        work: impl FnOnce(&SqliteTx<'_>) -> Result<T>,
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
            self.changed.take();
            let tx = Begun::new(&self.conn, behavior)?;
            // Only reads use remembered answers: a write sees its own rows.
            let memo = reading.then_some(&self.memo);
            self.memo.begin();
            let sealing = key.is_some();
            let value = work(&SqliteTx {
                conn: tx.conn,
                memo,
                sealing,
            })?;
            if !reading && self.changed.take() {
                memo::move_count(tx.conn)?;
            }
            if tracking {
                seal::seal_changed(tx.conn, key.as_deref())?;
            } else if tx.conn.total_changes() != changes_before {
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

/// A transaction begun and ended by statements prepared once for the
/// connection (rusqlite's `Transaction` makes its BEGIN and COMMIT anew
/// each time, a good part of a short read's cost); rolled back when it is
/// dropped before its commit, as on an error.
struct Begun<'c> {
    conn: &'c Connection,
    committed: bool,
}

impl<'c> Begun<'c> {
    fn new(conn: &'c Connection, behavior: TransactionBehavior) -> Result<Begun<'c>> {
        let begin = match behavior {
            TransactionBehavior::Immediate => "BEGIN IMMEDIATE",
            TransactionBehavior::Exclusive => "BEGIN EXCLUSIVE",
            _ => "BEGIN DEFERRED",
        };
        conn.prepare_cached(begin)?.execute([])?;
        Ok(Begun {
            conn,
            committed: false,
        })
    }

    fn commit(mut self) -> Result<()> {
        self.conn.prepare_cached("COMMIT")?.execute([])?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Begun<'_> {
    fn drop(&mut self) {
        if !self.committed && !self.conn.is_autocommit() {
            // As with rusqlite's own transactions, a rollback that fails
            // (the connection lost) is reported by the next statement.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// One transaction. Gives the tenant registry and tenant-scoped handles.
#[derive(Clone, Copy)]
pub struct SqliteTx<'c> {
    pub(super) conn: &'c Connection,
    pub(super) memo: Option<&'c Memo>,
    /// Whether the sealing key is at hand to seal rows as they are written.
    pub(super) sealing: bool,
}

/// The answer to `question`: remembered by a read transaction's memo
/// (`sqlite/memo.rs`), else found by `find`.
pub(super) fn remembered(
    conn: &Connection,
    memo: Option<&Memo>,
    question: Question,
    find: impl FnOnce() -> Result<Answer>,
) -> Result<Answer> {
    match memo {
        Some(memo) => memo.answer(conn, question, find),
        None => find(),
    }
}

impl<'c> SqliteTx<'c> {
    /// The answer to `question`, remembered while the database is
    /// unchanged (`sqlite/memo.rs`).
    pub(super) fn remembered(
        &self,
        question: Question,
        find: impl FnOnce() -> Result<Answer>,
    ) -> Result<Answer> {
        remembered(self.conn, self.memo, question, find)
    }

    /// A handle for the rows of one tenant.
    pub fn scope(&self, tenant: &Tenant) -> SqliteScope<'c> {
        SqliteScope {
            conn: self.conn,
            memo: self.memo,
            sealing: self.sealing,
            tenant_id: tenant.id().0,
            tenant_slug: tenant.slug().to_string(),
        }
    }
}

/// The database's identity, under which its sealing key is kept.
pub(super) fn database_id(conn: &Connection) -> Result<String> {
    Ok(conn.query_row(
        "SELECT value FROM meta WHERE name = 'database_id'",
        [],
        |r| r.get(0),
    )?)
}

/// The only way to the rows of tenant-owned tables: every query it runs is
/// filtered on its tenant's id.
pub struct SqliteScope<'c> {
    pub(super) conn: &'c Connection,
    pub(super) memo: Option<&'c Memo>,
    pub(super) sealing: bool,
    pub(super) tenant_id: i64,
    pub(super) tenant_slug: String,
}

impl SqliteScope<'_> {
    /// The answer to `question`, remembered while the database is
    /// unchanged (`sqlite/memo.rs`).
    pub(super) fn remembered(
        &self,
        question: Question,
        find: impl FnOnce() -> Result<Answer>,
    ) -> Result<Answer> {
        remembered(self.conn, self.memo, question, find)
    }
}

impl TenantHandle for SqliteScope<'_> {
    fn tenant_id(&self) -> TenantId {
        TenantId(self.tenant_id)
    }

    fn tenant_slug(&self) -> &str {
        &self.tenant_slug
    }

    fn database_id(&self) -> Result<String> {
        database_id(self.conn)
    }

    /// Keeps SQLite's page cache small for the rest of this connection's
    /// life: a scan that reads every row once (an export) then runs in the
    /// same memory at any size instead of filling the batch-work cache.
    fn scan_with_small_cache(&self) -> Result<()> {
        Ok(self.conn.pragma_update(None, "cache_size", -2048)?)
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
