//! `keywright license list`: filters, pagination and the summary footer.

use clap::Args;
use serde::Serialize;

use crate::app::Context;
use crate::commands::filters::LicenseFilterArgs;
use crate::commands::{PageArgs, read, word};
use crate::domain::state::LicenseStatus;
use crate::domain::time::UnixTime;
use crate::error::{Outcome, Result};
use crate::store::{LicenseFilter, LicenseSort, Order, Scope, Tenant};

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: LicenseFilterArgs,
    #[arg(long, value_parser = word::<LicenseSort>(), default_value = "issued")]
    pub sort: LicenseSort,
    #[arg(long, value_parser = word::<Order>(), default_value = "desc")]
    pub order: Order,
    #[command(flatten)]
    pub page: PageArgs,
}

/// A license as a list row: the token is left to `show` and `token`.
#[derive(Serialize)]
struct LicenseRow {
    key: String,
    status: LicenseStatus,
    product: String,
    plan: Option<String>,
    customer: String,
    issued: UnixTime,
    expires: Option<UnixTime>,
    features: Vec<String>,
}

impl ListArgs {
    /// The filter and order the flags ask for, resolved in the tenant.
    fn filter(&self, scope: &Scope<'_>, tenant: &Tenant) -> Result<LicenseFilter> {
        Ok(LicenseFilter {
            sort: self.sort,
            order: self.order,
            ..self.filters.query().filter(scope, tenant)?
        })
    }
}

pub fn run(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    if args.page.whole(ctx.printer.quiet()) {
        return print_every_key(&args, ctx);
    }
    let (page, summary) = read(ctx, |scope, tenant| {
        let filter = args.filter(scope, tenant)?;
        Ok((
            scope.licenses(&filter, args.page.request(), ctx.now)?,
            scope.license_summary(&filter, ctx.now)?,
        ))
    })?;
    let summary = serde_json::to_value(&summary).ok();
    let rows = page.map(|l| LicenseRow {
        key: l.key,
        status: l.status,
        product: l.product,
        plan: l.plan,
        customer: l.customer,
        issued: l.issued,
        expires: l.expires,
        features: l.features,
    });
    ctx.printer.page(&rows, |l| l.key.clone(), summary)?;
    Ok(Outcome::Success)
}

/// `license list -q`: the key of every license that matches, one a line,
/// streamed (a hundred thousand keys for `xargs` are never held at once).
fn print_every_key(args: &ListArgs, ctx: &Context) -> Result<Outcome> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    read(ctx, |scope, tenant| {
        let filter = args.filter(scope, tenant)?;
        scope.each_license_matching(&filter, ctx.now, &mut |license| {
            Ok(writeln!(out, "{}", license.key)?)
        })
    })?;
    out.flush()?;
    Ok(Outcome::Success)
}
