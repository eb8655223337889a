//! Suspending and reinstating licenses: a suspended license stops
//! validating (`SUSPENDED`) until it is reinstated. Tokens do not carry the
//! state: the database and the service enforce it.

use super::{Changed, change_each};
use crate::domain::state::LicenseChange;
use crate::error::Result;
use crate::service::Session;
use crate::store::Scope;

/// Suspends the licenses named (canonical keys), all or nothing.
pub fn suspend(session: &Session<'_>, scope: &Scope<'_>, keys: &[String]) -> Result<Vec<Changed>> {
    change_each(session, scope, keys, LicenseChange::Suspend, None)
}

/// Reinstates suspended licenses, all or nothing.
pub fn reinstate(
    session: &Session<'_>,
    scope: &Scope<'_>,
    keys: &[String],
) -> Result<Vec<Changed>> {
    change_each(session, scope, keys, LicenseChange::Reinstate, None)
}
