//! The service's settings, resolved once at start from the config's
//! `[serve]` table and the flags: every value checked, so a bad config is
//! one clear error before anything listens.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::app::Context;
use crate::app::config::{RateLimits, ServeConfig};
use crate::domain::time::Period;
use crate::error::{Error, Result};
use crate::keystore::KeyStoreKind;
use crate::service::Policy;

/// Everything `keywright serve` runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: String,
    pub tls: Option<(PathBuf, PathBuf)>,
    /// The database: a SQLite file or a PostgreSQL database.
    pub db: crate::store::location::Location,
    /// Where markers of secrets being stored are kept (see `Context`).
    pub pending_beside: PathBuf,
    pub key_dir: PathBuf,
    pub key_store: KeyStoreKind,
    pub policy: Policy,
    pub trusted_proxies: Vec<IpAddr>,
    pub request_timeout: Duration,
    pub rate_limits: RateLimits,
    pub webhook_attempts: u32,
    pub webhook_timeout: Duration,
    /// Bytes for remembering which tokens' signatures held.
    pub token_cache: u64,
    /// Bytes SQLite's page caches may keep, all connections together.
    pub page_cache: u64,
    /// Bytes for remembering the licenses validations found.
    pub license_cache: u64,
    /// How many connections read at once.
    pub readers: usize,
}

/// The most connections that may read at once.
const MOST_READERS: u32 = 256;

/// A MiB in bytes.
const MIB: u64 = 1024 * 1024;

impl Settings {
    pub fn new(ctx: &Context, listen: &str, tls: Option<(PathBuf, PathBuf)>) -> Result<Settings> {
        let config: &ServeConfig = &ctx.config.serve;
        let trusted_proxies = config
            .trusted_proxies
            .iter()
            .map(|text| {
                text.parse().map_err(|_| {
                    Error::usage(format!(
                        "[serve] trusted_proxies: '{text}' is not an IP address"
                    ))
                })
            })
            .collect::<Result<Vec<IpAddr>>>()?;
        check_limits(&config.rate_limits)?;
        if config.page_cache_mib == 0 || config.page_cache_mib > 1024 * 1024 {
            return Err(Error::usage(
                "[serve] page_cache_mib must be from 1 to 1048576 (MiB)",
            ));
        }
        if config.readers.is_some_and(|n| n == 0 || n > MOST_READERS) {
            return Err(Error::usage(format!(
                "[serve] readers must be from 1 to {MOST_READERS}; leave it out for the default, four a core and at least eight"
            )));
        }
        if config.token_cache_mib > 1024 * 1024 {
            return Err(Error::usage(
                "[serve] token_cache_mib must be at most 1048576 (MiB); 0 remembers no signature",
            ));
        }
        if config.license_cache_mib > 1024 * 1024 {
            return Err(Error::usage(
                "[serve] license_cache_mib must be at most 1048576 (MiB); 0 remembers no license",
            ));
        }
        if config.webhooks.max_attempts == 0 {
            return Err(Error::usage(
                "[serve.webhooks] max_attempts must be at least 1",
            ));
        }
        Ok(Settings {
            listen: listen.to_string(),
            tls,
            db: ctx.database()?,
            pending_beside: ctx.pending_beside().to_path_buf(),
            key_dir: ctx.key_dir.clone(),
            key_store: ctx.key_store_kind(),
            policy: Policy {
                lease_seconds: seconds(&config.lease, "[serve] lease")?,
                ..ctx.config.activation.policy()?
            },
            trusted_proxies,
            request_timeout: Duration::from_secs(seconds(
                &config.request_timeout,
                "[serve] request_timeout",
            )? as u64),
            rate_limits: config.rate_limits.clone(),
            webhook_attempts: config.webhooks.max_attempts,
            webhook_timeout: Duration::from_secs(seconds(
                &config.webhooks.timeout,
                "[serve.webhooks] timeout",
            )? as u64),
            token_cache: config.token_cache_mib * MIB,
            page_cache: config.page_cache_mib * MIB,
            license_cache: config.license_cache_mib * MIB,
            readers: config.readers.map_or_else(default_readers, |n| n as usize),
        })
    }
}

/// Four connections reading at once a core, at least eight: on SQLite
/// reads overlap freely beside the writer; on PostgreSQL each reader is a
/// process of the server, and eight kept one instance and the server busy
/// on two shared cores where four left them waiting (docs/deploy.md).
fn default_readers() -> usize {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    (4 * cores).max(8)
}

fn seconds(text: &str, what: &str) -> Result<i64> {
    Period::parse_fixed(text, what)
}

fn check_limits(limits: &RateLimits) -> Result<()> {
    let all = [
        ("license_per_minute", limits.license_per_minute),
        ("license_burst", limits.license_burst),
        ("address_per_minute", limits.address_per_minute),
        ("address_burst", limits.address_burst),
        ("api_key_per_minute", limits.api_key_per_minute),
        ("api_key_burst", limits.api_key_burst),
    ];
    match all.iter().find(|(_, value)| *value == 0) {
        Some((name, _)) => Err(Error::usage(format!(
            "[serve.rate_limits] {name} must be at least 1"
        ))),
        None => Ok(()),
    }
}
