//! Malformed input across commands: each case gets one clear sentence on
//! stderr, its documented exit code, and leaves the database byte for byte
//! as it was (`Sandbox::fails` checks all three).

use crate::util::Sandbox;

/// A shop with a license whose key is returned.
fn shop() -> (Sandbox, String) {
    let s = Sandbox::with_tenant("ed25519");
    let issued = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
    ]);
    (s, issued["key"].as_str().unwrap().to_string())
}

#[test]
fn malformed_command_line_input_is_refused_in_one_sentence() {
    let (s, key) = shop();
    let long = "x".repeat(100_000);
    let search = "y".repeat(50_001);
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["--tenant", "", "license", "list"],
            2,
            "--tenant is empty",
        ),
        (
            vec!["license", "list", "--search", &search],
            2,
            "search for at most 1000",
        ),
        (
            vec!["customer", "list", "--search", &search],
            2,
            "search for at most 1000",
        ),
        (
            vec!["verify", "x.y.z", "--at", "2030-01-01T00:00:00"],
            2,
            "no time zone offset",
        ),
        (
            vec!["validate", &key, "--at", "yesterday"],
            2,
            "is not a time",
        ),
        (
            vec![
                "plan", "create", "app", "pro", "--seats", "3", "--limit", "seats=5",
            ],
            2,
            "with --seats",
        ),
        (
            vec![
                "license",
                "issue",
                "--product",
                "app",
                "--customer",
                "ada@example.com",
                "--seats",
                "3",
                "--limit",
                "seats=5",
            ],
            2,
            "given twice",
        ),
        (
            vec![
                "license",
                "issue",
                "--product",
                "app",
                "--customer",
                "ada@example.com",
                "--expires",
                "2030-01-01T10:00:00",
            ],
            2,
            "is not a date",
        ),
        (vec!["customer", "create", &long], 2, "characters left out"),
        (vec!["product", "create", "a\nb", "--name", "x"], 2, "\\n"),
        (
            vec!["tenant", "create", "Evil\nCorp"],
            2,
            "control character",
        ),
        (
            vec![
                "customer",
                "create",
                "bob@example.com",
                "--name",
                "Bob\u{202e}gnp.exe",
            ],
            2,
            "text-direction override",
        ),
        (
            vec!["product", "create", "tool", "--name", "Tool\u{7}"],
            2,
            "control character",
        ),
    ];
    for (args, code, expected) in cases {
        let err = s.fails(&args, code);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(
            err.chars().count() < 800,
            "{args:?} echoed too much: {} characters",
            err.len()
        );
    }
}

#[test]
fn a_db_that_is_not_a_keywright_database_is_refused_and_left_alone() {
    let s = Sandbox::initialised();
    let empty = s.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    let other = s.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&other).unwrap();
    for (path, expected) in [
        (&empty, "not a keywright database"),
        (&other, "not a keywright database"),
    ] {
        let out = s
            .cmd()
            .args(["--db", path.to_str().unwrap(), "tenant", "list"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(expected), "{err}");
    }
    assert_eq!(
        std::fs::metadata(&empty).unwrap().len(),
        0,
        "the empty file stays empty"
    );
    assert_eq!(
        std::fs::read(&other).unwrap(),
        before,
        "the other program's database is untouched"
    );
    let out = s
        .cmd()
        .args(["--db", s.path().to_str().unwrap(), "tenant", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a folder"));
    // `init` takes an empty file as its own (an init killed before it wrote).
    s.ok(&["--db", empty.to_str().unwrap(), "init"]);
    s.ok(&["--db", empty.to_str().unwrap(), "tenant", "list"]);
}

#[test]
fn a_tenant_named_in_another_script_gets_a_transliterated_slug_and_works_with_file_keys() {
    let s = Sandbox::initialised();
    let tenant = s.json(&["tenant", "create", "日本語 株式会社"]);
    assert_eq!(tenant["slug"], "ri-ben-yu-zhu-shi-hui-she");
    assert_eq!(tenant["name"], "日本語 株式会社");
    s.ok(&["product", "create", "app", "--name", "アプリ"]);
    s.ok(&["customer", "create", "ada@example.com"]);
    let issued = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
    ]);
    let key = issued["key"].as_str().unwrap();
    assert_eq!(s.verdict(&["validate", key]), (0, "VALID".into()));
}
