//! What the reads of one connection found, kept while the database is
//! unchanged: a service on PostgreSQL reads a tenant's row, its keys and
//! an API key, and checks a license's seal, once per change of the
//! database, not at every validation (each is a round trip to the server).
//!
//! Every change of a row these answers come from moves a count in the
//! `meta` table (a trigger of the schema, whoever writes: keywright or SQL
//! from elsewhere). A read transaction reads the count once, in its own
//! snapshot, and forgets every answer found under another count; a write
//! transaction remembers nothing, as it sees its own changes.
//!
//! A validation's reads (`Kind::Optimistic` in `postgres/database.rs`)
//! save even that round trip: they use the answers remembered under the
//! last count read, and check the count afterwards, with the license's
//! own statement, which reads it too (or by itself at the end, when no
//! such statement ran). The same count means nothing changed since it was
//! read, so every answer used held; another count makes the reads *stale*:
//! the answers are forgotten and the validation is read again, this time
//! reading the count first. The check need not be this connection's
//! own: any read of the count sent after the validation began tells as
//! much, so the connections of a service share them (`CountReads` in
//! `store/answers.rs`), one round trip for all the validations waiting.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

use crate::error::Result;
use crate::store::activations::Activation;
use crate::store::answers::{Answer, LicenseAnswers, Question};
use crate::store::licenses::License;

/// The most answers of other kinds than licenses' a connection remembers:
/// past it, they are forgotten and found again, so that a long-lived
/// connection keeps a bounded memory (what it remembers of licenses has a
/// budget of its own: `store/answers.rs`).
const REMEMBERED: usize = 16_384;

#[derive(Default)]
pub(super) struct Memo {
    answers: RefCell<HashMap<Question, Answer>>,
    /// The answers about licenses, kept apart: there are many more, and
    /// a service's connections share them.
    licenses: Arc<LicenseAnswers>,
    /// The count of changes the answers were found under.
    count: Cell<Option<i64>>,
    /// The transaction that read the count last, and whether it reads.
    checked_in: Cell<u64>,
    transaction: Cell<u64>,
    reading: Cell<bool>,
    /// Whether this transaction uses answers before it reads the count.
    optimistic: Cell<bool>,
    /// Its place among the reads of the count shared with other
    /// connections, taken as it began (`store/answers.rs`, `CountReads`).
    ticket: Cell<u64>,
    /// Whether it used answers not yet checked against the count.
    unchecked: Cell<bool>,
    /// Whether a check found the answers it used out of date.
    stale: Cell<bool>,
}

impl Memo {
    /// A new transaction begins: answers are used only if it reads, once
    /// the count is read again, or, when `optimistic`, checked after.
    pub(super) fn begin(&self, reading: bool, optimistic: bool) {
        self.transaction.set(self.transaction.get().wrapping_add(1));
        self.reading.set(reading);
        self.optimistic.set(optimistic);
        if optimistic {
            self.ticket.set(self.licenses.count_reads().ticket());
        }
        self.unchecked.set(false);
        self.stale.set(false);
    }

    /// Whether the transaction used answers it has not checked yet.
    pub(super) fn unchecked(&self) -> bool {
        self.unchecked.get()
    }

    /// Whether the transaction found that it used out-of-date answers: it
    /// is to be read again (the count read first).
    pub(super) fn stale(&self) -> bool {
        self.stale.get()
    }

    /// Takes `now`, the count as a statement of this transaction read it:
    /// checks the answers used so far against it (an error when they were
    /// out of date), or takes it as the transaction's count when none was
    /// read yet. A count read later in a transaction that read one already
    /// changes nothing.
    pub(super) fn count_read(&self, now: i64) -> Result<()> {
        if !self.reading.get() || self.checked_in.get() == self.transaction.get() {
            return Ok(());
        }
        let held = self.count.get() == Some(now);
        self.set_count(now);
        if self.unchecked.replace(false) && !held {
            self.stale.set(true);
        }
        self.check()
    }

    /// The count as read after this transaction began: by `read` on this
    /// connection, or by a read another connection of the process sent
    /// after it began (one round trip serves every validation waiting).
    pub(super) fn count_since_begin(&self, read: impl FnOnce() -> Result<i64>) -> Result<i64> {
        self.licenses.count_reads().since(self.ticket.get(), read)
    }

    /// An error when the transaction used out-of-date answers.
    pub(super) fn check(&self) -> Result<()> {
        if self.stale.get() {
            return Err(crate::error::Error::runtime(
                "the database changed during a read; it is read again",
            ));
        }
        Ok(())
    }

    fn set_count(&self, now: i64) {
        if self.count.get() != Some(now) {
            self.answers.borrow_mut().clear();
            self.count.set(Some(now));
        }
        self.checked_in.set(self.transaction.get());
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
            if self.optimistic.get() && self.count.get().is_some() {
                self.unchecked.set(true);
            } else {
                self.set_count(count()?);
            }
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
        let Some(count) = self.count.get() else {
            return find();
        };
        if let Some(problem) = self.licenses.problem(count, id) {
            return Ok(Answer::Problem(problem));
        }
        let problem = find()?.problem()?;
        if self.checked_in.get() == self.transaction.get() {
            self.licenses.keep_problem(count, id, problem.clone());
        }
        Ok(Answer::Problem(problem))
    }

    /// The license of `tenant` with `key` and its machines as of `now`:
    /// remembered under the count (an optimistic read uses the last count
    /// read, checked after), or found by `find`, whose statement reads the
    /// count along with the rows, and remembered under it.
    pub(super) fn found(
        &self,
        (tenant, key): (i64, &str),
        now: i64,
        find: impl FnOnce() -> Result<Option<(License, Vec<Activation>)>>,
    ) -> Result<Option<(License, Vec<Activation>)>> {
        let checked = self.checked_in.get() == self.transaction.get();
        let usable = self.reading.get() && (checked || self.optimistic.get());
        if usable
            && let Some(count) = self.count.get()
            && let Some(found) = self.licenses.found(count, tenant, key, now)
        {
            if !checked {
                self.unchecked.set(true);
            }
            return Ok(Some(found));
        }
        let found = find()?;
        let checked = self.checked_in.get() == self.transaction.get();
        if self.reading.get()
            && checked
            && let (Some(count), Some((license, machines))) = (self.count.get(), &found)
        {
            self.licenses.keep_found(count, tenant, license, machines);
        }
        Ok(found)
    }

    /// Shares the answers about licenses with other connections (those of
    /// one service): one connection's check serves them all.
    pub(super) fn share_licenses(&mut self, shared: Arc<LicenseAnswers>) {
        self.licenses = shared;
    }

    pub(super) fn licenses(&self) -> Arc<LicenseAnswers> {
        self.licenses.clone()
    }
}
