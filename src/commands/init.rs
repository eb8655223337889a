//! `keywright init`: create the database and the config file; safe to
//! repeat. (On a terminal the command line then offers the guided first
//! run: `cli::first_run`.)

use clap::Args;
use serde::Serialize;

use crate::app::{Context, config};
use crate::error::{Outcome, Result};
use crate::keystore::{KeyStore, KeyStoreKind};
use crate::service::sealing;
use crate::store::Store;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where signing secrets will live: the OS keyring or 0600 files
    #[arg(long, value_enum, value_name = "STORE")]
    pub key_store: Option<KeyStoreKind>,
}

#[derive(Serialize)]
struct Initialised {
    database: String,
    config: String,
    schema_version: i64,
    key_store: &'static str,
    config_created: bool,
}

pub fn run(args: InitArgs, ctx: &Context) -> Result<Outcome> {
    let db_path = ctx.pending_beside();
    let config_created = config::create_if_missing(&ctx.config_path, config::TEMPLATE)?;
    let key_store = args.key_store.unwrap_or_else(|| ctx.key_store_kind());
    if let Some(kind) = args.key_store {
        config::set_value(&ctx.config_path, "key_store", kind.name())?;
    }
    let mut store = match ctx.postgres() {
        Some(target) => Store::open_postgres(target.clone(), true)?,
        None => Store::create_or_open(db_path)?,
    };
    // The key store just chosen keeps the database's sealing key.
    let keys = KeyStore::new(key_store, &ctx.key_dir).noting_pending(db_path);
    sealing::attach(&mut store, &keys)?;
    let shown = Initialised {
        database: store.shown(),
        config: ctx.config_path.display().to_string(),
        schema_version: crate::store::SCHEMA_VERSION,
        key_store: key_store.name(),
        config_created,
    };
    ctx.printer.record(&shown, &shown.database)?;
    Ok(Outcome::Success)
}
