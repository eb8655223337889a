//! Malformed input across commands: each case gets one clear sentence on
//! stderr, its documented exit code, and leaves the database byte for byte
//! as it was (`Sandbox::fails` checks all three).

use crate::util::{ISSUE, Sandbox};

/// A shop with a license whose key is returned.
fn shop() -> (Sandbox, String) {
    let s = Sandbox::with_tenant("ed25519");
    let key = s.issue_key(&[]);
    (s, key)
}

#[test]
fn malformed_command_line_input_is_refused_in_one_sentence() {
    let (s, key) = shop();
    let long = "x".repeat(100_000);
    let search = "y".repeat(50_001);
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["license", "update", &key],
            2,
            "nothing to update; pass --feature, --add-feature, --remove-feature, --seats, --limit, --remove-limit, --domain, --fingerprint, --heartbeat or --offline-lease",
        ),
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
            "give them as its seats; pass --seats",
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
            vec!["license", "revoke", &key, "--reason", "leaked\u{1b}[2J"],
            2,
            "control character",
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
    let key = issued["items"][0]["key"].as_str().unwrap();
    assert_eq!(s.verdict(&["validate", key]), (0, "VALID".into()));
}

/// Files a malformed-input case can name.
struct Files {
    unknown_column: String,
    unknown_customer: String,
    not_utf8: String,
    folder: String,
    missing: String,
    not_a_token: String,
    not_a_key: String,
}

fn files(s: &Sandbox) -> Files {
    let write = |name: &str, bytes: &[u8]| {
        let path = s.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let folder = s.path().join("folder");
    std::fs::create_dir_all(&folder).unwrap();
    Files {
        unknown_column: write("columns.csv", b"a,b\n1,2\n"),
        unknown_customer: write(
            "customer.csv",
            b"product,customer\napp,nobody@example.com\n",
        ),
        not_utf8: write("binary.csv", b"\xff\xfe\x00,x\n"),
        folder: folder.to_str().unwrap().to_string(),
        missing: s.path().join("missing.csv").to_str().unwrap().to_string(),
        not_a_token: write("request.jwt", b"nonsense"),
        not_a_key: write("key.pem", b"hello\n"),
    }
}

/// The table of malformed input across commands: (arguments, exit code,
/// what the sentence says). Each is refused in one sentence with its
/// documented exit code and leaves the database byte for byte as it was.
#[test]
fn malformed_input_across_commands_is_refused_and_writes_nothing() {
    let (s, key) = shop();
    let f = files(&s);
    let issue = |extra: &[&'static str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ada@example.com",
        ]
        .map(String::from)
        .to_vec();
        args.extend(extra.iter().map(|a| a.to_string()));
        args
    };
    let owned = |args: &[&str]| -> Vec<String> { args.iter().map(|a| a.to_string()).collect() };
    // A typo in the last character: the check character always catches it.
    let last = if key.ends_with('A') { "B" } else { "A" };
    let typo = format!("{}{last}", &key[..key.len() - 1]);
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            owned(&["license", "show", "ACB-XXXX"]),
            2,
            "too short for a license key",
        ),
        (
            owned(&["license", "show", &typo]),
            2,
            "check character does not match",
        ),
        (
            owned(&["license", "machines", "ACM-AAAAA-AAAAA-AAAAA-AAAAA"]),
            2,
            "no license",
        ),
        (
            owned(&["license", "revoke", "ACB-nope", "--yes"]),
            2,
            "too short for a license key",
        ),
        (
            owned(&[
                "license",
                "issue",
                "--product",
                "app",
                "--customer",
                "nobody@example.com",
            ]),
            2,
            "no customer 'nobody@example.com'",
        ),
        (
            owned(&[
                "license",
                "issue",
                "--product",
                "nope",
                "--customer",
                "ada@example.com",
            ]),
            2,
            "no product 'nope'",
        ),
        (issue(&["--duration", "0d"]), 2, "is not a duration"),
        (issue(&["--duration", "forever"]), 2, "is not a duration"),
        (issue(&["--seats", "0"]), 2, "is not a seat count"),
        (
            issue(&["--feature", "nope"]),
            2,
            "is not a feature of product 'app'",
        ),
        (issue(&["--domain", "not a domain"]), 2, "is not a domain"),
        (
            issue(&["--fingerprint", ""]),
            2,
            "is not a machine fingerprint",
        ),
        (issue(&["--count", "0"]), 2, "0 is not in 1..=1000000"),
        (issue(&["--count", "1000000"]), 2, "needs confirmation"),
        (issue(&["--limit", "=5"]), 2, "is not a limit"),
        (issue(&["--limit", "seats=abc"]), 2, "is not a limit"),
        (issue(&["--expires", "2020-01-01"]), 2, "is in the past"),
        (issue(&["--expires", "2030-02-30"]), 2, "is not a date"),
        (
            owned(&["license", "renew", &key, "--extend", "0d"]),
            2,
            "is not a duration",
        ),
        (
            owned(&["license", "renew", &key, "--until", "1999-01-01"]),
            2,
            "in the past",
        ),
        (
            owned(&["license", "update", &key, "--remove-feature", "nope"]),
            2,
            "no feature 'nope' to remove",
        ),
        (
            owned(&["license", "update", &key, "--remove-limit", "nope"]),
            2,
            "no limit 'nope' to remove",
        ),
        (owned(&["license", "update", &key]), 2, "nothing to update"),
        (
            owned(&["license", "activate", &key, "--fingerprint", "a\tb"]),
            2,
            "'a\\tb' is not a machine fingerprint",
        ),
        (
            owned(&["license", "activate", "--request", &f.not_a_token]),
            2,
            "is not a valid activation request",
        ),
        (
            owned(&["license", "check-in", "--request", &f.not_a_token]),
            2,
            "is not a valid activation request",
        ),
        (
            owned(&["license", "deactivate", "--proof", &f.not_a_token]),
            2,
            "is not a valid deactivation proof",
        ),
        (
            owned(&["license", "import", &f.unknown_column, "--yes"]),
            2,
            "line 1: unknown column 'a'",
        ),
        (
            owned(&["license", "import", &f.unknown_customer, "--yes"]),
            2,
            "line 2: no customer",
        ),
        (
            owned(&["license", "import", &f.not_utf8, "--yes"]),
            2,
            "is not UTF-8 text",
        ),
        (
            owned(&["license", "import", &f.folder, "--yes"]),
            2,
            "is a folder",
        ),
        (
            owned(&["license", "import", &f.missing, "--yes"]),
            1,
            "could not read",
        ),
        (
            owned(&["license", "list", "--limit", "0"]),
            2,
            "0 is not in 1..=1000",
        ),
        (
            owned(&["license", "list", "--status", "gone"]),
            2,
            "possible values",
        ),
        (
            owned(&["--tenant", "nobody", "license", "list"]),
            2,
            "there is no tenant 'nobody'",
        ),
        (
            owned(&["--format", "xml", "tenant", "list"]),
            2,
            "possible values",
        ),
        (
            owned(&["customer", "create", "not-an-email"]),
            2,
            "is not an email address",
        ),
        (
            owned(&["customer", "create", "ada@example.com"]),
            2,
            "already exists",
        ),
        (
            owned(&["customer", "update", "nobody@example.com", "--name", "x"]),
            2,
            "no customer",
        ),
        (
            owned(&["product", "create", "Bad Slug!", "--name", "x"]),
            2,
            "is not a product slug",
        ),
        (
            owned(&["product", "update", "app", "--remove-feature", "nope"]),
            2,
            "no feature 'nope' to remove",
        ),
        (
            owned(&["plan", "create", "nope", "pro"]),
            2,
            "no product 'nope'",
        ),
        (
            owned(&["plan", "create", "app", "pro", "--duration", "5x"]),
            2,
            "is not a duration",
        ),
        (
            owned(&[
                "plan",
                "create",
                "app",
                "pro",
                "--seats",
                "99999999999999999999",
            ]),
            2,
            "too large",
        ),
        (
            owned(&["tenant", "create", ""]),
            2,
            "the tenant name is empty",
        ),
        (
            owned(&["tenant", "create", "Acme", "--slug", "acme"]),
            2,
            "already exists in this database",
        ),
        (
            owned(&["tenant", "create", "Other", "--timezone", "Mars/Base"]),
            2,
            "is not an IANA time zone",
        ),
        (
            owned(&["tenant", "suspend", "nobody"]),
            2,
            "no tenant 'nobody'",
        ),
        (
            owned(&["tenant", "update", "acme", "--webhook-url", "ftp://x"]),
            2,
            "is not a webhook URL",
        ),
        (
            owned(&["key", "rotate", "--algorithm", "rsa"]),
            2,
            "possible values",
        ),
        (
            owned(&["key", "export", "--kid", "nope"]),
            2,
            "no signing key 'nope'",
        ),
        (
            owned(&["verify", "--public-key", &f.missing, "x.y.z"]),
            1,
            "could not read",
        ),
        (
            owned(&["verify", "--public-key", &f.not_a_key, "x.y.z"]),
            2,
            "cannot be used as a public key",
        ),
        (
            owned(&["verify", "--jwks", &f.not_a_key, "x.y.z"]),
            2,
            "the JWKS is not JSON",
        ),
        (
            owned(&["audit", "list", "--since", "notatime"]),
            2,
            "is not a time",
        ),
        (
            owned(&["audit", "list", "--limit", "5000"]),
            2,
            "5000 is not in 1..=1000",
        ),
        (
            owned(&["export", "licenses", "--out", &f.folder]),
            2,
            "is a folder; give the path of a file",
        ),
        (
            owned(&["revocations", "export", "--out", &f.folder]),
            2,
            "is a folder; give the path of a file",
        ),
        (
            owned(&["api-key", "create", "--role", "god"]),
            2,
            "possible values",
        ),
        (
            owned(&[
                "api-key",
                "create",
                "--role",
                "admin",
                "--expires",
                "yesterday",
            ]),
            2,
            "is not a date",
        ),
        (
            owned(&["webhooks", "list", "--status", "weird"]),
            2,
            "possible values",
        ),
        (
            owned(&["serve", "--listen", "nonsense"]),
            2,
            "cannot listen on nonsense",
        ),
    ];
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for (args, code, expected) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = s.fails(&args, *code);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn a_refused_command_names_the_command_that_would_let_it() {
    let (s, _) = shop();
    s.ok(&["tenant", "suspend", "acme"]);
    let err = s.fails(&ISSUE, 2);
    assert!(
        err.contains("tenant 'acme' is suspended and issues nothing; reactivate it with `keywright tenant reactivate acme`"),
        "{err}"
    );
    s.ok(&["tenant", "reactivate", "acme"]);
    s.ok(&["product", "deactivate", "app"]);
    let err = s.fails(&ISSUE, 2);
    assert!(
        err.contains(
            "product 'app' is inactive; activate it with `keywright product activate app`"
        ),
        "{err}"
    );
}
