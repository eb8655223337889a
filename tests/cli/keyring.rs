//! The OS keyring path against a real Secret Service (dbus + gnome-keyring).

use crate::util::{Sandbox, SecretService};

#[test]
fn keys_live_in_the_secret_service_by_default() {
    let bare = Sandbox::new();
    let service = SecretService::start(bare.path());
    let s = bare.with_env("DBUS_SESSION_BUS_ADDRESS", &service.address);
    let init = s.json(&["init"]);
    assert_eq!(init["key_store"], "keyring");
    s.ok(&["tenant", "create", "Acme", "--slug", "acme"]);
    let key = s.json(&["key", "list"])["items"][0].clone();
    assert_eq!(key["key_store"], "keyring");
    assert_eq!(key["secret"], "reachable");
    let kid = key["kid"].as_str().unwrap();
    let stored = service.lookup(s.path(), &format!("acme/{kid}"));
    assert!(
        stored.starts_with("-----BEGIN PRIVATE KEY-----"),
        "secret-tool found: {stored:?}"
    );
    assert!(
        !s.path().join("data/keywright/keys").exists(),
        "no key files next to the database"
    );

    s.ok(&["product", "create", "app", "--name", "App"]);
    s.ok(&["customer", "create", "ada@example.com"]);
    let token = s.ok(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "-q",
    ]);
    assert_eq!(s.json(&["verify", token.trim()])["code"], "VALID");
    let rotated = s.json(&["key", "rotate", "--algorithm", "hmac"]);
    let hmac_kid = rotated["kid"].as_str().unwrap();
    assert!(
        service
            .lookup(s.path(), &format!("acme/{hmac_kid}"))
            .contains("\"kty\":\"oct\"")
    );
    let token = s.ok(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "-q",
    ]);
    let key = s.json(&["verify", token.trim()])["sub"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        s.json(&["validate", &key])["code"],
        "VALID",
        "HMAC secrets come from the keyring"
    );
    // doctor reads the keyring from two threads at once (the licenses'
    // keys, and the audit chain's beside them).
    s.ok(&["doctor", "-q"]);
}

#[test]
fn an_unreachable_keyring_is_one_sentence_and_writes_nothing() {
    let s = Sandbox::new().with_env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    s.ok(&["init"]);
    let err = s.fails(&["tenant", "create", "Acme"], 1);
    assert!(err.contains("OS keyring cannot be used"), "{err}");
    assert!(err.contains("keywright init --key-store file"), "{err}");
    assert_eq!(s.json(&["tenant", "list"])["total"], 0);
}
