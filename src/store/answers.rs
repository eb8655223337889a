//! What a connection may remember of its reads while the database is
//! unchanged: the questions a read transaction asks over and over (a
//! tenant's row and keys, an API key, the seal checks of rows) and their
//! answers. Each backend decides when they are out of date
//! (`store/sqlite/memo.rs`, `store/postgres/memo.rs`).

use std::sync::Arc;

use crate::error::{Error, Result};
use crate::store::api_keys::ApiKey;
use crate::store::{SigningKeyRecord, Tenant};

/// Which answer: the kind of read and what it is about.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) enum Question {
    TenantProblem(i64),
    LicenseProblem(i64),
    SealedKids(i64),
    SigningKeys(i64),
    Tenants,
    ApiKeyHolds(String),
    ApiKey(String),
}

/// An answer, as remembered. Lists are shared, so that an answer given
/// again costs no copy of its rows.
#[derive(Clone)]
pub(crate) enum Answer {
    Problem(Option<String>),
    Words(Vec<String>),
    Keys(Arc<[SigningKeyRecord]>),
    Tenants(Arc<[Tenant]>),
    Held(Option<bool>),
    ApiKey(Option<ApiKey>),
}

impl Answer {
    fn mismatch() -> Error {
        Error::runtime("internal error: a remembered answer of another kind")
    }

    pub(crate) fn problem(self) -> Result<Option<String>> {
        match self {
            Answer::Problem(problem) => Ok(problem),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn words(self) -> Result<Vec<String>> {
        match self {
            Answer::Words(words) => Ok(words),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn keys(self) -> Result<Arc<[SigningKeyRecord]>> {
        match self {
            Answer::Keys(keys) => Ok(keys),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn tenants(self) -> Result<Arc<[Tenant]>> {
        match self {
            Answer::Tenants(tenants) => Ok(tenants),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn held(self) -> Result<Option<bool>> {
        match self {
            Answer::Held(held) => Ok(held),
            _ => Err(Answer::mismatch()),
        }
    }

    pub(crate) fn api_key(self) -> Result<Option<ApiKey>> {
        match self {
            Answer::ApiKey(key) => Ok(key),
            _ => Err(Answer::mismatch()),
        }
    }
}
