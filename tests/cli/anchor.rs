//! The key store is the trust anchor and the database is evidence checked
//! against it (docs/threat-model.md). Each test is an attack by someone who
//! can write the SQLite file but cannot read the key store, as the issue
//! that asked for seals found them; each must now be caught.

use crate::util::{ISSUE, REVOKE_ALL, Sandbox, literal, on_postgres};

/// Issues a license for ada (two seats) and returns its key.
fn license(s: &Sandbox) -> String {
    s.issue_key(&["--seats", "2"])
}

fn tampered_because(s: &Sandbox, key: &str) -> String {
    let out = s.cmd().args(["validate", key, "--json"]).output().unwrap();
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(3), "{answer}");
    assert_eq!(answer["code"], "TAMPERED", "{answer}");
    answer["message"].as_str().unwrap().to_string()
}

/// doctor fails and its seals check names `name`.
fn doctor_names(s: &Sandbox, name: &str) {
    let out = s.cmd().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let seals = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "seals")
        .unwrap();
    assert_eq!(seals["ok"], false);
    assert!(seals["detail"].as_str().unwrap().contains(name), "{seals}");
}

#[test]
fn a_planted_signing_key_row_is_not_trusted_published_or_left_unreported() {
    let s = Sandbox::with_tenant("ed25519");
    // The attacker's own key, made in a database of their own.
    let mallory = Sandbox::with_tenant("ed25519");
    let their_kid = mallory.first_kid();
    let their_public = mallory.rows("SELECT public_key FROM signing_keys")[0][0]
        .clone()
        .unwrap();
    let bytes = if on_postgres() {
        format!("decode('{their_public}', 'hex')")
    } else {
        format!("X'{their_public}'")
    };
    s.tamper(&format!(
        "INSERT INTO signing_keys (tenant_id, kid, algorithm, public_key, status, created_at, retired_at)
         VALUES (1, '{their_kid}', 'ed25519', {bytes}, 'retired', 0, 0)"
    ));
    // A token they mint with it names the victim's tenant.
    let minted = mallory.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "ada@example.com",
    ]);
    let token = minted["items"][0]["token"].as_str().unwrap();
    assert_eq!(s.verdict(&["verify", token]), (3, "UNKNOWN_KEY".into()));
    let jwks = s.ok(&["key", "export", "--format", "jwks"]);
    assert!(!jwks.contains(&their_kid), "{jwks}");
    doctor_names(&s, &their_kid);
}

#[test]
fn a_rewritten_audit_log_with_its_checkpoints_deleted_is_caught() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&["audit", "checkpoint"]);
    s.tamper(
        "DELETE FROM audit_checkpoints;
         UPDATE audit_log SET actor = 'mallory' WHERE seq = 2;",
    );
    let err = s.fails(&["audit", "verify"], 1);
    assert!(err.contains("audit entry #2"), "{err}");
}

#[test]
fn truncating_the_newest_audit_entries_and_fixing_the_head_is_caught() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&["customer", "create", "grace@example.com"]);
    s.tamper(
        "DELETE FROM audit_log WHERE seq >= 4;
         UPDATE tenants SET audit_seq = 3, audit_head = (SELECT hash FROM audit_log WHERE seq = 3);",
    );
    let err = s.fails(&["audit", "verify"], 1);
    assert!(
        err.contains("row of tenant 'acme' was changed outside keywright"),
        "{err}"
    );
    doctor_names(&s, "acme");
}

#[test]
fn a_revoked_license_turned_back_to_active_is_tampered() {
    let s = Sandbox::with_tenant("ed25519");
    let key = license(&s);
    s.ok(&["license", "revoke", &key, "--yes"]);
    s.tamper(&format!(
        "UPDATE licenses SET status = 'active', revoked_at = NULL, revocation_reason = NULL WHERE key = '{key}'"
    ));
    assert!(tampered_because(&s, &key).contains("seal does not hold"));
    doctor_names(&s, &key);
}

#[test]
fn a_license_moved_to_another_customer_is_tampered() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&["customer", "create", "mallory@example.com"]);
    let key = license(&s);
    s.tamper(&format!(
        "UPDATE licenses SET customer_id = (SELECT id FROM customers WHERE email = 'mallory@example.com') WHERE key = '{key}'"
    ));
    tampered_because(&s, &key);
}

#[test]
fn a_license_rolled_back_to_its_first_token_and_terms_is_tampered() {
    let s = Sandbox::with_tenant("ed25519");
    let key = license(&s);
    let columns = [
        "expires_at",
        "features",
        "limits",
        "version",
        "token",
        "seal",
        "changed_seq",
        "machines",
    ];
    let first = row_of(&s, &columns, &key);
    s.ok(&[
        "license",
        "update",
        &key,
        "--seats",
        "1",
        "--feature",
        "sso",
    ]);
    put_back(&s, &columns, &first, &key);
    assert!(tampered_because(&s, &key).contains("rolled back"));
    doctor_names(&s, &key);
}

#[test]
fn activations_deleted_to_free_seats_are_tampered() {
    let s = Sandbox::with_tenant("ed25519");
    let key = license(&s);
    s.ok(&["license", "activate", &key, "--fingerprint", "m-1"]);
    s.ok(&["license", "activate", &key, "--fingerprint", "m-2"]);
    s.tamper("DELETE FROM activations WHERE fingerprint = 'm-2'");
    let out = s
        .cmd()
        .args(["validate", &key, "--fingerprint", "m-3", "--json"])
        .output()
        .unwrap();
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["code"], "TAMPERED", "{answer}");
    // The freed seat cannot be taken, and nothing launders the missing row.
    let taken = s
        .cmd()
        .args(["license", "activate", &key, "--fingerprint", "m-3"])
        .output()
        .unwrap();
    assert_eq!(taken.status.code(), Some(3));
    assert!(tampered_because(&s, &key).contains("machines"));
    doctor_names(&s, &key);
}

#[test]
fn an_unsuspended_tenant_is_tampered() {
    let s = Sandbox::with_tenant("ed25519");
    let key = license(&s);
    s.ok(&["tenant", "suspend", "acme"]);
    s.tamper("UPDATE tenants SET status = 'active'");
    assert!(tampered_because(&s, &key).contains("tenant 'acme'"));
}

#[test]
fn a_command_never_launders_a_row_changed_outside_keywright() {
    let s = Sandbox::with_tenant("ed25519");
    let key = license(&s);
    s.ok(&["license", "revoke", &key, "--yes"]);
    s.tamper(&format!(
        "UPDATE licenses SET status = 'active' WHERE key = '{key}'"
    ));
    // keywright's own writes about the license (a suspension) leave its
    // broken seal broken.
    let _ = s.cmd().args(["license", "suspend", &key]).output().unwrap();
    let _ = s.cmd().args(["validate", &key]).output().unwrap();
    tampered_because(&s, &key);
    // Until the vendor, having looked, trusts the database as it is.
    s.ok(&["doctor", "--reseal", "-q"]);
    s.ok(&["doctor"]);
}

#[test]
fn a_database_from_before_seals_is_sealed_once_and_then_held_to_it() {
    let s = Sandbox::from_v1_fixture();
    s.ok(&["doctor"]);
    let key = s.rows("SELECT key FROM licenses WHERE status = 'active' LIMIT 1")[0][0]
        .clone()
        .unwrap();
    assert_eq!(
        s.verdict(&["validate", &key, "--fingerprint", "m1"]),
        (0, "VALID".into())
    );
    s.tamper(&format!(
        "UPDATE licenses SET status = 'suspended' WHERE key = '{key}'"
    ));
    tampered_because(&s, &key);
}

#[test]
fn issued_licenses_are_sealed_as_they_are_written_and_hold() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[&ISSUE[..6], &["--count", "3", "--yes", "-q"]].concat());
    let rows: Vec<(i64, i64)> = s
        .rows(
            "SELECT l.changed_seq, a.seq FROM licenses l JOIN audit_log a
                 ON a.target_type = 'license' AND a.target_id = l.key AND a.action = 'license.created'
             ORDER BY l.id",
        )
        .iter()
        .map(|r| (number(&r[0]), number(&r[1])))
        .collect();
    assert_eq!(rows.len(), 3);
    // Each row is as new as its own entry: written sealed, not sealed
    // again at the commit (which would give all three the last seq).
    for (changed_seq, seq) in &rows {
        assert_eq!(changed_seq, seq, "{rows:?}");
    }
    assert!(rows[0].1 < rows[2].1, "{rows:?}");
    s.ok(&["doctor", "-q"]);
}

/// The licenses' rows as the tests below read them: (key, changed_seq,
/// seq of the newest `license.revoked` entry about it).
fn revoked_rows(s: &Sandbox) -> Vec<(String, i64, i64)> {
    s.rows(
        "SELECT l.key, l.changed_seq, MAX(a.seq) FROM licenses l JOIN audit_log a
             ON a.target_type = 'license' AND a.target_id = l.key AND a.action = 'license.revoked'
         GROUP BY l.id ORDER BY l.id",
    )
    .iter()
    .map(|r| (r[0].clone().unwrap(), number(&r[1]), number(&r[2])))
    .collect()
}

#[test]
fn revoked_licenses_are_sealed_as_they_are_written_and_hold() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[&ISSUE[..6], &["--count", "3", "--yes", "-q"]].concat());
    let suspended = s.ok(&["license", "list", "--limit", "1", "-q"]);
    s.ok(&["license", "suspend", suspended.trim()]);
    s.ok(&REVOKE_ALL);
    let rows = revoked_rows(&s);
    assert_eq!(rows.len(), 3, "{rows:?}");
    // Each row is sealed as it is written, as new as the last entry about
    // a license of the revocation: not sealed again at the commit, which
    // would make it as new as the summary entry after them.
    let last = rows.iter().map(|(_, _, seq)| *seq).max().unwrap();
    for (key, changed_seq, _) in &rows {
        assert_eq!(*changed_seq, last, "{key}: {rows:?}");
    }
    s.ok(&["doctor", "-q"]);
    for (key, _, _) in &rows {
        assert_eq!(s.verdict(&["validate", key]), (3, "REVOKED".into()));
    }
}

#[test]
fn a_bulk_revocation_leaves_edited_and_rolled_back_rows_broken() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[&ISSUE[..6], &["--count", "4", "--yes", "-q"]].concat());
    let keys: Vec<String> = s
        .ok(&[
            "license", "list", "--sort", "issued", "--order", "asc", "-q",
        ])
        .lines()
        .map(str::to_string)
        .collect();
    let (edited, rolled_back) = (&keys[1], &keys[2]);
    // One row edited outside keywright; one put back as it was before a
    // suspension, its seal then valid but older than the entry about it.
    let columns = ["status", "version", "seal", "changed_seq"];
    let before = row_of(&s, &columns, rolled_back);
    s.ok(&["license", "suspend", rolled_back]);
    put_back(&s, &columns, &before, rolled_back);
    s.tamper(&format!(
        "UPDATE licenses SET status = 'suspended' WHERE key = '{edited}'"
    ));
    s.ok(&REVOKE_ALL);
    // The revocation took, but sealed neither: both stay tampered.
    let (edited_why, rolled_back_why) = (
        tampered_because(&s, edited),
        tampered_because(&s, rolled_back),
    );
    assert!(edited_why.contains("seal does not hold"), "{edited_why}");
    assert!(
        rolled_back_why.contains("seal does not hold"),
        "{rolled_back_why}"
    );
    doctor_names(&s, edited);
    doctor_names(&s, rolled_back);
    for key in [&keys[0], &keys[3]] {
        assert_eq!(s.verdict(&["validate", key]), (3, "REVOKED".into()));
    }
}

#[test]
fn without_its_sealing_key_no_license_is_issued_or_changed() {
    let s = Sandbox::with_tenant("ed25519");
    let key = license(&s);
    let keys = s.db_path().parent().unwrap().join("keys");
    for entry in std::fs::read_dir(&keys).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("_db-")
        {
            std::fs::remove_dir_all(path).unwrap();
        }
    }
    let issue = [&ISSUE[..6], &["--count", "300", "--yes"]].concat();
    for args in [&issue[..], &REVOKE_ALL[..], &["license", "suspend", &key]] {
        let err = s.fails(args, 1);
        assert!(err.contains("sealing key is not available"), "{err}");
    }
}

/// The values of `columns` of the license `key`, as text.
fn row_of(s: &Sandbox, columns: &[&str], key: &str) -> Vec<Option<String>> {
    let sql = format!(
        "SELECT {} FROM licenses WHERE key = '{key}'",
        columns.join(", ")
    );
    s.rows(&sql).remove(0)
}

/// Writes `values` back into `columns` of the license `key`, behind
/// keywright's back.
fn put_back(s: &Sandbox, columns: &[&str], values: &[Option<String>], key: &str) {
    let sets: Vec<String> = columns
        .iter()
        .zip(values)
        .map(|(column, value)| format!("{column} = {}", literal(value)))
        .collect();
    s.tamper(&format!(
        "UPDATE licenses SET {} WHERE key = '{key}'",
        sets.join(", ")
    ));
}

fn number(value: &Option<String>) -> i64 {
    value.as_deref().unwrap_or("0").parse().unwrap()
}
