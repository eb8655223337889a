//! `db copy`: a whole database into an empty PostgreSQL database, once the
//! source has proven itself (docs/deploy.md). The source's file, every
//! tenant's audit chain and every seal are checked first, so that a copy
//! never launders tampering into a database that would then seal it.

use super::doctor::{Check, check_audit, check_integrity, check_seals};
use super::sealing::SealState;
use crate::error::{Error, Result};
use crate::keystore::KeyStore;
use crate::store::Store;
use crate::store::postgres::PostgresStore;

/// Checks `source`, then copies all of it into `target` in one transaction
/// of the target's, from one snapshot of the source's; `copied` is told of
/// each row written.
pub fn copy_to_postgres(
    source: &mut Store,
    (keys, seal): (&KeyStore, &SealState),
    target: &mut PostgresStore,
    copied: &dyn Fn(u64),
) -> Result<()> {
    let mut checks = vec![check_integrity(source)?];
    source.read(|tx| {
        for tenant in tx.tenants()? {
            let scope = tx.scope(&tenant)?;
            checks.push(check_audit(keys, &scope)?);
            checks.push(check_seals(keys, &scope, seal)?.0);
        }
        Ok(())
    })?;
    if let Some(failed) = checks.iter().find(|check| !check.ok) {
        return Err(refused(failed));
    }
    let database_id = source.database_id()?;
    source.read(|tx| target.copy_from(tx, &database_id, copied))
}

fn refused(failed: &Check) -> Error {
    Error::runtime(format!(
        "the source database fails its {} check ({}), so it is not copied; run keywright doctor on it",
        failed.check, failed.detail
    ))
}
