//! Validation counters kept for the vendor (how often, how lately each
//! license was validated). Validation itself writes nothing: answers are
//! counted in memory and written in one batch every few seconds, and at
//! shutdown, off the request path.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use crate::store::{TenantId, ValidationCount};

#[derive(Default)]
pub struct Counters {
    pending: Mutex<HashMap<(TenantId, i64), (i64, i64)>>,
}

impl Counters {
    /// Counts one validation of a license at `now`.
    pub fn count(&self, tenant: TenantId, license_id: i64, now: i64) {
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = pending.entry((tenant, license_id)).or_insert((0, now));
        entry.0 += 1;
        entry.1 = entry.1.max(now);
    }

    /// Takes what has been counted so far, by tenant, each tenant's in the
    /// order of the licenses' ids: the rows are then written in the order
    /// the database keeps them, each page read and written once.
    pub fn take(&self) -> HashMap<TenantId, Vec<ValidationCount>> {
        let pending =
            std::mem::take(&mut *self.pending.lock().unwrap_or_else(PoisonError::into_inner));
        let mut by_tenant: HashMap<TenantId, Vec<ValidationCount>> = HashMap::new();
        for ((tenant, license_id), (count, last)) in pending {
            by_tenant.entry(tenant).or_default().push(ValidationCount {
                license_id,
                count,
                last,
            });
        }
        for counts in by_tenant.values_mut() {
            counts.sort_unstable_by_key(|c| c.license_id);
        }
        by_tenant
    }
}
