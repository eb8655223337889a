//! The service's SQLite access, off the async threads. Reads run on a
//! small pool of connections (WAL lets them run beside the writer); writes
//! run one at a time on a single connection, so requests never meet
//! "database is locked" among themselves.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use crate::error::{Error, Result};
use crate::store::{Store, Tx};

/// The most reader connections kept open.
const READERS: usize = 8;

#[derive(Clone)]
pub struct Database {
    path: PathBuf,
    readers: Arc<Mutex<Vec<Store>>>,
    writer: Arc<Mutex<Store>>,
}

impl Database {
    pub fn open(path: PathBuf) -> Result<Database> {
        let writer = Store::open_existing(&path)?;
        Ok(Database {
            path,
            readers: Arc::new(Mutex::new(Vec::new())),
            writer: Arc::new(Mutex::new(writer)),
        })
    }

    /// Runs `work` in a read transaction on a pooled connection.
    pub async fn read<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Tx<'_>) -> Result<T> + Send + 'static,
    {
        let db = self.clone();
        blocking(move || {
            let pooled = db
                .readers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop();
            let mut store = match pooled {
                Some(store) => store,
                None => Store::open_reader(&db.path)?,
            };
            let result = store.read(work);
            let mut readers = db.readers.lock().unwrap_or_else(PoisonError::into_inner);
            if readers.len() < READERS {
                readers.push(store);
            }
            result
        })
        .await
    }

    /// Runs `work` in a write transaction, after the writes before it.
    pub async fn write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Tx<'_>) -> Result<T> + Send + 'static,
    {
        let writer = self.writer.clone();
        blocking(move || {
            let mut store = writer.lock().unwrap_or_else(PoisonError::into_inner);
            store.write(work)
        })
        .await
    }
}

/// Runs blocking work on tokio's blocking threads.
pub async fn blocking<T, F>(work: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Error::runtime(format!("a database task failed: {e}")))?
}
