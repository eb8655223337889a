//! An open PostgreSQL database: one connection, its schema brought up to
//! date on opening, and what `db status` reports of it.

use postgres::Client;

use super::connect::{connect, failure};
use super::migrate;
use super::target::Target;
use crate::error::{Error, Result};

pub struct PostgresStore {
    client: Client,
    target: Target,
}

impl PostgresStore {
    /// Connects to `target` and brings its schema up to date: an empty
    /// database becomes a keywright database on first use.
    pub fn open(target: Target) -> Result<PostgresStore> {
        let mut client = connect(&target)?;
        migrate::run(&mut client)
            .map_err(|refusal| refusal.into_error(&target.shown(), |err| failure(&target, &err)))?;
        Ok(PostgresStore { client, target })
    }

    /// The database's identity: its sealing key is kept under it.
    pub fn database_id(&mut self) -> Result<String> {
        let row = self
            .client
            .query_one("SELECT value FROM meta WHERE name = 'database_id'", &[]);
        row.map(|row| row.get(0)).map_err(|e| self.failed(&e))
    }

    /// The schema version recorded in the database.
    pub fn schema_version(&mut self) -> Result<i64> {
        migrate::schema_version(&mut self.client).map_err(|refusal| {
            let target = &self.target;
            refusal.into_error(&target.shown(), |err| failure(target, &err))
        })
    }

    /// The TLS version protecting this connection, or `None` when it is
    /// plain text (as `sslmode=prefer` allows against a server without TLS).
    pub fn tls(&mut self) -> Result<Option<String>> {
        let row = self.client.query_one(
            "SELECT CASE WHEN ssl THEN version END FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        );
        row.map(|row| row.get(0)).map_err(|e| self.failed(&e))
    }

    /// How many rows each kind of record has, by the names SQLite's
    /// backend gives them.
    pub fn counts(&mut self) -> Result<Vec<(&'static str, i64)>> {
        let sql = super::super::COUNTED
            .iter()
            .map(|(name, table)| format!("SELECT '{name}', count(*) FROM {table}"))
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let rows = self.client.query(&sql, &[]).map_err(|e| self.failed(&e))?;
        let count = |name: &str| {
            rows.iter()
                .find(|row| row.get::<_, &str>(0) == name)
                .map_or(0, |row| row.get(1))
        };
        Ok(super::super::COUNTED
            .iter()
            .map(|(name, _)| (*name, count(name)))
            .collect())
    }

    /// The database as keywright shows it: its URL, the password masked.
    pub fn shown(&self) -> String {
        self.target.shown()
    }

    pub(super) fn target(&self) -> &Target {
        &self.target
    }

    pub(super) fn client(&mut self) -> &mut Client {
        &mut self.client
    }

    fn failed(&self, err: &postgres::Error) -> Error {
        failure(&self.target, err)
    }
}
