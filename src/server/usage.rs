//! Usage reports, group-committed (docs/policies.md): each report waits in
//! a queue; one task takes every report waiting (up to a batch) and counts
//! them all in one write transaction, in the order they came, then answers
//! each. No report is answered before its transaction commits, and a batch
//! that fails answers every report in it with the failure, so an
//! acknowledged report is always counted and a refused one never is.

use std::sync::Arc;

use super::actor::license_actor;
use super::db::tenant_named;
use super::state::AppState;
use super::usage_queue::{BATCH, Counted, Job};
use crate::error::{Error, Result};
use crate::service::license::usage::report;
use crate::service::replies::sign_usage;

/// Counts waiting reports, a batch per transaction, until the service stops.
pub async fn run(state: Arc<AppState>) {
    let Some(mut receiver) = state.usage.take_receiver() else {
        return;
    };
    while let Some(first) = receiver.recv().await {
        let mut jobs = vec![first];
        while jobs.len() < BATCH {
            match receiver.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        count_batch(&state, jobs).await;
    }
}

/// Counts `jobs` in one transaction and answers each.
async fn count_batch(state: &Arc<AppState>, jobs: Vec<Job>) {
    let (requests, dones): (Vec<_>, Vec<_>) = jobs
        .into_iter()
        .map(|job| ((job.slug, job.client, job.request), job.done))
        .unzip();
    let run = state.clone();
    let counted = state
        .db
        .write(move |tx| {
            let answers: Vec<Result<Counted>> = requests
                .iter()
                .map(|(slug, client, request)| {
                    let tenant = tenant_named(tx, slug)?;
                    let scope = tx.scope(&tenant)?;
                    let session = run.session(license_actor(&request.key), *client);
                    let reported = report(&session, &scope, &tenant, request)?;
                    let signed = sign_usage(
                        &session,
                        &scope,
                        &tenant,
                        &reported,
                        request.nonce.as_deref(),
                    )?;
                    Ok(Counted {
                        slug: slug.clone(),
                        answer: reported.answer,
                        usage: reported.usage,
                        signed,
                    })
                })
                .collect();
            // A report refused for what it asks wrote nothing; any other
            // failure undoes the whole batch, so none is counted unanswered.
            let failed = answers
                .iter()
                .find_map(|a| a.as_ref().err().filter(|e| !e.is_the_request_s()));
            if let Some(failed) = failed {
                return Err(again(failed));
            }
            Ok(answers)
        })
        .await;
    match counted {
        Ok(answers) => {
            for (done, answer) in dones.into_iter().zip(answers) {
                let _ = done.send(answer);
            }
        }
        Err(failed) => {
            for done in dones {
                let _ = done.send(Err(again(&failed)));
            }
        }
    }
}

/// The failure of a batch, for each report in it.
fn again(failed: &Error) -> Error {
    match failed {
        Error::DatabaseDown { path, reason } => Error::DatabaseDown {
            path: path.clone(),
            reason: reason.clone(),
        },
        other => Error::runtime(other.to_string()),
    }
}
