//! An open PostgreSQL database: one connection (made again when it was
//! lost), its schema brought up to date on opening, transactions with the
//! seals made at commit, the handles a transaction gives ([`PgTx`] for the
//! whole database, [`PgScope`] for one tenant's), and what `db status`
//! reports of it.

use std::sync::Arc;

use super::connect::{connect, failure};
use super::handles::PgTx;
use super::migrate;
use super::seal;
use super::session::Session;
use super::target::Target;
use crate::error::{Error, Result};
use crate::store::answers::LicenseAnswers;
use crate::store::sealing::{self, SealKey};

pub struct PostgresStore {
    session: Session,
}

/// What a transaction does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Write,
    /// Reads that see one snapshot.
    Snapshot,
    /// Reads each of the latest committed rows, outside a transaction.
    Latest,
    /// As `Latest`, using remembered answers before the count of changes
    /// is read (`postgres/memo.rs`).
    Optimistic,
}

impl Kind {
    fn begin(self) -> Option<&'static str> {
        match self {
            Kind::Write => Some("BEGIN READ WRITE"),
            Kind::Snapshot => Some("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
            Kind::Latest | Kind::Optimistic => None,
        }
    }

    fn in_transaction(self) -> bool {
        self.begin().is_some()
    }
}

impl PostgresStore {
    /// Connects to `target` and brings its schema up to date; an empty
    /// database becomes a keywright database when `create` says so (`init`,
    /// the target of `db copy`), and is refused otherwise.
    pub fn open(target: Target, create: bool) -> Result<PostgresStore> {
        let mut client = connect(&target)?;
        migrate::run(&mut client, create)
            .map_err(|refusal| refusal.into_error(&target.shown(), |err| failure(&target, &err)))?;
        Ok(PostgresStore {
            session: Session::new(client, target),
        })
    }

    /// The database's identity: its sealing key is kept under it.
    pub fn database_id(&self) -> Result<String> {
        let session = &self.session;
        session.database_id().map_err(|e| session.located(e))
    }

    /// The schema version recorded in the database.
    pub fn schema_version(&self) -> Result<i64> {
        let session = &self.session;
        let sql = "SELECT value FROM meta WHERE name = 'schema_version'";
        let version: String = session.value(sql, &[]).map_err(|e| session.located(e))?;
        version.parse().map_err(|_| {
            session.located(Error::Database {
                path: String::new(),
                reason: format!("records schema version '{version}', which is not a number; run `keywright doctor`"),
            })
        })
    }

    /// The TLS version protecting this connection, or `None` when it is
    /// plain text (as `sslmode=prefer` allows against a server without TLS).
    pub fn tls(&self) -> Result<Option<String>> {
        let session = &self.session;
        let sql =
            "SELECT CASE WHEN ssl THEN version END FROM pg_stat_ssl WHERE pid = pg_backend_pid()";
        session.value(sql, &[]).map_err(|e| session.located(e))
    }

    /// How many rows each kind of record has, by the names SQLite's
    /// backend gives them.
    pub fn counts(&self) -> Result<Vec<(&'static str, i64)>> {
        let sql = crate::store::COUNTED
            .iter()
            .map(|(name, table)| format!("SELECT '{name}', count(*) FROM {table}"))
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let session = &self.session;
        let rows = session.rows(&sql, &[]).map_err(|e| session.located(e))?;
        let count = |name: &str| {
            rows.iter()
                .find(|row| row.get::<_, &str>(0) == name)
                .map_or(0, |row| row.get(1))
        };
        Ok(crate::store::COUNTED
            .iter()
            .map(|(name, _)| (*name, count(name)))
            .collect())
    }

    /// Rows whose references lead nowhere (a deleted product under its
    /// licenses), one sentence a reference. PostgreSQL enforces every
    /// reference, but a superuser can switch its checks off
    /// (`session_replication_role = replica`), as anyone can in a SQLite file.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let session = &self.session;
        let references = session
            .rows(REFERENCES, &[])
            .map_err(|e| session.located(e))?;
        let mut problems = Vec::new();
        for reference in references {
            let (table, parent): (String, String) = (reference.get(0), reference.get(1));
            let (columns, targets): (Vec<String>, Vec<String>) =
                (reference.get(2), reference.get(3));
            let given = columns
                .iter()
                .map(|c| format!("child.{c} IS NOT NULL"))
                .collect::<Vec<_>>()
                .join(" AND ");
            let found = columns
                .iter()
                .zip(&targets)
                .map(|(c, t)| format!("parent.{t} = child.{c}"))
                .collect::<Vec<_>>()
                .join(" AND ");
            let sql = format!(
                "SELECT count(*) FROM {table} child WHERE {given} \
                 AND NOT EXISTS (SELECT 1 FROM {parent} parent WHERE {found})"
            );
            let dangling: i64 = session.value(&sql, &[]).map_err(|e| session.located(e))?;
            if dangling > 0 {
                problems.push(format!(
                    "{dangling} row(s) of {table} refer to a missing row of {parent} ({})",
                    columns.join(", ")
                ));
            }
        }
        Ok(problems)
    }

    /// Whether any row carries a seal: a database sealed before.
    pub fn has_seals(&self) -> Result<bool> {
        let sql = "SELECT EXISTS (SELECT 1 FROM tenants WHERE seal IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM signing_keys WHERE seal IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM licenses WHERE seal IS NOT NULL)";
        let session = &self.session;
        session.value(sql, &[]).map_err(|e| session.located(e))
    }

    /// Checks and makes seals with `key` from now on.
    pub fn use_seal_key(&mut self, key: Arc<SealKey>) {
        self.session.seal = Some(key);
    }

    /// The sealing key in use, to give to other connections.
    pub fn seal_key(&self) -> Option<Arc<SealKey>> {
        self.session.seal.clone()
    }

    /// Keeps what it finds of licenses in `shared`, with other connections.
    pub(crate) fn share_license_answers(&mut self, shared: Arc<LicenseAnswers>) {
        self.session.share_licenses(shared);
    }

    /// Seals every row as it is now, in one transaction.
    pub fn seal_everything(&mut self) -> Result<()> {
        let key = self.session.seal.clone().ok_or_else(sealing::missing_key)?;
        self.write(|tx| seal::seal_all(tx.session, &key))
    }

    /// The database as keywright shows it: its URL, the password masked.
    pub fn shown(&self) -> String {
        self.session.target.shown()
    }

    pub(super) fn target(&self) -> &Target {
        &self.session.target
    }

    pub(super) fn client(&mut self) -> &mut postgres::Client {
        self.session.client()
    }

    /// Runs `work` in a write transaction; commits only when it returns
    /// `Ok`, after sealing the rows it changed.
    pub fn write<T>(&mut self, work: impl FnOnce(&PgTx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(Kind::Write, work)
    }

    /// Runs `work` in a read transaction, so it sees one consistent snapshot.
    pub fn read<T>(&mut self, work: impl FnOnce(&PgTx<'_>) -> Result<T>) -> Result<T> {
        self.transaction(Kind::Snapshot, work)
    }

    /// Runs `work`'s reads each on the latest committed rows, without a
    /// transaction around them: two round trips fewer, for reads that need
    /// not agree with each other (a service's validation). Remembered
    /// answers are checked after they are used; when the database changed
    /// meanwhile, `work` runs again, the count read first (`postgres/memo.rs`).
    pub fn read_latest<T>(&mut self, mut work: impl FnMut(&PgTx<'_>) -> Result<T>) -> Result<T> {
        let result = self.transaction(Kind::Optimistic, &mut work);
        if result.is_err() && self.session.stale() {
            return self.transaction(Kind::Latest, work);
        }
        result
    }

    fn transaction<T>(
        &mut self,
        kind: Kind,
        work: impl FnOnce(&PgTx<'_>) -> Result<T>,
    ) -> Result<T> {
        self.reconnect_if_lost()?;
        let session = &self.session;
        session.end_transaction();
        let writing = kind == Kind::Write;
        let run = || -> Result<T> {
            session.read_only_by_default()?;
            if let Some(begin) = kind.begin() {
                session.batch(begin)?;
            }
            session.begin(!writing, kind == Kind::Optimistic);
            let value = work(&PgTx { session, writing })?;
            session.check_answers()?;
            if writing {
                seal::seal_changed(session)?;
            }
            if kind.in_transaction() {
                session.batch("COMMIT")?;
            }
            Ok(value)
        };
        let result = run();
        if result.is_err() && kind.in_transaction() {
            // A failed statement aborted the transaction; nothing of it
            // stays, and rows not sent yet are not sent.
            session.end_transaction();
            session.batch("ROLLBACK").ok();
        }
        session.end_transaction();
        result.map_err(|e| session.located(e))
    }

    /// Connects again when the connection was lost (the server restarted,
    /// or the network broke), so that a service recovers by itself.
    fn reconnect_if_lost(&mut self) -> Result<()> {
        if !self.session.is_closed() {
            return Ok(());
        }
        let client = connect(&self.session.target)?;
        let seal = self.session.seal.take();
        let answers = self.session.license_answers();
        self.session = Session::new(client, self.session.target.clone());
        self.session.seal = seal;
        self.session.share_licenses(answers);
        Ok(())
    }

    /// Whether the server answers, for a readiness probe.
    pub fn ping(&mut self) -> Result<()> {
        self.reconnect_if_lost()?;
        let session = &self.session;
        session.batch("SELECT 1").map_err(|e| session.located(e))
    }
}

/// The refusal of `db backup` on PostgreSQL.
pub fn no_file_backup(shown: &str) -> Error {
    Error::usage(format!(
        "{shown} is a PostgreSQL database: back it up with pg_dump (docs/deploy.md); `keywright db backup` copies a SQLite file"
    ))
}

/// Every reference of the schema: the table, the table it refers to, and
/// the columns on each side in order.
const REFERENCES: &str = "
    SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
        array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
        array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = current_schema()
    ORDER BY 1, 2, c.conname";
