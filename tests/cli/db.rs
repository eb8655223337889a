//! `keywright db`: what the database holds, and a backup taken while other
//! commands write, which is one whole moment of the database.

use std::os::unix::fs::PermissionsExt;

use crate::util::{Sandbox, on_postgres};

#[test]
fn db_status_counts_every_kind_of_record_and_says_where_the_keys_are() {
    let s = Sandbox::with_tenant("ed25519");
    s.issue_key(&[]);
    s.issue_key(&[]);
    let status = s.json(&["db", "status"]);
    assert_eq!(status["schema_version"], status["schema_expected"]);
    if on_postgres() {
        assert_eq!(status["backend"], "postgres", "{status}");
        assert!(
            status["database"].as_str().unwrap().contains(":***@"),
            "{status}"
        );
    } else {
        assert_eq!(status["backend"], "sqlite", "{status}");
        assert_eq!(
            status["database"].as_str(),
            s.db_path().to_str(),
            "{status}"
        );
    }
    for (kind, count) in [
        ("tenants", 1),
        ("signing_keys", 1),
        ("products", 1),
        ("customers", 1),
        ("licenses", 2),
        ("machines", 0),
        ("api_keys", 0),
        ("webhooks", 0),
    ] {
        assert_eq!(status[kind], count, "{kind}: {status}");
    }
    assert!(status["audit_entries"].as_i64().unwrap() >= 5, "{status}");
    assert_eq!(status["key_store"], "file");
    let keys = status["keys"].as_str().unwrap();
    assert!(keys.starts_with("key files under "), "{keys}");
    let given = Sandbox::copy_of(&s).with_env("KEYWRIGHT_SIGNING_KEY_FILE", "/nowhere");
    let keys = given.json(&["db", "status"])["keys"].to_string();
    assert!(keys.contains("KEYWRIGHT_SIGNING_KEY_FILE"), "{keys}");
    let table = s.ok(&["db", "status"]);
    assert!(
        table.contains("LICENSES") && table.contains("AUDIT ENTRIES"),
        "{table}"
    );
}

#[test]
fn a_backup_taken_while_licenses_are_issued_is_one_whole_moment() {
    // A backup is of a SQLite file (PostgreSQL's is pg_dump's).
    let s = Sandbox::on_sqlite().set_up_shop("ed25519");
    let mut writer = s
        .bash(
            r#"for i in $(seq 1 40); do
                 "$KEYWRIGHT" license issue --product app --customer ada@example.com -q >/dev/null || exit 1
               done"#,
        )
        .spawn()
        .unwrap();
    while s.json(&["db", "status"])["licenses"].as_i64().unwrap() < 3 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Beside the database, where the file key store's keys are found.
    let backup = s.db_path().with_file_name("backup.db");
    let backup = backup.to_str().unwrap();
    s.ok(&["db", "backup", "--out", backup]);
    assert!(
        writer.wait().unwrap().success(),
        "the writer was not held up"
    );
    let mode = std::fs::metadata(backup).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // The copy opens, holds its seals and its audit chain, and is a moment
    // between the first licenses and the last.
    s.ok(&["--db", backup, "doctor"]);
    s.ok(&["--db", backup, "audit", "verify"]);
    let copied = s.json(&["--db", backup, "db", "status"])["licenses"]
        .as_i64()
        .unwrap();
    assert!((3..=40).contains(&copied), "{copied}");
    let issued = s.json(&["--db", backup, "license", "list", "--limit", "1000"]);
    assert_eq!(issued["items"].as_array().unwrap().len() as i64, copied);

    let err = s.fails(&["db", "backup", "--out", backup], 2);
    assert!(
        err.contains("replace the existing file") && err.contains("--yes"),
        "{err}"
    );
    s.ok(&["db", "backup", "--out", backup, "--yes"]);
    let itself = s.db_path();
    let err = s.fails(&["db", "backup", "--out", itself.to_str().unwrap()], 2);
    assert!(err.contains("is the database itself"), "{err}");
}

#[test]
fn a_url_is_never_taken_for_a_database_file_and_its_password_is_never_shown() {
    let s = Sandbox::new();
    for given in [
        "postgres://ada:s3cret@db.example:5432/keywright",
        "mysql://db/kw",
    ] {
        let out = s.cmd().args(["--db", given, "init"]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        // A PostgreSQL URL is tried (its host is unreachable); another
        // scheme is refused.
        let code = if given.starts_with("postgres") { 1 } else { 2 };
        assert_eq!(out.status.code(), Some(code), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            err.contains("PostgreSQL") || err.contains("keywright cannot open"),
            "{err}"
        );
        assert!(!err.contains("s3cret"), "{err}");
    }
    assert!(!s.path().join("postgres:").exists() && !s.path().join("mysql:").exists());
    let named = s.path().join("kw.db");
    let sqlite = format!("sqlite:{}", named.display());
    s.ok(&["--db", &sqlite, "init", "--key-store", "file"]);
    assert!(named.is_file());
    assert_eq!(
        s.json(&["--db", &sqlite, "db", "status"])["database"],
        named.to_str().unwrap()
    );
}
