//! SQLite's errors as keywright's: one sentence for the user that says
//! what failed and what to do, never the SQL text. The rest of keywright
//! knows nothing of SQLite.

use std::path::Path;

use crate::error::Error;

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::Database {
            path: String::from("file"),
            reason: describe_sqlite(&err),
        }
    }
}

/// A SQLite failure as a sentence for the user: never the SQL text.
fn describe_sqlite(err: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    if let rusqlite::Error::FromSqlConversionFailure(_, _, cause) = err {
        if let Some(Error::Database { reason, .. }) = cause.downcast_ref::<Error>() {
            return reason.clone();
        }
        return format!(
            "holds a value this keywright cannot read ({cause}): it was edited outside keywright or by a newer version; run `keywright doctor`"
        );
    }
    match err.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => format!(
            "is still locked by another keywright command after waiting {}; try again when it has finished, or set a longer lock_wait in the config",
            super::waiting::describe(super::waiting::limit())
        ),
        Some(C::DiskFull) => "cannot grow: the disk is full; free some space and try again".into(),
        Some(C::ReadOnly) => {
            "is read-only: check the permissions of the file and its directory".into()
        }
        Some(C::NotADatabase) => {
            "is not a keywright database: point --db at the right file or move this one aside"
                .into()
        }
        Some(C::CannotOpen) => {
            "cannot be opened: check that its directory exists and is writable".into()
        }
        Some(C::DatabaseCorrupt) => {
            "is damaged: restore it from a backup, then run `keywright doctor`".into()
        }
        Some(C::ConstraintViolation) => {
            "refused a change that would break a uniqueness or reference rule; nothing was written"
                .into()
        }
        Some(C::PermissionDenied) => "cannot be accessed: permission denied".into(),
        _ => "failed an internal query; nothing was written; run `keywright doctor` to check it"
            .into(),
    }
}

/// Adds the database path to a database error that lacks it.
pub fn with_db_path(err: Error, path: &Path) -> Error {
    match err {
        Error::Database { reason, .. } => Error::Database {
            path: format!("at {}", path.display()),
            reason,
        },
        other => other,
    }
}
