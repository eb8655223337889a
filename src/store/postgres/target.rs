//! A PostgreSQL database as a URL names it:
//! `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=…&sslrootcert=FILE]`.
//! The password comes from the URL, else `PGPASSWORD`, else the password
//! file (`PGPASSFILE` or `~/.pgpass`, read as libpq reads it). The target
//! never shows its password: [`Target::shown`] masks it.

use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

use crate::error::{Error, Result};

/// How the connection is protected, as libpq's `sslmode` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Plain text only.
    Disable,
    /// TLS when the server offers it, unverified (libpq's default).
    Prefer,
    /// TLS always, the server's certificate unverified.
    Require,
    /// TLS always, the certificate signed by a trusted root.
    VerifyCa,
    /// TLS always, the certificate signed by a trusted root and naming the host.
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Result<SslMode> {
        Ok(match text {
            "disable" => SslMode::Disable,
            "prefer" | "allow" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(Error::usage(format!(
                    "sslmode={other} is not a TLS mode; use disable, prefer, require, verify-ca or verify-full"
                )));
            }
        })
    }
}

/// Where to connect and as whom.
#[derive(Clone)]
pub struct Target {
    pub user: String,
    pub password: Option<String>,
    pub host: String,
    pub port: u16,
    pub database: String,
    pub ssl_mode: SslMode,
    /// The root certificates that sign the server's (`sslrootcert`, else
    /// `PGSSLROOTCERT`); without one, the web's public roots.
    pub root_cert: Option<PathBuf>,
    /// How long opening a connection may take (`connect_timeout`, in
    /// seconds as libpq has it; 10 by default).
    pub connect_timeout: std::time::Duration,
    /// The name the server shows for the connection (`application_name`).
    pub application_name: String,
    /// The URL as given, to show it masked.
    url: String,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown())
    }
}

/// Where a password may come from besides the URL.
pub struct PasswordSources {
    /// `PGPASSWORD`.
    pub from_env: Option<String>,
    /// `PGPASSFILE`, else `~/.pgpass`.
    pub password_file: Option<PathBuf>,
}

impl PasswordSources {
    /// The sources libpq reads, from this process's environment.
    pub fn from_environment() -> PasswordSources {
        let from_env = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
        let password_file = std::env::var_os("PGPASSFILE")
            .map(PathBuf::from)
            .or_else(|| dirs::home_dir().map(|home| home.join(".pgpass")));
        PasswordSources {
            from_env,
            password_file,
        }
    }
}

impl Target {
    /// Reads a `postgres://` or `postgresql://` URL.
    pub fn parse(url: &str) -> Result<Target> {
        Target::parse_with(url, &PasswordSources::from_environment())
    }

    pub fn parse_with(url: &str, sources: &PasswordSources) -> Result<Target> {
        let shown = super::super::location::masked(url);
        let parsed = url::Url::parse(url).map_err(|e| {
            Error::usage(format!(
                "{shown} is not a database URL ({e}); write postgres://USER@HOST:PORT/DB"
            ))
        })?;
        let decoded = |text: &str| percent_decode_str(text).decode_utf8_lossy().into_owned();
        let user = decoded(parsed.username());
        let host = parsed
            .host_str()
            .unwrap_or_default()
            .trim_matches(['[', ']'])
            .to_string();
        let database = decoded(parsed.path().trim_start_matches('/'));
        if user.is_empty() || host.is_empty() || database.is_empty() {
            return Err(Error::usage(format!(
                "{shown} names no user, host or database; write postgres://USER@HOST:PORT/DB"
            )));
        }
        let mut target = Target {
            port: parsed.port().unwrap_or(5432),
            password: parsed.password().map(decoded),
            ssl_mode: SslMode::Prefer,
            root_cert: std::env::var_os("PGSSLROOTCERT").map(PathBuf::from),
            connect_timeout: std::time::Duration::from_secs(10),
            application_name: "keywright".into(),
            user,
            host,
            database,
            url: url.to_string(),
        };
        for (name, value) in parsed.query_pairs() {
            target.set_option(&name, &value)?;
        }
        if target.password.is_none() {
            target.password = sources.from_env.clone().or_else(|| {
                let file = sources.password_file.as_deref()?;
                password_from_file(file, &target)
            });
        }
        Ok(target)
    }

    fn set_option(&mut self, name: &str, value: &str) -> Result<()> {
        match name {
            "sslmode" => self.ssl_mode = SslMode::parse(value)?,
            "sslrootcert" => self.root_cert = Some(PathBuf::from(value)),
            "connect_timeout" => {
                let seconds = value.parse::<u64>().ok().filter(|s| (1..=3600).contains(s));
                let seconds = seconds.ok_or_else(|| {
                    Error::usage(format!(
                        "connect_timeout={value} is not a number of seconds from 1 to 3600"
                    ))
                })?;
                self.connect_timeout = std::time::Duration::from_secs(seconds);
            }
            "application_name" => self.application_name = value.to_string(),
            other => {
                return Err(Error::usage(format!(
                    "{} has the option {other}, which keywright does not know; it takes sslmode, sslrootcert, connect_timeout and application_name",
                    self.shown()
                )));
            }
        }
        Ok(())
    }

    /// The URL as keywright shows it, its password masked.
    pub fn shown(&self) -> String {
        super::super::location::masked(&self.url)
    }

    /// `HOST:PORT`, for messages.
    pub fn address(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// The password a libpq password file gives `target`: the first line
/// `HOST:PORT:DB:USER:PASSWORD` whose fields match (`*` matches anything;
/// `\:` and `\\` are a colon and a backslash). A file that others may read
/// is ignored, as libpq ignores it.
fn password_from_file(file: &Path, target: &Target) -> Option<String> {
    if !owner_only(file) {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let port = target.port.to_string();
    let wanted = [target.host.as_str(), &port, &target.database, &target.user];
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(split_pgpass_line)
        .filter(|fields| fields.len() == 5)
        .find(|fields| {
            wanted
                .iter()
                .zip(fields)
                .all(|(want, field)| field == "*" || field == want)
        })
        .map(|mut fields| fields.remove(4))
}

fn split_pgpass_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut().unwrap().extend(chars.next()),
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[cfg(unix)]
fn owner_only(file: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(file).is_ok_and(|m| m.permissions().mode() & 0o077 == 0)
}

#[cfg(not(unix))]
fn owner_only(_file: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none() -> PasswordSources {
        PasswordSources {
            from_env: None,
            password_file: None,
        }
    }

    #[test]
    fn a_url_gives_its_parts_and_shows_its_password_masked() {
        let target = Target::parse_with(
            "postgres://ada%40acme:s%3Acret@db.internal:6432/licensing?sslmode=verify-full&sslrootcert=/etc/root.crt",
            &none(),
        )
        .unwrap();
        assert_eq!(target.user, "ada@acme");
        assert_eq!(target.password.as_deref(), Some("s:cret"));
        assert_eq!(target.address(), "db.internal:6432");
        assert_eq!(target.database, "licensing");
        assert_eq!(target.ssl_mode, SslMode::VerifyFull);
        assert_eq!(target.root_cert, Some(PathBuf::from("/etc/root.crt")));
        assert_eq!(target.connect_timeout, std::time::Duration::from_secs(10));
        let tuned = "postgres://ada@db/kw?connect_timeout=3&application_name=licensing-eu";
        let tuned = Target::parse_with(tuned, &none()).unwrap();
        assert_eq!(tuned.connect_timeout, std::time::Duration::from_secs(3));
        assert_eq!(tuned.application_name, "licensing-eu");
        assert!(!format!("{target:?}").contains("s%3Acret"));
        assert!(target.shown().contains(":***@db.internal:6432"));
    }

    #[test]
    fn bad_urls_are_refused_in_one_sentence_without_their_password() {
        for url in [
            "postgres://db:5432/kw",
            "postgres://ada:s3cret@db:5432/",
            "postgres://ada:s3cret@db/kw?sslmode=sometimes",
            "postgres://ada:s3cret@db/kw?sslmod=require",
            "postgres://ada:s3cret@db/kw?connect_timeout=0",
            "postgres://ada:s3cret@db/kw?connect_timeout=soon",
        ] {
            let err = Target::parse_with(url, &none()).unwrap_err().to_string();
            assert!(!err.contains("s3cret") && !err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn the_password_comes_from_the_environment_then_the_password_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:*:*:*:no\ndb:5432:kw:ada:from\\:file\n*:*:*:*:fallback\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let sources = |env: Option<&str>| PasswordSources {
            from_env: env.map(String::from),
            password_file: Some(file.clone()),
        };
        let password = |url: &str, env| Target::parse_with(url, &sources(env)).unwrap().password;
        assert_eq!(
            password("postgres://ada@db/kw", None).as_deref(),
            Some("from:file")
        );
        assert_eq!(
            password("postgres://bob@db/kw", None).as_deref(),
            Some("fallback")
        );
        assert_eq!(
            password("postgres://ada@db/kw", Some("env")).as_deref(),
            Some("env")
        );
        assert_eq!(
            password("postgres://ada:url@db/kw", Some("env")).as_deref(),
            Some("url")
        );
    }
}
