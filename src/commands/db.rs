//! `keywright db …`: the database itself — which backend keeps it, what it
//! holds and where its keys come from (`status`), a consistent copy taken
//! while commands and the service go on writing (`backup`), and the whole
//! database carried into PostgreSQL (`copy`).

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::app::Context;
use crate::error::{Error, Outcome, Result};
use crate::keystore::{KeyStore, KeyStoreKind, from_environment_name};
use crate::output::counter;
use crate::private_fs;
use crate::service::copy::copy_to_postgres;
use crate::service::sealing;
use crate::store::SCHEMA_VERSION;
use crate::store::Store;
use crate::store::location::{Location, locate};
use crate::store::postgres::PostgresStore;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Show the backend, the schema version, how many rows each kind of record has, and where the keys come from
    Status,
    /// Copy the database as it is at one instant, while commands and `serve` go on writing
    Backup(BackupArgs),
    /// Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source's seals and audit chains check out
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The database to copy into: postgres://USER@HOST:PORT/DB, empty (its schema is made on first use)
    #[arg(long, value_name = "URL")]
    pub to: PathBuf,
    /// The database to copy from: a SQLite file, sqlite:PATH or postgres://USER@HOST:PORT/DB [default: --db]
    #[arg(long, value_name = "PATH|URL")]
    pub from: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write, owner-only (mode 0600); an existing file is replaced only after confirmation (or --yes)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// What `db status` shows.
#[derive(Serialize)]
struct Status {
    backend: &'static str,
    database: String,
    /// How the connection to a database server is protected: the TLS
    /// version, or `none` (a file has no connection).
    #[serde(skip_serializing_if = "Option::is_none")]
    connection: Option<String>,
    schema_version: i64,
    /// The schema version this keywright writes.
    schema_expected: i64,
    key_store: &'static str,
    /// Where the signing keys and the sealing key are read from.
    keys: String,
    /// Rows by kind of record, in the whole database.
    #[serde(flatten)]
    counts: Map<String, Value>,
}

/// What `db backup` wrote.
#[derive(Serialize)]
struct BackedUp {
    out: String,
    bytes: u64,
}

impl DbCommand {
    pub fn run(self, ctx: &Context) -> Result<Outcome> {
        match self {
            DbCommand::Status => status(ctx),
            DbCommand::Backup(args) => backup(&args, ctx),
            DbCommand::Copy(args) => copy(&args, ctx),
        }
    }
}

fn status(ctx: &Context) -> Result<Outcome> {
    let store = ctx.open_store()?;
    let status = Status {
        backend: store.backend(),
        database: store.shown(),
        connection: store.connection()?,
        schema_version: store.schema_version()?,
        counts: by_kind(store.counts()?),
        ..Status::of(ctx)
    };
    ctx.printer.record(&status, status.backend)?;
    Ok(Outcome::Success)
}

impl Status {
    /// What the status says whatever the backend: the schema this
    /// keywright writes and where its keys come from.
    fn of(ctx: &Context) -> Status {
        Status {
            backend: "",
            database: String::new(),
            connection: None,
            schema_version: 0,
            schema_expected: SCHEMA_VERSION,
            key_store: ctx.key_store().kind().name(),
            keys: keys_come_from(ctx),
            counts: Map::new(),
        }
    }
}

fn by_kind(counts: Vec<(&'static str, i64)>) -> Map<String, Value> {
    counts
        .into_iter()
        .map(|(name, count)| (name.to_string(), Value::from(count)))
        .collect()
}

/// The key store, and a signing key given from outside when there is one.
fn keys_come_from(ctx: &Context) -> String {
    let place = ctx.key_store().place();
    match from_environment_name() {
        Some(variable) => format!("{place}; signing with the key given in {variable}"),
        None => place,
    }
}

fn backup(args: &BackupArgs, ctx: &Context) -> Result<Outcome> {
    let out = &args.out;
    ctx.sqlite_file()?;
    let store = ctx.open_store()?;
    if store.file().is_some_and(|file| same_file(out, file)) {
        return Err(Error::usage(format!(
            "{} is the database itself; give --out another file",
            out.display()
        )));
    }
    if out.is_file() {
        ctx.confirm(&format!("replace the existing file {}", out.display()))?;
    }
    let (staged, name) = private_fs::stage_named(out)?;
    store.back_up_to(&name)?;
    staged.commit()?;
    let shown = BackedUp {
        out: out.display().to_string(),
        bytes: std::fs::metadata(out).map(|m| m.len()).unwrap_or(0),
    };
    ctx.printer.note(&format!(
        "backed up the database to {} ({} bytes)",
        shown.out, shown.bytes
    ));
    if ctx.printer.format() == crate::output::Format::Json {
        ctx.printer.record(&shown, &shown.out)?;
    }
    Ok(Outcome::Success)
}

/// Whether two paths name one file (both exist and are the same).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// What `db copy` copied.
#[derive(Serialize)]
struct Copied {
    to: String,
    /// Rows by kind of record, in the target.
    #[serde(flatten)]
    counts: Map<String, Value>,
}

fn copy(args: &CopyArgs, ctx: &Context) -> Result<Outcome> {
    let Location::Postgres(target) = locate(&args.to)? else {
        return Err(Error::usage(format!(
            "--to {} names no PostgreSQL database; give postgres://USER@HOST:PORT/DB (a SQLite copy is `keywright db backup`)",
            args.to.display()
        )));
    };
    let (mut source, keys) = open_source(args, ctx)?;
    let keys = keys.as_ref().unwrap_or(ctx.key_store());
    let seal = sealing::attach(&mut source, keys)?;
    let mut copy = PostgresStore::open(target, true)?;
    let bar = counter("copying rows", ctx.printer.quiet());
    let copied = copy_to_postgres(&mut source, (keys, &seal), &mut copy, &|rows| bar.inc(rows));
    bar.finish_and_clear();
    copied?;
    let copied = Copied {
        to: copy.shown(),
        counts: by_kind(copy.counts()?),
    };
    let count = |kind: &str| copied.counts.get(kind).cloned().unwrap_or_default();
    ctx.printer.note(&format!(
        "copied {} tenants, {} licenses and {} audit entries to {}",
        count("tenants"),
        count("licenses"),
        count("audit_entries"),
        copied.to
    ));
    if ctx.printer.format() == crate::output::Format::Json {
        ctx.printer.record(&copied, &copied.to)?;
    }
    Ok(Outcome::Success)
}

/// The SQLite database to copy from: `--from`, else the run's database;
/// with the key store that keeps its keys when it is not the run's (the
/// file key store beside `--from`, unless a key folder is named).
fn open_source(args: &CopyArgs, ctx: &Context) -> Result<(Store, Option<KeyStore>)> {
    let Some(from) = &args.from else {
        return Ok((Store::open_at(&ctx.database()?)?, None));
    };
    match locate(from)? {
        Location::File(path) if path.is_file() => {
            let beside =
                (ctx.key_store_kind() == KeyStoreKind::File && !ctx.key_dir_named).then(|| {
                    let folder = path.parent().unwrap_or(Path::new(".")).join("keys");
                    KeyStore::new(KeyStoreKind::File, &folder).noting_pending(&path)
                });
            Ok((Store::open_existing(&path)?, beside))
        }
        Location::File(path) => Err(Error::usage(format!(
            "--from {}: there is no keywright database there; check the path",
            path.display()
        ))),
        Location::Postgres(source) => Ok((Store::open_postgres(source, false)?, None)),
    }
}
