//! Writers that meet: a command waits for another's write to finish (as
//! long as `lock_wait` allows) instead of failing.

use std::time::{Duration, Instant};

use crate::util::{ISSUE, Sandbox};

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
    // SQLite's write lock, held from another connection.
    let s = Sandbox::on_sqlite().set_up_shop("ed25519");
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
    // SQLite's write lock, held from another connection.
    let s = Sandbox::on_sqlite()
        .with_env("KEYWRIGHT_LOCK_WAIT", "1s")
        .set_up_shop("ed25519");
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

/// Whether the long form runs (`KEYWRIGHT_LONG=1`, set by
/// `scripts/long-proof.sh`): the full sizes the README states.
fn long_form() -> bool {
    std::env::var("KEYWRIGHT_LONG").is_ok_and(|v| v == "1")
}

/// Runs `keywright license issue` `times` times in a row, each a process of
/// its own; every one must succeed without a word about locks.
fn issue_one_by_one(s: &Sandbox, times: u32) {
    for _ in 0..times {
        let out = s.cmd().args(ISSUE).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "an issue failed beside other writers: {err}"
        );
        assert!(!err.contains("locked") && !err.contains("busy"), "{err}");
    }
}

fn licenses(s: &Sandbox) -> i64 {
    s.number("SELECT COUNT(*) FROM licenses")
}

#[test]
fn four_writers_issuing_at_once_all_succeed() {
    let s = Sandbox::with_tenant("ed25519");
    let each = if long_form() { 1_000 } else { 40 };
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| issue_one_by_one(&s, each));
        }
    });
    assert_eq!(licenses(&s), 4 * i64::from(each));
    s.ok(&["audit", "verify"]);
}

#[test]
fn a_large_batch_beside_three_other_writers_all_succeed() {
    let s = Sandbox::with_tenant("ed25519");
    let (batch, each) = if long_form() {
        (100_000, 200)
    } else {
        (4_000, 15)
    };
    std::thread::scope(|scope| {
        scope.spawn(|| {
            s.ok(&[&ISSUE[..], &["--count", &batch.to_string()]].concat());
        });
        std::thread::sleep(Duration::from_millis(200));
        for _ in 0..3 {
            scope.spawn(|| issue_one_by_one(&s, each));
        }
    });
    assert_eq!(licenses(&s), batch + 3 * i64::from(each));
    s.ok(&["audit", "verify"]);
}
