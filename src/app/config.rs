//! The config file (TOML): `db`, `default_tenant`, `format`, `key_store`,
//! `lock_wait`,
//! and the tables `[activation]` and `[serve]` (with `[serve.rate_limits]`
//! and `[serve.webhooks]`).
//! Layering is defaults, then this file, then environment, then flags; the
//! last two are resolved by clap, the merge happens in `Context::new`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::keystore::KeyStoreKind;
use crate::output::Format;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub db: Option<PathBuf>,
    pub default_tenant: Option<String>,
    pub format: Option<Format>,
    pub key_store: Option<KeyStoreKind>,
    /// The folder of the file key store (`KEYWRIGHT_KEY_DIR` overrides it);
    /// by default `keys/` beside the database.
    pub key_dir: Option<PathBuf>,
    /// How long a command waits for another's write to finish, e.g. 10m.
    pub lock_wait: Option<String>,
    #[serde(default)]
    pub activation: ActivationConfig,
    #[serde(default)]
    pub serve: ServeConfig,
}

/// `[activation]`: rules for machine activations, everywhere.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActivationConfig {
    /// Activations plus deactivations a license may make in 24 hours, per seat.
    pub changes_per_seat_per_day: u32,
    /// How old an activation request or deactivation proof file may be, e.g. 7d.
    pub request_max_age: String,
    /// How long a machine license of a license that limits machines lasts
    /// before the machine checks in by file again, unless its plan or the
    /// license says otherwise, e.g. 30d.
    pub offline_lease: String,
}

impl Default for ActivationConfig {
    fn default() -> Self {
        ActivationConfig {
            changes_per_seat_per_day: 10,
            request_max_age: "7d".into(),
            offline_lease: "30d".into(),
        }
    }
}

impl ActivationConfig {
    /// The rules of activations, checked.
    pub fn policy(&self) -> Result<crate::service::Policy> {
        let max_age = crate::domain::time::Period::parse_fixed(
            &self.request_max_age,
            "[activation] request_max_age",
        )?;
        let offline_lease = crate::domain::time::Period::parse_fixed(
            &self.offline_lease,
            "[activation] offline_lease",
        )?;
        Ok(crate::service::Policy {
            churn_per_seat: self.changes_per_seat_per_day,
            request_max_age: max_age,
            offline_lease_seconds: offline_lease,
            ..crate::service::Policy::default()
        })
    }
}

/// `[serve]`: the license service. Flags of `keywright serve` override it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServeConfig {
    pub listen: String,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<String>,
    /// How long a signed reply may be trusted offline, e.g. 24h.
    pub lease: String,
    /// The longest a request may take, e.g. 10s.
    pub request_timeout: String,
    /// The most memory, in MiB, for remembering which stored license
    /// tokens' signatures held (about 96 bytes a token; 0: remember none,
    /// check every signature).
    pub token_cache_mib: u64,
    /// The most memory, in MiB, SQLite's page caches of all the service's
    /// connections may keep together.
    pub page_cache_mib: u64,
    /// The most memory, in MiB, for remembering the licenses validations
    /// found (about 2 KiB a license; 0: read each at every validation).
    pub license_cache_mib: u64,
    /// How many connections read at once (none: four a core, at least
    /// eight).
    pub readers: Option<u32>,
    pub rate_limits: RateLimits,
    pub webhooks: WebhookConfig,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            listen: "127.0.0.1:8765".into(),
            tls_cert: None,
            tls_key: None,
            trusted_proxies: Vec::new(),
            lease: "24h".into(),
            request_timeout: "10s".into(),
            token_cache_mib: 64,
            page_cache_mib: 64,
            license_cache_mib: 128,
            readers: None,
            rate_limits: RateLimits::default(),
            webhooks: WebhookConfig::default(),
        }
    }
}

/// `[serve.rate_limits]`: token buckets, as requests a minute and a burst.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimits {
    pub license_per_minute: u32,
    pub license_burst: u32,
    pub address_per_minute: u32,
    pub address_burst: u32,
    pub api_key_per_minute: u32,
    pub api_key_burst: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            license_per_minute: 60,
            license_burst: 20,
            address_per_minute: 600,
            address_burst: 100,
            api_key_per_minute: 6000,
            api_key_burst: 1000,
        }
    }
}

/// `[serve.webhooks]`: delivery of suspicious-activity webhooks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebhookConfig {
    /// Attempts before a webhook is marked failed.
    pub max_attempts: u32,
    /// How long to wait for a receiver, e.g. 10s.
    pub timeout: String,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            max_attempts: 12,
            timeout: "10s".into(),
        }
    }
}

/// `$XDG_CONFIG_HOME/keywright/config.toml` or the platform's equivalent.
pub fn default_config_path() -> Result<PathBuf> {
    dirs::config_dir()
        .map(|dir| dir.join("keywright").join("config.toml"))
        .ok_or_else(|| Error::usage("cannot find a configuration directory; pass --config PATH"))
}

/// `$XDG_DATA_HOME/keywright` or the platform's equivalent.
pub fn default_data_dir() -> Result<PathBuf> {
    dirs::data_dir()
        .map(|dir| dir.join("keywright"))
        .ok_or_else(|| Error::usage("cannot find a data directory; pass --db PATH"))
}

impl Config {
    /// Reads the file; a missing file is the empty config.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::io("read the config file", path, &e)),
        };
        toml::from_str(&text).map_err(|e| {
            Error::usage(format!(
                "the config file {} is not valid: {}; fix it or remove it",
                path.display(),
                e.message()
            ))
        })
    }
}

/// Sets one key in the config file, keeping the others; creates the file if needed.
pub fn set_value(path: &Path, key: &str, value: &str) -> Result<()> {
    let mut table: toml::Table = match std::fs::read_to_string(path) {
        Ok(text) => text.parse().map_err(|e: toml::de::Error| {
            Error::usage(format!(
                "the config file {} is not valid: {}; fix it or remove it",
                path.display(),
                e.message()
            ))
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => toml::Table::new(),
        Err(e) => return Err(Error::io("read the config file", path, &e)),
    };
    table.insert(key.to_string(), toml::Value::String(value.to_string()));
    write_config(path, &table.to_string())
}

/// Creates the config file with `text` unless it exists; returns whether it did.
pub fn create_if_missing(path: &Path, text: &str) -> Result<bool> {
    if path.exists() {
        return Ok(false);
    }
    write_config(path, text)?;
    Ok(true)
}

fn write_config(path: &Path, text: &str) -> Result<()> {
    crate::private_fs::create_parent(path)?;
    crate::private_fs::replace(path, text.as_bytes())
}

/// The file `init` writes: every key, commented.
pub const TEMPLATE: &str = r#"# keywright configuration.
# Flags and environment variables (KEYWRIGHT_DB, KEYWRIGHT_TENANT) override it.

# Where the database lives (default: the platform's data directory).
# db = "/var/lib/keywright/keywright.db"

# The tenant used when no --tenant flag or KEYWRIGHT_TENANT is given.
# `keywright tenant use SLUG` sets it.
# default_tenant = "acme"

# Output format: table, json or csv.
# format = "table"

# Where signing secrets live: "keyring" (the OS keyring) or "file"
# (0600 files under the data directory, for servers without a keyring).
# key_store = "keyring"
# The folder of the file key store, e.g. a volume mounted from a secret
# manager (KEYWRIGHT_KEY_DIR overrides it; default: keys/ beside the database).
# key_dir = "/run/keywright-keys"

# Machine activations, for the commands and the service alike.
# [activation]
# changes_per_seat_per_day = 10   # activations + deactivations in 24 h, per seat
# request_max_age = "7d"          # how old an activation request or proof file may be

# The license service, `keywright serve` (its flags override these).
# [serve]
# listen = "127.0.0.1:8765"
# tls_cert = "/etc/keywright/cert.pem"
# tls_key = "/etc/keywright/key.pem"
# trusted_proxies = ["127.0.0.1"]   # believe X-Forwarded-For from these
# lease = "24h"                     # how long a signed reply may be trusted offline
# request_timeout = "10s"
# token_cache_mib = 64              # memory for checked token signatures (0: none)
# page_cache_mib = 64               # memory for SQLite's page caches, all connections
# license_cache_mib = 128           # memory for the licenses validations found (0: none)
# readers = 8                       # connections reading at once (default: 4 a core, at least 8)
#
# [serve.rate_limits]               # token buckets: per minute, and burst
# license_per_minute = 60
# license_burst = 20
# address_per_minute = 600          # API keys are exempt from this one
# address_burst = 100
# api_key_per_minute = 6000
# api_key_burst = 1000
#
# [serve.webhooks]
# max_attempts = 12
# timeout = "10s"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_parses_and_set_value_keeps_other_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert!(create_if_missing(&path, TEMPLATE).unwrap());
        assert!(Config::load(&path).unwrap().db.is_none());
        set_value(&path, "format", "json").unwrap();
        set_value(&path, "default_tenant", "acme").unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.format, Some(Format::Json));
        assert_eq!(config.default_tenant.as_deref(), Some("acme"));
    }

    #[test]
    fn unknown_keys_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "dbb = 'x'\n").unwrap();
        let err = Config::load(&path).unwrap_err().to_string();
        assert!(err.contains("dbb"), "{err}");
    }
}
