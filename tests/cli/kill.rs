//! A kill in the middle of a command leaves the database as it was before
//! it: every command's writes are one transaction.

use std::time::Duration;

use crate::util::Sandbox;

/// Starts `args`, kills it with SIGKILL once it is well into its work, and
/// checks that nothing it did is visible.
fn killed_midway_changes_nothing(s: &Sandbox, args: &[&str]) {
    let before = s.snapshot();
    let mut child = s
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1_500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "{args:?} finished before it could be killed"
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
