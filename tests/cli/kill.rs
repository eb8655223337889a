//! A kill in the middle of a command leaves the database as it was before
//! it: every command's writes are one transaction.

use std::time::{Duration, Instant};

use crate::util::Sandbox;

/// Whether another connection holds the database's write lock: a writer's
/// transaction is open.
fn write_lock_is_held(s: &Sandbox) -> bool {
    let Ok(conn) = rusqlite::Connection::open(s.db_path()) else {
        return false;
    };
    match conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
        Ok(()) => false,
        Err(e) => e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy),
    }
}

/// Starts `args`, kills it with SIGKILL once its write transaction is
/// open and it has been writing for a while, and checks that nothing it
/// did is visible.
fn killed_midway_changes_nothing(s: &Sandbox, args: &[&str]) {
    let before = s.snapshot();
    let mut child = s
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !write_lock_is_held(s) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "{args:?} finished before its transaction was seen open"
        );
        assert!(
            Instant::now() < deadline,
            "{args:?} never opened its transaction"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // Let it write for a while: the kill lands in the middle of its rows.
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        write_lock_is_held(s),
        "{args:?} ended its transaction before it could be killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(s.snapshot(), before, "{args:?} left changes behind");
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}

#[test]
fn a_killed_batch_issue_leaves_the_database_as_it_was() {
    let s = Sandbox::with_tenant("ed25519");
    let issue = [
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "--yes",
        "-q",
    ];
    s.ok(&[&issue[..], &["--count", "2000"]].concat());
    killed_midway_changes_nothing(&s, &[&issue[..], &["--count", "1000000"]].concat());
}
