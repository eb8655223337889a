//! Opening a connection to a [`Target`]: TLS by rustls as its `sslmode`
//! asks, and every way it can fail told in one sentence that names the
//! host and port, never the password.

use std::sync::Arc;

use postgres::error::SqlState;
use postgres::{Client, NoTls};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::target::{SslMode, Target};
use crate::error::{Error, Result};

/// A new connection to `target`.
pub fn connect(target: &Target) -> Result<Client> {
    let mut config = postgres::Config::new();
    config
        .user(&target.user)
        .host(&target.host)
        .port(target.port)
        .dbname(&target.database)
        .application_name(&target.application_name)
        .connect_timeout(target.connect_timeout);
    if let Some(password) = &target.password {
        config.password(password);
    }
    let opened = match target.ssl_mode {
        SslMode::Disable => config
            .ssl_mode(postgres::config::SslMode::Disable)
            .connect(NoTls),
        mode => {
            let wanted = if mode == SslMode::Prefer {
                postgres::config::SslMode::Prefer
            } else {
                postgres::config::SslMode::Require
            };
            config.ssl_mode(wanted).connect(tls(target)?)
        }
    };
    opened.map_err(|e| failure(target, &e))
}

/// The rustls connector `target.ssl_mode` calls for.
fn tls(target: &Target) -> Result<MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::runtime(format!("TLS to PostgreSQL could not be set up: {e}")))?;
    let config = match target.ssl_mode {
        SslMode::VerifyFull => builder.with_root_certificates(roots(target)?),
        mode => {
            let chain = if mode == SslMode::VerifyCa {
                let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots(target)?),
                    provider.clone(),
                )
                .build()
                .map_err(|e| {
                    Error::runtime(format!("TLS to PostgreSQL could not be set up: {e}"))
                })?;
                Some(verifier)
            } else {
                None
            };
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Lenient { chain, provider }))
        }
    };
    Ok(MakeRustlsConnect::new(config.with_no_client_auth()))
}

/// The roots that sign the server's certificate: the `sslrootcert` file,
/// else the web's public roots.
fn roots(target: &Target) -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    let Some(file) = &target.root_cert else {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        return Ok(roots);
    };
    let unreadable = |reason: String| Error::Io {
        action: "read the root certificate",
        path: file.display().to_string(),
        reason,
    };
    use rustls::pki_types::pem::PemObject;
    for cert in CertificateDer::pem_file_iter(file).map_err(|e| unreadable(e.to_string()))? {
        let cert = cert.map_err(|e| unreadable(e.to_string()))?;
        roots.add(cert).map_err(|e| unreadable(e.to_string()))?;
    }
    if roots.is_empty() {
        return Err(unreadable("it holds no certificate".into()));
    }
    Ok(roots)
}

/// The verifier of `sslmode=require` (and `prefer`) and `verify-ca`: the
/// handshake's signatures are always checked; the certificate's chain only
/// for `verify-ca`, and the name in it never, as libpq does.
#[derive(Debug)]
struct Lenient {
    /// The trusted roots' verifier, for `verify-ca`.
    chain: Option<Arc<rustls::client::WebPkiServerVerifier>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for Lenient {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::NotValidForName
                | rustls::CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        let algorithms = &self.provider.signature_verification_algorithms;
        rustls::crypto::verify_tls12_signature(message, cert, dss, algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        let algorithms = &self.provider.signature_verification_algorithms;
        rustls::crypto::verify_tls13_signature(message, cert, dss, algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A failed connection in one sentence: who was refused and what to do.
pub fn failure(target: &Target, err: &postgres::Error) -> Error {
    let at = format!("{} at PostgreSQL {}", target.database, target.address());

    let (user, database) = (&target.user, &target.database);
    let reason = match err.code() {
        Some(code) if *code == SqlState::INVALID_PASSWORD => format!(
            "refused the password of user {user}; check the password in the URL, PGPASSWORD or ~/.pgpass"
        ),
        Some(code) if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION => {
            format!("does not let user {user} in; check the user name and the server's pg_hba.conf")
        }
        Some(code) if *code == SqlState::INVALID_CATALOG_NAME => {
            format!("does not exist; create it (createdb {database}) or name another in the URL")
        }
        Some(code) if *code == SqlState::TOO_MANY_CONNECTIONS => {
            "has no connection to spare; raise its max_connections or run fewer instances".into()
        }
        Some(_) => format!(
            "refused the connection: {}",
            err.as_db_error().map_or("", |e| e.message())
        ),
        None => match cause(err) {
            Cause::Tls(what) => format!(
                "could not be reached over TLS as sslmode={} asks ({what}); check sslmode and sslrootcert",
                ssl_mode_word(target.ssl_mode)
            ),
            Cause::Network(what) => format!(
                "could not be reached ({what}); check that the server runs and the host and port are right"
            ),
            Cause::Other(_) if target.password.is_none() => format!(
                "asks for a password for user {user}; give it in the URL, PGPASSWORD or ~/.pgpass"
            ),
            Cause::Other(what) => format!("could not be used ({what})"),
        },
    };
    if err.code().is_none() && matches!(cause(err), Cause::Network(_)) {
        Error::DatabaseDown { path: at, reason }
    } else {
        Error::Database { path: at, reason }
    }
}

/// A failure while `doing` something on an open connection, in one
/// sentence: the server's SQL state, never its raw message.
pub fn failed_while(target: &Target, err: &postgres::Error, doing: &str) -> Error {
    let at = format!("{} at PostgreSQL {}", target.database, target.address());
    let reason = match (err.code(), cause(err)) {
        (Some(code), _) => format!("could not {doing} (PostgreSQL error {})", code.code()),
        (None, Cause::Network(what) | Cause::Tls(what)) => format!(
            "was lost while keywright tried to {doing} ({what}); nothing of it was kept, try again"
        ),
        (None, Cause::Other(what)) => format!("could not {doing} ({what})"),
    };
    Error::Database { path: at, reason }
}

/// What lies under a failure that carries no SQL state.
enum Cause {
    /// The TLS handshake failed.
    Tls(String),
    /// The host could not be reached, or the connection broke.
    Network(String),
    Other(String),
}

fn cause(err: &postgres::Error) -> Cause {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    let mut network = None;
    while let Some(e) = source {
        let io = e.downcast_ref::<std::io::Error>();
        let inner = io.and_then(|io| io.get_ref());
        if e.is::<rustls::Error>() || inner.is_some_and(|i| i.is::<rustls::Error>()) {
            return Cause::Tls(innermost(e));
        }
        if io.is_some() && network.is_none() {
            network = Some(innermost(e));
        }
        source = e.source();
    }
    network.map_or_else(|| Cause::Other(innermost(err)), Cause::Network)
}

/// The innermost cause of an error, the one that says what happened.
fn innermost(err: &(dyn std::error::Error + 'static)) -> String {
    let mut last: &(dyn std::error::Error + 'static) = err;
    while let Some(next) = last.source() {
        last = next;
    }
    last.to_string()
}

fn ssl_mode_word(mode: SslMode) -> &'static str {
    match mode {
        SslMode::Disable => "disable",
        SslMode::Prefer => "prefer",
        SslMode::Require => "require",
        SslMode::VerifyCa => "verify-ca",
        SslMode::VerifyFull => "verify-full",
    }
}
