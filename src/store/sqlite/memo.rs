//! What the reads of one connection found (`store/answers.rs`: a tenant's
//! row and keys, an API key, the seal checks of rows, the licenses a
//! validation found with their machines), kept while the database is
//! unchanged: a long-running service reads a tenant's row and keys, and
//! each license, and checks their seals, once per change of the database,
//! not at every validation.
//!
//! A change is told by the count of changes in the `meta` table (schema
//! 14): a write of keywright that changes a row of a table answers come
//! from moves it once, in its own transaction ([`move_count`]; not the
//! counters of validations a service writes every two seconds, nor usage
//! or queues), as PostgreSQL's triggers do; triggers of the schema move
//! it for a change made by anything else. A read
//! transaction reads the count once, as its first statement (which starts
//! its snapshot), and forgets every answer found under another.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::hooks::Action;
use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;
use crate::store::activations::Activation;
use crate::store::answers::{Answer, LicenseAnswers, Question, missing_count};
use crate::store::licenses::License;

/// The most answers of other kinds than licenses' a connection remembers:
/// past it, they are forgotten and found again, so that a service whose
/// database stays unchanged for long keeps a bounded memory (about 1 MiB
/// a connection). What it remembers of licenses has a budget of its own.
const REMEMBERED: usize = 16_384;

/// The remembered answers, per connection; those about licenses possibly
/// shared with the other connections of the process.
#[derive(Default)]
pub struct Memo {
    state: RefCell<Remembered>,
    licenses: Arc<LicenseAnswers>,
    /// Whether this transaction has read the count yet.
    checked: Cell<bool>,
}

#[derive(Default)]
struct Remembered {
    /// The count of changes the answers below were found under.
    count: Option<i64>,
    answers: HashMap<Question, Answer>,
}

impl Memo {
    /// A read transaction begins: the count is read again at its first
    /// question.
    pub fn begin(&self) {
        self.checked.set(false);
    }

    /// Shares what it finds of licenses with other connections.
    pub fn share_licenses(&mut self, shared: Arc<LicenseAnswers>) {
        self.licenses = shared;
    }

    /// The count of changes of this transaction's snapshot, read at its
    /// first question; answers of another count are forgotten.
    fn count(&self, conn: &Connection) -> Result<i64> {
        if self.checked.get()
            && let Some(count) = self.state.borrow().count
        {
            return Ok(count);
        }
        let now = read_count(conn)?;
        let mut state = self.state.borrow_mut();
        if state.count != Some(now) {
            state.answers.clear();
            state.count = Some(now);
        }
        self.checked.set(true);
        Ok(now)
    }

    /// The answer to `question`, remembered from an unchanged database or
    /// found now by `find`.
    pub fn answer(
        &self,
        conn: &Connection,
        question: Question,
        find: impl FnOnce() -> Result<Answer>,
    ) -> Result<Answer> {
        let count = self.count(conn)?;
        if let Question::LicenseProblem(id) = question {
            if let Some(problem) = self.licenses.problem(count, id) {
                return Ok(Answer::Problem(problem));
            }
            let problem = find()?.problem()?;
            self.licenses.keep_problem(count, id, problem.clone());
            return Ok(Answer::Problem(problem));
        }
        if let Some(answer) = self.state.borrow().answers.get(&question) {
            return Ok(answer.clone());
        }
        let answer = find()?;
        let mut state = self.state.borrow_mut();
        if state.answers.len() >= REMEMBERED {
            state.answers.clear();
        }
        state.answers.insert(question, answer.clone());
        Ok(answer)
    }

    /// The license of `tenant` with `key` and its machines as of `now`:
    /// remembered from an unchanged database, or found now by `find`.
    pub fn found(
        &self,
        conn: &Connection,
        (tenant, key): (i64, &str),
        now: i64,
        find: impl FnOnce() -> Result<Option<(License, Vec<Activation>)>>,
    ) -> Result<Option<(License, Vec<Activation>)>> {
        let count = self.count(conn)?;
        if let Some(found) = self.licenses.found(count, tenant, key, now) {
            return Ok(Some(found));
        }
        let found = find()?;
        if let Some((license, machines)) = &found {
            self.licenses.keep_found(count, tenant, license, machines);
        }
        Ok(found)
    }
}

/// The count of changes, as the transaction sees it.
fn read_count(conn: &Connection) -> Result<i64> {
    let count: Option<i64> = conn
        .prepare_cached("SELECT CAST(value AS INTEGER) FROM meta WHERE name = 'changes'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    count.ok_or_else(missing_count)
}

/// The tables whose rows answers come from, as PostgreSQL's triggers that
/// move its count list them (`postgres/migrations`).
const COUNTED: [&str; 9] = [
    "tenants",
    "signing_keys",
    "products",
    "plans",
    "customers",
    "licenses",
    "activations",
    "api_keys",
    "audit_log",
];

/// Whether a connection's write changed a row of a [`COUNTED`] table
/// since it was last asked: SQLite's update hook, called for each row in
/// Rust (a trigger would cost each row of a batch a program of its own).
pub struct Changed(Arc<AtomicBool>);

impl Changed {
    pub fn watch(conn: &mut Connection) -> Result<Changed> {
        let changed = Arc::new(AtomicBool::new(false));
        let noted = changed.clone();
        conn.update_hook(Some(move |_: Action, db: &str, table: &str, _: i64| {
            if db == "main" && COUNTED.contains(&table) {
                noted.store(true, Ordering::Relaxed);
            }
        }))?;
        Ok(Changed(changed))
    }

    /// Whether a row was changed since the last call.
    pub fn take(&self) -> bool {
        self.0.swap(false, Ordering::Relaxed)
    }
}

/// Moves the count of changes, in the write transaction that changed rows
/// (`SqliteStore::transaction`): every connection's answers found under
/// the count before are forgotten once it commits.
pub fn move_count(conn: &Connection) -> Result<()> {
    conn.prepare_cached(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'",
    )?
    .execute([])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewTenant;
    use crate::store::sqlite::database::SqliteStore;
    use crate::store::tenants::TenantRegistry;

    fn count(store: &mut SqliteStore) -> i64 {
        store.read(|tx| read_count(tx.conn)).unwrap()
    }

    #[test]
    fn a_write_moves_the_count_when_it_changes_rows_answers_come_from() {
        let mut store = SqliteStore::open_in_memory().unwrap();
        let start = count(&mut store);
        // A row of a table no answer comes from (as the counters of
        // validations, usage, queues): the count stays.
        store
            .write(|tx| {
                tx.conn
                    .execute("INSERT INTO meta (name, value) VALUES ('note', 'x')", [])?;
                Ok(())
            })
            .unwrap();
        assert_eq!(count(&mut store), start);
        store.write(|_| Ok(())).unwrap();
        assert_eq!(count(&mut store), start);
        store
            .write(|tx| {
                let new = NewTenant {
                    name: "Acme".into(),
                    slug: None,
                    timezone: "UTC".into(),
                    key_prefix: None,
                };
                tx.create_tenant(&new, 1)
            })
            .unwrap();
        assert!(count(&mut store) > start);
    }
}
