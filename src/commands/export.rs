//! `keywright export licenses|customers|products|audit`: every matching row,
//! streamed from the database into CSV (default) or one JSON array, to
//! stdout or to a file. The export is recorded in the audit log in the same
//! transaction; a file is staged and moved into place after the commit.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::filters::{AuditFilterArgs, LicenseFilterArgs};
use super::{word, write};
use crate::app::Context;
use crate::error::{Error, Outcome, Result};
use crate::output::{Format, RecordStream, counter};
use crate::private_fs;
use crate::service::export::{self, Destination, Export, RowSink};
use crate::store::{
    CustomerFilter, CustomerStatus, LicenseFilter, LicenseSort, Order, ProductFilter,
    ProductStatus, Scope, Tenant,
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
    /// Usage of the licenses' meters: license, meter, period, used
    Usage {
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

impl RowSink for Sink<'_> {
    fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        Ok(self.write(row)?)
    }
}

impl ExportCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            ExportCommand::Licenses { filters, out } => run(ctx, out, |scope, tenant| {
                Ok(Export::Licenses(LicenseFilter {
                    sort: LicenseSort::Issued,
                    order: Order::Asc,
                    ..filters.query().filter(scope, tenant)?
                }))
            }),
            ExportCommand::Customers {
                search,
                status,
                out,
            } => run(ctx, out, |_, _| {
                Ok(Export::Customers(CustomerFilter {
                    search,
                    status,
                    ..CustomerFilter::default()
                }))
            }),
            ExportCommand::Products {
                search,
                status,
                out,
            } => run(ctx, out, |_, _| {
                Ok(Export::Products(ProductFilter {
                    search,
                    status,
                    ..ProductFilter::default()
                }))
            }),
            ExportCommand::Audit { filters, out } => run(ctx, out, |_, tenant| {
                let query = filters.query(ctx.actor_filter.as_deref());
                Ok(Export::Audit(query.filter(tenant)?))
            }),
            ExportCommand::Usage { out } => run(ctx, out, |_, _| Ok(Export::Usage)),
        }
    }
}

/// Runs one export of what `what` names, to stdout or a staged file that
/// is moved into place once the transaction has committed.
fn run(
    ctx: &Context,
    out: OutArg,
    what: impl FnOnce(&Scope<'_>, &Tenant) -> Result<Export>,
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
    let to = Destination {
        format: format.name(),
        out: out.out.as_ref().map(|p| p.display().to_string()),
    };
    let (count, staged) = write(ctx, |scope, tenant| {
        let what = what(scope, tenant)?;
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
        let mut sink = RecordStream::new(writer, format, progress).with_header(what.header());
        let count = export::export(&session, scope, &what, &mut sink, &to)?;
        sink.finish()?;
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
