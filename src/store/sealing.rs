//! The sealing rules, the same for every backend (docs/threat-model.md):
//! which tables are sealed and which of their columns the seal covers,
//! how a row's values are encoded under the database's sealing key, which
//! columns are derived from other rows, and when a row counts as fresh.
//! How a backend notes the rows a transaction changed, and checks and
//! writes seals, is its own (`store::sqlite::seal`).
//!
//! The encoding is neutral: every value is a [`SealValue`] (null, an
//! integer, text or bytes; a boolean is sealed as the integer 0 or 1, a
//! JSON column as the compact JSON text keywright wrote), so that a row
//! sealed by one backend holds in another that stores the same values.

use crate::error::Result;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::domain::audit::TargetKind;
use crate::error::Error;

/// The database's sealing key: 32 random bytes from the key store.
pub struct SealKey(Zeroizing<Vec<u8>>);

/// One value of a sealed row, as the seal encodes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SealValue<'a> {
    Null,
    Integer(i64),
    /// A floating-point number (no sealed column holds one today).
    Real(f64),
    Text(&'a [u8]),
    Bytes(&'a [u8]),
}

impl SealKey {
    pub fn new(bytes: &[u8]) -> SealKey {
        SealKey(Zeroizing::new(bytes.to_vec()))
    }

    /// The seal of a row of `sealed` whose sealed columns hold `values`,
    /// in the order of [`Sealed::column_names`]: every value tagged with
    /// its type and length, so that no two rows encode alike. A column
    /// added to the table after its first seal ([`Sealed::added_columns`])
    /// counts only when set, after its name, so that rows sealed before it
    /// existed still hold.
    pub fn seal(&self, sealed: Sealed, values: &[SealValue<'_>]) -> String {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .expect("HMAC takes a key of any length");
        mac.update(b"keywright-seal-v1\0");
        mac.update(sealed.table().as_bytes());
        let base = sealed.base_columns();
        for (i, value) in values.iter().enumerate() {
            if i >= base {
                if *value == SealValue::Null {
                    continue;
                }
                let name = sealed.added_columns().get(i - base).copied().unwrap_or("");
                encode(&mut mac, 5, name.as_bytes());
            }
            let number: [u8; 8];
            let (tag, bytes): (u8, &[u8]) = match *value {
                SealValue::Null => (0, &[]),
                SealValue::Integer(n) => {
                    number = n.to_be_bytes();
                    (1, &number)
                }
                SealValue::Real(x) => {
                    number = x.to_be_bytes();
                    (2, &number)
                }
                SealValue::Text(t) => (3, t),
                SealValue::Bytes(b) => (4, b),
            };
            encode(&mut mac, tag, bytes);
        }
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// Whether `stored` is the seal of these values, compared in constant
    /// time.
    pub fn holds(&self, sealed: Sealed, stored: Option<&str>, values: &[SealValue<'_>]) -> bool {
        let expected = self.seal(sealed, values);
        stored.is_some_and(|s| constant_time_eq(s, &expected))
    }
}

/// One value of a seal: its type tag, its length and its bytes.
fn encode(mac: &mut Hmac<Sha256>, tag: u8, bytes: &[u8]) {
    mac.update(&[tag]);
    mac.update(&(bytes.len() as u64).to_be_bytes());
    mac.update(bytes);
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A sealed table and the columns its seal covers: all but timestamps of
/// bookkeeping, counters and the seal itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sealed {
    Tenants,
    SigningKeys,
    Licenses,
    Activations,
    ApiKeys,
    /// Only the columns written when a webhook is queued; its delivery
    /// state changes freely.
    WebhookDeliveries,
}

/// A sealed column whose value comes from other rows, brought up to date
/// whenever its row is sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derived {
    /// `changed_seq`: the tenant's audit sequence when the row was sealed.
    ChangedSeq,
    /// `machines`: how many machines the license has.
    Machines,
}

impl Derived {
    pub fn column(self) -> &'static str {
        match self {
            Derived::ChangedSeq => "changed_seq",
            Derived::Machines => "machines",
        }
    }
}

/// When a row is as new as the audit log says (a row rolled back behind
/// the log is not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Its `changed_seq` is at least the seq of the newest audit entry
    /// about it: entries of this target kind naming the row's column.
    AboutIt {
        target: TargetKind,
        named_by: &'static str,
    },
    /// Its sealed `audit_seq` is the seq of its log's newest entry.
    LogHead,
    /// No audit entry is about it.
    Always,
}

impl Sealed {
    pub const ALL: [Sealed; 6] = [
        Sealed::SigningKeys,
        Sealed::Licenses,
        Sealed::Activations,
        Sealed::ApiKeys,
        Sealed::WebhookDeliveries,
        Sealed::Tenants,
    ];

    pub fn table(self) -> &'static str {
        match self {
            Sealed::Tenants => "tenants",
            Sealed::SigningKeys => "signing_keys",
            Sealed::Licenses => "licenses",
            Sealed::Activations => "activations",
            Sealed::ApiKeys => "api_keys",
            Sealed::WebhookDeliveries => "webhook_deliveries",
        }
    }

    /// The sealed table named `table`.
    pub fn named(table: &str) -> Option<Sealed> {
        Sealed::ALL.into_iter().find(|s| s.table() == table)
    }

    /// Whether keywright changes the sealed columns of a row after it is
    /// written (a queued webhook's are fixed).
    pub fn mutable(self) -> bool {
        self != Sealed::WebhookDeliveries
    }

    /// The column naming a row's tenant.
    pub fn tenant_column(self) -> &'static str {
        match self {
            Sealed::Tenants => "id",
            _ => "tenant_id",
        }
    }

    fn columns(self) -> &'static str {
        match self {
            Sealed::Tenants => {
                "id, slug, name, abbreviation, key_prefix, timezone, status, audit_seq, \
                 audit_head, revocation_seq, webhook_url"
            }
            Sealed::SigningKeys => {
                "id, tenant_id, kid, algorithm, public_key, status, created_at, retired_at, \
                 endorsement, revoked_at, changed_seq"
            }
            Sealed::Licenses => {
                "id, tenant_id, key, product_id, plan_id, customer_id, status, issued_at, \
                 not_before, expires_at, grace_seconds, features, limits, domains, fingerprints, \
                 trial, revocation_reason, revoked_at, version, kid, token, heartbeat_seconds, \
                 changed_seq, machines"
            }
            Sealed::Activations => {
                "id, tenant_id, license_id, fingerprint, hostname, first_seen, last_seen, public_key"
            }
            Sealed::ApiKeys => {
                "id, tenant_id, key_id, name, role, secret_hash, created_at, expires_at, revoked_at"
            }
            Sealed::WebhookDeliveries => "id, tenant_id, event, url, body, created_at",
        }
    }

    /// Columns added to the table after its first seal, in their order in
    /// the seal after the others: each is sealed only when set (not NULL),
    /// with its name, so that a row sealed before it existed still holds
    /// (docs/threat-model.md).
    pub fn added_columns(self) -> &'static [&'static str] {
        match self {
            Sealed::Tenants => &["webhook_private"],
            Sealed::Licenses => &["offline_lease_seconds", "policy"],
            _ => &[],
        }
    }

    /// How many columns every seal of this table covers.
    pub fn base_columns(self) -> usize {
        self.columns().split(',').count()
    }

    /// The names of the sealed columns, in their order in the seal.
    pub fn column_names(self) -> impl Iterator<Item = &'static str> {
        self.columns()
            .split(',')
            .map(str::trim)
            .chain(self.added_columns().iter().copied())
    }

    /// The sealed columns derived from other rows.
    pub fn derived(self) -> &'static [Derived] {
        match self {
            Sealed::Licenses => &[Derived::ChangedSeq, Derived::Machines],
            Sealed::SigningKeys => &[Derived::ChangedSeq],
            _ => &[],
        }
    }

    /// When a row of this table is fresh.
    pub fn freshness(self) -> Freshness {
        match self {
            Sealed::Licenses => Freshness::AboutIt {
                target: TargetKind::License,
                named_by: "key",
            },
            Sealed::SigningKeys => Freshness::AboutIt {
                target: TargetKind::SigningKey,
                named_by: "kid",
            },
            Sealed::Tenants => Freshness::LogHead,
            Sealed::Activations | Sealed::ApiKeys | Sealed::WebhookDeliveries => Freshness::Always,
        }
    }
}

/// The error of a check or a write that needs the sealing key without it.
pub fn missing_key() -> Error {
    Error::KeyStore(
        "the database's sealing key is not available, so its rows can be neither checked nor changed; make the key store reachable, then run `keywright doctor`"
            .into(),
    )
}

/// A row that does not hold its seal, for `doctor`.
#[derive(Debug, Clone)]
pub struct BrokenSeal {
    pub table: &'static str,
    /// What names the row: a slug, a kid, a license key, a fingerprint.
    pub name: String,
    pub reason: &'static str,
}

/// The tables whose rows `doctor` checks one by one, besides the tenant's.
pub const CHECKED_ONE_BY_ONE: [Sealed; 5] = [
    Sealed::SigningKeys,
    Sealed::Licenses,
    Sealed::Activations,
    Sealed::ApiKeys,
    Sealed::WebhookDeliveries,
];

/// Why a row named in the audit log is older than the log says.
pub const ROLLED_BACK: &str = "an audit entry about it is newer than its row: it was rolled back";

/// What is wrong with the row of tenant `slug`, if anything: whether it
/// holds its seal, and the seq of its log's newest entry against the head
/// it sealed.
pub fn tenant_problem(slug: &str, held: bool, newest: i64, sealed_seq: i64) -> Option<String> {
    if !held {
        return Some(format!(
            "the row of tenant '{slug}' was changed outside keywright (its seal does not hold)"
        ));
    }
    (newest != sealed_seq).then(|| {
        format!(
            "the audit log of tenant '{slug}' ends at entry #{newest} but its sealed head is #{sealed_seq}: entries or the tenant row were replaced"
        )
    })
}

/// What is wrong with a license row, if anything: whether it holds its
/// seal (and its count of machines), the newest audit entry about it
/// against its `changed_seq`, and whether one of its machines does not
/// hold its own seal.
pub fn license_problem(
    held: bool,
    newest: i64,
    changed: i64,
    machine_broken: bool,
) -> Option<String> {
    if !held {
        return Some(
            "its row or its machines were changed outside keywright (the seal does not hold)"
                .into(),
        );
    }
    if newest > changed {
        return Some(format!(
            "its row is older than audit entry #{newest} about it: it was rolled back"
        ));
    }
    machine_broken.then(|| {
        "one of its machines was changed outside keywright (its seal does not hold)".into()
    })
}

/// The tenant's own row among the broken ones, from its problem.
pub fn broken_tenant(slug: &str, problem: &str) -> BrokenSeal {
    let reason = if problem.contains("seal does not hold") {
        "its seal does not hold"
    } else {
        "the audit log does not end at its sealed head"
    };
    BrokenSeal {
        table: "tenants",
        name: slug.to_string(),
        reason,
    }
}

/// What a backend does with the seal of one tenant.
pub trait SealChecks {
    /// Why the tenant's own row cannot be trusted, if it cannot: its seal
    /// does not hold (status, slug, audit head changed outside keywright),
    /// or the audit log goes past the head it sealed (it was rolled back).
    fn tenant_seal_problem(&self) -> Result<Option<String>>;

    /// Why a license row cannot be trusted, if it cannot: its seal does
    /// not hold, its activations were added or removed outside keywright,
    /// or an audit entry about it is newer than its seal (rolled back).
    fn license_seal_problem(&self, license_id: i64) -> Result<Option<String>>;

    /// The kids of the tenant's signing-key rows that hold their seal and
    /// are not older than the audit entries about them.
    fn sealed_kids(&self) -> Result<Vec<String>>;

    /// Every row of the tenant that does not hold its seal, or was rolled
    /// back behind the audit log.
    fn broken_seals(&self) -> Result<Vec<BrokenSeal>>;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The encoding pinned: a backend that seals these values of a key row
    /// under this key must write exactly this seal, or rows would not hold
    /// when they move between backends.
    #[test]
    fn the_seal_of_a_row_is_pinned() {
        let key = SealKey::new(&[7; 32]);
        let values = [
            SealValue::Integer(1),
            SealValue::Integer(2),
            SealValue::Text(b"kid-1"),
            SealValue::Text(b"ed25519"),
            SealValue::Bytes(&[1, 2, 3]),
            SealValue::Text(b"active"),
            SealValue::Integer(1_700_000_000),
            SealValue::Null,
            SealValue::Null,
            SealValue::Null,
            SealValue::Integer(4),
        ];
        let seal = key.seal(Sealed::SigningKeys, &values);
        assert_eq!(seal, PINNED_KEY_ROW_SEAL);
        assert!(key.holds(Sealed::SigningKeys, Some(&seal), &values));
        let mut changed = values;
        changed[5] = SealValue::Text(b"retired");
        assert!(!key.holds(Sealed::SigningKeys, Some(&seal), &changed));
    }

    /// Written by the SQLite seal function before the encoding had a name of
    /// its own: the neutral encoding is the one every existing seal is in.
    const PINNED_KEY_ROW_SEAL: &str = "n2K7DwZeMoq6eL0Uxc8_tR28KIDdJ9iR6xYMkxBZf6k";

    /// A column added after the first seal counts only when set, so the
    /// rows sealed before it hold.
    #[test]
    fn an_added_column_left_unset_does_not_change_the_seal() {
        let key = SealKey::new(&[9; 32]);
        let base: Vec<SealValue<'_>> = (0..Sealed::Tenants.base_columns() as i64)
            .map(SealValue::Integer)
            .collect();
        let mut with_unset = base.clone();
        with_unset.push(SealValue::Null);
        let mut with_set = base.clone();
        with_set.push(SealValue::Integer(1));
        let seal = key.seal(Sealed::Tenants, &base);
        assert_eq!(key.seal(Sealed::Tenants, &with_unset), seal);
        assert_ne!(key.seal(Sealed::Tenants, &with_set), seal);
    }
}
