//! What the reads of one connection found, kept while the database is
//! unchanged: a service on PostgreSQL checks a tenant's row, its keys and
//! a license's seal once per change of the database, not at every
//! validation (each check is a round trip to the server).
//!
//! Every change of a row these answers come from moves a count in the
//! `meta` table (a trigger of the schema, whoever writes: keywright or SQL
//! from elsewhere). A read transaction reads the count once, in its own
//! snapshot, and forgets every answer found under another count; a write
//! transaction remembers nothing, as it sees its own changes.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::error::Result;
use crate::store::{SigningKeyRecord, Tenant};

/// The most answers about licenses a connection remembers (about 5 MiB),
/// and the most of every other kind together: past either, those are
/// forgotten and found again, so that a long-lived connection keeps a
/// bounded memory.
const REMEMBERED_LICENSES: usize = 131_072;
const REMEMBERED: usize = 16_384;

/// Which answer: the kind of read and what it is about.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum Question {
    TenantProblem(i64),
    LicenseProblem(i64),
    SealedKids(i64),
    SigningKeys(i64),
    Tenants,
    ApiKeyHolds(String),
}

/// An answer, as remembered.
#[derive(Clone)]
pub(super) enum Answer {
    Problem(Option<String>),
    Words(Vec<String>),
    Keys(Vec<SigningKeyRecord>),
    Tenants(Vec<Tenant>),
    Held(Option<bool>),
}

#[derive(Default)]
pub(super) struct Memo {
    answers: RefCell<HashMap<Question, Answer>>,
    /// The answers about licenses, kept apart: there are many more.
    licenses: RefCell<HashMap<i64, Option<String>>>,
    /// The count of changes the answers were found under.
    count: Cell<Option<i64>>,
    /// The transaction that read the count last, and whether it reads.
    checked_in: Cell<u64>,
    transaction: Cell<u64>,
    reading: Cell<bool>,
}

impl Memo {
    /// A new transaction begins: answers are used only if it reads, once
    /// the count is read again.
    pub(super) fn begin(&self, reading: bool) {
        self.transaction.set(self.transaction.get().wrapping_add(1));
        self.reading.set(reading);
    }

    /// The answer to `question`: remembered, or found by `find` (and
    /// remembered when the transaction reads). `count` reads the count of
    /// changes in the transaction's snapshot.
    pub(super) fn answer(
        &self,
        question: Question,
        count: impl FnOnce() -> Result<i64>,
        find: impl FnOnce() -> Result<Answer>,
    ) -> Result<Answer> {
        if !self.reading.get() {
            return find();
        }
        if self.checked_in.get() != self.transaction.get() {
            let now = count()?;
            if self.count.get() != Some(now) {
                self.answers.borrow_mut().clear();
                self.licenses.borrow_mut().clear();
                self.count.set(Some(now));
            }
            self.checked_in.set(self.transaction.get());
        }
        if let Question::LicenseProblem(id) = question {
            return self.license_answer(id, find);
        }
        if let Some(answer) = self.answers.borrow().get(&question) {
            return Ok(answer.clone());
        }
        let answer = find()?;
        let mut answers = self.answers.borrow_mut();
        if answers.len() >= REMEMBERED {
            answers.clear();
        }
        answers.insert(question, answer.clone());
        Ok(answer)
    }

    fn license_answer(&self, id: i64, find: impl FnOnce() -> Result<Answer>) -> Result<Answer> {
        if let Some(problem) = self.licenses.borrow().get(&id) {
            return Ok(Answer::Problem(problem.clone()));
        }
        let problem = find()?.problem()?;
        let mut licenses = self.licenses.borrow_mut();
        if licenses.len() >= REMEMBERED_LICENSES {
            licenses.clear();
        }
        licenses.insert(id, problem.clone());
        Ok(Answer::Problem(problem))
    }
}

impl Answer {
    fn mismatch() -> crate::error::Error {
        crate::error::Error::runtime("internal error: a remembered answer of another kind")
    }

    pub(super) fn problem(self) -> Result<Option<String>> {
        match self {
            Answer::Problem(problem) => Ok(problem),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(super) fn words(self) -> Result<Vec<String>> {
        match self {
            Answer::Words(words) => Ok(words),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(super) fn keys(self) -> Result<Vec<SigningKeyRecord>> {
        match self {
            Answer::Keys(keys) => Ok(keys),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(super) fn tenants(self) -> Result<Vec<Tenant>> {
        match self {
            Answer::Tenants(tenants) => Ok(tenants),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(super) fn held(self) -> Result<Option<bool>> {
        match self {
            Answer::Held(held) => Ok(held),
            _ => Err(Answer::mismatch()),
        }
    }
}
