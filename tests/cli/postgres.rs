//! keywright on PostgreSQL, against a real server started from Debian's
//! `postgresql` package (`scripts/postgres-server.sh`): the URL and where
//! its password comes from, migrations on first use, TLS as `sslmode` asks,
//! and every way a connection fails told in one sentence.

use crate::util::pg::{new_database, server};
use crate::util::{Sandbox, looks_raw};

/// The password in a URL.
fn password_of(url: &str) -> String {
    let after_user = url.split_once("://").unwrap().1;
    let credentials = after_user.split_once('@').unwrap().0;
    credentials.split_once(':').unwrap().1.to_string()
}

/// Runs keywright on `url` and asserts it fails with `code` and one
/// sentence that never shows the password.
fn fails_on(s: &Sandbox, url: &str, args: &[&str], code: i32) -> String {
    let output = s.cmd().arg("--db").arg(url).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one sentence: {stderr}"
    );
    assert!(!looks_raw(&stderr), "{stderr}");
    assert!(output.stdout.is_empty(), "{stderr}");
    let password = password_of(&server().url);
    assert!(
        !stderr.contains(&password),
        "the password is shown: {stderr}"
    );
    stderr
}

#[test]
fn init_on_postgres_makes_the_schema_and_every_shown_url_masks_the_password() {
    let s = Sandbox::new().with_env("KEYWRIGHT_KEY_STORE", "file");
    let url = new_database();
    let init = s.json(&["--db", &url, "init"]);
    assert!(
        init["database"]
            .as_str()
            .unwrap()
            .contains(":***@127.0.0.1:"),
        "{init}"
    );
    for _ in 0..2 {
        let status = s.json(&["--db", &url, "db", "status"]);
        assert_eq!(status["backend"], "postgres", "{status}");
        assert_eq!(
            status["schema_version"], status["schema_expected"],
            "{status}"
        );
        assert_eq!(status["licenses"], 0, "{status}");
        assert_eq!(status["audit_entries"], 0, "{status}");
        let shown = status["database"].as_str().unwrap();
        assert!(shown.contains(":***@127.0.0.1:"), "{shown}");
        assert!(!status.to_string().contains(&password_of(&url)), "{status}");
    }
    // The password from PGPASSWORD, then from a password file.
    let bare = url.replacen(&format!(":{}@", password_of(&url)), "@", 1);
    let from_env = Sandbox::copy_of(&s).with_env("PGPASSWORD", &password_of(&url));
    assert_eq!(
        from_env.json(&["--db", &bare, "db", "status"])["backend"],
        "postgres"
    );
    let from_file = Sandbox::copy_of(&s);
    let pgpass = from_file.file(
        "pgpass",
        &format!("127.0.0.1:*:*:keywright:{}\n", password_of(&url)),
    );
    std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let from_file = from_file.with_env("PGPASSFILE", &pgpass);
    assert_eq!(
        from_file.json(&["--db", &bare, "db", "status"])["backend"],
        "postgres"
    );
}

#[test]
fn tls_follows_sslmode_and_verify_full_checks_the_root_and_the_name() {
    let s = Sandbox::new();
    let url = new_database();
    s.ok(&["--db", &url, "init", "--key-store", "file"]);
    let root = &server().root_cert;
    let plain = s.json(&["--db", &format!("{url}?sslmode=disable"), "db", "status"]);
    assert_eq!(plain["connection"], "none", "{plain}");
    for (query, host) in [
        ("sslmode=require".to_string(), "127.0.0.1"),
        (
            format!("sslmode=verify-full&sslrootcert={root}"),
            "127.0.0.1",
        ),
        (
            format!("sslmode=verify-full&sslrootcert={root}"),
            "localhost",
        ),
        (format!("sslmode=verify-ca&sslrootcert={root}"), "127.0.0.1"),
    ] {
        let url = format!("{}?{query}", url.replacen("127.0.0.1", host, 1));
        let status = s.json(&["--db", &url, "db", "status"]);
        assert_eq!(status["backend"], "postgres", "{url}");
        let connection = status["connection"].as_str().unwrap();
        assert!(connection.starts_with("TLSv1."), "{url}: {status}");
    }
    for mode in ["verify-full", "verify-ca"] {
        let unknown_root = format!("{url}?sslmode={mode}");
        let err = fails_on(&s, &unknown_root, &["db", "status"], 1);
        assert!(
            err.contains("over TLS") && err.contains("sslrootcert"),
            "{err}"
        );
    }
}

#[test]
fn each_way_a_connection_fails_is_one_sentence_naming_host_and_port() {
    let s = Sandbox::new();
    let url = new_database();
    let password = password_of(&url);
    let address = url
        .split_once('@')
        .unwrap()
        .1
        .split_once('/')
        .unwrap()
        .0
        .to_string();
    let wrong = url.replacen(&password, "wrong", 1);
    let err = fails_on(&s, &wrong, &["db", "status"], 1);
    assert!(
        err.contains(&address) && err.contains("refused the password"),
        "{err}"
    );
    let missing = format!("{}/nowhere", url.rsplit_once('/').unwrap().0);
    let err = fails_on(&s, &missing, &["db", "status"], 1);
    assert!(
        err.contains(&address) && err.contains("does not exist"),
        "{err}"
    );
    let no_password = url.replacen(&format!(":{password}@"), "@", 1);
    let err = fails_on(&s, &no_password, &["db", "status"], 1);
    assert!(err.contains("asks for a password"), "{err}");
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let unreachable = url.replacen(address.split(':').nth(1).unwrap(), &closed.to_string(), 1);
    let err = fails_on(&s, &unreachable, &["db", "status"], 1);
    assert!(
        err.contains(&format!("127.0.0.1:{closed}")) && err.contains("could not be reached"),
        "{err}"
    );
    let err = fails_on(
        &s,
        &format!("{url}?sslmode=sometimes"),
        &["db", "status"],
        2,
    );
    assert!(err.contains("sslmode"), "{err}");
}

#[test]
fn a_newer_schema_or_another_programs_tables_are_refused_and_left_alone() {
    let s = Sandbox::new();
    let newer = new_database();
    s.ok(&["--db", &newer, "init", "--key-store", "file"]);
    let mut client = postgres::Client::connect(&newer, postgres::NoTls).unwrap();
    client
        .batch_execute("UPDATE meta SET value = '99' WHERE name = 'schema_version'")
        .unwrap();
    let err = fails_on(&s, &newer, &["db", "status"], 1);
    assert!(
        err.contains("schema version 99") && err.contains("upgrade keywright"),
        "{err}"
    );

    let foreign = new_database();
    let mut client = postgres::Client::connect(&foreign, postgres::NoTls).unwrap();
    client
        .batch_execute("CREATE TABLE orders (id int)")
        .unwrap();
    let err = fails_on(&s, &foreign, &["db", "status"], 1);
    assert!(err.contains("not keywright's"), "{err}");
    let tables = count_in(
        &foreign,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    );
    assert_eq!(
        tables, 1,
        "nothing was created beside another program's table"
    );
}

#[test]
fn an_empty_database_is_made_only_by_init_and_a_file_backup_is_refused() {
    let s = Sandbox::new();
    let url = new_database();
    for args in [&["license", "list"][..], &["doctor"], &["db", "status"]] {
        let err = fails_on(&s, &url, args, 2);
        assert!(err.contains("`keywright init`"), "{err}");
    }
    let tables = count_in(
        &url,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    );
    assert_eq!(tables, 0, "a command other than init made the schema");
    s.ok(&["--db", &url, "init", "--key-store", "file"]);
    let err = fails_on(&s, &url, &["db", "backup", "--out", "copy.db"], 2);
    assert!(err.contains("pg_dump"), "{err}");
}

/// The rows' own proofs, table by table, in the order of their ids: the
/// audit hashes and every seal, read from SQLite and from PostgreSQL.
fn proofs_in_sqlite(s: &Sandbox) -> Vec<String> {
    let conn = rusqlite::Connection::open(s.db_path()).unwrap();
    PROOFS
        .iter()
        .flat_map(|sql| {
            let mut stmt = conn.prepare(sql).unwrap();
            stmt.query_map([], |row| row.get::<_, Option<String>>(0))
                .unwrap()
                .map(|value| value.unwrap().unwrap_or_default())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn proofs_in_postgres(url: &str) -> Vec<String> {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    PROOFS
        .iter()
        .flat_map(|sql| {
            client
                .query(*sql, &[])
                .unwrap()
                .iter()
                .map(|row| row.get::<_, Option<String>>(0).unwrap_or_default())
                .collect::<Vec<_>>()
        })
        .collect()
}

const PROOFS: [&str; 9] = [
    "SELECT hash FROM audit_log ORDER BY id",
    "SELECT head || signature FROM audit_checkpoints ORDER BY id",
    "SELECT seal FROM licenses ORDER BY id",
    "SELECT seal FROM tenants ORDER BY id",
    "SELECT seal FROM signing_keys ORDER BY id",
    "SELECT token FROM licenses ORDER BY id",
    "SELECT seal FROM activations ORDER BY id",
    "SELECT seal FROM api_keys ORDER BY id",
    "SELECT secret_hash FROM api_keys ORDER BY id",
];

/// The count a `SELECT count(*) …` finds in the database at `url`.
fn count_in(url: &str, sql: &str) -> i64 {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    client.query_one(sql, &[]).unwrap().get(0)
}

/// The counts `db status` gives, without what names the database.
fn counts(s: &Sandbox, db: &str) -> serde_json::Value {
    let mut status = s.json(&["--db", db, "db", "status"]);
    for name in ["backend", "database", "connection"] {
        status.as_object_mut().unwrap().remove(name);
    }
    status
}

#[test]
fn db_copy_carries_every_row_seal_and_audit_entry_and_refuses_a_target_with_data() {
    let s = Sandbox::on_sqlite().set_up_shop("ed25519");
    for _ in 0..3 {
        s.issue_key(&[]);
    }
    let revoked = s.issue_key(&[]);
    s.ok(&["license", "revoke", &revoked]);
    // A row in every table a command writes: a plan, a machine, an API
    // key, a second signing key, a checkpoint.
    s.ok(&["plan", "create", "app", "pro", "--seats", "2"]);
    let seated = s.issue_key(&["--plan", "pro"]);
    s.ok(&["license", "activate", &seated, "--fingerprint", "m-1"]);
    s.ok(&["api-key", "create", "--role", "reader", "--name", "ops"]);
    s.ok(&["key", "rotate"]);
    s.ok(&["audit", "checkpoint"]);
    let url = new_database();
    let copied = s.json(&["db", "copy", "--to", &url]);
    assert!(!copied.to_string().contains(&password_of(&url)), "{copied}");
    let sqlite = s.db_path().display().to_string();
    assert_eq!(counts(&s, &url), counts(&s, &sqlite));
    assert_eq!(copied["licenses"], 5, "{copied}");
    for kind in ["plans", "machines", "api_keys", "audit_checkpoints"] {
        assert_eq!(copied[kind], 1, "{kind}: {copied}");
    }
    assert_eq!(copied["signing_keys"], 2, "{copied}");
    assert_eq!(proofs_in_postgres(&url), proofs_in_sqlite(&s));
    // The copy's statistics are gathered: no plan follows default guesses.
    let unanalyzed = count_in(
        &url,
        "SELECT count(*) FROM pg_stat_user_tables WHERE last_analyze IS NULL",
    );
    assert_eq!(unanalyzed, 0);

    let err = fails_on(&s, &sqlite, &["db", "copy", "--to", &url], 2);
    assert!(err.contains("already holds keywright data"), "{err}");
    assert_eq!(
        counts(&s, &url),
        counts(&s, &sqlite),
        "the refused copy changed the target"
    );

    let from = Sandbox::new().with_env("KEYWRIGHT_KEY_STORE", "file");
    let elsewhere = new_database();
    let source = Sandbox::copy_of(&s);
    let err = fails_on(&from, &sqlite, &["db", "copy", "--to", "/tmp/k.db"], 2);
    assert!(err.contains("names no PostgreSQL database"), "{err}");
    // From one PostgreSQL database to another, with the same keys.
    source.ok(&["db", "copy", "--from", &url, "--to", &elsewhere]);
    assert_eq!(proofs_in_postgres(&elsewhere), proofs_in_sqlite(&s));
    source.ok(&["--db", &elsewhere, "doctor"]);
    source.ok(&["--db", &elsewhere, "audit", "verify"]);

    // From a file in another folder: its keys are the file key store beside
    // it, unless a key folder is named.
    let other = Sandbox::new();
    std::fs::create_dir_all(other.config_path().parent().unwrap()).unwrap();
    std::fs::write(other.config_path(), "key_store = \"file\"\n").unwrap();
    let third = new_database();
    other.ok(&["db", "copy", "--from", &sqlite, "--to", &third]);
    assert_eq!(proofs_in_postgres(&third), proofs_in_sqlite(&s));
}

#[test]
fn db_copy_of_a_tampered_source_or_a_failing_target_leaves_the_target_empty() {
    let s = Sandbox::on_sqlite().set_up_shop("ed25519");
    let key = s.issue_key(&[]);
    let sqlite = s.db_path().display().to_string();

    // A target that fails half-way through the copy keeps nothing of it.
    let failing = new_database();
    s.ok(&["--db", &failing, "init"]);
    let mut client = postgres::Client::connect(&failing, postgres::NoTls).unwrap();
    client
        .batch_execute(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'full'; END $$;
             CREATE TRIGGER refuse BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse();",
        )
        .unwrap();
    let err = fails_on(&s, &sqlite, &["db", "copy", "--to", &failing], 1);
    assert!(err.contains("could not copy audit_log"), "{err}");
    assert_eq!(
        counts(&s, &failing)["tenants"],
        0,
        "a failed copy kept rows"
    );
    assert_eq!(
        counts(&s, &failing)["licenses"],
        0,
        "a failed copy kept rows"
    );

    // A source edited behind keywright's back is not copied.
    s.tamper(&format!(
        "UPDATE licenses SET features = '[\"everything\"]' WHERE key = '{key}'"
    ));
    let target = new_database();
    let err = fails_on(&s, &sqlite, &["db", "copy", "--to", &target], 1);
    assert!(
        err.contains("seals check") && err.contains("doctor"),
        "{err}"
    );
    assert_eq!(counts(&s, &target)["tenants"], 0);
}

#[test]
fn the_count_of_changes_only_grows_so_no_edit_can_set_it_back() {
    // A running service trusts its remembered seal checks while the count
    // stays the same: an edit that also set the count back would hide.
    let url = new_database();
    let s = Sandbox::on_database(&url).set_up_shop("ed25519");
    s.issue_key(&[]);
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let set_back = "BEGIN; UPDATE licenses SET status = 'suspended'; \
        UPDATE meta SET value = (value::bigint - 1)::text WHERE name = 'changes'; COMMIT";
    for sql in [
        set_back,
        "UPDATE meta SET value = '0' WHERE name = 'changes'",
        "UPDATE meta SET value = 'x' WHERE name = 'changes'",
        "UPDATE meta SET name = 'changed' WHERE name = 'changes'",
        "DELETE FROM meta WHERE name = 'changes'",
        "TRUNCATE meta",
    ] {
        let before = s.snapshot();
        let refused = client.batch_execute(sql).unwrap_err();
        client.batch_execute("ROLLBACK").unwrap();
        let message = refused.as_db_error().map(|e| e.message().to_string());
        assert!(
            message.as_deref().is_some_and(|m| m.contains("keywright")),
            "{sql}: {refused:?}"
        );
        assert_eq!(s.snapshot(), before, "{sql}");
    }
    client
        .batch_execute("UPDATE meta SET value = (value::bigint + 5)::text WHERE name = 'changes'")
        .unwrap();
    s.ok(&["doctor"]);
}

#[test]
fn a_batch_whose_drawn_key_was_taken_writes_nothing_and_says_so() {
    // Drawn keys meet so rarely that the batch fails whole; here the store
    // is given a taken key first, so that the rows sent in the background
    // fail while the next ones are made.
    use keywright::keystore::{KeyStore, KeyStoreKind};
    use keywright::store::{NewLicense, Store, location};
    let url = new_database();
    let s = Sandbox::on_database(&url).set_up_shop("ed25519");
    let taken = s.issue_key(&[]);
    let token = s.rows("SELECT token, kid FROM licenses").remove(0);
    let (token, kid) = (token[0].clone().unwrap(), token[1].clone().unwrap());
    let (product, customer) = (
        s.number("SELECT id FROM products"),
        s.number("SELECT id FROM customers"),
    );
    let before = s.snapshot();
    let keys = KeyStore::new(
        KeyStoreKind::File,
        &s.db_path().parent().unwrap().join("keys"),
    );
    let mut store = Store::open_at(&location::locate(url.as_ref()).unwrap()).unwrap();
    keywright::service::sealing::attach(&mut store, &keys).unwrap();
    let drawn: Vec<String> = (0..6000).map(|i| format!("{taken}-{i}")).collect();
    let mut insert = |keys: &[&str]| {
        store.write(|tx| {
            let tenant = tx.tenant_by_slug("acme")?.unwrap();
            let scope = tx.scope(&tenant)?;
            for key in keys {
                scope.insert_license(&NewLicense {
                    key,
                    product_id: product,
                    plan_id: None,
                    customer_id: customer,
                    issued_at: 1,
                    not_before: None,
                    expires_at: None,
                    grace_seconds: None,
                    features: &[],
                    limits: &Default::default(),
                    domains: &[],
                    fingerprints: &[],
                    trial: false,
                    seating: Default::default(),
                    policy: None,
                    kid: &kid,
                    token: &token,
                    changed_seq: 1,
                })?;
            }
            Ok(())
        })
    };
    let keys: Vec<&str> = drawn.iter().map(String::as_str).collect();
    let failed = insert(&[&[taken.as_str()], &keys[..]].concat()).unwrap_err();
    assert!(failed.to_string().contains("was taken already"), "{failed}");
    assert_eq!(s.snapshot(), before);
    // The connection is whole again: the next batch goes in.
    insert(&keys).unwrap();
    assert_eq!(s.number("SELECT count(*) FROM licenses"), 6001);
}
