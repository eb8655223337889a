//! The foundation: init, tenants, catalog, customers, audit, errors.

use crate::util::Sandbox;

fn acme() -> Sandbox {
    let s = Sandbox::initialised();
    s.ok(&[
        "tenant",
        "create",
        "Acme Bank Ltd",
        "--timezone",
        "Africa/Nairobi",
    ]);
    s
}

#[test]
fn init_is_idempotent_and_creates_private_files() {
    // The modes of a SQLite file and its folder.
    let s = Sandbox::on_sqlite();
    let first = s.json(&["init"]);
    assert_eq!(first["config_created"], true);
    assert_eq!(first["key_store"], "keyring");
    let second = s.json(&["init", "--key-store", "file"]);
    assert_eq!(second["config_created"], false);
    assert_eq!(second["key_store"], "file");
    let config = std::fs::read_to_string(s.config_path()).unwrap();
    assert!(config.contains("key_store = \"file\""), "{config}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&s.db_path()), 0o600);
        assert_eq!(mode(s.db_path().parent().unwrap()), 0o700);
        assert_eq!(mode(&s.config_path()), 0o600);
    }
}

#[test]
fn tenant_lifecycle() {
    let s = acme();
    let tenant = s.json(&["tenant", "show"]);
    assert_eq!(tenant["slug"], "acme-bank-ltd");
    assert_eq!(tenant["abbreviation"], "ACB");
    assert_eq!(tenant["key_prefix"], "ACB");
    assert_eq!(tenant["timezone"], "Africa/Nairobi");
    assert_eq!(tenant["status"], "active");

    // A second tenant of the same name gets -2 and another abbreviation.
    let second = s.json(&["tenant", "create", "Acme Bank Ltd"]);
    assert_eq!(second["slug"], "acme-bank-ltd-2");
    assert_ne!(second["abbreviation"], "ACB");
    assert_eq!(second["timezone"], "UTC");

    let listed = s.ok(&["tenant", "list", "-q"]);
    assert_eq!(listed, "acme-bank-ltd\nacme-bank-ltd-2\n");

    let updated = s.json(&[
        "tenant",
        "update",
        "acme-bank-ltd-2",
        "--name",
        "Acme Two",
        "--key-prefix",
        "a2",
    ]);
    assert_eq!(updated["name"], "Acme Two");
    assert_eq!(updated["key_prefix"], "A2");

    assert_eq!(
        s.json(&["tenant", "suspend", "acme-bank-ltd-2"])["status"],
        "suspended"
    );
    s.fails(&["tenant", "suspend", "acme-bank-ltd-2"], 2);
    assert_eq!(
        s.json(&["tenant", "reactivate", "acme-bank-ltd-2"])["status"],
        "active"
    );

    // With two tenants and none chosen, commands say which exist.
    let err = s.fails(&["product", "list"], 2);
    assert!(err.contains("acme-bank-ltd, acme-bank-ltd-2"), "{err}");
    s.ok(&["tenant", "use", "acme-bank-ltd-2"]);
    assert_eq!(s.json(&["tenant", "show"])["slug"], "acme-bank-ltd-2");
    // The flag and the environment override the config.
    assert_eq!(
        s.json(&["tenant", "show", "-t", "acme-bank-ltd"])["slug"],
        "acme-bank-ltd"
    );
    let env = s
        .cmd()
        .args(["tenant", "show", "-q"])
        .env("KEYWRIGHT_TENANT", "acme-bank-ltd")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&env.stdout), "acme-bank-ltd\n");

    let actions = s.ok(&["audit", "list", "-t", "acme-bank-ltd-2", "-q"]);
    assert_eq!(
        actions.lines().count(),
        5,
        "created, key generated, updated, suspended, reactivated: {actions}"
    );
}

#[test]
fn products_plans_and_customers() {
    let s = acme();
    s.ok(&[
        "product",
        "create",
        "desktop",
        "--name",
        "Desktop App",
        "--feature",
        "sso",
        "--feature",
        "export",
    ]);
    s.ok(&["product", "create", "server", "--name", "Server"]);
    let product = s.json(&["product", "show", "desktop"]);
    assert_eq!(product["features"], serde_json::json!(["export", "sso"]));

    let updated = s.json(&[
        "product",
        "update",
        "desktop",
        "--add-feature",
        "audit",
        "--remove-feature",
        "export",
    ]);
    assert_eq!(updated["features"], serde_json::json!(["audit", "sso"]));
    assert_eq!(
        s.json(&["product", "deactivate", "server"])["active"],
        false
    );
    assert_eq!(
        s.ok(&["product", "list", "--status", "active", "-q"]),
        "desktop\n"
    );
    assert_eq!(s.json(&["product", "activate", "server"])["active"], true);
    assert_eq!(
        s.ok(&["product", "list", "--sort", "name", "--order", "desc", "-q"]),
        "server\ndesktop\n"
    );

    let plan = s.json(&[
        "plan",
        "create",
        "desktop",
        "pro",
        "--feature",
        "sso",
        "--seats",
        "5",
        "--duration",
        "1y",
        "--grace",
        "7d",
        "--limit",
        "api_calls=1000",
        "--trial",
    ]);
    assert_eq!(plan["grace_seconds"], 604800);
    assert_eq!(plan["limits"]["api_calls"], 1000);
    assert_eq!(plan["trial"], true);
    let plan = s.json(&[
        "plan",
        "update",
        "desktop",
        "pro",
        "--seats",
        "10",
        "--trial",
        "false",
        "--remove-limit",
        "api_calls",
    ]);
    assert_eq!(plan["seats"], 10);
    assert_eq!(plan["trial"], false);
    assert_eq!(plan["limits"], serde_json::json!({}));
    s.ok(&["plan", "create", "server", "basic"]);
    assert_eq!(s.ok(&["plan", "list", "desktop", "-q"]), "desktop/pro\n");
    assert_eq!(s.json(&["plan", "list"])["total"], 2);

    s.ok(&[
        "customer",
        "create",
        "Ada@Example.com",
        "--name",
        "Ada Lovelace",
        "--external-id",
        "crm-1",
    ]);
    s.ok(&[
        "customer",
        "create",
        "grace@example.com",
        "--company",
        "Navy",
    ]);
    assert_eq!(
        s.json(&["customer", "show", "crm-1"])["email"],
        "ada@example.com"
    );
    let csv = s.ok(&["customer", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("email,name,company,external_id,public_id,deleted,created,updated\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 3);
    assert_eq!(
        s.ok(&["customer", "list", "--search", "navy", "-q"]),
        "grace@example.com\n"
    );

    s.ok(&["customer", "delete", "grace@example.com"]);
    assert_eq!(s.ok(&["customer", "list", "-q"]), "ada@example.com\n");
    assert_eq!(
        s.ok(&["customer", "list", "--status", "deleted", "-q"]),
        "grace@example.com\n"
    );
    let err = s.fails(&["customer", "create", "grace@example.com"], 2);
    assert!(err.contains("--restore"), "{err}");
    s.ok(&[
        "customer",
        "update",
        "grace@example.com",
        "--restore",
        "--name",
        "Grace Hopper",
    ]);
    assert_eq!(s.json(&["customer", "list"])["total"], 2);

    let audit = s.json(&["audit", "list", "--limit", "1000"]);
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "tenant.created",
        "product.created",
        "product.updated",
        "product.deactivated",
        "product.activated",
        "plan.created",
        "plan.updated",
        "customer.created",
        "customer.deleted",
        "customer.updated",
    ] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
    assert!(
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"] == "tester")
    );
    s.ok(&["audit", "verify"]);
}

#[test]
fn lists_paginate() {
    let s = acme();
    for i in 0..7 {
        s.ok(&["customer", "create", &format!("c{i}@example.com")]);
    }
    let page = s.json(&["customer", "list", "--limit", "3", "--page", "3"]);
    assert_eq!(page["total"], 7);
    assert_eq!(page["page"], 3);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["email"], "c6@example.com");
    let table = s.ok(&["customer", "list", "--limit", "3"]);
    assert!(table.ends_with("page 1 of 3, 7 in all\n"), "{table}");
    let audit = s.json(&[
        "audit",
        "list",
        "--action",
        "customer.created",
        "--limit",
        "2",
    ]);
    assert_eq!(audit["total"], 7);
    assert_eq!(s.json(&["audit", "list", "--actor", "nobody"])["total"], 0);
    assert_eq!(
        s.json(&[
            "audit",
            "list",
            "--since",
            "2000-01-01",
            "--until",
            "2999-01-01"
        ])["total"],
        9
    );
    assert_eq!(
        s.json(&["audit", "list", "--target", "c3@example.com"])["total"],
        1
    );
}

#[test]
fn bad_input_is_one_sentence_with_the_right_exit_code_and_writes_nothing() {
    let fresh = Sandbox::new();
    let err = fresh.fails(&["tenant", "list"], 2);
    assert!(err.contains("keywright init"), "{err}");

    let s = Sandbox::initialised();
    let err = s.fails(&["product", "list"], 2);
    assert!(err.contains("tenant create"), "{err}");
    s.ok(&["tenant", "create", "Acme Bank Ltd"]);
    s.ok(&[
        "product",
        "create",
        "app",
        "--name",
        "App",
        "--feature",
        "sso",
    ]);
    s.ok(&["customer", "create", "ada@example.com"]);

    let cases: &[(&[&str], &str)] = &[
        (&["--tenant", "nope", "product", "list"], "no tenant 'nope'"),
        (
            &["tenant", "create", "Acme", "--slug", "acme-bank-ltd"],
            "already exists",
        ),
        (
            &["tenant", "create", "Acme", "--slug", "Not A Slug"],
            "not a slug",
        ),
        (
            &["tenant", "create", "Acme", "--timezone", "Mars/Olympus"],
            "IANA",
        ),
        (&["tenant", "create", "   "], "tenant name"),
        (
            &["tenant", "create", "Acme", "--key-prefix", "A-B"],
            "key prefix",
        ),
        (&["tenant", "update", "acme-bank-ltd"], "nothing to update"),
        (&["tenant", "show", "nope"], "no tenant 'nope'"),
        (
            &["product", "create", "app", "--name", "Again"],
            "already exists",
        ),
        (
            &["product", "create", "Bad Slug", "--name", "x"],
            "not a product slug",
        ),
        (
            &[
                "product",
                "create",
                "x",
                "--name",
                "x",
                "--feature",
                "has space",
            ],
            "not a feature",
        ),
        (&["product", "show", "nope"], "no product 'nope'"),
        (&["plan", "create", "nope", "pro"], "no product 'nope'"),
        (
            &["plan", "create", "app", "pro", "--feature", "unknown"],
            "not a feature of product",
        ),
        (
            &["plan", "create", "app", "pro", "--seats", "0"],
            "seat count",
        ),
        (
            &["plan", "create", "app", "pro", "--duration", "5x"],
            "not a duration",
        ),
        (&["plan", "create", "app", "pro", "--grace", "1y"], "grace"),
        (
            &["plan", "create", "app", "pro", "--limit", "calls"],
            "not a limit",
        ),
        (&["customer", "create", "not-an-email"], "not an email"),
        (&["customer", "create", "ADA@example.com"], "already exists"),
        (
            &["customer", "update", "nobody@example.com", "--name", "x"],
            "no customer",
        ),
        (
            &["customer", "update", "ada@example.com", "--email", "bad"],
            "not an email",
        ),
        (&["audit", "list", "--since", "yesterday"], "not a time"),
    ];
    for (args, expected) in cases {
        let err = s.fails(args, 2);
        assert!(
            err.contains(expected),
            "{args:?}: expected '{expected}' in: {err}"
        );
    }
    // Flag values clap rejects are one-line usage errors too.
    for args in [
        &["customer", "list", "--limit", "0"][..],
        &["customer", "list", "--limit", "1001"],
        &["customer", "list", "--page", "0"],
        &["product", "list", "--status", "sideways"],
        &["tenant", "frobnicate"],
        &["tenant", "create"],
        &["--format", "pem", "tenant", "list"],
    ] {
        let err = s.fails(args, 2);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
    }
}

#[test]
fn tenants_never_see_each_others_rows() {
    let s = Sandbox::initialised();
    for (name, slug) in [("Acme Ltd", "acme"), ("Globex Inc", "globex")] {
        s.ok(&["tenant", "create", name, "--slug", slug]);
        s.ok(&[
            "-t",
            slug,
            "product",
            "create",
            "app",
            "--name",
            &format!("{name} App"),
        ]);
        s.ok(&[
            "-t",
            slug,
            "customer",
            "create",
            "ada@example.com",
            "--company",
            name,
        ]);
        s.ok(&["-t", slug, "plan", "create", "app", "pro"]);
    }
    for (slug, name) in [("acme", "Acme Ltd"), ("globex", "Globex Inc")] {
        let products = s.json(&["-t", slug, "product", "list"]);
        assert_eq!(products["total"], 1);
        assert_eq!(products["items"][0]["name"], format!("{name} App"));
        let customers = s.json(&["-t", slug, "customer", "list"]);
        assert_eq!(customers["total"], 1);
        assert_eq!(customers["items"][0]["company"], name);
        assert_eq!(s.json(&["-t", slug, "plan", "list"])["total"], 1);
        assert_eq!(s.json(&["-t", slug, "audit", "list"])["total"], 5);
    }
    // Deleting in one tenant leaves the other's row alone.
    s.ok(&["-t", "acme", "customer", "delete", "ada@example.com"]);
    assert_eq!(
        s.json(&["-t", "globex", "customer", "show", "ada@example.com"])["deleted"],
        serde_json::Value::Null
    );
    s.ok(&["-t", "globex", "audit", "verify"]);
    s.ok(&["-t", "acme", "audit", "verify"]);
}

#[test]
fn audit_verify_reports_an_edited_entry() {
    let s = acme();
    s.ok(&["product", "create", "app", "--name", "App"]);
    s.ok(&["customer", "create", "ada@example.com"]);
    s.ok(&["audit", "verify"]);
    s.tamper("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
    let err = s.fails(&["audit", "verify"], 1);
    assert!(
        err.contains("audit entry #3 (product.created) was edited"),
        "{err}"
    );
}

#[test]
fn audit_verify_reports_a_deleted_entry() {
    let s = acme();
    s.ok(&["product", "create", "app", "--name", "App"]);
    s.ok(&["customer", "create", "ada@example.com"]);
    s.tamper("DELETE FROM audit_log WHERE seq = 2");
    let err = s.fails(&["audit", "verify"], 1);
    assert!(err.contains("audit entry #2 is missing"), "{err}");
}

#[test]
fn audit_verify_reports_removed_newest_entries() {
    let s = acme();
    s.ok(&["product", "create", "app", "--name", "App"]);
    s.tamper("DELETE FROM audit_log WHERE seq = 3");
    let err = s.fails(&["audit", "verify"], 1);
    assert!(err.contains("after #2 were removed"), "{err}");
}

#[test]
fn completions_are_generated() {
    let s = Sandbox::new();
    let script = s.ok(&["completions", "bash"]);
    assert!(script.contains("keywright"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let s = acme();
    s.ok(&["product", "create", "app", "--name", "App"]);
    s.ok(&["customer", "create", "ada@example.com"]);
    let issue = [
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
    ];
    s.ok(&[&issue[..], &["--count", "1000", "--yes", "-q"]].concat());
    let lists = ["table", "json", "csv"].map(|f| format!("license list --limit 1000 --format {f}"));
    // A completion script is far more than a pipe buffer too.
    for command in lists.iter().map(String::as_str).chain(["completions zsh"]) {
        // Far more than a pipe buffer of output, read 10 bytes of it.
        let script =
            format!("\"$KEYWRIGHT\" {command} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}");
        let out = s.bash(&script).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{command}: {stderr}");
        assert!(stderr.is_empty(), "{command}: {stderr}");
    }
}

/// Regression: the global `--actor` (from KEYWRIGHT_ACTOR) used to filter
/// `audit list` and `export audit` to the current user's entries, hiding
/// everyone else's.
#[test]
fn audit_list_shows_every_actor_unless_actor_is_typed() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&["customer", "create", "bob@example.com", "--actor", "ada"]);
    let actors = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["audit", "list"];
        all.extend_from_slice(args);
        s.json(&all)["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["actor"].as_str().unwrap().to_string())
            .collect()
    };
    let every = actors(&[]);
    assert!(
        every.contains(&"ada".to_string()) && every.contains(&"tester".to_string()),
        "{every:?}"
    );
    assert_eq!(actors(&["--actor", "ada"]), ["ada"]);
    let exported = s.ok(&["export", "audit"]);
    assert!(
        exported.contains(",ada,") && exported.contains(",tester,"),
        "{exported}"
    );
}
