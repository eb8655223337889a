//! How PostgreSQL keeps the tenant registry: its columns, reads and writes.

use crate::store::tenants::TENANT_COLUMNS;
use postgres::Row;

use super::handles::PgTx;
use super::seal::{note, note_new};
use crate::error::{Error, Result};
use crate::store::TenantId;
use crate::store::answers::{Answer, Question};
use crate::store::sealing::Sealed;
use crate::store::tenants::{NewTenant, Tenant, TenantRegistry, new_tenant_names};

const COLUMNS: &str = TENANT_COLUMNS;

fn from_row(row: &Row) -> Result<Tenant> {
    Tenant::read(row)
}

impl TenantRegistry for PgTx<'_> {
    fn database_id(&self) -> Result<String> {
        self.session.database_id()
    }

    /// Every tenant, by slug, remembered while the database is unchanged
    /// (`postgres/memo.rs`); a tenant is looked up among them.
    fn tenants(&self) -> Result<Vec<Tenant>> {
        Ok(self.remembered_tenants()?.to_vec())
    }

    fn tenant_by_id(&self, id: TenantId) -> Result<Option<Tenant>> {
        Ok(self
            .remembered_tenants()?
            .iter()
            .find(|t| t.id == id)
            .cloned())
    }

    fn tenant_by_slug(&self, slug: &str) -> Result<Option<Tenant>> {
        Ok(self
            .remembered_tenants()?
            .iter()
            .find(|t| t.slug == slug)
            .cloned())
    }

    fn create_tenant(&self, new: &NewTenant, now: i64) -> Result<Tenant> {
        let (slug, abbreviation, key_prefix) =
            new_tenant_names(new, |column, value| self.exists(column, value))?;
        let id: i64 = self.session.value(
            "INSERT INTO tenants (slug, name, abbreviation, key_prefix, timezone, status, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, 'active', $6, $6) RETURNING id",
            &[&slug, &new.name, &abbreviation, &key_prefix, &new.timezone, &now],
        )?;
        note_new(self.session, Sealed::Tenants, id);
        self.tenant_by_id(TenantId(id))?
            .ok_or_else(|| Error::runtime("the new tenant could not be read back"))
    }

    fn update_tenant(&self, tenant: &Tenant, now: i64) -> Result<()> {
        note(self.session, Sealed::Tenants, tenant.id.0)?;
        self.session.run(
            "UPDATE tenants SET name = $2, key_prefix = $3, timezone = $4, status = $5,
                 webhook_url = $6, updated_at = $7, webhook_private = $8
             WHERE id = $1",
            &[
                &tenant.id.0,
                &tenant.name,
                &tenant.key_prefix,
                &tenant.timezone,
                &tenant.status.as_str(),
                &tenant.webhook_url,
                &now,
                &tenant.webhook_allow_private.then_some(true),
            ],
        )?;
        Ok(())
    }
}

impl PgTx<'_> {
    /// Every tenant, by slug, remembered while the database is unchanged
    /// (`postgres/memo.rs`).
    fn remembered_tenants(&self) -> Result<std::sync::Arc<[Tenant]>> {
        let find = || {
            let sql = format!("SELECT {COLUMNS} FROM tenants ORDER BY slug");
            let rows = self.session.rows(&sql, &[])?;
            Ok(Answer::Tenants(
                rows.iter().map(from_row).collect::<Result<_>>()?,
            ))
        };
        self.session.remembered(Question::Tenants, find)?.tenants()
    }

    fn exists(&self, column: &str, value: &str) -> bool {
        let sql = format!("SELECT 1 FROM tenants WHERE {column} = $1");
        matches!(self.session.row(&sql, &[&value]), Ok(Some(_)))
    }
}
