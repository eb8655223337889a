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
