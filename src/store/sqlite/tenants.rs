//! How SQLite keeps the tenant registry: its columns, reads and writes.

use crate::store::sqlite::query::as_sqlite;
use crate::store::tenants::TENANT_COLUMNS;
use rusqlite::{OptionalExtension, Row, params};

use super::SqliteTx;
use crate::error::{Error, Result};
use crate::store::TenantId;
use crate::store::answers::{Answer, Question};
use crate::store::tenants::{NewTenant, Tenant, TenantRegistry, new_tenant_names};

const COLUMNS: &str = TENANT_COLUMNS;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Tenant> {
    as_sqlite(Tenant::read(row))
}

impl TenantRegistry for SqliteTx<'_> {
    fn database_id(&self) -> Result<String> {
        super::database::database_id(self.conn)
    }

    /// Every tenant, by slug.
    fn tenants(&self) -> Result<Vec<Tenant>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM tenants ORDER BY slug"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The tenant an id names (ids come only from rows already read).
    fn tenant_by_id(&self, id: TenantId) -> Result<Option<Tenant>> {
        let sql = format!("SELECT {COLUMNS} FROM tenants WHERE id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt.query_row([id.0], from_row).optional()?)
    }

    /// Looked up among every tenant in a read, which remembers them
    /// while the database is unchanged (`sqlite/memo.rs`).
    fn tenant_by_slug(&self, slug: &str) -> Result<Option<Tenant>> {
        if self.memo.is_some() {
            let tenants = self.remembered(Question::Tenants, || {
                Ok(Answer::Tenants(self.tenants()?.into()))
            })?;
            return Ok(tenants.tenants()?.iter().find(|t| t.slug == slug).cloned());
        }
        let sql = format!("SELECT {COLUMNS} FROM tenants WHERE slug = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt.query_row([slug], from_row).optional()?)
    }

    fn create_tenant(&self, new: &NewTenant, now: i64) -> Result<Tenant> {
        let (slug, abbreviation, key_prefix) =
            new_tenant_names(new, |column, value| self.exists(column, value))?;
        self.conn.execute(
            "INSERT INTO tenants (slug, name, abbreviation, key_prefix, timezone, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'active', ?6, ?6)",
            params![slug, new.name, abbreviation, key_prefix, new.timezone, now],
        )?;
        self.tenant_by_slug(&slug)?
            .ok_or_else(|| Error::runtime("the new tenant could not be read back"))
    }

    fn update_tenant(&self, tenant: &Tenant, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE tenants SET name = ?2, key_prefix = ?3, timezone = ?4, status = ?5,
                 webhook_url = ?6, updated_at = ?7, webhook_private = ?8
             WHERE id = ?1",
            params![
                tenant.id.0,
                tenant.name,
                tenant.key_prefix,
                tenant.timezone,
                tenant.status.as_str(),
                tenant.webhook_url,
                now,
                tenant.webhook_allow_private.then_some(1)
            ],
        )?;
        Ok(())
    }
}

impl SqliteTx<'_> {
    fn exists(&self, column: &str, value: &str) -> bool {
        let sql = format!("SELECT 1 FROM tenants WHERE {column} = ?1");
        matches!(
            self.conn.query_row(&sql, [value], |_| Ok(())).optional(),
            Ok(Some(()))
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;

    use super::*;

    fn new(name: &str) -> NewTenant {
        NewTenant {
            name: name.into(),
            slug: None,
            timezone: "UTC".into(),
            key_prefix: None,
        }
    }

    #[test]
    fn slugs_and_abbreviations_are_unique() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|tx| {
                let a = tx.create_tenant(&new("Acme Bank Ltd"), 1)?;
                let b = tx.create_tenant(&new("Acme Bank Ltd"), 1)?;
                let c = tx.create_tenant(&new("Acme Bank Ltd"), 1)?;
                assert_eq!(
                    (a.slug.as_str(), b.slug.as_str()),
                    ("acme-bank-ltd", "acme-bank-ltd-2")
                );
                assert_eq!(c.slug, "acme-bank-ltd-3");
                assert_ne!(a.abbreviation, b.abbreviation);
                assert_eq!(a.key_prefix, a.abbreviation);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn an_explicit_slug_that_is_taken_is_a_conflict() {
        let mut store = Store::open_in_memory().unwrap();
        let result = store.write(|tx| {
            tx.create_tenant(&new("Acme"), 1)?;
            let mut again = new("Other");
            again.slug = Some("acme".into());
            tx.create_tenant(&again, 1)
        });
        assert!(matches!(result, Err(Error::Conflict { .. })));
        // The failed transaction wrote nothing.
        let count = store.read(|tx| Ok(tx.tenants()?.len())).unwrap();
        assert_eq!(count, 0);
    }
}
