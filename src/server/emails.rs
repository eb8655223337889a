//! Delivery of queued license emails (the email outbox of
//! docs/billing.md), in the background: each due email is claimed for this
//! instance, rendered from its license as it is now, and sent over SMTP;
//! an accepted one is marked sent, anything else retried with backoff
//! until its attempts run out. Rows live in the database, so a restart
//! resumes where it was, and several instances send each email once.

use std::sync::Arc;
use std::time::Duration;

use super::db::blocking;
use super::state::AppState;
use crate::error::Result;
use crate::service::email;

/// How often the outbox is looked at.
const POLL: Duration = Duration::from_secs(1);

/// Sends due emails until the service stops.
pub async fn run(state: Arc<AppState>) {
    loop {
        if let Err(e) = send_due(&state).await {
            tracing::warn!("email delivery: {e}");
        }
        tokio::select! {
            () = tokio::time::sleep(POLL) => {},
            () = state.email_queued.notified() => {},
        }
    }
}

/// Sends every due email once.
async fn send_due(state: &Arc<AppState>) -> Result<()> {
    let now = crate::domain::time::now();
    if !state.db.read(move |tx| tx.any_email_due(now)).await? {
        return Ok(());
    }
    let taken = state
        .db
        .write(move |tx| email::take_due(tx, now, now))
        .await?;
    for taken in taken {
        let (id, attempts, shown) = (taken.id, taken.attempts, taken.to.clone());
        let outgoing = state
            .db
            .read(move |tx| email::prepare(tx, &taken, now))
            .await?;
        let run = state.clone();
        let (outcome, attempts) = match outgoing {
            Some(outgoing) => (
                blocking(move || Ok(email::send(&run.keys, &outgoing))).await?,
                attempts,
            ),
            None => (Err(email::GONE.to_string()), email::MAX_ATTEMPTS),
        };
        if let Err(error) = &outcome {
            tracing::warn!("email {id} to {shown}: {error}");
        }
        state
            .db
            .write(move |tx| email::record(tx, id, attempts, outcome, crate::domain::time::now()))
            .await?;
    }
    Ok(())
}
