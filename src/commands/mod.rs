//! One handler per noun. Each file defines its subcommands (clap) beside the
//! code that runs them. A handler turns its flags into a request of the
//! service layer (`crate::service`), runs it in one transaction, and
//! prints the result; the rules themselves live in the service layer.

pub mod api_key;
pub mod audit;
pub mod billing;
pub mod customer;
pub mod db;
pub mod doctor;
pub mod email;
pub mod export;
pub mod filters;
pub mod hints;
pub mod init;
pub mod key;
pub mod license;
pub mod machine;
pub mod plan;
pub mod product;
pub mod revocations;
pub mod serve;
pub mod sign;
pub mod tenant;
pub mod validate;
pub mod verify;
pub mod webhooks;

use std::path::PathBuf;

use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::app::Context;
use crate::domain::policy::{
    ExpiryBasis, LicensePolicy, MachineScope, OnExpiry, Overage, PolicyChange, PolicyInput,
    RenewFrom,
};
use crate::domain::text_enum::TextEnum;
use crate::domain::values::FeatureEdit;
use crate::error::Result;
use crate::service::signing::remove_unsettled_orphans;
use crate::store::{PageRequest, Scope, Tenant, Tx};
use crate::token::Algorithm;

/// Runs `work` for the resolved tenant in one write transaction.
pub(crate) fn write<T>(
    ctx: &Context,
    work: impl FnOnce(&Scope<'_>, &Tenant) -> Result<T>,
) -> Result<T> {
    let mut store = ctx.open_store()?;
    revoke_overdue(ctx, &mut store);
    store.write(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        work(&tx.scope(&tenant)?, &tenant)
    })
}

/// Runs a write that may store new secrets in the key store (a signing key,
/// a webhook secret). It first removes the secrets killed commands left;
/// when the transaction ends, what it stored stays if it committed and is
/// removed if not, so that no orphan is left in the key store.
pub(crate) fn write_storing_secrets<T>(
    ctx: &Context,
    work: impl FnOnce(&Tx<'_>) -> Result<T>,
) -> Result<T> {
    let mut store = ctx.open_store()?;
    let keys = ctx.key_store();
    let result = store.write(|tx| {
        remove_unsettled_orphans(keys, tx)?;
        work(tx)
    });
    keys.settle(result.is_ok());
    result
}

/// Sends the emails that are due, once each, after a command queued one; a
/// failure is left to the outbox's retries (`keywright email list`).
pub(crate) fn send_due_emails(ctx: &Context) -> Result<()> {
    let mut store = ctx.open_store()?;
    crate::service::email::deliver_due(&mut store, ctx.key_store(), ctx.now)?;
    Ok(())
}

/// Runs `work` for the resolved tenant in one read transaction.
pub(crate) fn read<T>(
    ctx: &Context,
    work: impl FnOnce(&Scope<'_>, &Tenant) -> Result<T>,
) -> Result<T> {
    let mut store = ctx.open_store()?;
    revoke_overdue(ctx, &mut store);
    store.read(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        work(&tx.scope(&tenant)?, &tenant)
    })
}

/// Revokes the tenant's licenses whose policy revokes them at expiry and
/// whose expiry and grace have passed, as `serve` does as time passes
/// (docs/policies.md): a command that meets the tenant's licenses never
/// shows such a one as merely expired. The revocations are a transaction
/// of their own, before the command's, audited with the actor
/// `policy:on-expiry`. One that cannot be made now (a suspended tenant, a
/// key store out of reach) is left to the next command or to `serve`,
/// and the command goes on.
fn revoke_overdue(ctx: &Context, store: &mut crate::store::Store) {
    let overdue = store.read(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        tx.scope(&tenant)?.overdue_to_revoke(ctx.now)
    });
    if overdue.is_ok_and(|keys| !keys.is_empty()) {
        let mut session = ctx.session();
        session.actor = crate::service::license::revoke::ON_EXPIRY_ACTOR.to_string();
        let _left_for_later = store.write(|tx| {
            let tenant = ctx.resolve_tenant(tx)?;
            crate::service::license::revoke::revoke_overdue(&session, &tx.scope(&tenant)?)
        });
    }
}

/// A flag whose values are the words of a [`TextEnum`] (a status, a sort).
pub(crate) fn word<T>() -> impl TypedValueParser<Value = T>
where
    T: TextEnum + Clone + Send + Sync,
{
    PossibleValuesParser::new(T::ALL.iter().map(|v| v.as_str()))
        .try_map(|text| T::parse_text(&text))
}

/// `--algorithm ed25519|hmac`.
pub(crate) fn algorithm() -> impl TypedValueParser<Value = Algorithm> {
    PossibleValuesParser::new(["ed25519", "hmac"]).try_map(|text| {
        Algorithm::from_name(&text).ok_or_else(|| format!("'{text}' is not ed25519 or hmac"))
    })
}

/// The policies of a plan or a license (docs/policies.md): a plan's are
/// kept on each license it issues; a license's override its plan's.
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// What a license's expiry counts from [default: issue]
    #[arg(long, value_parser = word::<ExpiryBasis>())]
    pub expiry_basis: Option<ExpiryBasis>,
    /// What an expired license does [default: restrict]
    #[arg(long, value_parser = word::<OnExpiry>())]
    pub on_expiry: Option<OnExpiry>,
    /// What a renewal's period counts from [default: expiry]
    #[arg(long, value_parser = word::<RenewFrom>())]
    pub renew_from: Option<RenewFrom>,
    /// A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)
    #[arg(long = "meter", value_name = "NAME=LIMIT[/month]")]
    pub meters: Vec<String>,
    /// How far past its limit a meter may count [default: none]
    #[arg(long, value_parser = word::<Overage>())]
    pub overage: Option<Overage>,
    /// How widely a machine may be active at once [default: license]
    #[arg(long, value_parser = word::<MachineScope>())]
    pub machine_scope: Option<MachineScope>,
}

impl PolicyArgs {
    /// The policies as a request gives them.
    pub fn input(&self) -> Result<PolicyInput> {
        Ok(PolicyInput {
            expiry_basis: self.expiry_basis,
            on_expiry: self.on_expiry,
            renew_from: self.renew_from,
            machine_scope: self.machine_scope,
            meters: LicensePolicy::parse_meters(&self.meters)?,
            overage: self.overage,
        })
    }

    /// The change of a plan's policies, with the meters it removes.
    pub fn change(self, remove_meters: Vec<String>) -> Result<PolicyChange> {
        Ok(PolicyChange {
            expiry_basis: self.expiry_basis,
            on_expiry: self.on_expiry,
            renew_from: self.renew_from,
            machine_scope: self.machine_scope,
            meters: LicensePolicy::parse_meters(&self.meters)?,
            remove_meters,
            overage: self.overage,
        })
    }
}

/// `--key-file` of the commands that sign.
#[derive(Debug, Args)]
pub struct KeyFileArg {
    /// Sign with this PKCS#8 PEM key (or JWK) instead of the key store
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

/// `--feature` (replace all), `--add-feature`, `--remove-feature` of updates.
#[derive(Debug, Args)]
pub struct FeatureArgs {
    /// Replace the features with these (repeatable)
    #[arg(long = "feature", value_name = "F")]
    pub set: Vec<String>,
    /// Add a feature (repeatable)
    #[arg(long = "add-feature", value_name = "F")]
    pub add: Vec<String>,
    /// Remove a feature (repeatable)
    #[arg(long = "remove-feature", value_name = "F")]
    pub remove: Vec<String>,
}

impl FeatureArgs {
    pub fn edit(&self) -> FeatureEdit {
        FeatureEdit {
            set: (!self.set.is_empty()).then(|| self.set.clone()),
            add: self.add.clone(),
            remove: self.remove.clone(),
        }
    }
}

/// `--page` and `--limit` of every list.
#[derive(Debug, Args)]
pub struct PageArgs {
    /// Page to show, from 1 [default: 1]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub page: Option<u32>,
    /// Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: Option<u32>,
}

impl PageArgs {
    pub fn request(&self) -> PageRequest {
        let default = PageRequest::default();
        PageRequest {
            page: self.page.unwrap_or(default.page),
            limit: self.limit.unwrap_or(default.limit),
        }
    }

    /// Whether the list is wanted whole: `-q` (one value a line, for
    /// `xargs`) with neither `--page` nor `--limit`.
    pub fn whole(&self, quiet: bool) -> bool {
        quiet && self.page.is_none() && self.limit.is_none()
    }

    /// The page asked for, or every row when the list is wanted whole.
    pub fn request_or_whole(&self, quiet: bool) -> PageRequest {
        if self.whole(quiet) {
            PageRequest {
                page: 1,
                limit: u32::MAX,
            }
        } else {
            self.request()
        }
    }
}
