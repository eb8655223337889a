//! Where usage reports wait for their transaction (`server/usage.rs`
//! counts them): each report with the channel its answer goes back on.

use tokio::sync::{mpsc, oneshot};

use crate::error::{Error, Result};
use crate::service::license::Answer;
use crate::service::license::usage::{MeterUsage, UsageRequest};

/// The most reports one transaction counts.
pub(super) const BATCH: usize = 512;
/// How many reports may wait before a new one is refused as busy.
const WAITING: usize = 16 * BATCH;

/// A report's answer: the answer, the meter after it, and both signed.
pub struct Counted {
    pub slug: String,
    pub answer: Answer,
    pub usage: Option<MeterUsage>,
    pub signed: String,
}

pub(super) struct Job {
    pub(super) slug: String,
    pub(super) client: std::net::IpAddr,
    pub(super) request: UsageRequest,
    pub(super) done: oneshot::Sender<Result<Counted>>,
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
    /// The receiving end, for the one task that counts.
    pub(super) fn take_receiver(&self) -> Option<mpsc::Receiver<Job>> {
        self.receiver
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
    }

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
