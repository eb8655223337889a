//! Rate limits (docs/service.md): token buckets per license key, per client
//! address and per API key, from `[serve.rate_limits]`. Over a limit a
//! client gets 429 with `Retry-After`, never a wrong answer.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use super::error::ApiError;
use crate::app::config::RateLimits;

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>;

/// One bucket per key, and how to name its limit.
struct Bucket<K: Hash + Eq + Clone> {
    limiter: Keyed<K>,
    what: String,
}

impl<K: Hash + Eq + Clone> Bucket<K> {
    fn new(per_minute: u32, burst: u32, what: &str) -> Bucket<K> {
        let rate = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        Bucket {
            limiter: RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst)),
            what: format!("{per_minute} requests a minute {what}"),
        }
    }

    fn check(&self, key: &K) -> Result<(), ApiError> {
        self.limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            ApiError::rate_limited(
                format!(
                    "too many requests: the limit is {}; try again in {seconds} s",
                    self.what
                ),
                seconds.max(1),
            )
        })
    }
}

pub struct Limiters {
    license: Bucket<String>,
    address: Bucket<IpAddr>,
    api_key: Bucket<String>,
}

impl Limiters {
    pub fn new(rates: &RateLimits) -> Limiters {
        Limiters {
            license: Bucket::new(rates.license_per_minute, rates.license_burst, "per license"),
            address: Bucket::new(rates.address_per_minute, rates.address_burst, "per address"),
            api_key: Bucket::new(rates.api_key_per_minute, rates.api_key_burst, "per API key"),
        }
    }

    /// Requests about one license of one tenant (`TENANT/KEY`).
    pub fn license(&self, tenant_and_key: &str) -> Result<(), ApiError> {
        self.license.check(&tenant_and_key.to_string())
    }

    /// Requests from one client address without an API key.
    pub fn address(&self, address: IpAddr) -> Result<(), ApiError> {
        self.address.check(&address)
    }

    /// Requests made with one API key.
    pub fn api_key(&self, id: &str) -> Result<(), ApiError> {
        self.api_key.check(&id.to_string())
    }

    /// The limit of the license bucket, in words.
    pub fn license_limit(&self) -> &str {
        &self.license.what
    }

    /// Forgets buckets that are full again, so memory does not grow with
    /// every key and address ever seen.
    pub fn forget_idle(&self) {
        self.license.limiter.retain_recent();
        self.address.limiter.retain_recent();
        self.api_key.limiter.retain_recent();
    }
}
