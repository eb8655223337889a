//! Exports: every row of one noun that matches a filter, streamed to the
//! caller's sink in one pass, and the export's audit entry in the same
//! transaction, so that no export goes unrecorded and no record names rows
//! that were not written.

use serde::Serialize;
use serde_json::json;

use super::Session;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::error::Result;
use crate::store::{
    AuditEntry, AuditFilter, Customer, CustomerFilter, License, LicenseFilter, Product,
    ProductFilter, Scope, UsageRow,
};

/// What to export, and which of its rows.
pub enum Export {
    /// Licenses, in the order of the filter.
    Licenses(LicenseFilter),
    Customers(CustomerFilter),
    Products(ProductFilter),
    /// Audit entries, oldest first, with their hashes.
    Audit(AuditFilter),
    /// Usage of every license's meters, by license, meter and period.
    Usage,
}

impl Export {
    /// The fields of one row, in order: the CSV header.
    pub fn header(&self) -> &'static [&'static str] {
        match self {
            Export::Licenses(_) => License::FIELDS,
            Export::Customers(_) => Customer::FIELDS,
            Export::Products(_) => Product::FIELDS,
            Export::Audit(_) => AuditEntry::FIELDS,
            Export::Usage => UsageRow::FIELDS,
        }
    }

    fn audited_as(&self) -> (AuditAction, TargetKind) {
        match self {
            Export::Licenses(_) => (AuditAction::LicenseExported, TargetKind::License),
            Export::Customers(_) => (AuditAction::CustomerExported, TargetKind::Customer),
            Export::Products(_) => (AuditAction::ProductExported, TargetKind::Product),
            Export::Audit(_) => (AuditAction::AuditExported, TargetKind::Audit),
            Export::Usage => (AuditAction::UsageExported, TargetKind::License),
        }
    }
}

/// Where exported rows go (a CSV or JSON stream).
pub trait RowSink {
    fn row<T: Serialize>(&mut self, row: &T) -> Result<()>;
}

/// Where the rows end up, for the audit entry: the format's name and the
/// file, if not standard output.
pub struct Destination<'a> {
    pub format: &'a str,
    pub out: Option<String>,
}

/// Streams the rows into `sink` and records the export; returns how many
/// rows were written.
pub fn export(
    session: &Session<'_>,
    scope: &Scope<'_>,
    what: &Export,
    sink: &mut impl RowSink,
    to: &Destination<'_>,
) -> Result<u64> {
    scope.scan_with_small_cache()?;
    let count = match what {
        Export::Licenses(filter) => {
            scope.each_license_matching(filter, session.now, &mut |l| sink.row(&l))?
        }
        Export::Customers(filter) => scope.each_customer(filter, &mut |c| sink.row(&c))?,
        Export::Products(filter) => scope.each_product(filter, &mut |p| sink.row(&p))?,
        Export::Audit(filter) => scope.each_audit_entry(filter, &mut |e| sink.row(&e))?,
        Export::Usage => {
            let rows = scope.usage_rows()?;
            rows.iter().try_for_each(|row| sink.row(row))?;
            rows.len() as u64
        }
    };
    let details = json!({"rows": count, "format": to.format, "out": to.out});
    let (action, target) = what.audited_as();
    scope.append_audit(&session.audit(action, target, "*", details))?;
    Ok(count)
}
