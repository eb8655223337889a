//! `keywright doctor`: a healthy database, then one with every kind of damage.

use serde_json::Value;

use crate::util::Sandbox;

/// The detail of doctor's check named `name`.
fn detail(report: &Value, name: &str) -> String {
    report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == name)
        .unwrap_or_else(|| panic!("no check {name} in {report}"))["detail"]
        .as_str()
        .unwrap()
        .to_string()
}

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
    assert_eq!(checks.len(), 7);
    assert!(checks.iter().all(|c| c["ok"] == true), "{report}");
    assert!(detail(&report, "licenses").starts_with("3 licenses match"));

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
    let detail = |name: &str| detail(&report, name);
    assert!(
        detail("licenses").contains(&key) && detail("licenses").contains("features"),
        "{}",
        detail("licenses")
    );
    assert!(
        detail("audit chain").contains("audit entry #2"),
        "{}",
        detail("audit chain")
    );
    assert!(
        detail("signing keys").contains(&kid),
        "{}",
        detail("signing keys")
    );
    assert_eq!(
        s.json(&["audit", "list", "--action", "license.tamper_detected"])["total"],
        1
    );
}

/// Issues one license for ada and returns its key.
fn one_license(s: &Sandbox) -> String {
    let issued = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
    ]);
    issued["items"][0]["key"].as_str().unwrap().to_string()
}

#[test]
fn validate_with_a_swapped_public_key_says_tampered_and_doctor_names_the_key() {
    let s = Sandbox::with_tenant("ed25519");
    let key = one_license(&s);
    let kid = s.first_kid();
    s.ok(&["tenant", "create", "Other", "--slug", "other"]);
    s.ok(&["tenant", "use", "acme"]);
    s.tamper(&format!(
        "UPDATE signing_keys SET public_key = (SELECT public_key FROM signing_keys \
         WHERE kid != '{kid}') WHERE kid = '{kid}'"
    ));
    let (code, verdict) = s.verdict(&["validate", &key]);
    assert_eq!((code, verdict.as_str()), (3, "TAMPERED"));
    let out = s.cmd().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys = detail(&report, "signing keys");
    assert!(
        keys.contains(&format!(
            "{kid} is not trusted: its row was written or changed outside keywright"
        )),
        "{keys}"
    );
}

#[test]
fn the_stored_algorithm_of_a_key_is_enforced() {
    let s = Sandbox::with_tenant("ed25519");
    let key = one_license(&s);
    let kid = s.first_kid();
    s.tamper(&format!(
        "UPDATE signing_keys SET algorithm = 'hmac' WHERE kid = '{kid}'"
    ));
    let (code, verdict) = s.verdict(&["validate", &key]);
    assert_eq!((code, verdict.as_str()), (3, "TAMPERED"));
}

/// What a command killed between storing a secret and committing leaves:
/// the secret and its marker, no row.
fn leave_an_orphan(s: &Sandbox) -> String {
    let keys = s.path().join("data/keywright/keys/acme");
    let kid = "orphan1".to_string();
    std::fs::copy(
        keys.join(format!("{}.key", s.first_kid())),
        keys.join(format!("{kid}.key")),
    )
    .unwrap();
    let marker = s.path().join(format!(
        "data/keywright/keywright.db.pending-secrets/acme~{kid}"
    ));
    std::fs::create_dir_all(marker.parent().unwrap()).unwrap();
    std::fs::write(&marker, "").unwrap();
    kid
}

#[test]
fn doctor_reports_an_orphan_secret_and_removes_it_when_asked() {
    let s = Sandbox::with_tenant("ed25519");
    let kid = leave_an_orphan(&s);
    let file = s.path().join(format!("data/keywright/keys/acme/{kid}.key"));
    let err = s.fails(&["doctor"], 1);
    assert!(err.contains("orphan secrets"), "{err}");
    let report = s.json_any(&["doctor"]);
    let detail = detail(&report, "orphan secrets");
    assert!(
        detail.contains(&format!("acme/{kid}")) && detail.contains("--remove-orphans"),
        "{detail}"
    );
    assert!(file.exists());
    s.ok(&["doctor", "--remove-orphans"]);
    assert!(!file.exists());
    assert!(
        !s.path()
            .join("data/keywright/keywright.db.pending-secrets")
            .exists()
    );
    s.ok(&["doctor"]);
}

#[test]
fn the_next_command_that_makes_a_key_removes_the_orphan_a_killed_one_left() {
    let s = Sandbox::with_tenant("ed25519");
    let kid = leave_an_orphan(&s);
    s.ok(&["key", "rotate"]);
    assert!(
        !s.path()
            .join(format!("data/keywright/keys/acme/{kid}.key"))
            .exists()
    );
    assert!(
        !s.path()
            .join("data/keywright/keywright.db.pending-secrets")
            .exists()
    );
    s.ok(&["doctor"]);
}

#[cfg(unix)]
#[test]
fn the_file_key_store_refuses_loose_modes_and_links_as_ssh_does() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::with_tenant("hmac");
    let key = one_license(&s);
    let kid = s.first_kid();
    let folder = s.path().join("data/keywright/keys/acme");
    let file = folder.join(format!("{kid}.key"));
    let chmod = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };

    chmod(&file, 0o644);
    let err = s.fails(&["validate", &key], 1);
    assert!(
        err.contains("others may read it") && err.contains("mode 0600"),
        "{err}"
    );
    assert!(s.fails(&["doctor"], 1).contains("signing keys"));
    chmod(&file, 0o600);

    chmod(&folder, 0o777);
    let err = s.fails(&["validate", &key], 1);
    assert!(err.contains("others may write to it"), "{err}");
    chmod(&folder, 0o700);

    let elsewhere = s.path().join("elsewhere");
    std::fs::rename(&folder, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &folder).unwrap();
    let err = s.fails(&["validate", &key], 1);
    assert!(err.contains("is a symbolic link"), "{err}");
    let report = s.json_any(&["doctor"]);
    assert!(detail(&report, "signing keys").contains("symbolic link"));
}
