//! Rows written many at a time: the licenses of a batch and their audit
//! entries are kept here, column by column, and inserted together (one
//! statement over arrays) before the next statement of the transaction
//! runs or once enough wait, so that a batch costs a round trip to the
//! server per few thousand rows, not per row. Once enough wait they are sent
//! by a thread of their own, so that the server inserts them while the
//! next ones are made (`Session::send_if_many`). Nothing reads the
//! database while rows wait or are being sent: every statement waits for
//! them first (`Session::with`).

use postgres::Client;

use crate::error::{Error, Result};
use crate::store::audit::AuditLink;
use crate::store::licenses::NewLicense;

/// How many rows wait at most before they are sent.
pub(super) const WAITING: usize = 4000;

/// The rows waiting to be inserted.
#[derive(Default)]
pub(super) struct Waiting {
    licenses: LicenseColumns,
    audit: AuditColumns,
}

#[derive(Default)]
struct LicenseColumns {
    id: Vec<i64>,
    tenant_id: Vec<i64>,
    key: Vec<String>,
    product_id: Vec<i64>,
    plan_id: Vec<Option<i64>>,
    customer_id: Vec<i64>,
    issued_at: Vec<i64>,
    not_before: Vec<Option<i64>>,
    expires_at: Vec<Option<i64>>,
    grace_seconds: Vec<Option<i64>>,
    features: Vec<String>,
    limits: Vec<String>,
    domains: Vec<String>,
    fingerprints: Vec<String>,
    trial: Vec<bool>,
    kid: Vec<String>,
    token: Vec<String>,
    heartbeat_seconds: Vec<Option<i64>>,
    changed_seq: Vec<i64>,
    offline_lease_seconds: Vec<Option<i64>>,
    policy: Vec<Option<String>>,
    seal: Vec<String>,
}

#[derive(Default)]
struct AuditColumns {
    tenant_id: Vec<i64>,
    seq: Vec<i64>,
    at: Vec<i64>,
    actor: Vec<String>,
    action: Vec<String>,
    target_type: Vec<String>,
    target_id: Vec<String>,
    origin: Vec<String>,
    details: Vec<String>,
    prev_hash: Vec<String>,
    hash: Vec<String>,
}

/// A new license's row as it waits: its id and seal are made already.
pub(super) struct LicenseRow<'a> {
    pub id: i64,
    pub tenant_id: i64,
    pub new: &'a NewLicense<'a>,
    /// The JSON of its features, limits, domains and fingerprints.
    pub json: [String; 4],
    pub seal: String,
}

impl Waiting {
    pub(super) fn len(&self) -> usize {
        self.licenses.id.len() + self.audit.seq.len()
    }

    pub(super) fn add_license(&mut self, row: LicenseRow<'_>) {
        let (l, new) = (&mut self.licenses, row.new);
        let [features, limits, domains, fingerprints] = row.json;
        l.id.push(row.id);
        l.tenant_id.push(row.tenant_id);
        l.key.push(new.key.to_string());
        l.product_id.push(new.product_id);
        l.plan_id.push(new.plan_id);
        l.customer_id.push(new.customer_id);
        l.issued_at.push(new.issued_at);
        l.not_before.push(new.not_before);
        l.expires_at.push(new.expires_at);
        l.grace_seconds.push(new.grace_seconds);
        l.features.push(features);
        l.limits.push(limits);
        l.domains.push(domains);
        l.fingerprints.push(fingerprints);
        l.trial.push(new.trial);
        l.kid.push(new.kid.to_string());
        l.token.push(new.token.to_string());
        l.heartbeat_seconds.push(new.seating.heartbeat_seconds);
        l.changed_seq.push(new.changed_seq);
        l.offline_lease_seconds
            .push(new.seating.offline_lease_seconds);
        l.policy.push(new.policy.map(str::to_string));
        l.seal.push(row.seal);
    }

    pub(super) fn add_audit(&mut self, tenant_id: i64, link: &AuditLink<'_>) {
        let (a, entry) = (&mut self.audit, link.entry);
        a.tenant_id.push(tenant_id);
        a.seq.push(link.seq);
        a.at.push(entry.at);
        a.actor.push(entry.actor.to_string());
        a.action.push(entry.action.as_str().to_string());
        a.target_type.push(entry.target_type.as_str().to_string());
        a.target_id.push(entry.target_id.to_string());
        a.origin.push(entry.origin.to_string());
        a.details.push(entry.details.to_string());
        a.prev_hash.push(link.prev_hash.to_string());
        a.hash.push(link.hash.to_string());
    }

    /// Inserts every waiting row; a license whose key the tenant has
    /// already fails the whole transaction (a drawn key met another: so
    /// rare that trying again is the answer). No `ON CONFLICT` clause: it
    /// would look every key up once more before inserting it.
    pub(super) fn send(&mut self, client: &mut Client) -> Result<()> {
        let waiting = std::mem::take(self);
        if !waiting.licenses.id.is_empty() {
            let l = &waiting.licenses;
            let inserted = client.execute(
                INSERT_LICENSES,
                &[
                    &l.id,
                    &l.tenant_id,
                    &l.key,
                    &l.product_id,
                    &l.plan_id,
                    &l.customer_id,
                    &l.issued_at,
                    &l.not_before,
                    &l.expires_at,
                    &l.grace_seconds,
                    &l.features,
                    &l.limits,
                    &l.domains,
                    &l.fingerprints,
                    &l.trial,
                    &l.kid,
                    &l.token,
                    &l.heartbeat_seconds,
                    &l.changed_seq,
                    &l.offline_lease_seconds,
                    &l.policy,
                    &l.seal,
                ],
            );
            inserted.map_err(key_taken)?;
        }
        if !waiting.audit.seq.is_empty() {
            let a = &waiting.audit;
            client.execute(
                INSERT_AUDIT,
                &[
                    &a.tenant_id,
                    &a.seq,
                    &a.at,
                    &a.actor,
                    &a.action,
                    &a.target_type,
                    &a.target_id,
                    &a.origin,
                    &a.details,
                    &a.prev_hash,
                    &a.hash,
                ],
            )?;
        }
        Ok(())
    }
}

/// A drawn key that met one of the tenant's licenses: the transaction
/// fails whole, and running the command again draws other keys.
fn key_taken(err: postgres::Error) -> Error {
    let constraint = err.as_db_error().and_then(|e| e.constraint());
    if constraint == Some("licenses_tenant_id_key_key") {
        return Error::runtime(
            "a license key drawn for this batch was taken already; nothing was written; run the command again",
        );
    }
    err.into()
}

const INSERT_LICENSES: &str = "INSERT INTO licenses (id, tenant_id, key, product_id, plan_id,
        customer_id, status, issued_at, not_before, expires_at, grace_seconds, features, limits,
        domains, fingerprints, trial, version, kid, token, updated_at, heartbeat_seconds,
        changed_seq, machines, offline_lease_seconds, policy, seal)
    SELECT id, tenant_id, key, product_id, plan_id, customer_id, 'active', issued_at, not_before,
        expires_at, grace_seconds, features, limits, domains, fingerprints, trial, 1, kid, token,
        issued_at, heartbeat_seconds, changed_seq, 0, offline_lease_seconds, policy, seal
    FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[],
        $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::text[], $12::text[],
        $13::text[], $14::text[], $15::boolean[], $16::text[], $17::text[], $18::bigint[],
        $19::bigint[], $20::bigint[], $21::text[], $22::text[])
    AS u(id, tenant_id, key, product_id, plan_id, customer_id, issued_at, not_before, expires_at,
        grace_seconds, features, limits, domains, fingerprints, trial, kid, token,
        heartbeat_seconds, changed_seq, offline_lease_seconds, policy, seal)";

const INSERT_AUDIT: &str = "INSERT INTO audit_log (tenant_id, seq, at, actor, action,
        target_type, target_id, origin, details, prev_hash, hash)
    SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[],
        $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])";
