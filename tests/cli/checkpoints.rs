//! Audit checkpoints and the sealed head against an attacker who can write
//! the database file and knows the chain format: an edited entry with every
//! later hash and the stored head recomputed passes the chain check; a
//! checkpoint, signed with a key that is not in the database, names the
//! entry, and the tenant row's seal, whose key is in the key store, catches
//! it even with every checkpoint deleted.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::util::Sandbox;

/// The canonical content an entry's hash covers, in the same field order.
#[derive(Serialize)]
struct Canonical<'a> {
    tenant: &'a str,
    seq: i64,
    at: i64,
    actor: &'a str,
    action: &'a str,
    target_type: &'a str,
    target_id: &'a str,
    origin: &'a str,
    details: &'a str,
    prev_hash: &'a str,
}

/// Edits the actor of entry `seq`, then recomputes the whole chain and head.
fn rewrite_history(s: &Sandbox, tenant: &str, seq: i64) {
    s.tamper(&format!(
        "UPDATE audit_log SET actor = 'mallory' WHERE seq = {seq}"
    ));
    let rows = s.rows(
        "SELECT seq, at, actor, action, target_type, target_id, origin, details FROM audit_log ORDER BY seq",
    );
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let mut prev = "0".repeat(64);
    for row in &rows {
        let [
            seq,
            at,
            actor,
            action,
            target_type,
            target_id,
            origin,
            details,
        ] = [0, 1, 2, 3, 4, 5, 6, 7].map(|i| text(&row[i]));
        let canonical = Canonical {
            tenant,
            seq: seq.parse().unwrap(),
            at: at.parse().unwrap(),
            actor: &actor,
            action: &action,
            target_type: &target_type,
            target_id: &target_id,
            origin: &origin,
            details: &details,
            prev_hash: &prev,
        };
        let digest = Sha256::digest(serde_json::to_vec(&canonical).unwrap());
        let hash: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        s.tamper(&format!(
            "UPDATE audit_log SET prev_hash = '{prev}', hash = '{hash}' WHERE seq = {seq}"
        ));
        prev = hash;
    }
    s.tamper(&format!("UPDATE tenants SET audit_head = '{prev}'"));
}

#[test]
fn a_rewritten_history_passes_the_chain_but_not_a_checkpoint() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&["customer", "create", "grace@example.com"]);
    let signed = s.json(&["audit", "checkpoint"]);
    assert_eq!(signed["seq"], 5);
    let verified = s.json(&["audit", "verify"]);
    assert_eq!(
        (
            verified["verified"].as_bool(),
            verified["checkpoints"].as_i64()
        ),
        (Some(true), Some(1))
    );

    // Without a checkpoint over it (or with the checkpoints deleted), the
    // chain alone cannot tell; the tenant row's sealed head can.
    let unguarded = Sandbox::with_tenant("ed25519");
    unguarded.ok(&["audit", "checkpoint"]);
    unguarded.tamper("DELETE FROM audit_checkpoints");
    rewrite_history(&unguarded, "acme", 2);
    let err = unguarded.fails(&["audit", "verify"], 1);
    assert!(
        err.contains("row of tenant 'acme' was changed outside keywright"),
        "{err}"
    );

    rewrite_history(&s, "acme", 2);
    let err = s.fails(&["audit", "verify"], 1);
    assert!(
        err.contains("audit entry #5 no longer has the hash signed"),
        "{err}"
    );
    let out = s.cmd().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("the chain was rewritten"));
}

#[test]
fn a_forged_checkpoint_or_removed_entries_are_reported() {
    let s = Sandbox::with_tenant("hmac");
    s.ok(&["audit", "checkpoint"]);
    s.ok(&["audit", "checkpoint"]);
    assert_eq!(s.json(&["audit", "verify"])["checkpoints"], 2);
    // A head that differs from every real one: the signature no longer covers it.
    let forged = "f".repeat(64);
    s.tamper(&format!(
        "UPDATE audit_checkpoints SET head = '{forged}' WHERE id = 1"
    ));
    let err = s.fails(&["audit", "verify"], 1);
    assert!(err.contains("forged or edited"), "{err}");

    let t = Sandbox::with_tenant("ed25519");
    t.ok(&["audit", "checkpoint"]);
    t.tamper("DELETE FROM audit_log WHERE seq >= 4; UPDATE tenants SET audit_seq = 3, audit_head = (SELECT hash FROM audit_log WHERE seq = 3)");
    let err = t.fails(&["audit", "verify"], 1);
    assert!(err.contains("audit entry #4, signed at"), "{err}");
    assert!(err.contains("is gone"), "{err}");
}
