//! The config file (TOML): `db`, `default_tenant`, `format`, `key_store`.
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
