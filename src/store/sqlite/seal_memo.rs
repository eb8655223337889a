//! What the seal checks of one connection found, kept while the database
//! is unchanged. The same `PRAGMA data_version` (which moves when another
//! connection commits) and the same count of rows this connection changed
//! mean that no row was written since, so the same checks give the same
//! answers: a long-running service checks a tenant's row and keys once per
//! change of the database, not at every validation.

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::Connection;

use crate::error::Result;

/// The most answers of one kind a connection remembers: past it, they are
/// forgotten and found again, so that a service whose database stays
/// unchanged for long keeps a bounded memory (about 1 MiB a connection).
const REMEMBERED: usize = 16_384;

/// The remembered answers, per connection.
#[derive(Default)]
pub struct SealMemo {
    state: RefCell<Remembered>,
}

#[derive(Default)]
struct Remembered {
    /// (data_version, total_changes) when the answers below were found.
    version: Option<(i64, u64)>,
    tenants: HashMap<i64, Option<String>>,
    kids: HashMap<i64, Vec<String>>,
    licenses: HashMap<i64, Option<String>>,
    /// Whether an API key row holds its seal, by row id.
    api_keys: HashMap<i64, bool>,
}

/// Which answers: one kind of check.
#[derive(Clone, Copy)]
pub enum Check {
    Tenant,
    Licenses,
}

impl SealMemo {
    /// The answer of a check about the problem of one row (`id`), found
    /// now by `find` unless remembered from an unchanged database.
    pub fn problem(
        &self,
        conn: &Connection,
        check: Check,
        id: i64,
        find: impl FnOnce() -> Result<Option<String>>,
    ) -> Result<Option<String>> {
        self.remember(
            conn,
            |r| match check {
                Check::Tenant => &mut r.tenants,
                Check::Licenses => &mut r.licenses,
            },
            id,
            find,
        )
    }

    /// Whether API key row `id` holds its seal, found by `find` unless
    /// remembered.
    pub fn api_key_holds(
        &self,
        conn: &Connection,
        id: i64,
        find: impl FnOnce() -> Result<bool>,
    ) -> Result<bool> {
        self.remember(conn, |r| &mut r.api_keys, id, find)
    }

    /// The tenant's trusted kids, found by `find` unless remembered.
    pub fn kids(
        &self,
        conn: &Connection,
        tenant_id: i64,
        find: impl FnOnce() -> Result<Vec<String>>,
    ) -> Result<Vec<String>> {
        self.remember(conn, |r| &mut r.kids, tenant_id, find)
    }

    fn remember<T: Clone>(
        &self,
        conn: &Connection,
        answers: impl Fn(&mut Remembered) -> &mut HashMap<i64, T>,
        id: i64,
        find: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        let now = version(conn)?;
        {
            let mut state = self.state.borrow_mut();
            if state.version != Some(now) {
                *state = Remembered {
                    version: Some(now),
                    ..Remembered::default()
                };
            }
            if let Some(answer) = answers(&mut state).get(&id) {
                return Ok(answer.clone());
            }
        }
        let answer = find()?;
        let mut state = self.state.borrow_mut();
        if state.version == Some(now) {
            let kept = answers(&mut state);
            if kept.len() >= REMEMBERED {
                kept.clear();
            }
            kept.insert(id, answer.clone());
        }
        Ok(answer)
    }
}

fn version(conn: &Connection) -> Result<(i64, u64)> {
    let data_version: i64 = conn
        .prepare_cached("PRAGMA data_version")?
        .query_row([], |r| r.get(0))?;
    Ok((data_version, conn.total_changes()))
}
