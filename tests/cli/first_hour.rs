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

#[test]
fn verify_shows_instants_and_the_grace_as_every_other_output_does() {
    let s = Sandbox::with_tenant("ed25519");
    let token = s.issue_token(&["--duration", "30d", "--grace", "7d"]);
    let table = s.ok(&["verify", &token]);
    assert!(table.contains("GRACE     7d"), "{table}");
    assert!(
        regex::Regex::new(r"IAT\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC")
            .unwrap()
            .is_match(&table),
        "{table}"
    );
    let json = s.json(&["verify", &token]);
    assert_eq!(json["grace_seconds"], 604_800);
    assert!(json.get("grace").is_none());
    assert!(json["exp"].as_str().unwrap().ends_with('Z'), "{json}");
    let line = s
        .cmd()
        .args(["verify", "-", "--json"])
        .write_stdin(format!("{token}\n"))
        .output()
        .unwrap();
    let line: serde_json::Value = serde_json::from_slice(&line.stdout).unwrap();
    assert!(line["iat"].is_string(), "{line}");
}

#[test]
fn list_q_prints_every_match_and_issue_has_one_json_shape() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[&ISSUE[..6], &["--count", "60", "--yes"]].concat());
    let keys = s.ok(&["license", "list", "-q"]);
    assert_eq!(keys.lines().count(), 60, "every match, not a page of 50");
    let out = s
        .cmd()
        .args(["license", "list", "-q", "--limit", "10"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 10);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("50 more"),
        "what was left out is said: {said}"
    );
    for count in ["1", "2"] {
        let doc = s.json(&[&ISSUE[..6], &["--count", count, "--yes"]].concat());
        assert_eq!(doc["total"], count.parse::<u64>().unwrap(), "{doc}");
        assert!(doc["items"][0]["key"].is_string(), "{doc}");
    }
}

#[test]
fn tokens_and_answers_name_a_customer_without_its_email() {
    let s = Sandbox::with_tenant("ed25519");
    let public_id = s.json(&["customer", "show", "ada@example.com"])["public_id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(public_id.starts_with("cus_"), "{public_id}");
    let token = s.issue_token(&[]);
    let claims = s.json(&["verify", &token]);
    assert_eq!(claims["customer"], public_id.as_str());
    assert!(!token.contains("ada"));
    let key = s.issue_key(&[]);
    let answer = s.json(&["validate", &key]);
    assert_eq!(answer["customer"], public_id.as_str());
    // The opaque id finds the customer, as the email and external id do.
    assert_eq!(
        s.json(&["customer", "show", &public_id])["email"],
        "ada@example.com"
    );
    s.ok(&[
        "customer",
        "create",
        "bob@example.com",
        "--external-id",
        "crm-9",
    ]);
    let token = s.ok(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "bob@example.com",
        "-q",
    ]);
    assert_eq!(s.json(&["verify", token.trim()])["customer"], "crm-9");
}

#[test]
fn host_names_and_fingerprints_refuse_what_names_refuse() {
    let s = Sandbox::with_tenant("ed25519");
    let key = s.issue_key(&[]);
    for hostname in ["ada\u{202e}cod.exe", "ada\u{200b}pc", "ada\u{feff}"] {
        let err = s.fails(
            &[
                "license",
                "activate",
                &key,
                "--fingerprint",
                "m1",
                "--hostname",
                hostname,
            ],
            2,
        );
        assert!(err.contains("invisible"), "{err}");
    }
    for fingerprint in ["m\u{200d}1", "m\u{2066}1"] {
        let err = s.fails(
            &["license", "activate", &key, "--fingerprint", fingerprint],
            2,
        );
        assert!(err.contains("invisible"), "{err}");
    }
    let err = s.fails(
        &[
            "customer",
            "create",
            "zw@example.com",
            "--name",
            "Zoe\u{200b}",
        ],
        2,
    );
    assert!(err.contains("invisible"), "{err}");
}

#[test]
fn small_traps_of_the_first_hour_are_gone() {
    let s = Sandbox::with_tenant("ed25519");
    // `license create` names the command that exists.
    let out = s.cmd().args(["license", "create"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("keywright license issue"), "{said}");
    // Without USER, the audit actor is the OS account, not "unknown".
    let out = s
        .cmd()
        .env_remove("KEYWRIGHT_ACTOR")
        .env_remove("USER")
        .args(["customer", "create", "eve@example.com"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let entries = s.json(&["audit", "list", "--action", "customer.created"]);
    let actor = entries["items"][0]["actor"].as_str().unwrap();
    assert!(!actor.is_empty() && actor != "unknown", "{actor}");
    // An export does not replace a file without being told to.
    let out = s.path().join("licenses.csv");
    std::fs::write(&out, "kept").unwrap();
    let err = s.fails(&["export", "licenses", "--out", out.to_str().unwrap()], 2);
    assert!(err.contains("replace the existing file"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "kept");
    s.ok(&[
        "export",
        "licenses",
        "--out",
        out.to_str().unwrap(),
        "--yes",
    ]);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("key,"));
}
