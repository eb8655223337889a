//! `keywright export licenses|customers|products|audit`: every matching row,
//! streamed from the database into CSV (default) or one JSON array, to
//! stdout or to a file. The export is recorded in the audit log in the same
//! transaction; a file is staged and moved into place after the commit.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use super::filters::{AuditFilterArgs, LicenseFilterArgs};
use super::{word, write};
use crate::app::Context;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::error::{Error, Outcome, Result};
use crate::output::{Format, RecordStream, counter};
use crate::private_fs;
use crate::store::{
    AuditEntry, Customer, CustomerFilter, CustomerStatus, License, LicenseFilter, LicenseSort,
    Order, Product, ProductFilter, ProductStatus, Scope, Tenant,
};

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Licenses with their terms and signed tokens
    Licenses {
        #[command(flatten)]
        filters: LicenseFilterArgs,
        #[command(flatten)]
        out: OutArg,
    },
    /// Customers
    Customers {
        /// Text in the email, name, company or external id
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        #[arg(long, value_parser = word::<CustomerStatus>(), default_value = "all")]
        status: CustomerStatus,
        #[command(flatten)]
        out: OutArg,
    },
    /// Products
    Products {
        /// Text in the slug or name
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        #[arg(long, value_parser = word::<ProductStatus>(), default_value = "all")]
        status: ProductStatus,
        #[command(flatten)]
        out: OutArg,
    },
    /// Audit entries, oldest first, with their hashes
    Audit {
        #[command(flatten)]
        filters: AuditFilterArgs,
        #[command(flatten)]
        out: OutArg,
    },
}

#[derive(Debug, Args)]
pub struct OutArg {
    /// Write to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Serialize)]
struct Exported {
    rows: u64,
    format: &'static str,
    out: String,
}

/// Where an export's records go: stdout or a staged file.
type Sink<'a> = RecordStream<Box<dyn Write + 'a>>;

impl ExportCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            ExportCommand::Licenses { filters, out } => export(
                ctx,
                out,
                Exporting::new(
                    AuditAction::LicenseExported,
                    TargetKind::License,
                    License::FIELDS,
                ),
                move |scope, tenant, sink: &mut Sink<'_>| {
                    let filter = LicenseFilter {
                        sort: LicenseSort::Issued,
                        order: Order::Asc,
                        ..filters.query().filter(scope, tenant)?
                    };
                    scope.each_license_matching(&filter, ctx.now, |l| Ok(sink.write(&l)?))
                },
            ),
            ExportCommand::Customers {
                search,
                status,
                out,
            } => export(
                ctx,
                out,
                Exporting::new(
                    AuditAction::CustomerExported,
                    TargetKind::Customer,
                    Customer::FIELDS,
                ),
                move |scope, _, sink: &mut Sink<'_>| {
                    let filter = CustomerFilter {
                        search,
                        status,
                        ..CustomerFilter::default()
                    };
                    scope.each_customer(&filter, |c| Ok(sink.write(&c)?))
                },
            ),
            ExportCommand::Products {
                search,
                status,
                out,
            } => export(
                ctx,
                out,
                Exporting::new(
                    AuditAction::ProductExported,
                    TargetKind::Product,
                    Product::FIELDS,
                ),
                move |scope, _, sink: &mut Sink<'_>| {
                    let filter = ProductFilter {
                        search,
                        status,
                        ..ProductFilter::default()
                    };
                    scope.each_product(&filter, |p| Ok(sink.write(&p)?))
                },
            ),
            ExportCommand::Audit { filters, out } => export(
                ctx,
                out,
                Exporting::new(
                    AuditAction::AuditExported,
                    TargetKind::Audit,
                    AuditEntry::FIELDS,
                ),
                move |scope, tenant, sink: &mut Sink<'_>| {
                    scope.each_audit_entry(
                        &filters.query(ctx.actor_filter.as_deref()).filter(tenant)?,
                        |e| Ok(sink.write(&e)?),
                    )
                },
            ),
        }
    }
}

/// What is exported: its audit entry's action and target, and its CSV header.
struct Exporting {
    action: AuditAction,
    target: TargetKind,
    header: &'static [&'static str],
}

impl Exporting {
    fn new(action: AuditAction, target: TargetKind, header: &'static [&'static str]) -> Self {
        Exporting {
            action,
            target,
            header,
        }
    }
}

/// Runs one export: `rows` streams the records into the sink and returns
/// their count; they and the export's audit entry share one transaction.
fn export(
    ctx: &Context,
    out: OutArg,
    noun: Exporting,
    rows: impl FnOnce(&Scope<'_>, &Tenant, &mut Sink<'_>) -> Result<u64>,
) -> Result<Outcome> {
    let format = match ctx.printer.format() {
        Format::Json => Format::Json,
        Format::Table | Format::Csv => Format::Csv,
        other => {
            return Err(Error::usage(format!(
                "export writes csv or json, not {}",
                other.name()
            )));
        }
    };
    if let Some(path) = out.out.as_deref().filter(|p| p.is_file()) {
        ctx.confirm(&format!("replace the existing file {}", path.display()))?;
    }
    let session = ctx.session();
    let (count, staged) = write(ctx, |scope, tenant| {
        scope.scan_with_small_cache()?;
        let (staged, writer): (_, Box<dyn Write>) = match &out.out {
            Some(path) => {
                let (staged, file) = private_fs::stage_file(path)?;
                (Some(staged), Box::new(std::io::BufWriter::new(file)))
            }
            None => (
                None,
                Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            ),
        };
        let progress = counter("exporting", ctx.printer.quiet());
        let mut sink = RecordStream::new(writer, format, progress).with_header(noun.header);
        let count = rows(scope, tenant, &mut sink)?;
        sink.finish()?;
        let details = json!({
            "rows": count, "format": format.name(),
            "out": out.out.as_ref().map(|p| p.display().to_string()),
        });
        scope.append_audit(&session.audit(noun.action, noun.target, "*", details))?;
        Ok((count, staged))
    })?;
    if let (Some(staged), Some(path)) = (staged, &out.out) {
        staged.commit()?;
        let shown = Exported {
            rows: count,
            format: format.name(),
            out: path.display().to_string(),
        };
        ctx.printer
            .note(&format!("exported {count} rows to {}", shown.out));
        if ctx.printer.format() == Format::Json {
            ctx.printer.record(&shown, &shown.out)?;
        }
    }
    Ok(Outcome::Success)
}
