//! `keywright webhooks list`: the tenant's webhook outbox — what the
//! service has queued, delivered, or given up on after its retries.

use clap::{Args, Subcommand};

use super::{read, word};
use crate::app::Context;
use crate::error::{Outcome, Result};
use crate::store::WebhookStatus;

#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// List webhooks, newest first
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only webhooks in this state
    #[arg(long, value_parser = word::<WebhookStatus>())]
    pub status: Option<WebhookStatus>,
    /// How many to show, 1 to 1000
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: u32,
}

impl WebhooksCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            WebhooksCommand::List(args) => {
                let webhooks = read(ctx, |scope, _| scope.webhooks(args.status, args.limit))?;
                ctx.printer.all(&webhooks, |w| w.id.to_string())?;
                Ok(Outcome::Success)
            }
        }
    }
}
