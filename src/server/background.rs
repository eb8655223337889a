//! The service's work in the background: webhook and email delivery, the validation
//! counters written every two seconds, and rate-limit buckets that are full
//! again forgotten.

use std::sync::Arc;
use std::time::Duration;

use super::state::AppState;
use super::{emails, usage, webhooks};

/// How often validation counters are written.
const COUNTER_FLUSH: Duration = Duration::from_secs(2);

/// Starts the background work. Aborting the handle stops it.
pub fn spawn(state: &Arc<AppState>) -> tokio::task::JoinHandle<()> {
    let state = state.clone();
    tokio::spawn(async move {
        let webhooks = tokio::spawn(webhooks::run(state.clone()));
        let emails = tokio::spawn(emails::run(state.clone()));
        let usage = tokio::spawn(usage::run(state.clone()));
        let mut tick = tokio::time::interval(COUNTER_FLUSH);
        let mut rounds: u64 = 0;
        loop {
            tick.tick().await;
            state.flush_counters().await;
            rounds += 1;
            if rounds.is_multiple_of(30) {
                state.limits.forget_idle();
            }
            if webhooks.is_finished() || emails.is_finished() || usage.is_finished() {
                break;
            }
        }
    })
}
