//! Writers that meet: a command waits for another's write to finish (as
//! long as `lock_wait` allows) instead of failing.

use std::time::{Duration, Instant};

use crate::util::Sandbox;

/// Holds the database's write lock from another connection for `hold`.
fn hold_write_lock(s: &Sandbox, hold: Duration) -> std::thread::JoinHandle<()> {
    let conn = rusqlite::Connection::open(s.db_path()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    std::thread::spawn(move || {
        std::thread::sleep(hold);
        conn.execute_batch("ROLLBACK").unwrap();
    })
}

#[test]
fn a_writer_waits_for_a_long_write_instead_of_failing() {
    let s = Sandbox::with_tenant("ed25519");
    let started = Instant::now();
    let holder = hold_write_lock(&s, Duration::from_millis(5_500));
    s.ok(&["customer", "create", "grace@example.com"]);
    assert!(started.elapsed() >= Duration::from_millis(5_500));
    holder.join().unwrap();
    assert_eq!(
        s.json(&["customer", "show", "grace@example.com"])["email"],
        "grace@example.com"
    );
}

#[test]
fn a_wait_longer_than_lock_wait_fails_in_one_sentence_that_says_so() {
    let s = Sandbox::with_tenant("ed25519").with_env("KEYWRIGHT_LOCK_WAIT", "1s");
    let holder = hold_write_lock(&s, Duration::from_secs(3));
    let out = s
        .cmd()
        .args(["customer", "create", "grace@example.com"])
        .output()
        .unwrap();
    holder.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("after waiting 1s") && err.contains("lock_wait"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1);
}
