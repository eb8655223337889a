//! `keywright doctor`: a healthy database, then one with every kind of damage.

use crate::util::Sandbox;

#[test]
fn doctor_passes_a_healthy_database_and_names_every_problem() {
    let s = Sandbox::with_tenant("ed25519");
    let issue = [
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
        "--feature",
        "sso",
    ];
    s.ok(&[&issue[..], &["--count", "3", "--yes"]].concat());
    let report = s.json(&["doctor"]);
    let checks = report["items"].as_array().unwrap();
    assert_eq!(checks.len(), 4);
    assert!(checks.iter().all(|c| c["ok"] == true), "{report}");
    assert!(
        checks[1]["detail"]
            .as_str()
            .unwrap()
            .starts_with("3 licenses match")
    );

    let key = s
        .ok(&["license", "list", "-q"])
        .lines()
        .next()
        .unwrap()
        .to_string();
    s.tamper(&format!(
        "UPDATE licenses SET features = '[\"*\"]' WHERE key = '{key}'"
    ));
    s.tamper("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
    let kid = s.first_kid();
    std::fs::remove_file(s.path().join(format!("data/keywright/keys/acme/{kid}.key"))).unwrap();

    let out = s.cmd().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("licenses, audit chain, signing keys"),
        "{stderr}"
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let detail = |i: usize| report["items"][i]["detail"].as_str().unwrap().to_string();
    assert!(
        detail(1).contains(&key) && detail(1).contains("features"),
        "{}",
        detail(1)
    );
    assert!(detail(2).contains("audit entry #2"), "{}", detail(2));
    assert!(detail(3).contains(&kid), "{}", detail(3));
    assert_eq!(
        s.json(&["audit", "list", "--action", "license.tamper_detected"])["total"],
        1
    );
}
