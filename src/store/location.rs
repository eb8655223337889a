//! Where a database is, as `--db`, `KEYWRIGHT_DB` or the config's `db` give
//! it: a file path or `sqlite:PATH` (SQLite), or a `postgres://` URL. A URL
//! is never taken for a file name, and its password is never shown.

use std::path::{Path, PathBuf};

use super::postgres::Target;
use crate::error::{Error, Result};

/// A database as the user named it.
#[derive(Debug, Clone)]
pub enum Location {
    /// A SQLite file.
    File(PathBuf),
    /// A PostgreSQL database.
    Postgres(Target),
}

/// The database that `given` names.
pub fn locate(given: &Path) -> Result<Location> {
    let text = given.to_str().unwrap_or_default();
    if text.starts_with("postgres://") || text.starts_with("postgresql://") {
        return Target::parse(text).map(Location::Postgres);
    }
    database_file(given).map(Location::File)
}

/// The SQLite file that `given` names.
fn database_file(given: &Path) -> Result<PathBuf> {
    let Some(text) = given.to_str() else {
        return Ok(given.to_path_buf());
    };
    if let Some(path) = text.strip_prefix("sqlite:") {
        if path.is_empty() {
            return Err(Error::usage(
                "sqlite: names no file; write sqlite:PATH, e.g. sqlite:/var/lib/keywright/keywright.db",
            ));
        }
        return Ok(PathBuf::from(path));
    }
    match text.split_once("://") {
        Some((scheme, _)) if is_scheme(scheme) => Err(Error::usage(format!(
            "{} is a URL keywright cannot open; give a file path, sqlite:PATH or postgres://USER@HOST:PORT/DB",
            masked(text)
        ))),
        _ => Ok(given.to_path_buf()),
    }
}

/// Whether `text` is a URL scheme: a letter, then letters, digits, `+`,
/// `-` or `.`.
fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A URL as keywright shows it: with its password, if any, masked.
pub fn masked(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        Ok(parsed) => parsed.to_string(),
        Err(_) => "the URL given".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_sqlite_paths_name_files_and_urls_are_refused_masked() {
        assert_eq!(
            database_file(Path::new("data/k.db")).unwrap(),
            PathBuf::from("data/k.db")
        );
        assert_eq!(
            database_file(Path::new("sqlite:/var/k.db")).unwrap(),
            PathBuf::from("/var/k.db")
        );
        assert_eq!(
            database_file(Path::new("C:/keywright/k.db")).unwrap(),
            PathBuf::from("C:/keywright/k.db")
        );
        let err = database_file(Path::new("mysql://ada:s3cret@db:5432/kw"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("mysql://ada:***@db:5432/kw"), "{err}");
        assert!(!err.contains("s3cret"), "{err}");
        assert!(database_file(Path::new("sqlite:")).is_err());
        let Location::Postgres(target) = locate(Path::new("postgresql://ada@db/kw")).unwrap()
        else {
            panic!("a postgresql:// URL names a PostgreSQL database");
        };
        assert_eq!(target.address(), "db:5432");
    }
}
