//! What every command handler receives: the merged settings (flags, env,
//! config, defaults), the printer, the actor and origin for audit entries,
//! tenant resolution and confirmation prompts.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::config::{self, Config};
use crate::domain::time;
use crate::error::{Error, Result};
use crate::keystore::{KeyStore, KeyStoreKind};
use crate::output::{Format, Printer};
use crate::service::{Policy, Session, sealing};

use crate::store::location::{Location, locate};
use crate::store::postgres::Target;
use crate::store::{Store, Tenant, Tx, waiting};

pub struct Context {
    pub config: Config,
    pub config_path: PathBuf,
    /// The SQLite file of this run (see [`Context::sqlite_file`]).
    db_path: PathBuf,
    /// The PostgreSQL database `--db` names, if it names one.
    postgres: Option<Target>,
    /// The folder of the file key store.
    pub key_dir: PathBuf,
    /// Whether that folder was named (`KEYWRIGHT_KEY_DIR` or `key_dir`)
    /// rather than taken beside the database.
    pub key_dir_named: bool,
    tenant_flag: Option<String>,
    pub printer: Printer,
    pub yes: bool,
    pub actor: String,
    /// `--actor` as typed on the command line: the filter of audit lists.
    pub actor_filter: Option<String>,
    pub origin: String,
    /// The time of this command; every row it writes carries it.
    pub now: i64,
    key_store: KeyStore,
    policy: Policy,
    /// The options this context was made from, to make it again.
    global: Options,
}

/// The options of a run, as the front end read them (flags, else the
/// environment); the config file and the defaults fill in the rest.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub db: Option<PathBuf>,
    pub tenant: Option<String>,
    pub format: Option<Format>,
    /// Shorthand for the JSON format.
    pub json: bool,
    pub quiet: bool,
    pub yes: bool,
    pub actor: Option<String>,
    /// Whether the actor was typed as an option (not from the environment):
    /// it is then also the filter of audit lists.
    pub actor_typed: bool,
    pub config: Option<PathBuf>,
}

/// How long this process waits for another's write: `KEYWRIGHT_LOCK_WAIT`,
/// then the config's `lock_wait`, then 10 minutes.
fn configure_lock_wait(config: &Config) -> Result<()> {
    let text = std::env::var("KEYWRIGHT_LOCK_WAIT")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| config.lock_wait.clone());
    let limit = match text {
        Some(text) => std::time::Duration::from_secs(
            crate::domain::time::Period::parse_fixed(&text, "lock_wait")?.unsigned_abs(),
        ),
        None => waiting::DEFAULT_LOCK_WAIT,
    };
    waiting::configure(limit, true);
    Ok(())
}

/// The folder of the file key store when one is named: `KEYWRIGHT_KEY_DIR`,
/// then the config's `key_dir` (else it is `keys/` in the database's folder).
fn named_key_dir(config: &Config) -> Option<PathBuf> {
    std::env::var_os("KEYWRIGHT_KEY_DIR")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| config.key_dir.clone())
}

impl Context {
    pub fn new(global: Options) -> Result<Context> {
        let options = global.clone();
        let config_path = match global.config {
            Some(path) => path,
            None => config::default_config_path()?,
        };
        let config = Config::load(&config_path)?;
        if global
            .tenant
            .as_deref()
            .is_some_and(|t| t.trim().is_empty())
        {
            return Err(Error::usage(
                "--tenant is empty; give a tenant's slug, or leave the flag out to use the default tenant",
            ));
        }
        let given = global.db.or_else(|| config.db.clone());
        let (file, postgres) = match given.map(|db| locate(&db)).transpose()? {
            Some(Location::File(db)) => (Some(db), None),
            Some(Location::Postgres(target)) => (None, Some(target)),
            None => (None, None),
        };
        let (db_path, data_dir) = match file {
            Some(db) => {
                let data_dir = db.parent().map(PathBuf::from).unwrap_or_default();
                (db, data_dir)
            }
            None => {
                let data_dir = config::default_data_dir()?;
                (data_dir.join("keywright.db"), data_dir)
            }
        };
        let format = if global.json {
            Format::Json
        } else {
            global.format.or(config.format).unwrap_or(Format::Table)
        };
        let named = named_key_dir(&config);
        let key_dir_named = named.is_some();
        let key_dir = named.unwrap_or_else(|| data_dir.join("keys"));
        let key_store =
            KeyStore::new(config.key_store.unwrap_or_default(), &key_dir).noting_pending(&db_path);
        let policy = config.activation.policy()?;
        configure_lock_wait(&config)?;
        Ok(Context {
            key_store,
            policy,
            printer: Printer::new(format, global.quiet),
            tenant_flag: global.tenant,
            yes: global.yes,
            actor_filter: global.actor.clone().filter(|_| global.actor_typed),
            actor: global
                .actor
                .filter(|a| !a.trim().is_empty())
                .unwrap_or_else(os_user),
            origin: gethostname::gethostname().to_string_lossy().into_owned(),
            now: time::now(),
            config,
            config_path,
            db_path,
            postgres,
            key_dir,
            key_dir_named,
            global: options,
        })
    }

    /// The context made again from the same options, reading the config
    /// file anew (after `init` wrote it).
    pub fn reloaded(&self) -> Result<Context> {
        Context::new(self.global.clone())
    }

    pub fn key_store_kind(&self) -> KeyStoreKind {
        self.config.key_store.unwrap_or_default()
    }

    /// The configured key store (`key_store` in the config).
    pub fn key_store(&self) -> &KeyStore {
        &self.key_store
    }

    /// The session of this command: its actor, host, time and keys.
    pub fn session(&self) -> Session<'_> {
        self.session_with(None)
    }

    /// The session of a command that may sign with `--key-file`.
    pub fn session_with<'a>(&'a self, key_file: Option<&'a Path>) -> Session<'a> {
        Session {
            actor: self.actor.clone(),
            origin: self.origin.clone(),
            now: self.now,
            keys: &self.key_store,
            key_file,
            policy: &self.policy,
        }
    }

    /// Opens the existing database, with its sealing key from the key
    /// store (docs/threat-model.md).
    pub fn open_store(&self) -> Result<Store> {
        let mut store = Store::open_at(&self.database()?)?;
        sealing::attach(&mut store, &self.key_store)?;
        Ok(store)
    }

    /// The tenant for this command: flag or env, then config, then the only
    /// one. Tables show instants in its time zone from then on.
    pub fn resolve_tenant(&self, tx: &Tx<'_>) -> Result<Tenant> {
        let tenant = self.find_tenant(tx)?;
        self.show_times_of(&tenant);
        Ok(tenant)
    }

    /// Tables show instants in this tenant's time zone.
    pub fn show_times_of(&self, tenant: &Tenant) {
        if let Ok(zone) = time::parse_timezone(&tenant.timezone) {
            self.printer.show_times_in(zone);
        }
    }

    fn find_tenant(&self, tx: &Tx<'_>) -> Result<Tenant> {
        let wanted = self
            .tenant_flag
            .clone()
            .or_else(|| self.config.default_tenant.clone());
        let tenants = tx.tenants()?;
        let slugs = || {
            tenants
                .iter()
                .map(|t| t.slug())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match wanted {
            Some(slug) => tenants.iter().find(|t| t.slug() == slug).cloned().ok_or_else(|| {
                if tenants.is_empty() {
                    no_tenant_yet()
                } else {
                    Error::usage(format!(
                        "there is no tenant '{slug}'; the tenants are: {}; pass one with --tenant",
                        slugs()
                    ))
                }
            }),
            None => match tenants.as_slice() {
                [only] => Ok(only.clone()),
                [] => Err(no_tenant_yet()),
                _ => Err(Error::usage(format!(
                    "more than one tenant exists ({}); pass --tenant SLUG, set KEYWRIGHT_TENANT, or run `keywright tenant use SLUG`",
                    slugs()
                ))),
            },
        }
    }

    /// Asks before a change; `--yes` answers for the user. Without a terminal
    /// and without `--yes` it refuses rather than guess.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(Error::usage(format!(
                "{question}: this needs confirmation and there is no terminal to ask; pass --yes to confirm"
            )));
        }
        eprint!("{question}? [y/N] ");
        std::io::stderr().flush().ok();
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|e| Error::runtime(format!("could not read the answer: {e}")))?;
        if matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
            Ok(())
        } else {
            Err(Error::usage("cancelled; nothing was changed"))
        }
    }
}

impl Context {
    /// The PostgreSQL database `--db` names, if it names one.
    pub fn postgres(&self) -> Option<&Target> {
        self.postgres.as_ref()
    }

    /// The database of this run: the PostgreSQL database `--db` names, or
    /// the SQLite file, which must exist.
    pub fn database(&self) -> Result<Location> {
        match &self.postgres {
            Some(target) => Ok(Location::Postgres(target.clone())),
            None => Ok(Location::File(self.existing_db_path()?.to_path_buf())),
        }
    }

    /// The SQLite file of this run, for what only a file has (`db backup`).
    pub fn sqlite_file(&self) -> Result<&Path> {
        match &self.postgres {
            None => Ok(&self.db_path),
            Some(target) => Err(crate::store::postgres::no_file_backup(&target.shown())),
        }
    }

    /// Where markers of secrets being stored are kept: beside the SQLite
    /// file, or beside where it would be for a PostgreSQL database.
    pub fn pending_beside(&self) -> &Path {
        &self.db_path
    }

    /// The database path, when a file is there; else an error naming the
    /// command that makes it (`keywright --db PATH init` when a path was
    /// chosen). Every command that needs the database starts here.
    pub fn existing_db_path(&self) -> Result<&Path> {
        self.sqlite_file()?;
        if self.db_path.exists() {
            return Ok(&self.db_path);
        }
        let path = self.db_path.display();
        let chosen = self.global.db.is_some() || self.config.db.is_some();
        let init = if chosen {
            format!("keywright --db {path} init")
        } else {
            "keywright init".to_string()
        };
        Err(Error::usage(format!(
            "there is no keywright database at {path}; create it with `{init}`, or check the path"
        )))
    }
}

fn no_tenant_yet() -> Error {
    Error::usage(
        "no tenant exists yet; create one with `keywright tenant create \"Your Company Ltd\"`, or run `keywright init` on a terminal to be guided",
    )
}

/// The OS user: `USER` (or `LOGNAME`, `USERNAME`) as the shell gives it,
/// else the account the process runs as, asked of the OS (a cron job or a
/// container often has no `USER`), else its numeric id.
fn os_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .or_else(|| whoami::username().ok().filter(|n| !n.trim().is_empty()))
        .unwrap_or_else(|| format!("uid {}", rustix::process::getuid().as_raw()))
}
