//! `keywright email …`: how the tenant's license emails go out (SMTP, the
//! password from stdin into the key store), a test message, and the
//! outbox: what was queued, sent, or failed after its retries
//! (docs/billing.md).

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use super::{read, word, write_storing_secrets};
use crate::app::Context;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::error::{Error, Fix, Outcome, Result};
use crate::service::email::{self, Rendered, Setup};
use crate::store::email::EmailStatus;

#[derive(Debug, Subcommand)]
pub enum EmailCommand {
    /// Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin
    Setup(SetupArgs),
    /// Send a test message now, and say whether the server took it
    Test {
        /// Where to send it
        address: String,
    },
    /// List queued emails, newest first
    List(ListArgs),
    /// Send every pending email now, without waiting for its next attempt
    Deliver,
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// smtps://USER@HOST:PORT (TLS), or smtp://USER@HOST:PORT (STARTTLS; without TLS only to a loopback address)
    #[arg(long, value_name = "URL")]
    pub smtp: String,
    /// The sender, e.g. "Acme Licensing <licenses@acme.example>"
    #[arg(long, value_name = "ADDRESS")]
    pub from: String,
    /// The tenant's own template: a `Subject: ...` line, an empty line, the body; placeholders {{key}}, {{token}}, {{expires}}, {{product}}, {{plan}}, {{customer}}, {{tenant}}
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only emails in this state
    #[arg(long, value_parser = word::<EmailStatus>())]
    pub status: Option<EmailStatus>,
    /// How many to show, 1 to 1000
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: u32,
}

impl EmailCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            EmailCommand::Setup(args) => setup(ctx, args),
            EmailCommand::Test { address } => test(ctx, &address),
            EmailCommand::Deliver => {
                let mut store = ctx.open_store()?;
                let (sent, failed) = email::deliver_due(&mut store, ctx.key_store(), i64::MAX)?;
                if failed > 0 {
                    return Err(Error::runtime(format!(
                        "{failed} of {} emails were not taken by the SMTP server; see why with `keywright email list --status pending`",
                        sent + failed
                    )));
                }
                ctx.printer.note(&format!("{sent} sent"));
                Ok(Outcome::Success)
            }
            EmailCommand::List(args) => {
                let emails = read(ctx, |scope, _| scope.emails(args.status, args.limit))?;
                ctx.printer.all(&emails, |e| e.id.to_string())?;
                Ok(Outcome::Success)
            }
        }
    }
}

fn setup(ctx: &Context, args: SetupArgs) -> Result<Outcome> {
    let template = args
        .template
        .as_deref()
        .map(|path| crate::app::input::read_text(path, 64 * 1024))
        .transpose()?;
    let names_user = !email::smtp_url(&args.smtp)?.username().is_empty();
    let password = if names_user {
        Some(read_password()?)
    } else {
        None
    };
    let request = Setup {
        smtp_url: args.smtp,
        from: args.from,
        password,
        template,
    };
    let session = ctx.session();
    let settings = write_storing_secrets(ctx, |tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        let scope = tx.scope(&tenant)?;
        let settings = email::setup(&session, &scope, &tenant, &request)?;
        scope.append_audit(&session.audit(
            AuditAction::EmailSetUp,
            TargetKind::Tenant,
            tenant.slug(),
            serde_json::json!({
                "smtp": settings.smtp_url, "from": settings.from_address,
                "password": settings.password_kid.is_some(), "template": settings.template.is_some(),
            }),
        ))?;
        Ok(settings)
    })?;
    ctx.printer.record(&settings, &settings.smtp_url)?;
    Ok(Outcome::Success)
}

/// The SMTP password, from stdin (never from a flag: it would be seen by
/// every user of the machine).
fn read_password() -> Result<Zeroizing<String>> {
    if std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "give the SMTP password on stdin, e.g. `keywright email setup … < smtp-password.txt`",
        ));
    }
    let mut text = Zeroizing::new(String::new());
    std::io::stdin()
        .take(4096)
        .read_to_string(&mut text)
        .map_err(|e| Error::runtime(format!("could not read stdin: {e}")))?;
    let password = Zeroizing::new(text.trim_end_matches(['\r', '\n']).to_string());
    if password.is_empty() {
        return Err(Error::usage(
            "the SMTP URL names a user, so give its password on stdin",
        ));
    }
    Ok(password)
}

fn test(ctx: &Context, address: &str) -> Result<Outcome> {
    let (tenant, settings) = read(ctx, |scope, tenant| {
        let settings = scope.email_settings()?.ok_or_else(|| {
            Error::refused(
                format!("tenant '{}' has no email set up", tenant.slug()),
                Fix::SetUpEmail,
            )
        })?;
        Ok((tenant.clone(), settings))
    })?;
    let rendered = Rendered {
        subject: format!("keywright test message from {}", tenant.name),
        body: "This message shows that keywright can send the license emails of this tenant.\n"
            .into(),
    };
    email::deliver(
        ctx.key_store(),
        &tenant,
        &settings,
        address,
        &rendered,
        None,
    )
    .map_err(Error::runtime)?;
    ctx.printer.note(&format!(
        "the SMTP server took the test message to {address}"
    ));
    Ok(Outcome::Success)
}
