//! `keywright api-key create|list|revoke`: keys for the license service.
//! The secret is printed once, at creation; only its hash is kept.

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{read, word, write};
use crate::app::Context;
use crate::domain::state::Role;
use crate::error::{Outcome, Result};
use crate::service::api_key;
use crate::store::ApiKey;

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Make a key: validator (safe to embed in an application), reader or admin
    Create(CreateArgs),
    /// List the tenant's keys (never their secrets)
    List,
    /// Revoke a key for good
    Revoke {
        /// The key's id, as `list` shows it (kw_ and 8 characters)
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// validator: validate, activate, check in; reader: and read; admin: and change
    #[arg(long, value_parser = word::<Role>())]
    pub role: Role,
    /// A name for the audit log and the list [default: the key's id]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// Last day the key works, YYYY-MM-DD, in the tenant's time zone
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub expires: Option<String>,
}

/// A new key as printed: the only time its secret is shown.
#[derive(Serialize)]
struct Created<'a> {
    #[serde(flatten)]
    key: &'a ApiKey,
    secret: &'a str,
}

impl ApiKeyCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            ApiKeyCommand::Create(args) => create(args, ctx),
            ApiKeyCommand::List => {
                let keys = read(ctx, |scope, _| scope.api_keys(ctx.now))?;
                ctx.printer.all(&keys, |k| k.id.clone())?;
                Ok(Outcome::Success)
            }
            ApiKeyCommand::Revoke { id } => {
                let session = ctx.session();
                let key = write(ctx, |scope, _| api_key::revoke(&session, scope, &id))?;
                ctx.printer.record(&key, &key.id)?;
                Ok(Outcome::Success)
            }
        }
    }
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Outcome> {
    let session = ctx.session();
    let created = write(ctx, |scope, tenant| {
        let (name, expires) = (args.name.as_deref(), args.expires.as_deref());
        api_key::create(&session, scope, tenant, args.role, name, expires)
    })?;
    let shown = Created {
        key: &created.key,
        secret: &created.secret,
    };
    ctx.printer.record(&shown, &created.secret)?;
    ctx.printer
        .note("this is the only time the key is shown: keep it now; keywright keeps only its hash");
    Ok(Outcome::Success)
}
