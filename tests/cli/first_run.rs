//! The first hour: `init` on a terminal guides the first tenant, product
//! and plan; without one it asks nothing; and the mistakes of a first run
//! (no database, no tenant, no product, no plan, no customer) each name the
//! command to run next.

use crate::util::Sandbox;

/// The answers, one line each, typed into a real pseudo-terminal (made by
/// `script`): yes; the name; a zone that does not exist, then one that
/// does; the product's slug and name (defaults); its features; yes to a
/// plan; its name, features (default), duration and seats.
const ANSWERS: &str =
    "y\nAcme Bank Ltd\nMars/Base\nAfrica/Nairobi\n\n\nsso, export\ny\npro\n\n1y\n5\n";

#[test]
fn init_on_a_terminal_guides_the_first_tenant_product_and_plan() {
    let s = Sandbox::new();
    std::fs::write(s.path().join("answers"), ANSWERS).unwrap();
    let out = s
        .bash(
            "(sleep 0.5; while IFS= read -r line; do printf '%s\\n' \"$line\"; sleep 0.2; done < answers; sleep 1) \
             | NO_COLOR=1 TERM=xterm script -qec '\"$KEYWRIGHT\" init --key-store file' /dev/null",
        )
        .output()
        .unwrap();
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{seen}");
    assert!(seen.contains("Create your first tenant"), "{seen}");
    assert!(seen.contains("is not an IANA time zone"), "{seen}");
    assert!(
        seen.contains("$ keywright tenant create \"Acme Bank Ltd\" --timezone Africa/Nairobi"),
        "the command run is shown: {seen}"
    );
    assert!(
        seen.contains("keywright license issue --product desktop --plan pro"),
        "{seen}"
    );
    let plan = s.json(&["plan", "show", "desktop", "pro"]);
    assert_eq!(plan["seats"], 5);
    assert_eq!(plan["duration"], "1y");
    assert_eq!(plan["features"], serde_json::json!(["export", "sso"]));
    let tenant = s.json(&["tenant", "show"]);
    assert_eq!(tenant["timezone"], "Africa/Nairobi");
    // The key store chosen by this very init holds the tenant's key.
    assert_eq!(s.json(&["key", "list"])["items"][0]["key_store"], "file");
}

#[test]
fn init_without_a_terminal_asks_nothing() {
    let s = Sandbox::new();
    let out = s
        .cmd()
        .args(["init", "--key-store", "file"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = s.fails(&["tenant", "show"], 2);
    assert!(err.contains("no tenant exists yet"), "{err}");
}

#[test]
fn first_run_mistakes_name_the_command_to_run_next() {
    let fresh = Sandbox::new();
    let err = fresh.fails(&["license", "list"], 2);
    assert!(err.contains("create it with `keywright init`"), "{err}");
    let elsewhere = fresh.path().join("elsewhere.db");
    let elsewhere = elsewhere.display().to_string();
    let err = fresh.fails(&["--db", &elsewhere, "license", "list"], 2);
    assert!(
        err.contains(&format!("`keywright --db {elsewhere} init`")),
        "{err}"
    );

    // The default key store with no keyring to reach (no Secret Service here).
    let keyless = Sandbox::new();
    keyless.ok(&["init"]);
    let err = keyless.fails(&["tenant", "create", "Acme"], 1);
    assert!(err.contains("`keywright init --key-store file`"), "{err}");

    let s = Sandbox::initialised();
    let err = s.fails(&["product", "list"], 2);
    assert!(
        err.contains("`keywright tenant create \"Your Company Ltd\"`"),
        "{err}"
    );

    let s = Sandbox::with_tenant("ed25519");
    let issue = [
        "license",
        "issue",
        "--customer",
        "ada@example.com",
        "--product",
    ];
    let err = s.fails(&[&issue[..], &["desktop"]].concat(), 2);
    assert!(
        err.contains("`keywright product create desktop --name NAME`"),
        "{err}"
    );
    let err = s.fails(&[&issue[..], &["app", "--plan", "pro"]].concat(), 2);
    assert!(err.contains("`keywright plan create app pro`"), "{err}");
    let err = s.fails(
        &[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "bob@example.com",
        ],
        2,
    );
    assert!(
        err.contains("`keywright customer create bob@example.com`"),
        "{err}"
    );
}
