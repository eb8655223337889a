//! The command-line definition: global options and the top-level commands.
//! Each noun's subcommands are defined beside their handler in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands;
use crate::output::Format;

#[derive(Debug, Parser)]
#[command(
    name = "keywright",
    version,
    about = "License keys, signed license tokens and a tamper-evident audit log, kept in a local SQLite file.",
    long_about = "License keys, signed license tokens and a tamper-evident audit log, kept in a local SQLite file.\n\n\
        keywright keeps tenants, products, plans, customers, licenses and machine activations in one \
        SQLite database; mints license keys and Ed25519-signed license tokens (standard JWTs) that \
        applications verify offline; serves activation, validation and check-in over HTTP \
        (`keywright serve`) and the same loop by file for machines without a network; and records \
        every change in a hash-chained audit log. Signing secrets live in the OS keyring or in \
        0600 files, never in the database.",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]
    #[arg(
        long,
        global = true,
        env = "KEYWRIGHT_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// The tenant to act for [default: config's default_tenant, or the only tenant]
    #[arg(
        short = 't',
        long,
        global = true,
        env = "KEYWRIGHT_TENANT",
        hide_env_values = true,
        value_name = "SLUG"
    )]
    pub tenant: Option<String>,
    /// Output format: table, json or csv (key export: pem, jwk, jwks or raw)
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Shorthand for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,
    /// Print only the essential value (a key, a token, a slug)
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Answer yes to confirmations
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Who is acting, for the audit log [default: the OS user name]; with
    /// `audit list` and `export audit`, only entries by this actor
    #[arg(
        long,
        global = true,
        env = "KEYWRIGHT_ACTOR",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub actor: Option<String>,
    /// Whether `--actor` was typed on the command line (not from the environment).
    #[arg(skip)]
    pub actor_typed: bool,
    /// The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]
    #[arg(
        long,
        global = true,
        env = "KEYWRIGHT_CONFIG",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub config: Option<PathBuf>,
}

impl From<GlobalArgs> for crate::app::Options {
    fn from(global: GlobalArgs) -> Self {
        crate::app::Options {
            db: global.db,
            tenant: global.tenant,
            format: global.format,
            json: global.json,
            quiet: global.quiet,
            yes: global.yes,
            actor: global.actor,
            actor_typed: global.actor_typed,
            config: global.config,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database and the config file (safe to run again)
    Init(commands::init::InitArgs),
    /// Manage tenants: the vendor companies whose licenses this database holds
    #[command(subcommand)]
    Tenant(commands::tenant::TenantCommand),
    /// Manage signing keys: generate, rotate, list, export, import
    #[command(subcommand)]
    Key(commands::key::KeyCommand),
    /// Manage products and their known features
    #[command(subcommand)]
    Product(commands::product::ProductCommand),
    /// Manage plans: per-product defaults for licenses
    #[command(subcommand)]
    Plan(commands::plan::PlanCommand),
    /// Manage customers
    #[command(subcommand)]
    Customer(commands::customer::CustomerCommand),
    /// Issue, list and show licenses; manage their machines
    #[command(subcommand)]
    License(commands::license::LicenseCommand),
    /// Play a machine without a network: make its activation requests and deactivation proofs
    #[command(subcommand)]
    Machine(commands::machine::MachineCommand),
    /// Check a license against the database
    Validate(commands::validate::ValidateArgs),
    /// Check tokens offline, with a public key, a JWKS, a secret or the tenant's keys
    Verify(commands::verify::VerifyArgs),
    /// Mint a token from claims with a key from a file or the environment; no database
    Sign(commands::sign::SignArgs),
    /// Export licenses, customers, products or the audit log as CSV or JSON
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    /// Export the signed revocation list for offline verifiers
    #[command(subcommand)]
    Revocations(commands::revocations::RevocationsCommand),
    /// Read and verify the tamper-evident audit log
    #[command(subcommand)]
    Audit(commands::audit::AuditCommand),
    /// Check the schema, every license against its token, the audit chain, the signing keys and the key store
    Doctor(commands::doctor::DoctorArgs),
    /// Run the license service over HTTP: validation, activation, check-in, and an admin API
    Serve(commands::serve::ServeArgs),
    /// Make, list and revoke API keys of the license service
    #[command(subcommand, name = "api-key")]
    ApiKey(commands::api_key::ApiKeyCommand),
    /// The database itself: its status, and a consistent backup while it is in use
    #[command(subcommand)]
    Db(commands::db::DbCommand),
    /// Show the webhooks the service has queued, delivered or given up on
    #[command(subcommand)]
    Webhooks(commands::webhooks::WebhooksCommand),
    /// Payments drive licenses: connect Stripe, map prices, see and apply events
    #[command(subcommand)]
    Billing(commands::billing::BillingCommand),
    /// License emails: how they go out, a test message, the outbox
    #[command(subcommand)]
    Email(commands::email::EmailCommand),
    /// Print a shell completion script
    Completions(super::completions::CompletionsArgs),
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
