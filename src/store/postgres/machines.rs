//! How PostgreSQL keeps the machines of licenses: reads and writes. A
//! machine added or removed changes its license's count of machines, so
//! the license is noted for sealing too.

use super::handles::PgScope;
use super::seal::{EVERY_ENTRY, note, note_new, note_where};
use crate::domain::state::NonceKind;
use crate::error::Result;
use crate::store::activations::{Activation, MachineRows};
use crate::store::sealing::Sealed;

impl MachineRows for PgScope<'_> {
    fn activations(
        &self,
        license_id: i64,
        heartbeat: Option<i64>,
        now: i64,
    ) -> Result<Vec<Activation>> {
        let rows = self.session.rows(
            "SELECT fingerprint, hostname, first_seen, last_seen FROM activations
             WHERE tenant_id = $1 AND license_id = $2 ORDER BY first_seen, id",
            &[&self.tenant_id, &license_id],
        )?;
        rows.iter()
            .map(|row| Activation::read(row, heartbeat, now))
            .collect()
    }

    fn upsert_activation(
        &self,
        license_id: i64,
        fingerprint: &str,
        hostname: Option<&str>,
        now: i64,
    ) -> Result<bool> {
        self.note_machine(license_id, fingerprint)?;
        let updated = self.session.run(
            "UPDATE activations SET last_seen = $4, hostname = COALESCE($5, hostname)
             WHERE tenant_id = $1 AND license_id = $2 AND fingerprint = $3",
            &[&self.tenant_id, &license_id, &fingerprint, &now, &hostname],
        )?;
        if updated > 0 {
            return Ok(false);
        }
        note(self.session, Sealed::Licenses, license_id)?;
        let id: i64 = self.session.value(
            "INSERT INTO activations (tenant_id, license_id, fingerprint, hostname, first_seen, last_seen)
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            &[&self.tenant_id, &license_id, &fingerprint, &hostname, &now],
        )?;
        note_new(self.session, Sealed::Activations, id);
        Ok(true)
    }

    fn machine_key(&self, license_id: i64, fingerprint: &str) -> Result<Option<String>> {
        let row = self.session.row(
            "SELECT public_key FROM activations
             WHERE tenant_id = $1 AND license_id = $2 AND fingerprint = $3",
            &[&self.tenant_id, &license_id, &fingerprint],
        )?;
        Ok(row.map(|r| r.try_get(0)).transpose()?.flatten())
    }

    fn set_machine_key(&self, license_id: i64, fingerprint: &str, key: &str) -> Result<()> {
        self.note_machine(license_id, fingerprint)?;
        self.session.run(
            "UPDATE activations SET public_key = $4
             WHERE tenant_id = $1 AND license_id = $2 AND fingerprint = $3",
            &[&self.tenant_id, &license_id, &fingerprint, &key],
        )?;
        Ok(())
    }

    fn use_machine_nonce(
        &self,
        license_id: i64,
        kind: NonceKind,
        nonce: &str,
        now: i64,
    ) -> Result<bool> {
        let inserted = self.session.run(
            "INSERT INTO machine_nonces (tenant_id, license_id, kind, nonce, used_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            &[&self.tenant_id, &license_id, &kind.as_str(), &nonce, &now],
        )?;
        Ok(inserted == 1)
    }

    fn remove_activation(&self, license_id: i64, fingerprint: &str) -> Result<bool> {
        note(self.session, Sealed::Licenses, license_id)?;
        let removed = self.session.run(
            "DELETE FROM activations WHERE tenant_id = $1 AND license_id = $2 AND fingerprint = $3",
            &[&self.tenant_id, &license_id, &fingerprint],
        )?;
        Ok(removed > 0)
    }
}

impl PgScope<'_> {
    /// Notes the machine `fingerprint` of the license, before it changes.
    fn note_machine(&self, license_id: i64, fingerprint: &str) -> Result<()> {
        let filter = "a.tenant_id = $1 AND a.license_id = $2 AND a.fingerprint = $3";
        let params: [&(dyn postgres::types::ToSql + Sync); 3] =
            [&self.tenant_id, &license_id, &fingerprint];
        note_where(
            self.session,
            Sealed::Activations,
            filter,
            &params,
            EVERY_ENTRY,
        )
    }
}
