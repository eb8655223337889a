//! The service's work in the background: webhook and email delivery,
//! usage counting, licenses revoked at expiry by their policy, the validation
//! counters written every two seconds, and rate-limit buckets that are full
//! again forgotten.

use std::sync::Arc;
use std::time::Duration;

use super::state::AppState;
use super::{emails, usage, webhooks};

/// How often validation counters are written.
const COUNTER_FLUSH: Duration = Duration::from_secs(2);
/// How many flushes pass between two looks for licenses their policy
/// revokes at expiry (docs/policies.md).
const OVERDUE_EVERY: u64 = 15;

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
            if rounds.is_multiple_of(OVERDUE_EVERY) {
                revoke_overdue(&state).await;
            }
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

/// Revokes, in every tenant, the licenses whose policy revokes them at
/// expiry once their expiry and grace have passed (audited with the actor
/// `policy:on-expiry`), and posts the end of each trial to the tenant's
/// webhook. A read finds the tenants that have any, so that an idle
/// service writes nothing.
async fn revoke_overdue(state: &Arc<AppState>) {
    let now = crate::domain::time::now();
    let due = state.db.read(move |tx| {
        let mut due = Vec::new();
        for tenant in tx.tenants()? {
            let scope = tx.scope(&tenant)?;
            let trials_to_post =
                tenant.webhook_url.is_some() && !scope.trials_ended(now)?.is_empty();
            if trials_to_post || !scope.overdue_to_revoke(now)?.is_empty() {
                due.push(tenant.slug().to_string());
            }
        }
        Ok(due)
    });
    let due = match due.await {
        Ok(due) if due.is_empty() => return,
        Ok(due) => due,
        Err(e) => return tracing::warn!("looking for overdue licenses: {e}"),
    };
    let run = state.clone();
    let revoked = state
        .db
        .write(move |tx| {
            let mut revoked = 0;
            for slug in &due {
                let tenant = super::db::tenant_named(tx, slug)?;
                let session = run.session(
                    crate::service::license::revoke::ON_EXPIRY_ACTOR.to_string(),
                    std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
                );
                let scope = tx.scope(&tenant)?;
                revoked += crate::service::license::revoke::revoke_overdue(&session, &scope)?.len();
                crate::service::license::trial::post_trial_ends(&session, &scope, &tenant)?;
            }
            Ok(revoked)
        })
        .await;
    match revoked {
        Ok(0) => {}
        Ok(n) => tracing::info!("revoked {n} licenses whose policy revokes them at expiry"),
        Err(e) => tracing::warn!("revoking overdue licenses: {e}"),
    }
}
