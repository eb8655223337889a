//! `keywright billing …`: connect the tenant's Stripe account, map its
//! prices to products and plans, see what each delivered event did, and
//! apply events from a file as if Stripe had delivered them
//! (docs/billing.md).

use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use super::{read, word, write, write_storing_secrets};
use crate::app::Context;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::time::Period;
use crate::error::{Error, Outcome, Result};
use crate::service::billing::stripe::Event;
use crate::service::billing::{self, Connect, PriceRequest};
use crate::store::billing::{EventStatus, OnCancel};

#[derive(Debug, Subcommand)]
pub enum BillingCommand {
    /// Connect Stripe: the webhook signing secret (whsec_...) is read from stdin
    #[command(subcommand)]
    Stripe(StripeCommand),
    /// Show whether Stripe is connected and which secrets are set
    Status,
    /// Map Stripe prices to the licenses they make
    #[command(subcommand)]
    Price(PriceCommand),
    /// What each delivered event did, newest first
    Events(EventsArgs),
    /// Process Stripe events from a file (JSON lines or an array) as if delivered
    Apply(ApplyArgs),
}

#[derive(Debug, Subcommand)]
pub enum StripeCommand {
    /// Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours
    Connect(ConnectArgs),
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// What a cancelled subscription does to its licenses [default: expire]
    #[arg(long, value_parser = word::<OnCancel>())]
    pub on_cancel: Option<OnCancel>,
    /// `-`: also read a restricted API key (rk_...) from the next line of stdin, to list one-time payments' line items
    #[arg(long, value_name = "-")]
    pub api_key: Option<String>,
    /// Where Stripe's API is [default: https://api.stripe.com]
    #[arg(long, value_name = "URL")]
    pub api_base: Option<String>,
    /// How far a delivery's timestamp may be from now, e.g. 300s or 10m [default: 300s]
    #[arg(long, value_name = "PERIOD")]
    pub tolerance: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PriceCommand {
    /// Map a price (price_...) to a product and plan
    Add(PriceAddArgs),
    /// List the mapped prices
    List,
    /// Remove a price's mapping (licenses it made stay)
    Remove {
        /// The Stripe price id
        price: String,
    },
}

#[derive(Debug, Args)]
pub struct PriceAddArgs {
    /// The Stripe price id (price_...)
    pub price: String,
    /// The product its licenses are for
    #[arg(long)]
    pub product: String,
    /// The plan whose terms they get
    #[arg(long)]
    pub plan: Option<String>,
    /// Seats per unit bought: a quantity of 3 with 5 seats per unit gives 15 seats
    #[arg(long, value_name = "N")]
    pub seats_per_unit: Option<i64>,
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Only events with this outcome
    #[arg(long, value_parser = word::<EventStatus>())]
    pub status: Option<EventStatus>,
    /// How many to show, 1 to 1000
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The events: a file, or - for stdin
    pub file: PathBuf,
}

impl BillingCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            BillingCommand::Stripe(StripeCommand::Connect(args)) => connect(ctx, args),
            BillingCommand::Status => {
                let shown = read(ctx, |scope, tenant| {
                    billing::connection(ctx.key_store(), tenant, scope.billing_account()?)
                })?;
                ctx.printer.record(
                    &shown,
                    if shown.connected {
                        "connected"
                    } else {
                        "not connected"
                    },
                )?;
                Ok(Outcome::Success)
            }
            BillingCommand::Price(command) => price(ctx, command),
            BillingCommand::Events(args) => {
                let events = read(ctx, |scope, _| {
                    scope.billing_events(args.status, args.limit)
                })?;
                ctx.printer.all(&events, |e| e.event.clone())?;
                Ok(Outcome::Success)
            }
            BillingCommand::Apply(args) => apply(ctx, &args),
        }
    }
}

fn connect(ctx: &Context, args: ConnectArgs) -> Result<Outcome> {
    if args.api_key.as_deref().is_some_and(|a| a != "-") {
        return Err(Error::usage(
            "--api-key takes - (the key is read from stdin after the webhook secret), never the key itself",
        ));
    }
    let tolerance_seconds = args
        .tolerance
        .as_deref()
        .map(|t| Period::parse_fixed(t, "tolerance"))
        .transpose()?;
    let mut text = Zeroizing::new(String::new());
    std::io::stdin()
        .take(64 * 1024)
        .read_to_string(&mut text)
        .map_err(|e| Error::runtime(format!("could not read stdin: {e}")))?;
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let webhook_secret = Zeroizing::new(lines.next().unwrap_or_default().to_string());
    if webhook_secret.is_empty() {
        return Err(Error::usage(
            "give the webhook signing secret (whsec_…) on stdin, e.g. `keywright billing stripe connect < whsec.txt`",
        ));
    }
    let api_key = match args.api_key {
        Some(_) => Some(Zeroizing::new(lines.next().map(str::to_string).ok_or_else(|| {
            Error::usage("--api-key - reads the API key from the line after the webhook secret on stdin; give both")
        })?)),
        None => None,
    };
    if let Some(base) = &args.api_base {
        url::Url::parse(base)
            .map_err(|e| Error::usage(format!("--api-base '{base}' is not a URL: {e}")))?;
    }
    let request = Connect {
        webhook_secret,
        api_key,
        on_cancel: args.on_cancel,
        api_base: args.api_base.map(|b| b.trim_end_matches('/').to_string()),
        tolerance_seconds,
    };
    let session = ctx.session();
    let shown = write_storing_secrets(ctx, |tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        billing::connect(&session, &tx.scope(&tenant)?, &tenant, &request)
    })?;
    ctx.printer.record(&shown, "connected")?;
    Ok(Outcome::Success)
}

fn price(ctx: &Context, command: PriceCommand) -> Result<Outcome> {
    let session = ctx.session();
    match command {
        PriceCommand::Add(args) => {
            let request = PriceRequest {
                price: args.price,
                product: args.product,
                plan: args.plan,
                seats_per_unit: args.seats_per_unit,
            };
            let mapped = write(ctx, |scope, _| {
                billing::add_price(scope, &request, session.now)?;
                scope.append_audit(&session.audit(
                    AuditAction::BillingPriceAdded,
                    TargetKind::Product,
                    &request.product,
                    serde_json::json!({"price": request.price.trim(), "plan": request.plan, "seats_per_unit": request.seats_per_unit}),
                ))?;
                scope.price(request.price.trim())
            })?;
            ctx.printer.record(&mapped, &request.price)?;
        }
        PriceCommand::List => {
            let prices = read(ctx, |scope, _| scope.prices())?;
            ctx.printer.all(&prices, |p| p.price.clone())?;
        }
        PriceCommand::Remove { price } => {
            write(ctx, |scope, _| {
                let Some(mapping) = scope.price(&price)? else {
                    return Err(Error::NotFound {
                        what: crate::error::Record::Price,
                        id: price.clone(),
                        scope: scope.describe(),
                        remedy: crate::error::Remedy::Look,
                    });
                };
                scope.remove_price(&price)?;
                scope.append_audit(&session.audit(
                    AuditAction::BillingPriceRemoved,
                    TargetKind::Product,
                    &mapping.product,
                    serde_json::json!({"price": price}),
                ))
            })?;
            ctx.printer
                .note(&format!("price {price} is no longer mapped"));
        }
    }
    Ok(Outcome::Success)
}

/// Applies each event in its own transaction, in order; prints what each did.
fn apply(ctx: &Context, args: &ApplyArgs) -> Result<Outcome> {
    let text = if args.file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::runtime(format!("could not read stdin: {e}")))?;
        text
    } else {
        crate::app::input::read_text(&args.file, 64 * 1024 * 1024)?
    };
    let events = Event::parse_many(&text)?;
    let mut store = ctx.open_store()?;
    store.read(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        billing::account_of(&tx.scope(&tenant)?, &tenant).map(|_| ())
    })?;
    let mut results = Vec::new();
    for event in &events {
        let session = ctx.session();
        let outcome = store.write(|tx| {
            let tenant = ctx.resolve_tenant(tx)?;
            let scope = tx.scope(&tenant)?;
            let account = billing::account_of(&scope, &tenant)?;
            let fetch = |id: &str| billing::api::line_items(ctx.key_store(), &tenant, &account, id);
            billing::receive(&session, &scope, &tenant, event, &fetch)
        });
        let recorded = match outcome {
            Err(e) if billing::is_permanent(&e) => store.write(|tx| {
                let tenant = ctx.resolve_tenant(tx)?;
                billing::record_failure(&tx.scope(&tenant)?, session.now, event, &e)
            })?,
            other => other?,
        };
        results.push(recorded);
    }
    drop(store);
    super::send_due_emails(ctx)?;
    ctx.printer
        .all(&results, |e| format!("{} {}", e.event, e.status))?;
    Ok(Outcome::Success)
}
