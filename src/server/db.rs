//! The service's database access, off the async threads. Reads run on a
//! small pool of connections, as many at once as there are connections
//! (SQLite's WAL lets them run beside the writer); writes run one at a
//! time on a single connection, so requests never meet "database is
//! locked" among themselves. On PostgreSQL each connection is the
//! server's, and one lost is made again at its next transaction.

use crate::store::location::Location;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::Semaphore;

use crate::error::{Error, Result};
use crate::keystore::KeyStore;
use crate::server::settings::Settings;
use crate::service::sealing;
use crate::store::sealing::SealKey;
use crate::store::{SharedAnswers, Store, Tx};

#[derive(Clone)]
pub struct Database {
    location: Location,
    /// The sealing key, given to every connection.
    seal: Option<Arc<SealKey>>,
    readers: Arc<Mutex<Vec<Store>>>,
    /// One permit per reader connection: a read waits for a free one.
    permits: Arc<Semaphore>,
    writer: Arc<Mutex<Store>>,
    /// The page cache of each reader, in bytes.
    reader_cache: u64,
    /// What the readers remember in common of licenses.
    shared: SharedAnswers,
}

impl Database {
    /// Opens the database of `settings` to read on up to its `readers`
    /// connections at once, with the connections' page caches within its
    /// `page_cache` bytes together (half for the writer, whose batch work
    /// wants it, half shared by the readers), and what the readers find of
    /// licenses remembered in common within its `license_cache` bytes.
    pub fn open(settings: &Settings, keys: &KeyStore) -> Result<Database> {
        let (location, page_cache, readers) =
            (settings.db.clone(), settings.page_cache, settings.readers);
        let mut writer = Store::open_at(&location)?;
        sealing::attach(&mut writer, keys)?;
        writer.set_page_cache(page_cache / 2)?;
        let seal = writer.seal_key();
        let shared = SharedAnswers::within(settings.license_cache);
        let readers = readers.max(1);
        Ok(Database {
            location,
            seal,
            reader_cache: page_cache / 2 / readers as u64,
            readers: Arc::new(Mutex::new(Vec::with_capacity(readers))),
            permits: Arc::new(Semaphore::new(readers)),
            writer: Arc::new(Mutex::new(writer)),
            shared,
        })
    }

    fn open_reader(&self) -> Result<Store> {
        let mut store = match &self.location {
            Location::File(path) => Store::open_reader(path)?,
            Location::Postgres(_) => Store::open_at(&self.location)?,
        };
        store.set_page_cache(self.reader_cache)?;
        if let Some(key) = &self.seal {
            store.use_seal_key(key.clone())?;
        }
        store.use_shared_answers(self.shared.clone());
        Ok(store)
    }

    /// Runs `work` in a read transaction on a pooled connection.
    pub async fn read<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Tx<'_>) -> Result<T> + Send + 'static,
    {
        self.read_on_reader(move |store| store.read(work)).await
    }

    /// Runs `work`'s reads each on the latest committed rows (see
    /// `Store::read_latest`; `work` may run twice): a validation, whose
    /// reads need not agree.
    pub async fn read_latest<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnMut(&Tx<'_>) -> Result<T> + Send + 'static,
    {
        self.read_on_reader(move |store| store.read_latest(work))
            .await
    }

    async fn read_on_reader<T, F>(&self, read: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Error::runtime("the database is closing"))?;
        let db = self.clone();
        blocking(move || {
            let pooled = db
                .readers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop();
            let mut store = match pooled {
                Some(store) => store,
                None => db.open_reader()?,
            };
            let result = read(&mut store);
            db.readers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(store);
            drop(permit);
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

/// The tenant a path names, or the not-found error every endpoint gives.
pub(crate) fn tenant_named(tx: &Tx<'_>, slug: &str) -> Result<crate::store::Tenant> {
    tx.tenant_by_slug(slug)?.ok_or_else(|| Error::NotFound {
        what: crate::error::Record::Tenant,
        id: crate::error::shown(slug),
        scope: String::from("in this service"),
        remedy: crate::error::Remedy::Look,
    })
}
