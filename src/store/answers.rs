//! What a connection may remember of its reads while the database is
//! unchanged: the questions a read transaction asks over and over (a
//! tenant's row and keys, an API key, the seal checks of rows) and their
//! answers, and the reads of the count of changes that tell whether they
//! hold, shared by a process's connections. Each backend decides when they
//! are out of date (`store/sqlite/memo.rs`, `store/postgres/memo.rs`).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};

use quick_cache::sync::Cache;

use crate::domain::state::{LicenseState, LicenseStatus};
use crate::error::{Error, Result};
use crate::store::activations::Activation;
use crate::store::api_keys::ApiKey;
use crate::store::licenses::License;
use crate::store::{SigningKeyRecord, Tenant};

/// Which answer: the kind of read and what it is about.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) enum Question {
    TenantProblem(i64),
    LicenseProblem(i64),
    SealedKids(i64),
    SigningKeys(i64),
    Tenants,
    ApiKeyHolds(String),
    ApiKey(String),
}

/// An answer, as remembered. Lists are shared, so that an answer given
/// again costs no copy of its rows.
#[derive(Clone)]
pub(crate) enum Answer {
    Problem(Option<String>),
    Words(Vec<String>),
    Keys(Arc<[SigningKeyRecord]>),
    Tenants(Arc<[Tenant]>),
    Held(Option<bool>),
    ApiKey(Option<ApiKey>),
}

impl Answer {
    fn mismatch() -> Error {
        Error::runtime("internal error: a remembered answer of another kind")
    }

    pub(crate) fn problem(self) -> Result<Option<String>> {
        match self {
            Answer::Problem(problem) => Ok(problem),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn words(self) -> Result<Vec<String>> {
        match self {
            Answer::Words(words) => Ok(words),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn keys(self) -> Result<Arc<[SigningKeyRecord]>> {
        match self {
            Answer::Keys(keys) => Ok(keys),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn tenants(self) -> Result<Arc<[Tenant]>> {
        match self {
            Answer::Tenants(tenants) => Ok(tenants),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn held(self) -> Result<Option<bool>> {
        match self {
            Answer::Held(held) => Ok(held),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn api_key(self) -> Result<Option<ApiKey>> {
        match self {
            Answer::ApiKey(key) => Ok(key),
            _ => Err(Answer::mismatch()),
        }
    }
}

/// A database whose `meta` table lost its count of changes, which only an
/// edit from outside keywright can do (the schema refuses to delete it).
pub(crate) fn missing_count() -> Error {
    Error::runtime(
        "the database has no count of changes in its meta table: it was edited outside keywright; restore it from a backup",
    )
}

/// What the connections of one process remember in common about licenses,
/// each answer with the count of changes it was found under (each
/// backend's memo says when a count holds): the seal check of each
/// license, and each license found by its key with its machines, as a
/// validation reads them. Within a budget of bytes, the answers used least
/// giving way (quick_cache's CLOCK-Pro). An answer is given only to a
/// reader at its count; a later count forgets every answer, and one found
/// under an earlier count than the latest is not kept.
pub(crate) struct LicenseAnswers {
    /// The latest count an answer was kept under.
    latest: AtomicI64,
    /// The most bytes the answers may take; 0 keeps none.
    budget: u64,
    /// Made at the first answer kept, so that a connection that keeps
    /// none (or is given a service's shared answers) costs nothing.
    kept: OnceLock<Cache<About, Kept, ByBytes>>,
    /// The reads of the count the connections share (PostgreSQL's).
    count_reads: CountReads,
}

/// What an answer is about: a license's seal check (by the license's id),
/// or a license found by its tenant and key.
#[derive(Clone, PartialEq, Eq, Hash)]
enum About {
    Problem(i64),
    Found(i64, String),
}

/// An answer kept, with its count and what it costs.
#[derive(Clone)]
struct Kept {
    count: i64,
    bytes: u64,
    answer: Kind,
}

#[derive(Clone)]
enum Kind {
    Problem(Option<String>),
    Found(Arc<Found>),
}

/// An answer weighs what it costs in memory.
#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<About, Kept> for ByBytes {
    fn weight(&self, _: &About, kept: &Kept) -> u64 {
        kept.bytes
    }
}

/// A license as found by its key, with its machines; its status and its
/// machines' liveness are judged again at each use ([`Found::at`]).
pub(crate) struct Found {
    license: License,
    machines: Vec<Activation>,
}

/// What a remembered seal check costs beside its text, in bytes: the
/// entry, its key and the cache's bookkeeping.
const PROBLEM_BYTES: u64 = 96;

/// What a remembered license costs beside its text, in bytes: the row's
/// fields, the entry, its key, the cache's bookkeeping and the
/// allocator's share, so that the budget is the memory the answers take:
/// `scripts/bench-serve.sh` measured 172 MiB for 128 MiB counted at 640
/// bytes (docs/deploy.md).
const FOUND_BYTES: u64 = 1152;

/// The budget of a connection that shares nothing (a command's).
const OWN_BUDGET: u64 = 16 << 20;

impl Default for LicenseAnswers {
    fn default() -> LicenseAnswers {
        LicenseAnswers::within(OWN_BUDGET)
    }
}

impl LicenseAnswers {
    /// Remembers up to about `budget` bytes; 0 remembers nothing.
    pub(crate) fn within(budget: u64) -> LicenseAnswers {
        LicenseAnswers {
            latest: AtomicI64::new(i64::MIN),
            budget,
            kept: OnceLock::new(),
            count_reads: CountReads::default(),
        }
    }

    /// The reads of the count of changes these connections share.
    pub(crate) fn count_reads(&self) -> &CountReads {
        &self.count_reads
    }

    fn get(&self, count: i64, about: &About) -> Option<Kind> {
        let kept = self.kept.get()?.get(about)?;
        (kept.count == count).then_some(kept.answer)
    }

    /// Keeps `answer` under `count`, unless a later count was seen; a
    /// count later than every other forgets what was kept before.
    fn keep(&self, count: i64, about: About, answer: Kind, bytes: u64) {
        if self.budget == 0 {
            return;
        }
        let kept = self.kept.get_or_init(|| {
            let licenses = usize::try_from(self.budget / 2048).unwrap_or(usize::MAX);
            Cache::with_weighter(licenses.max(16), self.budget, ByBytes)
        });
        let latest = self.latest.fetch_max(count, Ordering::AcqRel);
        if count < latest {
            return;
        }
        if count > latest {
            kept.clear();
        }
        kept.insert(
            about,
            Kept {
                count,
                bytes,
                answer,
            },
        );
    }

    /// The seal check of license `id`, found under `count`.
    pub(crate) fn problem(&self, count: i64, id: i64) -> Option<Option<String>> {
        match self.get(count, &About::Problem(id))? {
            Kind::Problem(problem) => Some(problem),
            Kind::Found(_) => None,
        }
    }

    /// Keeps the seal check of license `id`, found under `count`.
    pub(crate) fn keep_problem(&self, count: i64, id: i64, problem: Option<String>) {
        let bytes = PROBLEM_BYTES + problem.as_ref().map_or(0, |p| p.len() as u64);
        self.keep(count, About::Problem(id), Kind::Problem(problem), bytes);
    }

    /// The license of tenant `tenant` with `key` and its machines, found
    /// under `count`, as of `now` (see [`Found::at`]).
    pub(crate) fn found(
        &self,
        count: i64,
        tenant: i64,
        key: &str,
        now: i64,
    ) -> Option<(License, Vec<Activation>)> {
        match self.get(count, &About::Found(tenant, key.to_string()))? {
            Kind::Found(found) => Some(found.at(now)),
            Kind::Problem(_) => None,
        }
    }

    /// Keeps a license found under `count` with its machines.
    pub(crate) fn keep_found(
        &self,
        count: i64,
        tenant: i64,
        license: &License,
        machines: &[Activation],
    ) {
        let found = Found::of(license, machines);
        let bytes = found.bytes();
        let about = About::Found(tenant, license.key.clone());
        self.keep(count, about, Kind::Found(Arc::new(found)), bytes);
    }
}

/// Reads of the count of changes shared by the connections of one
/// process, as a group commit shares one flush among many commits: a
/// transaction that must know the count as it stood after it began takes
/// a ticket as it begins, and then waits for a read sent after that, or
/// sends one itself. However many validations check their remembered
/// answers at once, one round trip to the server serves them all.
#[derive(Default)]
pub(crate) struct CountReads {
    reads: Mutex<Reads>,
    answered: Condvar,
}

#[derive(Default)]
struct Reads {
    /// How many reads were sent.
    sent: u64,
    /// Whether one is on its way.
    on_the_way: bool,
    /// The latest read answered: its number (in the order sent) and the count.
    latest: Option<(u64, i64)>,
    /// The number of the latest read that failed.
    failed: u64,
}

impl CountReads {
    /// A ticket for a transaction beginning now.
    pub(crate) fn ticket(&self) -> u64 {
        self.lock().sent
    }

    /// The count as read by a read sent after `ticket` was taken: one
    /// answered already or on its way, or else `read`, on the caller's
    /// connection, while others wait for it.
    pub(crate) fn since(&self, ticket: u64, read: impl FnOnce() -> Result<i64>) -> Result<i64> {
        let mut reads = self.lock();
        loop {
            if let Some((number, count)) = reads.latest
                && number > ticket
            {
                return Ok(count);
            }
            if reads.failed > ticket {
                // The server did not answer a read meant for this one too:
                // each asks on its own, none waits for another's failure.
                drop(reads);
                return read();
            }
            if !reads.on_the_way {
                break;
            }
            reads = self.wait(reads);
        }
        reads.sent += 1;
        reads.on_the_way = true;
        let number = reads.sent;
        drop(reads);
        let sending = Sending(self);
        let count = read();
        // One read is on its way at a time: each answered is the latest.
        let mut reads = self.lock();
        match count {
            Ok(count) => reads.latest = Some((number, count)),
            Err(_) => reads.failed = number,
        }
        drop(reads);
        drop(sending);
        count
    }

    fn lock(&self) -> MutexGuard<'_, Reads> {
        self.reads.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, reads: MutexGuard<'a, Reads>) -> MutexGuard<'a, Reads> {
        self.answered
            .wait(reads)
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// A read on its way: when it ends, however (answered, failed, or its
/// thread unwinding), those waiting are told.
struct Sending<'a>(&'a CountReads);

impl Drop for Sending<'_> {
    fn drop(&mut self) {
        self.0.lock().on_the_way = false;
        self.0.answered.notify_all();
    }
}

impl Found {
    fn of(license: &License, machines: &[Activation]) -> Found {
        Found {
            license: license.clone(),
            machines: machines.to_vec(),
        }
    }

    /// The license and its machines as they stand at `now`: the status
    /// follows the time (expiry, grace), and each machine is live or stale
    /// under the license's heartbeat, as the statements that found them
    /// judge (`licenses::status_sql`, `Activation::at`).
    fn at(&self, now: i64) -> (License, Vec<Activation>) {
        let mut license = self.license.clone();
        license.status = status_at(&license, now);
        let heartbeat = license.heartbeat_seconds;
        let machines = self
            .machines
            .iter()
            .map(|m| {
                let seen = (m.first_seen, m.last_seen);
                Activation::at(
                    m.fingerprint.clone(),
                    m.hostname.clone(),
                    seen,
                    heartbeat,
                    now,
                )
            })
            .collect();
        (license, machines)
    }

    /// About what the answer costs in memory.
    fn bytes(&self) -> u64 {
        let l = &self.license;
        let words = |list: &[String]| list.iter().map(|w| w.len() as u64 + 24).sum::<u64>();
        let text = l.key.len() + l.product.len() + l.customer.len() + l.kid.len();
        let text = text + l.token.len() + l.token_customer.len();
        let machines = self.machines.iter().map(|m| {
            let host = m.hostname.as_ref().map_or(0, String::len);
            (std::mem::size_of::<Activation>() + m.fingerprint.len() + host) as u64
        });
        FOUND_BYTES
            + 2 * l.key.len() as u64
            + text as u64
            + words(&l.features)
            + words(&l.domains)
            + words(&l.fingerprints)
            + 48 * l.limits.len() as u64
            + machines.sum::<u64>()
    }
}

/// A license's status at `now`, from what its row stores: a license whose
/// signing key is revoked was found revoked and stays so while the count
/// holds (revoking a key moves it); then its state; then expiry and grace.
fn status_at(license: &License, now: i64) -> LicenseStatus {
    let revoked_by_key =
        license.status == LicenseStatus::Revoked && license.state == LicenseState::Active;
    match license.state {
        _ if revoked_by_key => LicenseStatus::Revoked,
        LicenseState::Suspended => LicenseStatus::Suspended,
        LicenseState::Revoked => LicenseStatus::Revoked,
        LicenseState::Active => match license.expires {
            Some(expires) if expires.0 <= now => {
                let grace = license.grace_seconds.unwrap_or(0);
                if now < expires.0.saturating_add(grace) {
                    LicenseStatus::Grace
                } else {
                    LicenseStatus::Expired
                }
            }
            _ => LicenseStatus::Active,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::UnixTime;
    use crate::store::activations::MachineStatus;

    fn license(state: LicenseState, status: LicenseStatus, expires: Option<i64>) -> License {
        License {
            id: 7,
            key: "ACM-1".into(),
            status,
            product: "app".into(),
            plan: None,
            customer: "ada@example.com".into(),
            issued: UnixTime(0),
            not_before: None,
            expires: expires.map(UnixTime),
            grace_seconds: Some(100),
            features: vec!["sso".into()],
            limits: Default::default(),
            domains: Vec::new(),
            fingerprints: Vec::new(),
            trial: false,
            revocation_reason: None,
            revoked: None,
            heartbeat_seconds: Some(60),
            offline_lease_seconds: None,
            policy: Default::default(),
            version: 1,
            validations: 0,
            last_validated: None,
            kid: "k1".into(),
            token: "a.b.c".into(),
            state,
            token_customer: "cus_1".into(),
        }
    }

    fn machine(last_seen: i64) -> Activation {
        Activation::at(
            "fp".into(),
            None,
            (UnixTime(0), UnixTime(last_seen)),
            None,
            0,
        )
    }

    fn status(state: LicenseState, found: LicenseStatus, now: i64) -> LicenseStatus {
        let answers = LicenseAnswers::within(1 << 20);
        answers.keep_found(1, 1, &license(state, found, Some(1_000)), &[]);
        answers.found(1, 1, "ACM-1", now).unwrap().0.status
    }

    #[test]
    fn a_remembered_license_is_judged_at_each_use_as_its_statement_would() {
        use {LicenseState as State, LicenseStatus as Status};
        assert_eq!(status(State::Active, Status::Active, 999), Status::Active);
        assert_eq!(status(State::Active, Status::Active, 1_000), Status::Grace);
        assert_eq!(
            status(State::Active, Status::Active, 1_100),
            Status::Expired
        );
        // Found in its grace, used after it ends; found expired, in a
        // clock set back: the time decides, not what was found.
        assert_eq!(status(State::Active, Status::Grace, 1_200), Status::Expired);
        assert_eq!(status(State::Active, Status::Expired, 10), Status::Active);
        assert_eq!(
            status(State::Suspended, Status::Suspended, 10),
            Status::Suspended
        );
        assert_eq!(status(State::Revoked, Status::Revoked, 10), Status::Revoked);
        // Revoked by its signing key: stays so while the count holds.
        assert_eq!(status(State::Active, Status::Revoked, 10), Status::Revoked);
    }

    #[test]
    fn a_remembered_machine_goes_stale_when_its_heartbeat_passes() {
        let answers = LicenseAnswers::within(1 << 20);
        let found = license(LicenseState::Active, LicenseStatus::Active, None);
        answers.keep_found(1, 1, &found, &[machine(100)]);
        let live = |now| answers.found(1, 1, "ACM-1", now).unwrap().1[0].status;
        assert_eq!(live(159), MachineStatus::Live);
        assert_eq!(live(160), MachineStatus::Stale);
    }

    #[test]
    fn answers_hold_for_their_count_of_changes_only() {
        let answers = LicenseAnswers::within(1 << 20);
        let found = license(LicenseState::Active, LicenseStatus::Active, None);
        answers.keep_found(5, 1, &found, &[]);
        answers.keep_problem(5, 7, Some("edited".into()));
        assert!(answers.found(5, 1, "ACM-1", 0).is_some());
        assert_eq!(answers.problem(5, 7), Some(Some("edited".into())));
        // Another tenant's license of the same key is another answer.
        assert!(answers.found(5, 2, "ACM-1", 0).is_none());
        // A reader still at an earlier count, or already at a later one,
        // gets nothing; an answer found under an earlier count is not kept.
        assert!(answers.found(4, 1, "ACM-1", 0).is_none());
        assert!(answers.found(6, 1, "ACM-1", 0).is_none());
        answers.keep_problem(6, 8, None);
        assert!(answers.found(5, 1, "ACM-1", 0).is_none());
        answers.keep_problem(5, 9, None);
        assert_eq!(answers.problem(6, 9), None);
        assert_eq!(answers.problem(6, 8), Some(None));
    }

    #[test]
    fn answers_stay_within_their_budget() {
        let found = license(LicenseState::Active, LicenseStatus::Active, None);
        let nothing = LicenseAnswers::within(0);
        nothing.keep_found(1, 1, &found, &[]);
        nothing.keep_problem(1, 7, None);
        assert!(nothing.found(1, 1, "ACM-1", 0).is_none());
        assert_eq!(nothing.problem(1, 7), None);
        let budget = 64 * Found::of(&found, &[]).bytes();
        let some = LicenseAnswers::within(budget);
        for i in 0..1000 {
            let mut other = found.clone();
            other.key = format!("ACM-{i}");
            some.keep_found(1, 1, &other, &[]);
        }
        let kept = some.kept.get().unwrap();
        assert!(kept.weight() <= budget, "{} > {budget}", kept.weight());
        assert!(kept.len() >= 32, "{} kept", kept.len());
    }

    #[test]
    fn one_read_of_the_count_serves_every_transaction_begun_before_it_was_sent() {
        let reads = CountReads::default();
        let sent = std::cell::Cell::new(0);
        let read = |count| {
            sent.set(sent.get() + 1);
            Ok(count)
        };
        let first = reads.ticket();
        assert_eq!(reads.since(first, || read(5)).unwrap(), 5);
        // Begun before that read was sent: it serves, nothing is sent.
        assert_eq!(reads.since(first, || read(6)).unwrap(), 5);
        // Begun after: a read of its own.
        let later = reads.ticket();
        assert_eq!(reads.since(later, || read(6)).unwrap(), 6);
        assert_eq!(sent.get(), 2);
        // A read that failed serves no one: those it was meant for read
        // on their own.
        let next = reads.ticket();
        assert!(reads.since(next, || Err(Error::runtime("lost"))).is_err());
        assert_eq!(reads.since(next, || read(7)).unwrap(), 7);
        assert_eq!(reads.since(next, || read(8)).unwrap(), 8);
    }

    #[test]
    fn transactions_checking_at_once_share_reads_and_see_what_came_before_them() {
        use std::sync::atomic::AtomicU64;
        // `changes` stands for the database's count: each transaction
        // commits a change, then begins, and must see at least its change.
        let (reads, changes, sent) = (CountReads::default(), AtomicI64::new(0), AtomicU64::new(0));
        let read = || {
            sent.fetch_add(1, Ordering::Relaxed);
            let count = changes.load(Ordering::SeqCst);
            std::thread::sleep(std::time::Duration::from_micros(200));
            Ok(count)
        };
        let (threads, each) = (8, 200);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    for _ in 0..each {
                        let committed = changes.fetch_add(1, Ordering::SeqCst) + 1;
                        let ticket = reads.ticket();
                        assert!(reads.since(ticket, read).unwrap() >= committed);
                    }
                });
            }
        });
        let sent = sent.load(Ordering::Relaxed);
        assert!(
            sent < threads * each / 2,
            "{sent} reads for {} checks",
            threads * each
        );
    }
}
