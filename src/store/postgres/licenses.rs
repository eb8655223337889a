//! How PostgreSQL keeps licenses: the status computed in SQL (the same
//! expressions as SQLite's), reads, lists, and bulk writes sealed here as
//! they are written, so that the commit need not read and write them again.

use crate::store::conditions::Dialect;
use crate::store::licenses::license_conditions;
use postgres::Row;
use postgres::types::ToSql;

use super::batch::LicenseRow;
use super::handles::PgScope;
use super::query::{Listing, PgConditions, to_json};
use super::seal::{EVERY_ENTRY, check_rows, note, position, seal_values};
use super::session::CHANGES;
use crate::domain::license::{Seating, Terms};
use crate::domain::state::LicenseState;
use crate::domain::time::UnixTime;
use crate::error::Result;
use crate::store::activations::{Activation, ValidationRows};
use crate::store::answers::missing_count;
use crate::store::copy::Cell;
use crate::store::licenses::{
    EXPIRING_SOON, FROM, License, LicenseFilter, LicenseRef, LicenseRows, LicenseSummary,
    NewLicense, ValidationCount, columns, license_order, license_ref_columns, narrow_from,
    status_sql,
};
use crate::store::page::{Rows, Span};
use crate::store::sealing::{Sealed, missing_key};
use crate::store::signing_keys::SigningKeyRows;

/// [`FROM`] for one license found by its key, with its machines (`a`):
/// each row it names is read by its key for the license found, whatever
/// PostgreSQL's statistics say. (A join would let the generic plan of a
/// connection, made from the estimates of tables autovacuum never
/// analyzed, hash every product, plan and customer and all the tenant's
/// machines at each validation; `OFFSET 0` keeps each subquery from being
/// flattened into such a join.)
const ONE_LICENSE_FROM: &str = "licenses l \
    CROSS JOIN LATERAL (SELECT p.slug FROM products p WHERE p.id = l.product_id OFFSET 0) p \
    LEFT JOIN LATERAL (SELECT pl.name FROM plans pl WHERE pl.id = l.plan_id OFFSET 0) pl ON true \
    CROSS JOIN LATERAL (SELECT c.email, c.external_id, c.public_id FROM customers c \
        WHERE c.id = l.customer_id OFFSET 0) c \
    LEFT JOIN LATERAL (SELECT lc.validations, lc.last_validated_at FROM license_counters lc \
        WHERE lc.id = l.id OFFSET 0) lc ON true \
    LEFT JOIN LATERAL (SELECT a.fingerprint, a.hostname, a.first_seen, a.last_seen, a.id \
        FROM activations a WHERE a.tenant_id = l.tenant_id AND a.license_id = l.id OFFSET 0) a ON true";

fn from_row(row: &Row) -> Result<License> {
    License::read(row)
}

impl ValidationRows for PgScope<'_> {
    /// Remembered while the database is unchanged (`postgres/memo.rs`), or
    /// found by [`PgScope::read_license_with_machines`].
    fn license_with_machines(
        &self,
        key: &str,
        now: i64,
    ) -> Result<Option<(License, Vec<Activation>)>> {
        self.session.found((self.tenant_id, key), now, || {
            self.read_license_with_machines(key, now)
        })
    }
}

impl PgScope<'_> {
    /// One statement, one round trip: the count of changes (which checks
    /// the answers the read used so far: `postgres/memo.rs`), then the
    /// license's columns and one machine's, a row for each of its machines
    /// (one with no machine when it has none), or a row of nulls but the
    /// count when there is no such license.
    fn read_license_with_machines(
        &self,
        key: &str,
        now: i64,
    ) -> Result<Option<(License, Vec<Activation>)>> {
        let sql = format!(
            "SELECT found.*, changes.value FROM ({CHANGES}) changes LEFT JOIN LATERAL ( \
                 SELECT {}, a.fingerprint, a.hostname, a.first_seen, a.last_seen, a.id \
                 FROM {ONE_LICENSE_FROM} \
                 WHERE l.tenant_id = $1 AND l.key = $2) found ON true",
            columns("$3::bigint", &self.revoked_kids()?)
        );
        let rows = self.session.rows(&sql, &[&self.tenant_id, &key, &now])?;
        let first = rows.first().ok_or_else(missing_count)?;
        let count = first.len() - 1;
        self.session
            .changes_read(&first.try_get::<_, String>(count)?)?;
        if first.try_get::<_, Option<i64>>(0)?.is_none() {
            return Ok(None);
        }
        let license = from_row(first)?;
        let mut machines = Vec::with_capacity(rows.len());
        for row in &rows {
            if let Some(machine) = machine_of(row, count - 5, license.heartbeat_seconds, now)? {
                machines.push(machine);
            }
        }
        machines.sort_by_key(|(id, machine)| (machine.first_seen.0, *id));
        Ok(Some((
            license,
            machines.into_iter().map(|(_, m)| m).collect(),
        )))
    }
}

/// The machine in the five columns from `at` on (fingerprint, hostname,
/// first and last seen, id), with its id; none when they are null.
fn machine_of(
    row: &Row,
    at: usize,
    heartbeat: Option<i64>,
    now: i64,
) -> Result<Option<(i64, Activation)>> {
    let Some(fingerprint) = row.try_get::<_, Option<String>>(at)? else {
        return Ok(None);
    };
    let seen = (
        UnixTime(row.try_get(at + 2)?),
        UnixTime(row.try_get(at + 3)?),
    );
    let machine = Activation::at(fingerprint, row.try_get(at + 1)?, seen, heartbeat, now);
    Ok(Some((row.try_get(at + 4)?, machine)))
}

impl LicenseRows for PgScope<'_> {
    /// The row waits to be inserted with the rest of its batch
    /// (`postgres/batch.rs`); a key the tenant has already fails the
    /// transaction when it is sent.
    fn insert_license(&self, new: &NewLicense<'_>) -> Result<Option<i64>> {
        let key = self.session.seal.clone().ok_or_else(missing_key)?;
        let id = self.session.next_license_id()?;
        let cells = new_license_cells(id, self.tenant_id, new);
        let seal = key.seal(Sealed::Licenses, &seal_values(&cells));
        let json = [11, 12, 13, 14].map(|i| match &cells[i] {
            Cell::Text(text) => text.clone(),
            _ => String::new(),
        });
        self.session.wait_license(LicenseRow {
            id,
            tenant_id: self.tenant_id,
            new,
            json,
            seal,
        })?;
        Ok(Some(id))
    }

    fn find_license(&self, key: &str, now: i64) -> Result<Option<License>> {
        let sql = format!(
            "SELECT {} FROM {FROM} WHERE l.tenant_id = $1 AND l.key = $2",
            columns("$3::bigint", &self.revoked_kids()?)
        );
        let row = self.session.row(&sql, &[&self.tenant_id, &key, &now])?;
        row.as_ref().map(from_row).transpose()
    }

    fn update_license_terms(
        &self,
        license_id: i64,
        terms: &Terms,
        seating: Seating,
        kid: &str,
        token: &str,
        now: i64,
    ) -> Result<()> {
        note(self.session, Sealed::Licenses, license_id)?;
        self.session.run(
            "UPDATE licenses SET not_before = $3, expires_at = $4, grace_seconds = $5,
                 features = $6, limits = $7, domains = $8, fingerprints = $9, trial = $10,
                 kid = $11, token = $12, version = version + 1, updated_at = $13,
                 heartbeat_seconds = $14, offline_lease_seconds = $15
             WHERE tenant_id = $1 AND id = $2",
            &[
                &self.tenant_id,
                &license_id,
                &terms.not_before,
                &terms.expires_at,
                &terms.grace_seconds,
                &to_json(&terms.features),
                &to_json(&terms.limits),
                &to_json(&terms.domains),
                &to_json(&terms.fingerprints),
                &terms.trial,
                &kid,
                &token,
                &now,
                &seating.heartbeat_seconds,
                &seating.offline_lease_seconds,
            ],
        )?;
        Ok(())
    }

    fn move_license_to_plan(
        &self,
        license_id: i64,
        plan_id: Option<i64>,
        policy: Option<&str>,
    ) -> Result<()> {
        note(self.session, Sealed::Licenses, license_id)?;
        self.session.run(
            "UPDATE licenses SET plan_id = $3, policy = $4 WHERE tenant_id = $1 AND id = $2",
            &[&self.tenant_id, &license_id, &plan_id, &policy],
        )?;
        Ok(())
    }

    fn set_license_policy(&self, license_id: i64, policy: Option<&str>) -> Result<()> {
        note(self.session, Sealed::Licenses, license_id)?;
        self.session.run(
            "UPDATE licenses SET policy = $3 WHERE tenant_id = $1 AND id = $2",
            &[&self.tenant_id, &license_id, &policy],
        )?;
        Ok(())
    }

    /// Adds to the counters in one statement: each instance adds what it
    /// answered, so none is lost whatever the others write.
    fn record_validations(&self, counts: &[ValidationCount]) -> Result<()> {
        let ids: Vec<i64> = counts.iter().map(|c| c.license_id).collect();
        let added: Vec<i64> = counts.iter().map(|c| c.count).collect();
        let last: Vec<i64> = counts.iter().map(|c| c.last).collect();
        self.session.run(
            "INSERT INTO license_counters AS c (id, tenant_id, validations, last_validated_at)
                 SELECT u.id, $1, u.added, u.last
                 FROM unnest($2::bigint[], $3::bigint[], $4::bigint[]) AS u(id, added, last)
                 ORDER BY u.id
             ON CONFLICT (id) DO UPDATE SET validations = c.validations + EXCLUDED.validations,
                 last_validated_at = GREATEST(COALESCE(c.last_validated_at, 0), EXCLUDED.last_validated_at)
             WHERE c.tenant_id = EXCLUDED.tenant_id",
            &[&self.tenant_id, &ids, &added, &last],
        )?;
        Ok(())
    }

    fn set_licenses_state(
        &self,
        ids: &[i64],
        from: LicenseState,
        to: LicenseState,
        reason: Option<&str>,
        now: i64,
        audit_seq: i64,
    ) -> Result<usize> {
        let filter = "a.tenant_id = $1 AND a.id = ANY($2) AND a.status = $3";
        let ids = ids.to_vec();
        let params: [&(dyn ToSql + Sync); 3] = [&self.tenant_id, &ids, &from.as_str()];
        let rows = check_rows(self.session, Sealed::Licenses, filter, &params, EVERY_ENTRY)?;
        let key = self.session.seal.clone();
        let change = StateChange {
            to,
            reason,
            now,
            audit_seq,
        };
        let mut moved_ids = Vec::with_capacity(rows.len());
        let mut seals = Vec::with_capacity(rows.len());
        for row in rows {
            let seal = match &key {
                Some(key) if row.held == Some(true) && row.fresh() => {
                    let cells = change.applied(row.cells);
                    key.seal(Sealed::Licenses, &seal_values(&cells))
                }
                _ => row.seal.unwrap_or_default(),
            };
            moved_ids.push(row.id);
            seals.push(seal);
        }
        let moved = self.session.run(
            "UPDATE licenses a SET status = $4, version = a.version + 1,
                 revocation_reason = CASE WHEN $4 = 'revoked' THEN $5 ELSE a.revocation_reason END,
                 revoked_at = CASE WHEN $4 = 'revoked' THEN $6 ELSE a.revoked_at END,
                 changed_seq = $7, updated_at = $6, seal = NULLIF(u.seal, '')
             FROM unnest($2::bigint[], $8::text[]) AS u(id, seal)
             WHERE a.id = u.id AND a.tenant_id = $1 AND a.status = $3",
            &[
                &self.tenant_id,
                &moved_ids,
                &from.as_str(),
                &to.as_str(),
                &reason,
                &now,
                &audit_seq,
                &seals,
            ],
        )?;
        Ok(moved as usize)
    }

    fn first_not_moved(&self, ids: &[i64], audit_seq: i64) -> Result<Option<String>> {
        let row = self.session.row(
            "SELECT key FROM licenses WHERE id = ANY($2) AND tenant_id = $1
             AND changed_seq <> $3 ORDER BY id LIMIT 1",
            &[&self.tenant_id, &ids.to_vec(), &audit_seq],
        )?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    fn count_signed_by(&self, kid: &str) -> Result<i64> {
        self.session.value(
            "SELECT count(*) FROM licenses WHERE tenant_id = $1 AND kid = $2 AND status != 'revoked'",
            &[&self.tenant_id, &kid],
        )
    }

    fn revoked_keys(&self) -> Result<Vec<String>> {
        let rows = self.session.rows(
            "SELECT key FROM licenses WHERE tenant_id = $1 AND status = 'revoked' ORDER BY key",
            &[&self.tenant_id],
        )?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    fn next_revocation_seq(&self) -> Result<u64> {
        note(self.session, Sealed::Tenants, self.tenant_id)?;
        let seq: i64 = self.session.value(
            "UPDATE tenants SET revocation_seq = revocation_seq + 1 WHERE id = $1
             RETURNING revocation_seq",
            &[&self.tenant_id],
        )?;
        Ok(seq as u64)
    }

    fn read_licenses(&self, filter: &LicenseFilter, span: Span, now: i64) -> Result<Rows<License>> {
        let revoked = self.revoked_kids()?;
        let listing = Listing {
            select: &columns(now, &revoked),
            from: FROM,
            id_column: "l.id",
            order_by: &license_order(filter),
        };
        let c = license_conditions(Dialect::Postgres, self.tenant_id, filter, (now, &revoked));
        c.read_span(self.session, &listing, span, from_row, |l| l.id)
    }

    fn each_license_matching(
        &self,
        filter: &LicenseFilter,
        now: i64,
        visit: &mut dyn FnMut(License) -> Result<()>,
    ) -> Result<u64> {
        let revoked = self.revoked_kids()?;
        let listed = (columns(now, &revoked), FROM, license_order(filter));
        license_conditions(Dialect::Postgres, self.tenant_id, filter, (now, &revoked)).each(
            self.session,
            (&listed.0, listed.1, &listed.2),
            from_row,
            visit,
        )
    }

    fn license_refs(&self, filter: &LicenseFilter, now: i64) -> Result<Vec<LicenseRef>> {
        let revoked = self.revoked_kids()?;
        let select = license_ref_columns(now, &revoked);
        license_conditions(Dialect::Postgres, self.tenant_id, filter, (now, &revoked)).all(
            self.session,
            (&select, FROM, "l.id"),
            LicenseRef::read,
        )
    }

    fn license_summary(&self, filter: &LicenseFilter, now: i64) -> Result<LicenseSummary> {
        let revoked = self.revoked_kids()?;
        let status = status_sql(now, &revoked);
        let soon = now.saturating_add(EXPIRING_SOON);
        let select = format!(
            "count(*), count(*) FILTER (WHERE {status} = 'active'), \
             count(*) FILTER (WHERE {status} = 'active' AND l.expires_at IS NOT NULL AND l.expires_at <= {soon})"
        );
        let row = license_conditions(Dialect::Postgres, self.tenant_id, filter, (now, &revoked))
            .single(self.session, &select, narrow_from(filter))?;
        Ok(LicenseSummary {
            total: row.try_get(0)?,
            active: row.try_get(1)?,
            expiring_soon: row.try_get(2)?,
        })
    }
}

impl PgScope<'_> {}

/// The sealed columns of a new license, in the seal's order.
fn new_license_cells(id: i64, tenant_id: i64, new: &NewLicense<'_>) -> Vec<Cell> {
    let int = |n: Option<i64>| n.map_or(Cell::Null, Cell::Integer);
    let text = |t: &str| Cell::Text(t.to_string());
    vec![
        Cell::Integer(id),
        Cell::Integer(tenant_id),
        text(new.key),
        Cell::Integer(new.product_id),
        int(new.plan_id),
        Cell::Integer(new.customer_id),
        text("active"),
        Cell::Integer(new.issued_at),
        int(new.not_before),
        int(new.expires_at),
        int(new.grace_seconds),
        Cell::Text(to_json(&new.features)),
        Cell::Text(to_json(new.limits)),
        Cell::Text(to_json(&new.domains)),
        Cell::Text(to_json(&new.fingerprints)),
        Cell::Integer(i64::from(new.trial)),
        Cell::Null,
        Cell::Null,
        Cell::Integer(1),
        text(new.kid),
        text(new.token),
        int(new.seating.heartbeat_seconds),
        Cell::Integer(new.changed_seq),
        Cell::Integer(0),
        int(new.seating.offline_lease_seconds),
        new.policy.map_or(Cell::Null, text),
    ]
}

/// A move of licenses to another state, as it changes their sealed columns.
struct StateChange<'a> {
    to: LicenseState,
    reason: Option<&'a str>,
    now: i64,
    audit_seq: i64,
}

impl StateChange<'_> {
    /// The sealed columns of a license after the move.
    fn applied(&self, mut cells: Vec<Cell>) -> Vec<Cell> {
        let mut set = |column: &str, value: Cell| {
            if let Some(i) = position(Sealed::Licenses, column) {
                cells[i] = value;
            }
        };
        set("status", Cell::Text(self.to.as_str().to_string()));
        set("changed_seq", Cell::Integer(self.audit_seq));
        if self.to == LicenseState::Revoked {
            let reason = self
                .reason
                .map_or(Cell::Null, |r| Cell::Text(r.to_string()));
            set("revocation_reason", reason);
            set("revoked_at", Cell::Integer(self.now));
        }
        if let Some(i) = position(Sealed::Licenses, "version")
            && let Cell::Integer(n) = cells[i]
        {
            cells[i] = Cell::Integer(n + 1);
        }
        cells
    }
}
