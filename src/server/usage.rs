//! Usage reports, group-committed (docs/policies.md): each report waits in
//! a queue; one task takes every report waiting (up to a batch) and counts
//! them all in one write transaction, in the order they came, then answers
//! each. No report is answered before its transaction commits, and a batch
//! that fails answers every report in it with the failure, so an
//! acknowledged report is always counted and a refused one never is.

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use super::routes::app::tenant_named;
use super::state::AppState;
use crate::error::{Error, Result};
use crate::service::license::Answer;
use crate::service::license::usage::{MeterUsage, UsageRequest, report};
use crate::service::replies::sign_usage;

/// The most reports one transaction counts.
const BATCH: usize = 512;
/// How many reports may wait before a new one is refused as busy.
const WAITING: usize = 16 * BATCH;

/// A report's answer: the answer, the meter after it, and both signed.
pub struct Counted {
    pub slug: String,
    pub answer: Answer,
    pub usage: Option<MeterUsage>,
    pub signed: String,
}

struct Job {
    slug: String,
    client: std::net::IpAddr,
    request: UsageRequest,
    done: oneshot::Sender<Result<Counted>>,
}

/// Where reports wait for their transaction.
pub struct UsageQueue {
    sender: mpsc::Sender<Job>,
    receiver: std::sync::Mutex<Option<mpsc::Receiver<Job>>>,
}

impl Default for UsageQueue {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel(WAITING);
        UsageQueue {
            sender,
            receiver: std::sync::Mutex::new(Some(receiver)),
        }
    }
}

impl UsageQueue {
    /// Counts a report with the others waiting; answers once committed.
    pub async fn count(
        &self,
        slug: String,
        client: std::net::IpAddr,
        request: UsageRequest,
    ) -> Result<Counted> {
        let (done, answer) = oneshot::channel();
        let job = Job {
            slug,
            client,
            request,
            done,
        };
        self.sender
            .try_send(job)
            .map_err(|_| Error::runtime("too many usage reports are waiting; try again shortly"))?;
        answer
            .await
            .map_err(|_| Error::runtime("the usage report was dropped; send it again"))?
    }
}

/// Counts waiting reports, a batch per transaction, until the service stops.
pub async fn run(state: Arc<AppState>) {
    let Some(mut receiver) = state
        .usage
        .receiver
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()
    else {
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
                    let session = run.session(format!("license:{}", request.key), *client);
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
