//! Progress on a terminal for long work, and silence everywhere else: a
//! script reading stderr sees no bar, no carriage return, no escape code.

use crate::util::{ISSUE, Sandbox};

/// Long work of every kind that shows progress on a terminal.
fn long_work(s: &Sandbox) -> Vec<Vec<String>> {
    let csv = s.path().join("rows.csv");
    std::fs::write(&csv, "product,customer,count\napp,ada@example.com,300\n").unwrap();
    let out = s.path().join("licenses.csv");
    let owned = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    vec![
        owned(&[&ISSUE[..6], &["--count", "3000", "--yes"]].concat()),
        owned(&["license", "import", csv.to_str().unwrap(), "--yes"]),
        owned(&["export", "licenses", "--out", out.to_str().unwrap()]),
        owned(&["doctor"]),
        owned(&["license", "revoke", "--bulk", "--product", "app", "--yes"]),
        owned(&["db", "copy", "--to", &crate::util::pg::new_database()]),
    ]
}

#[test]
fn long_work_is_silent_on_stderr_that_is_not_a_terminal() {
    let s = Sandbox::with_tenant("ed25519");
    let mut all = long_work(&s);
    all.push(vec!["verify".into(), "-".into()]);
    let tokens = s.ok(&[&ISSUE[..], &["--count", "2000"]].concat());
    for args in &all {
        let mut cmd = s.cmd();
        cmd.args(args);
        if args[0] == "verify" {
            cmd.write_stdin(tokens.clone());
        }
        let out = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains('\r') && !err.contains('\u{1b}'),
            "{args:?} drew on stderr: {err:?}"
        );
        for word in [
            "issuing",
            "importing",
            "exporting",
            "checking",
            "revoking",
            "verifying",
            "copying",
        ] {
            assert!(!err.contains(word), "{args:?} showed progress: {err:?}");
        }
    }
}

/// On a real terminal (a pseudo-terminal made by `script`), the bar shows.
#[test]
fn long_work_shows_progress_on_a_terminal() {
    let s = Sandbox::with_tenant("ed25519");
    let out = s
        .bash(
            "TERM=xterm script -qec '\"$KEYWRIGHT\" license issue --product app --customer ada@example.com --count 20000 --yes > /dev/null' /dev/null",
        )
        .output()
        .unwrap();
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{seen}");
    assert!(seen.contains("issuing"), "no bar on the terminal: {seen:?}");
}

/// `db copy` counts the rows it copies on a terminal.
#[test]
fn a_copy_to_postgres_shows_its_rows_on_a_terminal() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[&ISSUE[..6], &["--count", "20000", "--yes"]].concat());
    let script = format!(
        "TERM=xterm script -qec '\"$KEYWRIGHT\" db copy --to {} > /dev/null' /dev/null",
        crate::util::pg::new_database()
    );
    let out = s.bash(&script).output().unwrap();
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{seen}");
    assert!(
        seen.contains("copying rows"),
        "no count on the terminal: {seen:?}"
    );
}
