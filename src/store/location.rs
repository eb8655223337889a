//! Where a database is, as `--db`, `KEYWRIGHT_DB` or the config's `db` give
//! it: a file path, or `sqlite:PATH`. A URL (`SCHEME://…`) is never taken
//! for a file name, and its password is never shown.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The SQLite file that `given` names.
pub fn database_file(given: &Path) -> Result<PathBuf> {
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
            "{} is a URL, not a database file; this keywright keeps its data in SQLite: give a file path, or sqlite:PATH",
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
        let err = database_file(Path::new("postgres://ada:s3cret@db:5432/kw"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("postgres://ada:***@db:5432/kw"), "{err}");
        assert!(!err.contains("s3cret"), "{err}");
        assert!(database_file(Path::new("sqlite:")).is_err());
    }
}
