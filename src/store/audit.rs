//! The tenant's audit log: a hash chain. Each entry holds the SHA-256 of the
//! previous entry and of its own canonical content; the tenant row holds the
//! head, so that removing the newest entries is detected as well as editing,
//! deleting or reordering any entry.

use super::Scope;
use super::page::{Rows, Span, Window};
use crate::error::{Error, Result};
use crate::store::columns::Columns;
use crate::store::conditions::{Conditions, Dialect};
use std::borrow::Cow;
use std::fmt;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::time::UnixTime;
use crate::domain::values::hex;

/// `prev_hash` of a tenant's first entry.
pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An entry to append; the store adds sequence number and hashes.
pub struct NewAuditEntry<'a> {
    pub at: i64,
    pub actor: &'a str,
    pub origin: &'a str,
    pub action: AuditAction,
    pub target_type: TargetKind,
    pub target_id: &'a str,
    /// A JSON object, as text (shared by many entries of one command).
    pub details: Cow<'a, str>,
}

/// Where a tenant's chain ends: the seq and hash of its last entry. It is
/// a value of its own, so that the hashes of many entries can be computed
/// on another thread while the transaction writes what they are about.
#[derive(Debug, Clone)]
pub struct ChainEnd {
    pub(in crate::store) tenant: String,
    pub(in crate::store) seq: i64,
    pub(in crate::store) head: String,
}

impl ChainEnd {
    /// Moves the end to the entry after it, whose hash is `hash`.
    pub(in crate::store) fn move_to(&mut self, hash: String) {
        self.seq += 1;
        self.head = hash;
    }

    /// The digest of `entry` appended after this end.
    pub(in crate::store) fn digest_next(&self, entry: &NewAuditEntry<'_>) -> [u8; 32] {
        Canonical {
            tenant: &self.tenant,
            seq: self.seq + 1,
            at: entry.at,
            actor: entry.actor,
            action: entry.action.as_str(),
            target_type: entry.target_type.as_str(),
            target_id: entry.target_id,
            origin: entry.origin,
            details: &entry.details,
            prev_hash: &self.head,
        }
        .digest()
    }

    /// The hashes of `entries` appended in turn after this end, to append
    /// them later with [`AuditChain::append_sealed_linked`].
    pub fn link_all<'a>(mut self, entries: impl Iterator<Item = NewAuditEntry<'a>>) -> Links {
        let from = self.clone();
        let digests = entries
            .map(|entry| {
                let digest = self.digest_next(&entry);
                self.move_to(hex(&digest));
                digest
            })
            .collect();
        Links { from, digests }
    }

    /// The digest `links` holds for the entry after this end, or None if
    /// `links` was not linked from here or ends before it.
    pub(in crate::store) fn linked_next<'l>(&self, links: &'l Links) -> Option<&'l [u8; 32]> {
        let index = usize::try_from(self.seq - links.from.seq).ok()?;
        let digest = links.digests.get(index)?;
        let from_here = match index {
            0 => self.head == links.from.head,
            _ => self.head == hex(&links.digests[index - 1]),
        };
        (from_here && self.tenant == links.from.tenant).then_some(digest)
    }
}

/// Entries' hashes linked ahead from a chain's end ([`ChainEnd::link_all`]).
#[derive(Debug)]
pub struct Links {
    from: ChainEnd,
    digests: Vec<[u8; 32]>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: UnixTime,
    pub actor: String,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub origin: String,
    pub details: serde_json::Value,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditEntry {
    /// The fields an entry is written with, in order (CSV headers).
    pub const FIELDS: &'static [&'static str] = &[
        "seq",
        "at",
        "actor",
        "action",
        "target_type",
        "target_id",
        "origin",
        "details",
        "prev_hash",
        "hash",
    ];
}

/// The content an entry's hash covers, in a fixed field order.
#[derive(Serialize)]
pub(crate) struct Canonical<'a> {
    pub(in crate::store) tenant: &'a str,
    pub(in crate::store) seq: i64,
    pub(in crate::store) at: i64,
    pub(in crate::store) actor: &'a str,
    pub(in crate::store) action: &'a str,
    pub(in crate::store) target_type: &'a str,
    pub(in crate::store) target_id: &'a str,
    pub(in crate::store) origin: &'a str,
    pub(in crate::store) details: &'a str,
    pub(in crate::store) prev_hash: &'a str,
}

impl Canonical<'_> {
    pub(in crate::store) fn hash(&self) -> String {
        hex(&self.digest())
    }

    fn digest(&self) -> [u8; 32] {
        let json = serde_json::to_vec(self).expect("canonical audit content serialises");
        Sha256::digest(&json).into()
    }
}

/// Filters of `audit list`; times are Unix seconds.
#[derive(Debug, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub target: Option<String>,
    pub actor: Option<String>,
    pub since: Option<i64>,
    pub until: Option<i64>,
}

/// The first place where the chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainBreak {
    Edited { seq: i64, action: String },
    Missing { expected: i64, found: i64 },
    Relinked { seq: i64 },
    Truncated { last: i64, recorded: i64 },
}

impl fmt::Display for ChainBreak {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChainBreak::Edited { seq, action } => write!(
                f,
                "audit entry #{seq} ({action}) was edited: its content no longer matches its hash"
            ),
            ChainBreak::Missing { expected, found } => write!(
                f,
                "audit entry #{expected} is missing: the chain jumps from #{} to #{found}",
                expected - 1
            ),
            ChainBreak::Relinked { seq } => write!(
                f,
                "audit entry #{seq} does not follow the entry before it: entries were reordered or rewritten"
            ),
            ChainBreak::Truncated { last, recorded } => write!(
                f,
                "audit entries after #{last} were removed: the tenant's chain head says #{recorded}"
            ),
        }
    }
}

/// What `audit verify` found.
#[derive(Debug, Serialize)]
pub struct ChainReport {
    pub verified: bool,
    pub entries: i64,
    pub head: String,
    #[serde(
        serialize_with = "serialize_break",
        skip_serializing_if = "Option::is_none"
    )]
    pub broken: Option<ChainBreak>,
}

pub(crate) fn serialize_break<S: serde::Serializer>(
    value: &Option<ChainBreak>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    match value {
        Some(b) => s.collect_str(b),
        None => s.serialize_none(),
    }
}

/// A signed statement that the chain had `head` as entry `seq`'s hash.
#[derive(Debug, Clone, Serialize)]
pub struct Checkpoint {
    pub seq: i64,
    pub head: String,
    pub kid: String,
    pub signature: String,
    pub created: UnixTime,
}

impl Checkpoint {
    /// The bytes a checkpoint signature covers.
    pub fn message(tenant: &str, seq: i64, head: &str) -> String {
        format!("keywright-audit-checkpoint:v1:{tenant}:{seq}:{head}")
    }
}

/// A walk along a tenant's chain, entry by entry from the first, that
/// recomputes each hash and checks each link: how every backend verifies.
pub(in crate::store) struct ChainWalk<'a> {
    tenant: &'a str,
    expected: i64,
    prev: String,
}

impl<'a> ChainWalk<'a> {
    pub(in crate::store) fn new(tenant: &'a str) -> ChainWalk<'a> {
        ChainWalk {
            tenant,
            expected: 1,
            prev: GENESIS.to_string(),
        }
    }

    /// Checks the next entry (`details` as stored); on a break, the report
    /// of the chain up to it.
    pub(in crate::store) fn step(
        &mut self,
        entry: AuditEntry,
        details: &str,
    ) -> std::result::Result<(), ChainReport> {
        if let Some(broken) = self.check(&entry, details) {
            return Err(self.report(Some(broken)));
        }
        self.prev = entry.hash;
        self.expected += 1;
        Ok(())
    }

    /// The report once every entry was checked, against the head the
    /// tenant's row records (`recorded`, `head`).
    pub(in crate::store) fn finish(self, recorded: i64, head: &str) -> ChainReport {
        let last = self.expected - 1;
        let broken = (recorded != last || (last > 0 && head != self.prev))
            .then_some(ChainBreak::Truncated { last, recorded });
        self.report(broken)
    }

    fn report(&self, broken: Option<ChainBreak>) -> ChainReport {
        ChainReport {
            verified: broken.is_none(),
            entries: self.expected - 1,
            head: self.prev.clone(),
            broken,
        }
    }

    fn check(&self, entry: &AuditEntry, details: &str) -> Option<ChainBreak> {
        let recomputed = Canonical {
            tenant: self.tenant,
            seq: entry.seq,
            at: entry.at.0,
            actor: &entry.actor,
            action: &entry.action,
            target_type: &entry.target_type,
            target_id: &entry.target_id,
            origin: &entry.origin,
            details,
            prev_hash: &entry.prev_hash,
        }
        .hash();
        if recomputed != entry.hash {
            return Some(ChainBreak::Edited {
                seq: entry.seq,
                action: entry.action.clone(),
            });
        }
        if entry.seq != self.expected {
            return Some(ChainBreak::Missing {
                expected: self.expected,
                found: entry.seq,
            });
        }
        (entry.prev_hash != self.prev).then_some(ChainBreak::Relinked { seq: entry.seq })
    }
}

/// What a backend does with the audit of one tenant.
pub trait AuditRows {
    /// Inserts an entry linked after the chain's end, and notes the license
    /// or key it is about for sealing at commit when asked to.
    fn insert_audit_entry(&self, link: &AuditLink<'_>) -> Result<()>;

    /// Writes the chain's new end into the tenant's row.
    fn set_audit_head(&self, seq: i64, head: &str) -> Result<()>;

    /// The current head of the chain: (last seq, its hash); (0, "") when empty.
    fn audit_chain_head(&self) -> Result<(i64, String)>;

    fn insert_checkpoint(&self, checkpoint: &Checkpoint) -> Result<()>;

    /// Every checkpoint of the tenant, oldest first.
    fn checkpoints(&self) -> Result<Vec<Checkpoint>>;

    /// The stored hash of entry `seq`, if the entry exists.
    fn audit_hash_at(&self, seq: i64) -> Result<Option<String>>;

    /// A window of the entries the filter matches: a numbered page newest
    /// first, or the page after a cursor (a seq) oldest first.
    fn read_audit_entries(&self, filter: &AuditFilter, span: Span) -> Result<Rows<AuditEntry>>;

    /// How many entries with one of `actions` name `target_id` since `since`.
    fn count_recent_audit(
        &self,
        target_id: &str,
        actions: &[AuditAction],
        since: i64,
    ) -> Result<i64>;

    /// Every entry the filter matches, oldest first, streamed to `visit`.
    fn each_audit_entry(
        &self,
        filter: &AuditFilter,
        visit: &mut dyn FnMut(AuditEntry) -> Result<()>,
    ) -> Result<u64>;

    /// Recomputes the whole chain, streaming, and reports the first break.
    fn verify_audit_chain(&self) -> Result<ChainReport>;
}

/// The end of a tenant's chain while entries are appended to it; see
/// [`Scope::audit_chain`].
#[must_use = "the chain's head is written by `close`"]
pub struct AuditChain<'s, 'c> {
    scope: &'s Scope<'c>,
    /// The seq of the last entry before the chain was opened.
    start: i64,
    end: ChainEnd,
}

impl<'s, 'c> AuditChain<'s, 'c> {
    /// The seq the next entry appended will have.
    pub fn next_seq(&self) -> i64 {
        self.end.seq + 1
    }

    /// The tenant's handle the chain writes through.
    pub fn scope(&self) -> &'s Scope<'c> {
        self.scope
    }

    /// Where the chain ends now, to link entries ahead of appending them
    /// ([`ChainEnd::link_all`]).
    pub fn end(&self) -> ChainEnd {
        self.end.clone()
    }

    /// Appends an entry after the last, and notes the license or key it is
    /// about for sealing at commit (store/sqlite/seal.rs); returns its seq.
    pub fn append(&mut self, entry: &NewAuditEntry<'_>) -> Result<i64> {
        let digest = self.end.digest_next(entry);
        self.write(entry, &digest, true)
    }

    /// [`AuditChain::append`] of an entry about a license the caller has
    /// just written in this transaction with a seal as new as this entry
    /// (inserted with `Sealed::seal_of`, or changed with
    /// `Sealed::seal_after`, `changed_seq` at least the entry's seq):
    /// noting it would change nothing, so it is not noted. Had a changed row
    /// not held before the change, its seal was left broken and the row
    /// noted as such by the change itself.
    pub fn append_sealed(&mut self, entry: &NewAuditEntry<'_>) -> Result<i64> {
        let digest = self.end.digest_next(entry);
        self.write(entry, &digest, false)
    }

    /// [`AuditChain::append_sealed`] of the next of the entries `links` was
    /// made from, with the hash linked for it there.
    pub fn append_sealed_linked(
        &mut self,
        entry: &NewAuditEntry<'_>,
        links: &Links,
    ) -> Result<i64> {
        let digest = *self.end.linked_next(links).ok_or_else(|| {
            Error::runtime("internal error: audit entries linked for another end of the chain; nothing was changed")
        })?;
        self.write(entry, &digest, false)
    }

    /// Inserts `entry`, whose content has the digest `digest`, after the
    /// end, and moves the end to it.
    fn write(
        &mut self,
        entry: &NewAuditEntry<'_>,
        digest: &[u8; 32],
        note_target: bool,
    ) -> Result<i64> {
        let seq = self.end.seq + 1;
        let hash = hex(digest);
        self.scope.insert_audit_entry(&AuditLink {
            entry,
            seq,
            prev_hash: &self.end.head,
            hash: &hash,
            note_target,
            first: self.end.seq == self.start,
        })?;
        self.end.move_to(hash);
        Ok(seq)
    }

    /// Writes the new head into the tenant's row.
    pub fn close(self) -> Result<()> {
        self.scope.set_audit_head(self.end.seq, &self.end.head)
    }
}

/// One entry as a backend inserts it: its place in the chain and its hash.
pub struct AuditLink<'a> {
    pub entry: &'a NewAuditEntry<'a>,
    pub seq: i64,
    pub prev_hash: &'a str,
    pub hash: &'a str,
    /// Whether the license or key the entry is about is to be noted for
    /// sealing at commit.
    pub note_target: bool,
    /// Whether this is the first entry appended since the chain was opened.
    pub first: bool,
}

impl Scope<'_> {
    /// The chain's end, to append many entries to in the caller's
    /// transaction (a bulk revocation): the head is read once, and written
    /// once by [`AuditChain::close`], which must be called before the
    /// transaction commits.
    pub fn audit_chain(&self) -> Result<AuditChain<'_, '_>> {
        let (seq, head) = self.audit_chain_head()?;
        let head = if seq == 0 { GENESIS.to_string() } else { head };
        let tenant = self.tenant_slug().to_string();
        Ok(AuditChain {
            scope: self,
            start: seq,
            end: ChainEnd { tenant, seq, head },
        })
    }

    /// Appends an entry to the chain, in the caller's transaction.
    pub fn append_audit(&self, entry: &NewAuditEntry<'_>) -> Result<i64> {
        let mut chain = self.audit_chain()?;
        let seq = chain.append(entry)?;
        chain.close()?;
        Ok(seq)
    }
    /// A window of the entries the filter matches: a numbered page newest
    /// first, or the page after a cursor (a seq) oldest first.
    pub fn audit_entries<W: Window>(
        &self,
        filter: &AuditFilter,
        window: W,
    ) -> Result<W::Page<AuditEntry>> {
        Ok(window.page(self.read_audit_entries(filter, window.span())?))
    }
}

/// The columns an audit entry is read from, in the order of
/// [`AuditEntry::read`].
pub(crate) const AUDIT_COLUMNS: &str =
    "seq, at, actor, action, target_type, target_id, origin, details, prev_hash, hash";

impl AuditEntry {
    /// An entry from the columns of [`AUDIT_COLUMNS`]; details that are not
    /// JSON are shown as the text they are.
    pub(crate) fn read(row: &impl Columns) -> Result<AuditEntry> {
        let details = row.string(7)?;
        Ok(AuditEntry {
            seq: row.id(0)?,
            at: row.time(1)?,
            actor: row.string(2)?,
            action: row.string(3)?,
            target_type: row.string(4)?,
            target_id: row.string(5)?,
            origin: row.string(6)?,
            details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
            prev_hash: row.string(8)?,
            hash: row.string(9)?,
        })
    }
}

/// The conditions of a list of a tenant's audit entries.
pub(crate) fn audit_conditions(
    dialect: Dialect,
    tenant_id: i64,
    filter: &AuditFilter,
) -> Conditions {
    let mut c = Conditions::for_tenant(dialect, "tenant_id", tenant_id);
    if let Some(action) = &filter.action {
        match action.strip_suffix('*') {
            Some(prefix) => c.push("substr(action, 1, length(?)) = ?", prefix.to_string()),
            None => c.push("action = ?", action.clone()),
        }
    }
    if let Some(target) = &filter.target {
        c.push("target_id = ?", target.clone());
    }
    if let Some(actor) = &filter.actor {
        c.push("actor = ?", actor.clone());
    }
    if let Some(since) = filter.since {
        c.push("at >= ?", since);
    }
    if let Some(until) = filter.until {
        c.push("at < ?", until);
    }
    c
}
