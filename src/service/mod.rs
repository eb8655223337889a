//! The operations of keywright, shared by the commands and the license
//! service: the one place where each rule is written. Neither clap nor HTTP
//! types reach here.
//!
//! An operation takes a [`Session`] (who acts, from where, when, with which
//! keys), a tenant [`Scope`](crate::store::Scope) inside the caller's
//! transaction, and a request that was validated when it was built — from
//! flags, a CSV row or a JSON body alike, by the same constructor. It does
//! its writes and audit entries in that transaction and returns domain
//! results; printing them, or answering HTTP, is the caller's job.

pub mod api_key;
pub mod audit;
pub mod billing;
pub mod copy;
pub mod customer;
pub mod doctor;
pub mod email;
pub mod export;
pub mod findings;
pub mod inputs;
pub mod key;
pub mod license;
pub mod plan;
pub mod product;
pub mod queries;
pub mod replies;
pub mod revocations;
pub mod sealing;
pub mod signing;
pub mod tenant;
pub mod verifier;
pub mod webhook;

use std::borrow::Cow;
use std::path::Path;

use crate::domain::audit::{AuditAction, TargetKind};
use crate::keystore::KeyStore;
use crate::store::NewAuditEntry;

/// Rules that the vendor sets in the config and every operation applies.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Activations plus deactivations a license may make in a day, per seat.
    pub churn_per_seat: u32,
    /// How long a signed reply may be trusted offline, in seconds.
    pub lease_seconds: i64,
    /// How old an activation request or deactivation proof may be, in seconds.
    pub request_max_age: i64,
    /// How long a machine license of a license that limits machines lasts,
    /// unless its plan or the license says otherwise, in seconds.
    pub offline_lease_seconds: i64,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            churn_per_seat: 10,
            lease_seconds: 24 * 3600,
            request_max_age: 7 * 86_400,
            offline_lease_seconds: 30 * 86_400,
        }
    }
}

/// Who acts, from where and when, with which keys and rules.
pub struct Session<'a> {
    /// For the audit log: an OS user, `api-key:NAME` or `license:PREFIX…`.
    pub actor: String,
    /// For the audit log: a host name or a client address.
    pub origin: String,
    /// The time of this operation; every row it writes carries it.
    pub now: i64,
    pub keys: &'a KeyStore,
    /// A signing key given to this one command (`--key-file`).
    pub key_file: Option<&'a Path>,
    pub policy: &'a Policy,
}

impl<'k> Session<'k> {
    /// The same session, acting as `actor` (`stripe:EVENT_ID`).
    pub fn acting_as(&self, actor: String) -> Session<'k> {
        Session {
            actor,
            origin: self.origin.clone(),
            now: self.now,
            keys: self.keys,
            key_file: self.key_file,
            policy: self.policy,
        }
    }

    /// An audit entry by this session's actor, at this session's time.
    pub fn audit<'a>(
        &'a self,
        action: AuditAction,
        target_type: TargetKind,
        target_id: &'a str,
        details: serde_json::Value,
    ) -> NewAuditEntry<'a> {
        self.audit_json(action, target_type, target_id, details.to_string().into())
    }

    /// [`Session::audit`] with its details as JSON text already: for many
    /// entries of one command that share them.
    pub fn audit_json<'a>(
        &'a self,
        action: AuditAction,
        target_type: TargetKind,
        target_id: &'a str,
        details: Cow<'a, str>,
    ) -> NewAuditEntry<'a> {
        NewAuditEntry {
            at: self.now,
            actor: &self.actor,
            origin: &self.origin,
            action,
            target_type,
            target_id,
            details,
        }
    }
}
