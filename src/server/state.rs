//! What every request handler shares: settings, the database, the cached
//! key store, the token verifier with its cache, rate limits, metrics,
//! validation counters and the webhook client.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use super::counters::Counters;
use super::db::Database;
use super::delivery::Agents;
use super::limits::Limiters;
use super::metrics::Metrics;
use super::settings::Settings;
use crate::error::Result;
use crate::keystore::KeyStore;
use crate::service::Session;
use crate::service::verifier::Verifier;

pub struct AppState {
    pub settings: Settings,
    pub db: Database,
    pub keys: KeyStore,
    pub verifier: Verifier,
    pub limits: Limiters,
    pub metrics: Metrics,
    pub counters: Counters,
    pub webhook_agents: Agents,
    /// Wakes the webhook worker when a webhook is queued.
    pub webhook_queued: Notify,
    /// Wakes the email worker when an email is queued.
    pub email_queued: Notify,
    /// Usage reports waiting for their transaction.
    pub usage: super::usage_queue::UsageQueue,
    /// When each license was last reported for going over its rate limit.
    pub bursts: Mutex<HashMap<String, Instant>>,
    /// Revocation lists already made: by tenant, the list and its keys.
    pub revocation_lists: Mutex<HashMap<String, CachedList>>,
    pub id_prefix: u32,
}

/// A signed revocation list kept to be served again while it is current.
#[derive(Clone)]
pub struct CachedList {
    pub revoked: Vec<String>,
    pub made: Instant,
    pub body: serde_json::Value,
}

impl AppState {
    pub fn new(settings: Settings) -> Result<AppState> {
        let keys = KeyStore::new(settings.key_store, &settings.key_dir)
            .noting_pending(&settings.pending_beside)
            .cached();
        let db = Database::open(&settings, &keys)?;
        let webhook_agents = Agents::new(settings.webhook_timeout);
        let mut prefix = [0u8; 4];
        let _ = getrandom::fill(&mut prefix);
        Ok(AppState {
            limits: Limiters::new(&settings.rate_limits),
            db,
            keys,
            verifier: Verifier::cached(settings.token_cache),
            metrics: Metrics::new(),
            counters: Counters::default(),
            webhook_agents,
            webhook_queued: Notify::new(),
            email_queued: Notify::new(),
            usage: super::usage_queue::UsageQueue::default(),
            bursts: Mutex::new(HashMap::new()),
            revocation_lists: Mutex::new(HashMap::new()),
            id_prefix: u32::from_be_bytes(prefix),
            settings,
        })
    }

    /// The session of one request: its actor, the client's address, now.
    pub fn session(&self, actor: String, client: IpAddr) -> Session<'_> {
        Session {
            actor,
            origin: client.to_string(),
            now: crate::domain::time::now(),
            keys: &self.keys,
            key_file: None,
            policy: &self.settings.policy,
        }
    }

    /// Writes the validation counters gathered so far.
    pub async fn flush_counters(&self) {
        let counts = self.counters.take();
        if counts.is_empty() {
            return;
        }
        let written = self
            .db
            .write(move |tx| {
                for (tenant, counts) in counts {
                    if let Some(tenant) = tx.tenant_by_id(tenant)? {
                        tx.scope(&tenant)?.record_validations(&counts)?;
                    }
                }
                Ok(())
            })
            .await;
        if let Err(e) = written {
            tracing::warn!("validation counters were not written: {e}");
        }
    }

    /// Whether a burst of this license should be reported now (at most
    /// once a minute per license).
    pub fn report_burst(&self, license: &str) -> bool {
        let mut bursts = self.bursts.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        bursts.retain(|_, at| now.duration_since(*at) < Duration::from_secs(60));
        if bursts.contains_key(license) {
            return false;
        }
        bursts.insert(license.to_string(), now);
        true
    }
}
