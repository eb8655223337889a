//! Waiting for another process's write. SQLite lets one writer at a time;
//! a command that finds the database locked waits for it, as long as the
//! user would (`lock_wait` in the config, `KEYWRIGHT_LOCK_WAIT`, 10 minutes
//! by default), saying on a terminal what it waits for. Only a wait longer
//! than that fails, with a sentence that says so. The settings are the
//! process's: SQLite's busy handler is a plain function.

use std::cell::Cell;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a command waits for the lock, by default.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(600);

/// After this long, a waiting command on a terminal says that it waits.
const ANNOUNCE_AFTER: Duration = Duration::from_secs(1);

static LIMIT_MILLIS: AtomicU64 = AtomicU64::new(DEFAULT_LOCK_WAIT.as_millis() as u64);
static ANNOUNCE: AtomicBool = AtomicBool::new(false);
static ANNOUNCED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// When the current wait of this thread's connection began.
    static WAITING_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Sets how long this process waits for a lock, and whether it says so
/// on stderr when stderr is a terminal.
pub fn configure(limit: Duration, announce: bool) {
    LIMIT_MILLIS.store(limit.as_millis() as u64, Ordering::Relaxed);
    ANNOUNCE.store(
        announce && std::io::stderr().is_terminal(),
        Ordering::Relaxed,
    );
}

/// How long this process waits for a lock.
pub fn limit() -> Duration {
    Duration::from_millis(LIMIT_MILLIS.load(Ordering::Relaxed))
}

/// SQLite's busy handler: `attempt` counts from 0 within one wait. Returns
/// whether to try again.
pub(crate) fn on_busy(attempt: i32) -> bool {
    let now = Instant::now();
    let since = WAITING_SINCE.with(|cell| {
        if attempt == 0 || cell.get().is_none() {
            cell.set(Some(now));
        }
        cell.get().unwrap_or(now)
    });
    let waited = now.duration_since(since);
    if waited >= limit() {
        WAITING_SINCE.with(|cell| cell.set(None));
        return false;
    }
    if waited >= ANNOUNCE_AFTER
        && ANNOUNCE.load(Ordering::Relaxed)
        && !ANNOUNCED.swap(true, Ordering::Relaxed)
    {
        eprintln!(
            "waiting for another keywright command to finish writing to the database (up to {}; Ctrl-C stops waiting)",
            describe(limit())
        );
    }
    // Short sleeps first, so a brief lock costs little; then 50 ms steps.
    let pause = Duration::from_millis(match attempt {
        0..=4 => 1 << attempt,
        _ => 50,
    });
    std::thread::sleep(pause);
    true
}

/// A wait as the config writes it: `10min`, `90s`, `1h`.
pub fn describe(wait: Duration) -> String {
    crate::domain::time::seconds_text(i64::try_from(wait.as_secs()).unwrap_or(i64::MAX))
}
