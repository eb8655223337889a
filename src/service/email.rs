//! The license email (docs/billing.md): how a tenant's email goes out
//! (`email setup`: an SMTP URL, a sender, the password from stdin into the
//! key store, optionally the tenant's own template), the email queued in
//! the transaction that made the license, and its delivery: taken from the
//! outbox by one sender at a time, rendered from the license as it is
//! then, sent over SMTP with lettre (TLS by rustls: `smtps://` at once,
//! `smtp://` by STARTTLS, and without TLS only to a loopback address), and
//! retried with backoff until the server accepts it.

use std::net::IpAddr;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use url::Url;
use zeroize::Zeroizing;

use crate::domain::time::parse_timezone;
use crate::error::{Error, Fix, Result};
use crate::keystore::KeyStore;
use crate::service::Session;
use crate::store::email::{Email, EmailSettings};
use crate::store::{License, Scope, Store, Tenant, Tx};

/// The template used unless the tenant gives its own.
pub const DEFAULT_TEMPLATE: &str = include_str!("email_template.txt");
/// The placeholders a template may use.
const PLACEHOLDERS: &[&str] = &[
    "key", "token", "expires", "product", "plan", "customer", "tenant",
];
/// How many times an email is tried before it is failed for good.
pub const MAX_ATTEMPTS: i64 = 8;
/// The wait after the first failed attempt; each next one doubles it.
const FIRST_RETRY_SECONDS: i64 = 30;
/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);
/// The most emails one round sends.
const BATCH: u32 = 50;

/// Email settings as the command gives them.
pub struct Setup {
    pub smtp_url: String,
    pub from: String,
    pub password: Option<Zeroizing<String>>,
    pub template: Option<String>,
}

/// Checks and records how the tenant's email goes out.
pub fn setup(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    setup: &Setup,
) -> Result<EmailSettings> {
    let url = smtp_url(&setup.smtp_url)?;
    let from: Mailbox = setup.from.parse().map_err(|e| {
        Error::usage(format!(
            "--from '{}' is not an email address: {e}",
            crate::error::shown(&setup.from)
        ))
    })?;
    if let Some(template) = &setup.template {
        check_template(template)?;
    }
    let password_kid = match &setup.password {
        Some(password) if !password.is_empty() => {
            let kid = super::billing::new_kid("smtp", session.now)?;
            session.keys.put_credential(tenant.slug(), &kid, password)?;
            Some(kid)
        }
        _ => None,
    };
    let settings = EmailSettings {
        smtp_url: url.to_string(),
        password_kid,
        from_address: from.to_string(),
        template: setup.template.clone(),
    };
    scope.save_email_settings(&settings, session.now)?;
    Ok(settings)
}

/// An SMTP URL as keywright keeps it: `smtp` or `smtps`, a host, no password.
pub fn smtp_url(text: &str) -> Result<Url> {
    let url = Url::parse(text.trim()).map_err(|e| {
        Error::usage(format!(
            "--smtp '{}' is not a URL: {e}",
            crate::error::shown(text)
        ))
    })?;
    if !matches!(url.scheme(), "smtp" | "smtps") || url.host_str().is_none() {
        return Err(Error::usage(
            "--smtp takes smtps://USER@HOST:PORT (TLS) or smtp://USER@HOST:PORT (STARTTLS; without TLS only to a loopback address)",
        ));
    }
    if url.password().is_some() {
        return Err(Error::usage(
            "--smtp must not hold the password: give it on stdin, so that it goes to the key store",
        ));
    }
    Ok(url)
}

/// Refuses a template whose placeholders are not all known.
fn check_template(template: &str) -> Result<()> {
    for name in placeholders(template) {
        if !PLACEHOLDERS.contains(&name) {
            return Err(Error::usage(format!(
                "the template names {{{{{name}}}}}, which keywright does not know; use {}",
                PLACEHOLDERS
                    .iter()
                    .map(|p| format!("{{{{{p}}}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
    if !template.starts_with("Subject:") {
        return Err(Error::usage(
            "a template starts with a line `Subject: …`, then an empty line, then the body",
        ));
    }
    Ok(())
}

fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split("{{")
        .skip(1)
        .filter_map(|part| part.split_once("}}").map(|(name, _)| name.trim()))
}

/// Queues the email of a license to `to` in the caller's transaction, when
/// the tenant set up email; whether it did.
pub fn queue(scope: &Scope<'_>, license: &License, to: &str, now: i64) -> Result<bool> {
    if scope.email_settings()?.is_none() {
        return Ok(false);
    }
    scope.queue_email(license.id, to, now)?;
    Ok(true)
}

/// `license send`: queues a license's email again, to its customer or `to`.
pub fn send_again(
    scope: &Scope<'_>,
    license: &License,
    to: Option<&str>,
    now: i64,
) -> Result<String> {
    let to = match to {
        Some(to) => crate::domain::values::normalize_email(to)?,
        None => scope.customer(&license.customer)?.email,
    };
    if !queue(scope, license, &to, now)? {
        return Err(Error::refused(
            format!("tenant '{}' has no email set up", scope.tenant_slug()),
            Fix::SetUpEmail,
        ));
    }
    Ok(to)
}

/// A rendered email: its subject and plain-text body.
pub struct Rendered {
    pub subject: String,
    pub body: String,
}

/// The email of `license`, from the tenant's template or the default.
pub fn render(
    template: Option<&str>,
    tenant: &Tenant,
    license: &License,
    customer: &str,
) -> Result<Rendered> {
    let tz = parse_timezone(&tenant.timezone)?;
    let expires = match license.expires {
        Some(at) => jiff::Timestamp::from_second(at.0)
            .map(|t| t.to_zoned(tz).date().to_string())
            .unwrap_or_default(),
        None => "no expiry".into(),
    };
    let values = [
        ("key", license.key.as_str()),
        ("token", license.token.as_str()),
        ("expires", expires.as_str()),
        ("product", license.product.as_str()),
        ("plan", license.plan.as_deref().unwrap_or("")),
        ("customer", customer),
        ("tenant", tenant.name.as_str()),
    ];
    let mut text = template.unwrap_or(DEFAULT_TEMPLATE).to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{{{name}}}}}"), value);
    }
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let subject = head
        .strip_prefix("Subject:")
        .unwrap_or(head)
        .trim()
        .to_string();
    Ok(Rendered {
        subject,
        body: body.to_string(),
    })
}

/// An email ready to go, with what sends it.
pub struct Outgoing {
    pub id: i64,
    pub to: String,
    pub rendered: Rendered,
    pub settings: EmailSettings,
    pub tenant: Tenant,
    pub attempts: i64,
}

/// Why an email could not be rendered: failed at once.
pub const GONE: &str = "its tenant, license or email settings are gone";

/// The emails due by `due_by`, each claimed for this sender from `now` for
/// as long as its attempt may take, so that one sender sends each.
pub fn take_due(tx: &Tx<'_>, due_by: i64, now: i64) -> Result<Vec<Email>> {
    let mut taken = Vec::new();
    for email in tx.due_emails(due_by, BATCH)? {
        let turn = i64::try_from(taken.len() + 1).unwrap_or(i64::MAX);
        let until = now.saturating_add(turn.saturating_mul(SMTP_TIMEOUT.as_secs() as i64 + 5));
        if tx.claim_email(email.id, due_by, until)? {
            taken.push(email);
        }
    }
    Ok(taken)
}

/// A taken email rendered from its license as it is now; `None` when its
/// tenant or settings are gone (it is failed).
pub fn prepare(tx: &Tx<'_>, email: &Email, now: i64) -> Result<Option<Outgoing>> {
    let Some(tenant) = tx.tenant_by_id(email.tenant)? else {
        return Ok(None);
    };
    let scope = tx.scope(&tenant)?;
    let Some(settings) = scope.email_settings()? else {
        return Ok(None);
    };
    let Some(license) = scope.find_license(&email.license, now)? else {
        return Ok(None);
    };
    let customer = scope
        .find_customer(&license.customer)?
        .and_then(|c| c.name)
        .unwrap_or_else(|| license.customer.clone());
    let rendered = render(settings.template.as_deref(), &tenant, &license, &customer)?;
    Ok(Some(Outgoing {
        id: email.id,
        to: email.to.clone(),
        rendered,
        settings,
        tenant,
        attempts: email.attempts,
    }))
}

/// Sends one email over SMTP; the error in one sentence.
pub fn send(keys: &KeyStore, outgoing: &Outgoing) -> std::result::Result<(), String> {
    let id = format!(
        "<email-{}.{}@keywright>",
        outgoing.id,
        outgoing.tenant.slug()
    );
    deliver(
        keys,
        &outgoing.tenant,
        &outgoing.settings,
        &outgoing.to,
        &outgoing.rendered,
        Some(id),
    )
}

/// Sends `rendered` to `to` as the tenant's settings say.
pub fn deliver(
    keys: &KeyStore,
    tenant: &Tenant,
    settings: &EmailSettings,
    to: &str,
    rendered: &Rendered,
    message_id: Option<String>,
) -> std::result::Result<(), String> {
    let to: Mailbox = to
        .parse()
        .map_err(|e| format!("'{to}' is not an email address: {e}"))?;
    let from: Mailbox = settings
        .from_address
        .parse()
        .map_err(|e| format!("the sender is not an email address: {e}"))?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(rendered.subject.clone())
        .message_id(message_id)
        .header(ContentType::TEXT_PLAIN)
        .body(rendered.body.clone())
        .map_err(|e| format!("the email cannot be made: {e}"))?;
    let transport = transport(keys, tenant, settings)?;
    transport.send(&message).map(|_| ()).map_err(|e| {
        format!(
            "the SMTP server at {} did not take it: {e}",
            shown_server(&settings.smtp_url)
        )
    })
}

/// The SMTP transport of the tenant's settings, with its password.
fn transport(
    keys: &KeyStore,
    tenant: &Tenant,
    settings: &EmailSettings,
) -> std::result::Result<SmtpTransport, String> {
    let url = Url::parse(&settings.smtp_url).map_err(|e| e.to_string())?;
    let host = url
        .host_str()
        .unwrap_or_default()
        .trim_matches(['[', ']'])
        .to_string();
    let loopback = host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let relay_error =
        |e: lettre::transport::smtp::Error| format!("the SMTP server {host} cannot be used: {e}");
    let builder = match url.scheme() {
        "smtps" => SmtpTransport::relay(&host).map_err(relay_error)?,
        _ if loopback => SmtpTransport::builder_dangerous(&host),
        _ => SmtpTransport::starttls_relay(&host).map_err(relay_error)?,
    };
    let mut builder = builder.timeout(Some(SMTP_TIMEOUT));
    if let Some(port) = url.port() {
        builder = builder.port(port);
    }
    if !url.username().is_empty() {
        let password = match &settings.password_kid {
            Some(kid) => keys
                .get_credential(tenant.slug(), kid)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| {
                    format!(
                        "the SMTP password is not in {}; run `keywright email setup` again",
                        keys.place()
                    )
                })?,
            None => Zeroizing::new(String::new()),
        };
        let user = percent_encoding::percent_decode_str(url.username())
            .decode_utf8_lossy()
            .into_owned();
        builder = builder.credentials(Credentials::new(user, password.to_string()));
    }
    Ok(builder.build())
}

/// The server of an SMTP URL, for messages: its host and port, never its user.
fn shown_server(smtp_url: &str) -> String {
    Url::parse(smtp_url)
        .ok()
        .and_then(|u| {
            Some(format!(
                "{}:{}",
                u.host_str()?,
                u.port_or_known_default().unwrap_or(25)
            ))
        })
        .unwrap_or_else(|| "?".into())
}

/// When to try an email again after its `attempts`-th failed attempt;
/// `None` once its attempts ran out.
pub fn retry_at(attempts: i64, now: i64) -> Option<i64> {
    (attempts < MAX_ATTEMPTS).then(|| {
        let wait = crate::domain::time::doubling_wait(FIRST_RETRY_SECONDS, attempts, 6 * 3600);
        now.saturating_add(wait)
    })
}

/// Records the outcome of an attempt.
pub fn record(
    tx: &Tx<'_>,
    id: i64,
    attempts: i64,
    outcome: std::result::Result<(), String>,
    now: i64,
) -> Result<()> {
    match outcome {
        Ok(()) => tx.email_sent(id, now),
        Err(error) => tx.email_attempt_failed(id, &error, retry_at(attempts + 1, now)),
    }
}

/// Sends every email due by `due_by` once, here and now (for the commands
/// that queue one, and `email deliver`); returns how many the server took
/// and how many it did not.
pub fn deliver_due(store: &mut Store, keys: &KeyStore, due_by: i64) -> Result<(usize, usize)> {
    let now = crate::domain::time::now();
    let taken = store.write(|tx| take_due(tx, due_by, now))?;
    let mut failed = 0;
    let mut sent = 0;
    for email in taken {
        let outgoing = store.read(|tx| prepare(tx, &email, now))?;
        let outcome = match &outgoing {
            Some(outgoing) => send(keys, outgoing),
            None => Err(GONE.into()),
        };
        sent += usize::from(outcome.is_ok());
        failed += usize::from(outcome.is_err());
        let attempts = if outgoing.is_some() {
            email.attempts
        } else {
            MAX_ATTEMPTS
        };
        store.write(|tx| record(tx, email.id, attempts, outcome, crate::domain::time::now()))?;
    }
    Ok((sent, failed))
}
