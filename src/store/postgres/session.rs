//! One connection to PostgreSQL as the table files use it: statements
//! prepared once and kept, every failure turned into one sentence (never
//! the SQL, never the server's raw message), the rows a transaction
//! changed noted for sealing at commit (`postgres/seal.rs`), and reading
//! columns as keywright's values.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use postgres::error::SqlState;
use postgres::types::{FromSql, ToSql, Type};
use postgres::{Client, Row, Statement};

use super::batch::{LicenseRow, WAITING, Waiting};
use super::memo::Memo;
use super::target::Target;
use crate::error::{Error, Result};
use crate::store::activations::Activation;
use crate::store::answers::LicenseAnswers;
use crate::store::answers::{Answer, Question};
use crate::store::copy::Cell;
use crate::store::licenses::License;
use crate::store::sealing::{SealKey, Sealed};

/// The statement that reads the count of changes (`postgres/memo.rs`).
pub(super) const CHANGES: &str = "SELECT value FROM meta WHERE name = 'changes'";

/// The thread inserting rows, which gives the connection back with what
/// it found.
type Sending = std::thread::JoinHandle<(Client, Result<()>)>;

/// Why the connection can be taken as there: only `Drop` and a thread
/// sending rows take it, and `settle` gives it back.
const CLIENT_THERE: &str = "the client is there until drop";

/// The most license ids taken from the sequence at once, so that a batch
/// rarely waits for rows being sent to take more.
const IDS_AT_ONCE: i64 = 8 * WAITING as i64;

/// The parameters of one statement.
pub(super) type Params<'a> = [&'a (dyn ToSql + Sync)];

/// The most statements kept prepared: lists with many filters make new
/// ones, which must not pile up for the life of a service.
const KEPT_STATEMENTS: usize = 256;

pub(crate) struct Session {
    /// Always there but while the session is dropped (see `Drop`).
    client: RefCell<Option<Client>>,
    statements: RefCell<HashMap<String, Statement>>,
    pub(super) target: Target,
    /// The sealing key, once the key store has given it.
    pub(super) seal: Option<Arc<SealKey>>,
    /// The sealed rows this transaction changed, each with whether it held
    /// its seal (and was fresh) before: those that held are sealed again at
    /// commit, the others keep their broken seal.
    pub(super) notes: RefCell<HashMap<(Sealed, i64), bool>>,
    /// Rows written many at a time, not sent yet (`postgres/batch.rs`).
    waiting: RefCell<Waiting>,
    /// Rows being inserted by a thread of their own while this one makes
    /// the next: the connection is that thread's until it is done.
    sending: RefCell<Option<Sending>>,
    /// License ids taken from the sequence ahead of their rows, and how
    /// many to take next.
    license_ids: RefCell<(Vec<i64>, i64)>,
    /// Answers of reads kept while the database is unchanged.
    memo: Memo,
    /// Whether statements outside a transaction are read-only on this
    /// connection (set once, on its first transaction).
    read_only: std::cell::Cell<bool>,
}

impl Session {
    pub(super) fn new(client: Client, target: Target) -> Session {
        Session {
            client: RefCell::new(Some(client)),
            statements: RefCell::new(HashMap::new()),
            target,
            seal: None,
            notes: RefCell::new(HashMap::new()),
            waiting: RefCell::new(Waiting::default()),
            sending: RefCell::new(None),
            license_ids: RefCell::new((Vec::new(), 1)),
            memo: Memo::default(),
            read_only: std::cell::Cell::new(false),
        }
    }

    /// Makes every statement outside an explicit `BEGIN READ WRITE`
    /// read-only on this connection, so that reads run outside a
    /// transaction can never write.
    pub(super) fn read_only_by_default(&self) -> Result<()> {
        if !self.read_only.get() {
            self.batch("SET default_transaction_read_only = on")?;
            self.read_only.set(true);
        }
        Ok(())
    }

    /// A transaction begins (`reading` when it writes nothing; answers used
    /// before the count is read when `optimistic`: `postgres/memo.rs`).
    pub(super) fn begin(&self, reading: bool, optimistic: bool) {
        self.memo.begin(reading, optimistic);
    }

    /// The answer to `question`, remembered while the database is unchanged
    /// (`postgres/memo.rs`), else found by `find`.
    pub(super) fn remembered(
        &self,
        question: Question,
        find: impl FnOnce() -> Result<Answer>,
    ) -> Result<Answer> {
        self.memo.answer(question, || self.changes(), find)
    }

    /// The license of `tenant` with `key` and its machines, remembered
    /// while the database is unchanged (`postgres/memo.rs`), else found by
    /// `find`.
    pub(super) fn found(
        &self,
        tenant_key: (i64, &str),
        now: i64,
        find: impl FnOnce() -> Result<Option<(License, Vec<Activation>)>>,
    ) -> Result<Option<(License, Vec<Activation>)>> {
        self.memo.found(tenant_key, now, find)
    }

    /// Shares what it finds of licenses with other connections.
    pub(super) fn share_licenses(&mut self, shared: Arc<LicenseAnswers>) {
        self.memo.share_licenses(shared);
    }

    pub(super) fn license_answers(&self) -> Arc<LicenseAnswers> {
        self.memo.licenses()
    }

    /// The count of changes (`postgres/memo.rs`).
    fn changes(&self) -> Result<i64> {
        let text: String = self.value(CHANGES, &[])?;
        Ok(text.parse().unwrap_or(-1))
    }

    /// Takes the count of changes a statement read along with its rows
    /// (as `text`, the column [`CHANGES`] reads): an error when the answers
    /// this transaction used turn out out of date.
    pub(super) fn changes_read(&self, text: &str) -> Result<()> {
        self.memo.count_read(text.parse().unwrap_or(-1))
    }

    /// Checks the answers the transaction used against the count, when no
    /// statement has yet (the end of an optimistic read): an error when
    /// they were out of date, even if the work went on after it was told.
    pub(super) fn check_answers(&self) -> Result<()> {
        if self.memo.unchecked() {
            let count = self.memo.count_since_begin(|| self.changes())?;
            self.memo.count_read(count)?;
        }
        self.memo.check()
    }

    /// Whether the transaction's reads used out-of-date answers.
    pub(super) fn stale(&self) -> bool {
        self.memo.stale()
    }

    /// Forgets what the transaction left: its notes, rows not sent (once
    /// rows being sent are done, their error no longer anyone's), ids
    /// taken ahead.
    pub(super) fn end_transaction(&self) {
        self.settle().ok();
        self.notes.borrow_mut().clear();
        *self.waiting.borrow_mut() = Waiting::default();
        *self.license_ids.borrow_mut() = (Vec::new(), 1);
    }

    /// Keeps a license's row to be inserted with others.
    pub(super) fn wait_license(&self, row: LicenseRow<'_>) -> Result<()> {
        self.waiting.borrow_mut().add_license(row);
        self.send_if_many()
    }

    /// Keeps an audit entry to be inserted with others.
    pub(super) fn wait_audit(
        &self,
        tenant_id: i64,
        link: &crate::store::audit::AuditLink<'_>,
    ) -> Result<()> {
        self.waiting.borrow_mut().add_audit(tenant_id, link);
        self.send_if_many()
    }

    /// Once enough rows wait, sends them on a thread of their own, so that
    /// the server inserts them while this thread makes the next ones.
    fn send_if_many(&self) -> Result<()> {
        if self.waiting.borrow().len() < WAITING {
            return Ok(());
        }
        self.settle()?;
        let mut waiting = std::mem::take(&mut *self.waiting.borrow_mut());
        let mut client = self.client.borrow_mut().take().expect(CLIENT_THERE);
        let sending = std::thread::spawn(move || {
            let send = std::panic::AssertUnwindSafe(|| waiting.send(&mut client));
            let sent = std::panic::catch_unwind(send).unwrap_or_else(|_| {
                Err(Error::runtime(
                    "internal error: the rows of this command could not be sent; nothing was written",
                ))
            });
            (client, sent)
        });
        *self.sending.borrow_mut() = Some(sending);
        Ok(())
    }

    /// Waits for the rows being sent, if any, and takes the connection
    /// back: their error is the error of the statement that waited.
    fn settle(&self) -> Result<()> {
        let Some(sending) = self.sending.borrow_mut().take() else {
            return Ok(());
        };
        let (client, sent) = sending
            .join()
            .expect("the sending thread catches every panic");
        *self.client.borrow_mut() = Some(client);
        sent
    }

    /// The id of the next license: ids are taken from the sequence many at
    /// a time (twice as many each time, up to [`IDS_AT_ONCE`]).
    pub(super) fn next_license_id(&self) -> Result<i64> {
        let mut taken = self.license_ids.borrow_mut();
        if taken.0.is_empty() {
            self.settle()?;
            let mut client = self.client.borrow_mut();
            let client = client.as_mut().expect(CLIENT_THERE);
            let rows = client.query(
                "SELECT nextval(pg_get_serial_sequence('licenses', 'id'))
                 FROM generate_series(1, $1::bigint) ORDER BY 1 DESC",
                &[&taken.1],
            )?;
            taken.0 = rows
                .iter()
                .map(|row| row.try_get(0))
                .collect::<std::result::Result<_, _>>()?;
            taken.1 = (taken.1 * 2).min(IDS_AT_ONCE);
        }
        taken
            .0
            .pop()
            .ok_or_else(|| Error::runtime("the database gave no license id"))
    }

    /// The connection itself, for work outside a transaction of this
    /// session (no rows wait or are being sent then).
    pub(super) fn client(&mut self) -> &mut Client {
        self.statements.get_mut().clear();
        self.client.get_mut().as_mut().expect(CLIENT_THERE)
    }

    /// Whether the connection was lost (the server went away); one busy
    /// sending rows is not.
    pub(super) fn is_closed(&self) -> bool {
        self.sending.borrow().is_none()
            && self.client.borrow().as_ref().is_none_or(Client::is_closed)
    }

    /// Runs `work` with the connection, once the rows that wait are sent:
    /// no statement runs before the rows written ahead of it.
    fn with<T>(
        &self,
        work: impl FnOnce(&mut Client) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        self.settle()?;
        let mut client = self.client.borrow_mut();
        let client = client.as_mut().expect(CLIENT_THERE);
        let mut waiting = self.waiting.borrow_mut();
        if waiting.len() > 0 {
            waiting.send(client)?;
        }
        Ok(work(client)?)
    }

    /// Runs statements without parameters or results (BEGIN, COMMIT).
    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        self.with(|client| client.batch_execute(sql))
    }

    pub(super) fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.with(|client| client.prepare(sql))?;
        let mut kept = self.statements.borrow_mut();
        if kept.len() >= KEPT_STATEMENTS {
            kept.clear();
        }
        kept.insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    /// Every row `sql` returns.
    pub(super) fn rows(&self, sql: &str, params: &Params<'_>) -> Result<Vec<Row>> {
        let statement = self.statement(sql)?;
        self.with(|client| client.query(&statement, params))
    }

    /// The row `sql` returns, if any.
    pub(super) fn row(&self, sql: &str, params: &Params<'_>) -> Result<Option<Row>> {
        let statement = self.statement(sql)?;
        self.with(|client| client.query_opt(&statement, params))
    }

    /// The first column of the one row `sql` returns.
    pub(super) fn value<T: for<'r> FromSql<'r>>(
        &self,
        sql: &str,
        params: &Params<'_>,
    ) -> Result<T> {
        let statement = self.statement(sql)?;
        let row = self.with(|client| client.query_one(&statement, params))?;
        Ok(row.try_get(0)?)
    }

    /// Runs `sql`; returns how many rows it changed.
    pub(super) fn run(&self, sql: &str, params: &Params<'_>) -> Result<u64> {
        let statement = self.statement(sql)?;
        self.with(|client| client.execute(&statement, params))
    }

    /// The database as errors name it: its name, host and port.
    pub(super) fn named(&self) -> String {
        format!(
            "{} at PostgreSQL {}",
            self.target.database,
            self.target.address()
        )
    }

    /// `err` naming this database when it names none yet.
    pub(super) fn located(&self, err: Error) -> Error {
        match err {
            Error::Database { path, reason } if path.is_empty() => Error::Database {
                path: self.named(),
                reason,
            },
            Error::DatabaseDown { path, reason } if path.is_empty() => Error::DatabaseDown {
                path: self.named(),
                reason,
            },
            other => other,
        }
    }

    /// The database's identity, under which its sealing key is kept.
    pub(super) fn database_id(&self) -> Result<String> {
        self.value("SELECT value FROM meta WHERE name = 'database_id'", &[])
    }
}

impl Drop for Session {
    /// PostgreSQL's client says goodbye to the server by running a loop of
    /// its own, which cannot start on a thread that drives async tasks (the
    /// service's): it closes on a thread of its own.
    fn drop(&mut self) {
        // Rows still being sent belong to a transaction that never
        // committed: their fate goes with the connection.
        self.settle().ok();
        if let Some(client) = self.client.get_mut().take() {
            let closing = std::thread::spawn(move || drop(client));
            closing.join().ok();
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        let (path, reason) = (String::new(), describe(&err));
        if is_down(&err) {
            Error::DatabaseDown { path, reason }
        } else {
            Error::Database { path, reason }
        }
    }
}

/// Whether the connection was lost or the server is going away.
fn is_down(err: &postgres::Error) -> bool {
    match err.code() {
        Some(code) => [
            SqlState::ADMIN_SHUTDOWN,
            SqlState::CRASH_SHUTDOWN,
            SqlState::CANNOT_CONNECT_NOW,
        ]
        .contains(code),
        None => {
            err.is_closed()
                || std::error::Error::source(err).is_some_and(|s| s.is::<std::io::Error>())
        }
    }
}

/// A failure of PostgreSQL in a sentence for the user: never the SQL, nor
/// the server's own message.
fn describe(err: &postgres::Error) -> String {
    let Some(code) = err.code() else {
        if is_down(err) {
            return "was lost in the middle of a command; nothing of it was kept; check that the server runs, then try again".into();
        }
        if std::error::Error::source(err).is_some() {
            return "holds a value this keywright cannot read: it was edited outside keywright or by a newer version; run `keywright doctor`".into();
        }
        return "could not be used; check that the server runs, then try again".into();
    };
    if [
        SqlState::UNIQUE_VIOLATION,
        SqlState::FOREIGN_KEY_VIOLATION,
        SqlState::CHECK_VIOLATION,
        SqlState::NOT_NULL_VIOLATION,
    ]
    .contains(code)
    {
        return "refused a change that would break a uniqueness or reference rule; nothing was written".into();
    }
    if [
        SqlState::T_R_SERIALIZATION_FAILURE,
        SqlState::T_R_DEADLOCK_DETECTED,
    ]
    .contains(code)
    {
        return "was busy with a conflicting change; nothing was written; try again".into();
    }
    if [
        SqlState::ADMIN_SHUTDOWN,
        SqlState::CRASH_SHUTDOWN,
        SqlState::CANNOT_CONNECT_NOW,
    ]
    .contains(code)
    {
        return "was shut down in the middle of a command; nothing of it was kept; try again when the server is back".into();
    }
    if *code == SqlState::DISK_FULL {
        return "cannot grow: the server's disk is full; free some space and try again".into();
    }
    format!(
        "failed an internal query (PostgreSQL error {}); nothing was written; run `keywright doctor` to check it",
        code.code()
    )
}

/// Column `index` of `row` as the backends have in common: a flag is the
/// integer 0 or 1, as SQLite keeps it (and as seals encode it).
pub(super) fn cell(row: &Row, index: usize) -> Result<Cell> {
    let ty = row.columns()[index].type_();
    Ok(match *ty {
        Type::BOOL => row
            .try_get::<_, Option<bool>>(index)?
            .map_or(Cell::Null, |b| Cell::Integer(i64::from(b))),
        Type::INT8 => row
            .try_get::<_, Option<i64>>(index)?
            .map_or(Cell::Null, Cell::Integer),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(index)?
            .map_or(Cell::Null, |n| Cell::Integer(n.into())),
        Type::BYTEA => row
            .try_get::<_, Option<Vec<u8>>>(index)?
            .map_or(Cell::Null, Cell::Bytes),
        _ => row
            .try_get::<_, Option<String>>(index)?
            .map_or(Cell::Null, Cell::Text),
    })
}

impl crate::store::columns::Columns for Row {
    fn integer(&self, index: usize) -> Result<Option<i64>> {
        Ok(self.try_get(index)?)
    }

    fn text(&self, index: usize) -> Result<Option<String>> {
        Ok(self.try_get(index)?)
    }

    fn flag(&self, index: usize) -> Result<Option<bool>> {
        Ok(self.try_get(index)?)
    }

    fn bytes(&self, index: usize) -> Result<Option<Vec<u8>>> {
        Ok(self.try_get(index)?)
    }
}
