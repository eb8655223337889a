//! `keywright license import FILE.csv|-`: batch issue from CSV, all or
//! nothing. Each row is read as the flags of `license issue` and checked the
//! same way before anything is written; an error names its line.
//!
//! Columns (header required; only `product` and `customer` must be present):
//! product, customer, plan, expires, duration, features, seats, domains,
//! fingerprints, limits, grace, heartbeat, trial, count. Lists are separated
//! by `,`, `;` or spaces; limits read `k=v,k=v`; trial is true/false, yes/no
//! or 1/0. Each row becomes the same `IssueRequest` as `license issue`.

use std::path::{Path, PathBuf};

use clap::Args;

use super::staged::StagedIssued;
use crate::app::Context;
use crate::app::input;
use crate::commands::{KeyFileArg, write};
use crate::domain::audit::AuditAction;
use crate::domain::policy::{LicensePolicy, PolicyInput};
use crate::domain::text_enum::TextEnum;
use crate::domain::values::parse_limits;
use crate::error::{EXIT_USAGE, Error, Outcome, Result};
use crate::output::{csv_cell_read, progress};
use crate::service::license::issue::{IssueInput, IssueRequest, MAX_COUNT, issue_many};
use crate::service::signing::{refuse_if_suspended, signing_key};

const COLUMNS: &[&str] = &[
    "product",
    "customer",
    "plan",
    "expires",
    "duration",
    "features",
    "seats",
    "domains",
    "fingerprints",
    "limits",
    "grace",
    "heartbeat",
    "offline_lease",
    "trial",
    "count",
    "expiry_basis",
    "on_expiry",
    "renew_from",
    "machine_scope",
    "meters",
    "overage",
];

/// The columns, for `license import --help`.
pub const COLUMNS_HELP: &str =
    "Columns (a header row is required; product and customer must be present):
  product, customer, plan, expires (YYYY-MM-DD), duration (e.g. 1y), features, seats,
  domains, fingerprints, limits (k=v,k=v), grace (e.g. 7d), heartbeat (e.g. 1h),
  offline_lease (e.g. 30d), trial (true/false), count, and the policies expiry_basis,
  on_expiry, renew_from, machine_scope, meters (NAME=LIMIT[/month]), overage
Lists are separated by ',', ';' or spaces. Empty cells take the plan's values.";

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for stdin
    pub file: PathBuf,
    #[command(flatten)]
    pub signing: KeyFileArg,
}

/// One row, read and checked.
pub struct Row {
    /// The line of the file it was read from.
    pub line: u64,
    pub request: IssueRequest,
}

pub fn run(args: ImportArgs, ctx: &Context) -> Result<Outcome> {
    let rows = read_rows(&args.file)?;
    let total: u64 = rows.iter().map(|r| u64::from(r.request.count())).sum();
    if total == 0 {
        return Err(Error::usage(format!(
            "{} has no rows to import",
            args.file.display()
        )));
    }
    if total > 1 {
        ctx.confirm(&format!("import {total} licenses"))?;
    }
    let session = ctx.session_with(args.signing.key_file.as_deref());
    let issued = write(ctx, |scope, tenant| {
        refuse_if_suspended(tenant)?;
        let key = signing_key(&session, scope)?;
        let bar = progress(total, "importing", ctx.printer.quiet());
        let mut issued = StagedIssued::default();
        let requests: Vec<&IssueRequest> = rows.iter().map(|row| &row.request).collect();
        let signing = (&key, AuditAction::LicenseImported);
        issue_many(&session, scope, tenant, &requests, signing, &mut |one| {
            bar.inc(1);
            issued.push(one)
        })
        .map_err(|(i, e)| at_line(rows[i].line, e))?;
        bar.finish_and_clear();
        Ok(issued)
    })?;
    issued.print(ctx)
}

/// A usage error prefixed with the line it is about; other errors as they are.
fn at_line(line: u64, err: Error) -> Error {
    if err.exit_code() == EXIT_USAGE {
        Error::usage(format!(
            "line {line}: {}",
            crate::commands::hints::message(&err)
        ))
    } else {
        err
    }
}

/// One sentence for a CSV reading error, naming the line.
fn describe_csv_error(e: &csv::Error) -> String {
    let line = e.position().map_or(1, csv::Position::line);
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!(
            "line {line}: field {} is not UTF-8 text; save the file as UTF-8",
            err.field() + 1
        ),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("line {line} has {len} fields where the header has {expected_len}"),
        _ => format!("line {line} is not valid CSV; check its quotes and separators"),
    }
}

fn read_rows(path: &Path) -> Result<Vec<Row>> {
    rows_from(input::reader(path)?)
}

/// Reads and checks every row of an import file's text (the columns are in
/// the README, "Issue licenses", and `license import --help`); the first
/// bad row is the error.
pub fn rows_from(input: impl std::io::Read) -> Result<Vec<Row>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let csv_error = |e: csv::Error| Error::usage(describe_csv_error(&e));
    let headers: Vec<String> = reader
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(str::to_ascii_lowercase)
        .collect();
    if let Some(unknown) = headers.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
        return Err(Error::usage(format!(
            "line 1: unknown column '{unknown}'; the columns are: {}",
            COLUMNS.join(", ")
        )));
    }
    if let Some(twice) = headers
        .iter()
        .enumerate()
        .find_map(|(i, h)| headers[..i].contains(h).then_some(h))
    {
        return Err(Error::usage(format!(
            "line 1: the column '{twice}' appears twice; keep one"
        )));
    }
    for required in ["product", "customer"] {
        if !headers.iter().any(|h| h == required) {
            return Err(Error::usage(format!(
                "line 1: the column '{required}' is missing"
            )));
        }
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(csv_cell_read)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let request = row_input(&field)
            .and_then(IssueRequest::new)
            .map_err(|e| at_line(line, e))?;
        rows.push(Row { line, request });
    }
    Ok(rows)
}

/// The licenses a row asks for, as `license issue` would ask.
fn row_input(field: &dyn Fn(&str) -> Option<String>) -> Result<IssueInput> {
    let list = |name: &str| -> Vec<String> {
        field(name)
            .map(|v| {
                v.split([',', ';', ' '])
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let number = |name: &str| -> Result<Option<i64>> {
        field(name)
            .map(|v| {
                v.parse()
                    .map_err(|_| Error::usage(format!("{name} '{v}' is not a whole number")))
            })
            .transpose()
    };
    let required =
        |name: &str| field(name).ok_or_else(|| Error::usage(format!("the {name} is empty")));
    let trial = match field("trial")
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("false" | "no" | "0") => false,
        Some("true" | "yes" | "1") => true,
        Some(other) => {
            return Err(Error::usage(format!(
                "trial '{other}' is not true or false"
            )));
        }
    };
    let count = number("count")?.unwrap_or(1);
    if !(1..=i64::from(MAX_COUNT)).contains(&count) {
        return Err(Error::usage(format!(
            "count {count} must be 1 to {MAX_COUNT}"
        )));
    }
    let features = list("features");
    Ok(IssueInput {
        product: required("product")?,
        customer: required("customer")?,
        plan: field("plan"),
        expires: field("expires"),
        duration: field("duration"),
        features: (!features.is_empty()).then_some(features),
        seats: number("seats")?,
        domains: list("domains"),
        fingerprints: list("fingerprints"),
        limits: parse_limits(&list("limits"))?,
        grace: field("grace"),
        heartbeat: field("heartbeat"),
        offline_lease: field("offline_lease"),
        trial,
        count: count as u32,
        policy: Some(row_policy(field, &list)?),
    })
}

/// The policy columns of a row (`expiry_basis`, `on_expiry`, `renew_from`,
/// `machine_scope`, `meters` as `NAME=LIMIT[/month]` each, `overage`).
fn row_policy(
    field: &dyn Fn(&str) -> Option<String>,
    list: &dyn Fn(&str) -> Vec<String>,
) -> Result<PolicyInput> {
    fn word<T: TextEnum>(field: &dyn Fn(&str) -> Option<String>, name: &str) -> Result<Option<T>> {
        field(name)
            .map(|text| T::parse_text(&text).map_err(Error::usage))
            .transpose()
    }
    Ok(PolicyInput {
        expiry_basis: word(field, "expiry_basis")?,
        on_expiry: word(field, "on_expiry")?,
        renew_from: word(field, "renew_from")?,
        machine_scope: word(field, "machine_scope")?,
        meters: LicensePolicy::parse_meters(&list("meters"))?,
        overage: word(field, "overage")?,
    })
}
