//! `keywright validate KEY`: check a license against the database, as the
//! service does (`service::license::validate`). A tampered license is
//! recorded in the audit log; the first validation of a license whose
//! term counts from it starts the term.

use clap::Args;

use super::{read, write};
use crate::app::Context;
use crate::domain::time::parse_instant;
use crate::error::{Outcome, Result};
use crate::service::findings::{Reporting, record};
use crate::service::license::validate::{CheckRequest, ValidateInput, start_for, validate};
use crate::service::verifier::Verifier;

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The license key (case, spaces and dashes do not matter)
    pub key: String,
    /// The machine asking
    #[arg(long, value_name = "FP")]
    pub fingerprint: Option<String>,
    /// The host name asking
    #[arg(long, value_name = "D")]
    pub domain: Option<String>,
    /// A feature that must be granted (repeatable)
    #[arg(long = "feature", value_name = "F")]
    pub features: Vec<String>,
    /// Check as at this time (RFC 3339, with its offset or Z) instead of
    /// now: what the license will say then, with the database as it is now
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    /// The day the asking build was released (YYYY-MM-DD): under an on-expiry maintain policy, builds released before the expiry stay valid
    #[arg(long, value_name = "DATE")]
    pub build_date: Option<String>,
}

pub fn run(args: ValidateArgs, ctx: &Context) -> Result<Outcome> {
    let request = CheckRequest::new(ValidateInput {
        key: args.key,
        fingerprint: args.fingerprint,
        domain: args.domain,
        features: args.features,
        nonce: None,
        build_date: args.build_date,
    })?;
    let session = ctx.session();
    let mut at = ctx.session();
    if let Some(text) = &args.at {
        at.now = parse_instant(text, &jiff::tz::TimeZone::UTC)?;
    }
    let verifier = Verifier::uncached();
    let mut checked = read(ctx, |scope, tenant| {
        validate(&at, scope, tenant, &request, &verifier)
    })?;
    if checked.starts_term && args.at.is_none() {
        // Its first validation starts the license's term: a write, then
        // the check again.
        write(ctx, |scope, tenant| {
            start_for(&session, scope, tenant, &request)
        })?;
        checked = read(ctx, |scope, tenant| {
            validate(&session, scope, tenant, &request, &verifier)
        })?;
    }
    if let Some(finding) = checked.finding.as_ref().filter(|f| f.is_tampering()) {
        write(ctx, |scope, tenant| {
            record(
                &session,
                scope,
                tenant,
                &request.key,
                finding,
                Reporting::Command,
            )
        })?;
    }
    let answer = &checked.answer;
    ctx.printer.record(answer, answer.code.as_str())?;
    Ok(Outcome::from_valid(answer.valid))
}
