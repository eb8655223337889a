//! The audit log's integrity: the hash chain recomputed, every checkpoint's
//! signature checked against the tenant's keys, and new checkpoints signed.
//! A checkpoint is signed with the tenant's key, whose secret is not in the
//! database, so even a rewrite of the whole chain (hashes and head
//! recomputed) is detected at the next check.

use serde::Serialize;
use serde_json::json;

use super::Session;
use super::signing::{signing_key, trusted_keys};
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::time::UnixTime;
use crate::error::{Error, Result};
use crate::keystore::KeyStore;
use crate::store::{Checkpoint, Scope};
use crate::token::{KeySet, decode_base64url, encode_base64url};

/// The state of a tenant's audit log: chain and checkpoints.
#[derive(Serialize)]
pub struct AuditState {
    pub verified: bool,
    pub entries: i64,
    pub head: String,
    pub checkpoints: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// Recomputes the chain, then checks every checkpoint's signature and that
/// the entry it names still has the hash it signed.
pub fn audit_state(keys: &KeyStore, scope: &Scope<'_>) -> Result<AuditState> {
    let report = scope.verify_audit_chain()?;
    let checkpoints = scope.checkpoints()?;
    let mut problem = report.broken.as_ref().map(ToString::to_string);
    if problem.is_none() {
        let keys = trusted_keys(keys, scope)?;
        for checkpoint in &checkpoints {
            problem = checkpoint_problem(scope, &keys, checkpoint)?;
            if problem.is_some() {
                break;
            }
        }
    }
    // The head the tenant row seals: a chain rewritten or cut back with its
    // head recomputed, checkpoints or not, no longer matches it.
    if problem.is_none() {
        problem = scope.tenant_seal_problem()?;
    }
    Ok(AuditState {
        verified: problem.is_none(),
        entries: report.entries,
        head: report.head,
        checkpoints: checkpoints.len(),
        problem,
    })
}

/// Whether a checkpoint's signature holds and the entry it names still has
/// the hash it signed.
fn checkpoint_problem(
    scope: &Scope<'_>,
    keys: &KeySet,
    checkpoint: &Checkpoint,
) -> Result<Option<String>> {
    let message = Checkpoint::message(scope.tenant_slug(), checkpoint.seq, &checkpoint.head);
    let signed = match (
        keys.find(Some(&checkpoint.kid), None),
        decode_base64url(&checkpoint.signature),
    ) {
        (Some(key), Some(signature)) => key.verify(message.as_bytes(), &signature),
        _ => false,
    };
    if !signed {
        return Ok(Some(format!(
            "the checkpoint of entry #{} does not verify with key {}: it was forged or edited",
            checkpoint.seq, checkpoint.kid
        )));
    }
    Ok(match scope.audit_hash_at(checkpoint.seq)? {
        Some(hash) if hash == checkpoint.head => None,
        Some(_) => Some(format!(
            "audit entry #{} no longer has the hash signed at {}: the chain was rewritten",
            checkpoint.seq, checkpoint.created
        )),
        None => Some(format!(
            "audit entry #{}, signed at {}, is gone: entries were removed",
            checkpoint.seq, checkpoint.created
        )),
    })
}

/// A checkpoint just signed.
#[derive(Serialize)]
pub struct Signed {
    pub seq: i64,
    pub head: String,
    pub kid: String,
    pub created: UnixTime,
}

/// Signs the chain's head with the tenant's key and records it.
pub fn sign_checkpoint(session: &Session<'_>, scope: &Scope<'_>) -> Result<Signed> {
    let (seq, head) = scope.audit_chain_head()?;
    if seq == 0 {
        return Err(Error::usage(
            "the audit log is empty: there is nothing to checkpoint",
        ));
    }
    let key = signing_key(session, scope)?;
    let message = Checkpoint::message(scope.tenant_slug(), seq, &head);
    let checkpoint = Checkpoint {
        seq,
        head: head.clone(),
        kid: key.kid().to_string(),
        signature: encode_base64url(&key.sign(message.as_bytes())),
        created: UnixTime(session.now),
    };
    scope.insert_checkpoint(&checkpoint)?;
    let details = json!({"head": head, "kid": key.kid()});
    let target = seq.to_string();
    let entry = session.audit(
        AuditAction::AuditCheckpointed,
        TargetKind::Audit,
        &target,
        details,
    );
    scope.append_audit(&entry)?;
    Ok(Signed {
        seq,
        head,
        kid: checkpoint.kid,
        created: checkpoint.created,
    })
}
