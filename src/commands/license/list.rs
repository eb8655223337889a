//! `keywright license list`: filters, pagination and the summary footer.

use clap::Args;
use serde::Serialize;

use crate::cli::Context;
use crate::cli::args::{OrderArg, PageArgs};
use crate::commands::read;
use crate::domain::time::{Period, UnixTime};
use crate::error::{Outcome, Result};
use crate::store::{LicenseFilter, LicenseSort, LicenseStatus, Scope};

/// The filters of `license list` and `export licenses`.
#[derive(Debug, Args)]
pub struct LicenseFilterArgs {
    /// Only licenses of this product
    #[arg(long, value_name = "P")]
    pub product: Option<String>,
    /// Email or external id
    #[arg(long, value_name = "C")]
    pub customer: Option<String>,
    /// Only licenses with this status at this moment
    #[arg(long, value_enum)]
    pub status: Option<LicenseStatus>,
    /// Only licenses that expire within this period, e.g. 30d
    #[arg(long, value_name = "PERIOD")]
    pub expires_within: Option<String>,
    /// Only licenses that grant this feature
    #[arg(long, value_name = "F")]
    pub feature: Option<String>,
    /// Text in the key, customer email, name, company, external id or product
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

impl LicenseFilterArgs {
    /// The filter these flags ask for, with names resolved in the tenant.
    pub fn filter(&self, scope: &Scope<'_>) -> Result<LicenseFilter> {
        let expires_within = self
            .expires_within
            .as_deref()
            .map(|text| Period::parse_fixed(text, "--expires-within"))
            .transpose()?;
        Ok(LicenseFilter {
            product_id: self
                .product
                .as_deref()
                .map(|p| scope.product(p))
                .transpose()?
                .map(|p| p.id),
            customer_id: self
                .customer
                .as_deref()
                .map(|c| scope.customer(c))
                .transpose()?
                .map(|c| c.id),
            status: self.status,
            expires_within,
            feature: self.feature.clone(),
            search: self.search.clone(),
            ..LicenseFilter::default()
        })
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: LicenseFilterArgs,
    #[arg(long, value_enum, default_value_t)]
    pub sort: LicenseSort,
    #[arg(long, value_enum, default_value_t = OrderArg::Desc)]
    pub order: OrderArg,
    #[command(flatten)]
    pub page: PageArgs,
}

/// A license as a list row: the token is left to `show` and `token`.
#[derive(Serialize)]
struct LicenseRow {
    key: String,
    status: String,
    product: String,
    plan: Option<String>,
    customer: String,
    issued: UnixTime,
    expires: Option<UnixTime>,
    features: Vec<String>,
}

pub fn run(args: ListArgs, ctx: &Context) -> Result<Outcome> {
    let (page, summary) = read(ctx, |scope, _| {
        let filter = LicenseFilter {
            sort: args.sort,
            order: args.order.into(),
            ..args.filters.filter(scope)?
        };
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
