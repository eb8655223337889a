//! What a first hour as a new user and hostile testing found: each test
//! is named after what it proves, and failed before its fix.

use std::path::Path;

use crate::util::{ISSUE, Sandbox};

/// Every path under `root`, sorted.
fn tree(root: &Path) -> Vec<String> {
    let mut paths = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path.clone());
            }
            paths.push(path.display().to_string());
        }
    }
    paths.sort();
    paths
}

#[test]
fn a_slug_edited_into_a_path_makes_no_file_anywhere() {
    let s = Sandbox::with_tenant("ed25519");
    s.tamper("UPDATE tenants SET slug = '../../escape'");
    let before = tree(s.path());
    for args in [
        &["key", "generate"][..],
        &["key", "rotate"],
        &[
            "tenant",
            "update",
            "../../escape",
            "--webhook-url",
            "https://example.com/hook",
        ],
    ] {
        let err = s.fails(args, 2);
        assert!(err.contains("changed outside keywright"), "{err}");
        assert_eq!(tree(s.path()), before, "{args:?} made or removed a file");
    }
}

#[test]
fn a_bare_m_duration_is_refused_as_ambiguous() {
    let s = Sandbox::with_tenant("ed25519");
    let err = s.fails(&[&ISSUE[..6], &["--duration", "12m"]].concat(), 2);
    assert!(err.contains("12mo") && err.contains("12min"), "{err}");
    s.issue_key(&["--duration", "12mo"]);
    s.ok(&["plan", "create", "app", "short", "--heartbeat", "90min"]);
    let plan = s.json(&["plan", "show", "app", "short"]);
    assert_eq!(plan["heartbeat_seconds"], 5_400);
    assert!(s.ok(&["plan", "show", "app", "short"]).contains("90min"));
}

#[test]
fn an_expiry_date_shows_as_the_last_day_written() {
    let s = Sandbox::initialised();
    s.ok(&[
        "tenant",
        "create",
        "Acme",
        "--slug",
        "acme",
        "--timezone",
        "Africa/Nairobi",
    ]);
    s.ok(&["product", "create", "app", "--name", "App"]);
    s.ok(&["customer", "create", "ada@example.com"]);
    let key = s.issue_key(&["--expires", "2027-06-30"]);
    let shown = s.ok(&["license", "show", &key]);
    assert!(shown.contains("2027-06-30 end of day EAT"), "{shown}");
    assert!(!shown.contains("2027-07-01"), "{shown}");
    let json = s.json(&["license", "show", &key]);
    assert_eq!(json["expires"], "2027-06-30T21:00:00Z", "JSON stays UTC");
    // A message beside the table speaks of the same zone.
    let token = s.ok(&["license", "token", &key]);
    let out = s
        .cmd()
        .args(["verify", token.trim(), "--at", "2028-01-01T00:00:00Z"])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("expired at 2027-07-01 00:00 EAT"), "{table}");
    assert!(!table.contains("T21:00:00Z"), "{table}");
}

#[test]
fn a_key_revocation_asks_with_its_count_lists_show_it_and_reissue_brings_them_back() {
    let s = Sandbox::with_tenant("ed25519");
    let old_kid = s.first_kid();
    let keys: Vec<String> = (0..3).map(|_| s.issue_key(&[])).collect();
    s.ok(&["key", "rotate"]);
    let err = s.fails(&["key", "revoke", &old_kid], 2);
    assert!(err.contains("the 3 licenses it signed"), "{err}");
    s.ok(&["key", "revoke", &old_kid, "--yes"]);
    let active = s.json(&["license", "list", "--status", "active"]);
    assert_eq!(active["total"], 0, "{active}");
    let revoked = s.json(&["license", "list", "--status", "revoked"]);
    assert_eq!(revoked["total"], 3, "{revoked}");
    assert_eq!(s.json(&["license", "show", &keys[0]])["status"], "revoked");
    assert_eq!(s.verdict(&["validate", &keys[0]]).1, "REVOKED");

    let err = s.fails(&["license", "reissue", "--kid", &old_kid], 2);
    assert!(err.contains("the 3 licenses"), "{err}");
    let reissued = s.json(&["license", "reissue", "--kid", &old_kid, "--yes"]);
    let items = reissued["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "{reissued}");
    let new_kid = s.json(&["key", "list"])["items"][1]["kid"]
        .as_str()
        .unwrap()
        .to_string();
    for item in items {
        assert_eq!(item["kid"], new_kid.as_str());
        assert_eq!(item["version"], 2);
    }
    for key in &keys {
        assert_eq!(s.verdict(&["validate", key]), (0, "VALID".into()));
    }
    assert_eq!(
        s.json(&["license", "list", "--status", "active"])["total"],
        3
    );
    let entries = s.json(&["audit", "list", "--action", "license.reissued"]);
    assert_eq!(entries["total"], 3, "{entries}");
    assert_eq!(
        entries["items"][0]["details"]["previous_kid"],
        old_kid.as_str()
    );
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}

#[test]
fn an_imported_key_is_endorsed_by_the_key_it_replaces() {
    let s = Sandbox::with_tenant("ed25519");
    let first_pem = s.ok(&["key", "export"]);
    let pem = s.path().join("imported.pem");
    let made = std::process::Command::new("openssl")
        .args(["genpkey", "-algorithm", "ed25519", "-out"])
        .arg(&pem)
        .output()
        .unwrap();
    assert!(made.status.success());
    s.ok(&["key", "import", "--file", pem.to_str().unwrap()]);
    let token = s.issue_token(&[]);
    let published = s.ok(&["key", "export", "--format", "jwks"]);
    let mut trusted = keywright::token::KeySet::new(vec![
        keywright::token::VerifyingKey::from_text(&first_pem).unwrap(),
    ]);
    let expect = keywright::token::Expectations::at_now();
    assert_eq!(
        keywright::token::verify_license(&token, &trusted, &expect).code,
        keywright::token::Code::UnknownKey
    );
    let endorsements = keywright::token::endorsements_in_jwks(&published);
    assert_eq!(trusted.accept_endorsements(&endorsements), 1);
    assert!(keywright::token::verify_license(&token, &trusted, &expect).is_valid());

    // An HMAC tenant's key cannot endorse: the import says what breaks, and asks.
    let h = Sandbox::with_tenant("hmac");
    let err = h.fails(&["key", "import", "--file", pem.to_str().unwrap()], 2);
    assert!(err.contains("UNKNOWN_KEY") && err.contains("HMAC"), "{err}");
    h.ok(&["key", "import", "--file", pem.to_str().unwrap(), "--yes"]);
}
