//! What the reads of one connection found (`store/answers.rs`: a tenant's
//! row and keys, an API key, the seal checks of rows), kept while the
//! database is unchanged. The same `PRAGMA data_version` (which moves when
//! another connection commits) and the same count of rows this connection
//! changed mean that no row was written since, so the same reads give the
//! same answers: a long-running service reads a tenant's row and keys and
//! checks their seals once per change of the database, not at every
//! validation. A read transaction reads the version once, as its first
//! statement (which starts its snapshot), and forgets every answer found
//! under another.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use rusqlite::Connection;

use crate::error::Result;
use crate::store::answers::{Answer, Question};

/// The most answers a connection remembers: past it, they are forgotten
/// and found again, so that a service whose database stays unchanged for
/// long keeps a bounded memory (about 1 MiB a connection).
const REMEMBERED: usize = 16_384;

/// The remembered answers, per connection.
#[derive(Default)]
pub struct Memo {
    state: RefCell<Remembered>,
    /// Whether this transaction has read the version yet.
    checked: Cell<bool>,
}

#[derive(Default)]
struct Remembered {
    /// (data_version, total_changes) when the answers below were found.
    version: Option<(i64, u64)>,
    answers: HashMap<Question, Answer>,
}

impl Memo {
    /// A read transaction begins: the version is read again at its first
    /// question.
    pub fn begin(&self) {
        self.checked.set(false);
    }

    /// The answer to `question`, remembered from an unchanged database or
    /// found now by `find`.
    pub fn answer(
        &self,
        conn: &Connection,
        question: Question,
        find: impl FnOnce() -> Result<Answer>,
    ) -> Result<Answer> {
        if !self.checked.get() {
            let now = version(conn)?;
            let mut state = self.state.borrow_mut();
            if state.version != Some(now) {
                state.answers.clear();
                state.version = Some(now);
            }
            self.checked.set(true);
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
}

fn version(conn: &Connection) -> Result<(i64, u64)> {
    let data_version: i64 = conn
        .prepare_cached("PRAGMA data_version")?
        .query_row([], |r| r.get(0))?;
    Ok((data_version, conn.total_changes()))
}
