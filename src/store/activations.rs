//! Machine activations of a license: fingerprint, host name, first and last
//! seen. With a heartbeat (floating seats), a machine not seen within it is
//! stale: it keeps its row but no longer takes a seat.

use crate::domain::state::NonceKind;
use crate::store::plain::PlainSql;
use serde::Serialize;

use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::columns::Columns;

text_enum! {
    /// Whether a machine takes a seat.
    pub MachineStatus "machine status" {
        /// Node-locked, or checked in within the heartbeat: it takes a seat.
        Live = "live",
        /// Not checked in within the heartbeat: its seat is free.
        Stale = "stale",
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Activation {
    pub fingerprint: String,
    pub hostname: Option<String>,
    pub status: MachineStatus,
    pub first_seen: UnixTime,
    pub last_seen: UnixTime,
}

impl Activation {
    pub fn is_live(&self) -> bool {
        self.status == MachineStatus::Live
    }

    /// A machine from its columns `fingerprint, hostname, first_seen,
    /// last_seen`, live or stale at `now` under the license's `heartbeat`.
    pub(crate) fn read(row: &impl Columns, heartbeat: Option<i64>, now: i64) -> Result<Activation> {
        let seen = (row.time(2)?, UnixTime(row.id(3)?));
        Ok(Activation::at(
            row.string(0)?,
            row.text(1)?,
            seen,
            heartbeat,
            now,
        ))
    }

    /// A machine first and last seen at `seen`, live or stale at `now`
    /// under the license's `heartbeat`.
    pub(crate) fn at(
        fingerprint: String,
        hostname: Option<String>,
        (first_seen, last_seen): (UnixTime, UnixTime),
        heartbeat: Option<i64>,
        now: i64,
    ) -> Activation {
        let live = heartbeat.is_none_or(|beat| last_seen.0.saturating_add(beat) > now);
        Activation {
            fingerprint,
            hostname,
            status: if live {
                MachineStatus::Live
            } else {
                MachineStatus::Stale
            },
            first_seen,
            last_seen,
        }
    }
}

/// Which other licenses a machine is live on, written once for every
/// backend in plain SQL (`store/plain.rs`): for the machine scope of
/// docs/policies.md.
pub trait MachineScopeRows: PlainSql + super::TenantHandle {
    /// The keys of the licenses other than `license_id` (of product
    /// `product_id`, or of the whole tenant) on which `fingerprint` is live
    /// at `now`: activated, not revoked, and checked in within its
    /// license's heartbeat when it has one.
    fn licenses_with_machine(
        &self,
        fingerprint: &str,
        license_id: i64,
        product_id: Option<i64>,
        now: i64,
    ) -> Result<Vec<String>> {
        let rows = self.query_plain(
            "SELECT l.key FROM activations a JOIN licenses l ON l.id = a.license_id
             WHERE a.tenant_id = $1 AND a.fingerprint = $2 AND l.id <> $3
               AND (l.product_id = $4 OR $4 = 0) AND l.status <> 'revoked'
               AND (l.heartbeat_seconds IS NULL OR a.last_seen + l.heartbeat_seconds > $5)
             ORDER BY l.key",
            &[
                self.tenant_id().0.into(),
                fingerprint.into(),
                license_id.into(),
                product_id.unwrap_or(0).into(),
                now.into(),
            ],
        )?;
        rows.iter().map(|row| row.string(0)).collect()
    }
}

/// A license's usage of one meter in one period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UsageRow {
    /// The license's key (in exports; empty in a license's own list).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub license: String,
    pub meter: String,
    /// `YYYY-MM` for a monthly meter; empty for one that never starts again.
    pub period: String,
    pub used: i64,
    pub updated: crate::domain::time::UnixTime,
}

impl UsageRow {
    /// The fields of an exported row, in order (CSV headers).
    pub const FIELDS: &'static [&'static str] = &["license", "meter", "period", "used", "updated"];

    fn read(row: &Vec<super::copy::Cell>) -> Result<UsageRow> {
        Ok(UsageRow {
            license: row.string(0)?,
            meter: row.string(1)?,
            period: row.string(2)?,
            used: row.id(3)?,
            updated: row.time(4)?,
        })
    }
}

/// The usage counted against licenses' meters, written once for every
/// backend in plain SQL (docs/policies.md).
pub trait UsageRows: PlainSql + super::TenantHandle {
    /// How much of `meter` license `license_id` used in `period`.
    fn usage_used(&self, license_id: i64, meter: &str, period: &str) -> Result<i64> {
        let rows = self.query_plain(
            "SELECT used FROM usage
             WHERE tenant_id = $1 AND license_id = $2 AND meter = $3 AND period = $4",
            &[
                self.tenant_id().0.into(),
                license_id.into(),
                meter.into(),
                period.into(),
            ],
        )?;
        Ok(rows.first().map(|row| row.id(0)).transpose()?.unwrap_or(0))
    }

    /// Adds `increment` to the usage of `meter` in `period`.
    fn add_usage(
        &self,
        license_id: i64,
        meter: &str,
        period: &str,
        increment: i64,
        now: i64,
    ) -> Result<()> {
        self.execute_plain(
            "INSERT INTO usage (tenant_id, license_id, meter, period, used, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (tenant_id, license_id, meter, period)
             DO UPDATE SET used = usage.used + excluded.used, updated_at = excluded.updated_at",
            &[
                self.tenant_id().0.into(),
                license_id.into(),
                meter.into(),
                period.into(),
                increment.into(),
                now.into(),
            ],
        )?;
        Ok(())
    }

    /// Sets the usage of `meter` in `period` back to nothing.
    fn reset_usage(&self, license_id: i64, meter: &str, period: &str) -> Result<()> {
        self.execute_plain(
            "DELETE FROM usage WHERE tenant_id = $1 AND license_id = $2 AND meter = $3 AND period = $4",
            &[self.tenant_id().0.into(), license_id.into(), meter.into(), period.into()],
        )?;
        Ok(())
    }

    /// Every usage row of the tenant, by license, meter and period: the
    /// usage export.
    fn usage_rows(&self) -> Result<Vec<UsageRow>> {
        let rows = self.query_plain(
            "SELECT l.key, u.meter, u.period, u.used, u.updated_at
             FROM usage u JOIN licenses l ON l.id = u.license_id
             WHERE u.tenant_id = $1 ORDER BY l.key, u.meter, u.period",
            &[self.tenant_id().0.into()],
        )?;
        rows.iter().map(UsageRow::read).collect()
    }
}

/// Licenses past their expiry whose policy revokes them then, written once
/// for every backend in plain SQL (docs/policies.md).
pub trait OverdueRows: PlainSql + super::TenantHandle {
    /// The trial licenses whose expiry and grace have passed at `now` and
    /// whose end was not posted yet: their ids and keys.
    fn trials_ended(&self, now: i64) -> Result<Vec<(i64, String)>> {
        let rows = self.query_plain(
            "SELECT l.id, l.key FROM licenses l
             WHERE l.tenant_id = $1 AND l.trial AND l.expires_at IS NOT NULL
               AND l.expires_at + COALESCE(l.grace_seconds, 0) <= $2
               AND NOT EXISTS (SELECT 1 FROM trial_ends e WHERE e.license_id = l.id)
             ORDER BY l.id",
            &[self.tenant_id().0.into(), now.into()],
        )?;
        rows.iter()
            .map(|row| Ok((row.id(0)?, row.string(1)?)))
            .collect()
    }

    /// Records that the end of trial license `license_id` was posted.
    fn trial_end_posted(&self, license_id: i64, now: i64) -> Result<()> {
        self.execute_plain(
            "INSERT INTO trial_ends (tenant_id, license_id, posted_at) VALUES ($1, $2, $3)",
            &[self.tenant_id().0.into(), license_id.into(), now.into()],
        )?;
        Ok(())
    }

    /// The keys of the tenant's licenses not revoked whose policy says
    /// `on_expiry: revoke` and whose expiry and grace have passed at `now`.
    fn overdue_to_revoke(&self, now: i64) -> Result<Vec<String>> {
        let rows = self.query_plain(
            "SELECT key FROM licenses
             WHERE tenant_id = $1 AND expires_at <= $2
               AND policy LIKE '%\"on_expiry\":\"revoke\"%' AND status <> 'revoked'
               AND expires_at + COALESCE(grace_seconds, 0) <= $2
             ORDER BY id",
            &[self.tenant_id().0.into(), now.into()],
        )?;
        rows.iter().map(|row| row.string(0)).collect()
    }
}

/// The trials machines held, written once for every backend in plain SQL:
/// a fingerprint holds one trial of a product, ever (docs/policies.md).
pub trait TrialRows: PlainSql + super::TenantHandle {
    /// The key of the trial license `fingerprint` held of product `product_id`.
    fn trial_of(&self, product_id: i64, fingerprint: &str) -> Result<Option<String>> {
        let rows = self.query_plain(
            "SELECT l.key FROM trials t JOIN licenses l ON l.id = t.license_id
             WHERE t.tenant_id = $1 AND t.product_id = $2 AND t.fingerprint = $3",
            &[
                self.tenant_id().0.into(),
                product_id.into(),
                fingerprint.into(),
            ],
        )?;
        rows.first().map(|row| row.string(0)).transpose()
    }

    /// Records that `fingerprint` holds its trial of the product with license `license_id`.
    fn record_trial(
        &self,
        product_id: i64,
        fingerprint: &str,
        license_id: i64,
        now: i64,
    ) -> Result<()> {
        self.execute_plain(
            "INSERT INTO trials (tenant_id, product_id, fingerprint, license_id, created_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                self.tenant_id().0.into(),
                product_id.into(),
                fingerprint.into(),
                license_id.into(),
                now.into(),
            ],
        )?;
        Ok(())
    }
}

/// A validation's read: the license with a key and its machines.
/// PostgreSQL answers it in one statement (one round trip, not two); other
/// backends read the two in turn.
pub trait ValidationRows: super::licenses::LicenseRows + MachineRows {
    /// The license with this (normalised) key and its machines, as of
    /// `now`. A read that remembers answers (a service's) gives a license
    /// found under the same count of changes without reading it again
    /// (`store/answers.rs`).
    fn license_with_machines(
        &self,
        key: &str,
        now: i64,
    ) -> Result<Option<(super::licenses::License, Vec<Activation>)>> {
        read_license_with_machines(self, key, now)
    }
}

/// The license with this key, then its machines: two reads.
pub(crate) fn read_license_with_machines(
    rows: &(impl ValidationRows + ?Sized),
    key: &str,
    now: i64,
) -> Result<Option<(super::licenses::License, Vec<Activation>)>> {
    let Some(license) = rows.find_license(key, now)? else {
        return Ok(None);
    };
    let machines = rows.activations(license.id, license.heartbeat_seconds, now)?;
    Ok(Some((license, machines)))
}

/// What a backend does with the activations of one tenant.
pub trait MachineRows {
    /// The machines of a license, oldest first, with their status at `now`
    /// under the license's heartbeat (`None`: every machine is live).
    fn activations(
        &self,
        license_id: i64,
        heartbeat: Option<i64>,
        now: i64,
    ) -> Result<Vec<Activation>>;

    /// Records a machine, or refreshes its last-seen time; returns whether it is new.
    fn upsert_activation(
        &self,
        license_id: i64,
        fingerprint: &str,
        hostname: Option<&str>,
        now: i64,
    ) -> Result<bool>;

    /// The public key a machine was activated with by request file, if any.
    fn machine_key(&self, license_id: i64, fingerprint: &str) -> Result<Option<String>>;

    /// Records the public key of a machine activated by request file.
    fn set_machine_key(&self, license_id: i64, fingerprint: &str, key: &str) -> Result<()>;

    /// Records a request's or proof's nonce; false if it was used before.
    fn use_machine_nonce(
        &self,
        license_id: i64,
        kind: NonceKind,
        nonce: &str,
        now: i64,
    ) -> Result<bool>;

    /// Removes a machine; returns whether it was there.
    fn remove_activation(&self, license_id: i64, fingerprint: &str) -> Result<bool>;
}
