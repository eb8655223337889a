//! The handles a PostgreSQL transaction gives: [`PgTx`] for the rows of
//! the whole database, [`PgScope`] for one tenant's.

use super::session::Session;
use crate::error::Result;
use crate::store::{Tenant, TenantHandle, TenantId};

/// One transaction. Gives the tenant registry and tenant-scoped handles.
#[derive(Clone, Copy)]
pub struct PgTx<'c> {
    pub(super) session: &'c Session,
    pub(super) writing: bool,
}

impl<'c> PgTx<'c> {
    /// A handle for the rows of one tenant. In a write transaction it holds
    /// the tenant's row locked until the commit, so that the writes of one
    /// tenant happen one after another whatever instance makes them: seats
    /// are counted and the audit chain extended by one writer at a time.
    pub fn scope(&self, tenant: &Tenant) -> Result<PgScope<'c>> {
        if self.writing {
            self.session.run(
                "SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE",
                &[&tenant.id().0],
            )?;
        }
        Ok(PgScope {
            session: self.session,
            tenant_id: tenant.id().0,
            tenant_slug: tenant.slug().to_string(),
        })
    }
}

/// The only way to the rows of tenant-owned tables: every query it runs is
/// filtered on its tenant's id.
pub struct PgScope<'c> {
    pub(super) session: &'c Session,
    pub(super) tenant_id: i64,
    pub(super) tenant_slug: String,
}

impl TenantHandle for PgScope<'_> {
    fn tenant_id(&self) -> TenantId {
        TenantId(self.tenant_id)
    }

    fn tenant_slug(&self) -> &str {
        &self.tenant_slug
    }

    fn database_id(&self) -> Result<String> {
        self.session.database_id()
    }

    /// PostgreSQL's server keeps the pages: a scan costs this process only
    /// the rows it reads.
    fn scan_with_small_cache(&self) -> Result<()> {
        Ok(())
    }
}
