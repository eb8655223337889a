//! Signed replies (docs/service.md): the service's answer to a validation,
//! activation or check-in, also as a token of the tenant's key (`lvr+jwt`)
//! whose `exp` is the lease. A valid answer's lease never runs past the
//! license's own expiry and grace.

use super::Session;
use super::license::Answer;
use super::license::usage::Reported;
use super::signing::signing_key;
use crate::domain::policy::OnExpiry;
use crate::error::{Error, Result};
use crate::store::{License, Scope, Tenant};
use crate::token::{ReplyClaims, sign_reply};

/// Signs `answer` about `license` for the application that sent `nonce`.
pub fn sign_answer(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    answer: &Answer,
    license: Option<&License>,
    nonce: Option<&str>,
) -> Result<String> {
    sign_reply_of(
        session,
        scope,
        reply_claims(session, tenant, answer, license, nonce),
    )
}

/// Signs the answer to a usage report, with the meter as it now stands.
pub fn sign_usage(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    reported: &Reported,
    nonce: Option<&str>,
) -> Result<String> {
    let mut claims = reply_claims(
        session,
        tenant,
        &reported.answer,
        reported.license.as_ref(),
        nonce,
    );
    claims.usage = reported.usage.as_ref().map(|u| u.claim());
    sign_reply_of(session, scope, claims)
}

fn sign_reply_of(session: &Session<'_>, scope: &Scope<'_>, claims: ReplyClaims) -> Result<String> {
    let key = signing_key(session, scope)?;
    sign_reply(&claims, &key)
        .map_err(|e| Error::runtime(format!("the reply could not be signed: {e}")))
}

fn reply_claims(
    session: &Session<'_>,
    tenant: &Tenant,
    answer: &Answer,
    license: Option<&License>,
    nonce: Option<&str>,
) -> ReplyClaims {
    let mut lease_end = session.now.saturating_add(session.policy.lease_seconds);
    let allowed = license.is_some_and(|l| l.policy.on_expiry == OnExpiry::Allow);
    if answer.valid
        && !allowed
        && let Some(exp) = license.and_then(|l| l.expires)
    {
        let grace = license.and_then(|l| l.grace_seconds).unwrap_or(0);
        lease_end = lease_end.min(exp.0.saturating_add(grace));
    }
    ReplyClaims {
        iss: tenant.slug().to_string(),
        sub: answer.key.clone(),
        aud: license.map(|l| l.product.clone()),
        iat: session.now,
        exp: lease_end.max(session.now + 1),
        nonce: nonce.map(str::to_string),
        code: answer.code,
        valid: answer.valid,
        fingerprint: answer.fingerprint.clone(),
        plan: license.and_then(|l| l.plan.clone()),
        features: license.map(|l| l.features.clone()).unwrap_or_default(),
        limits: license.map(|l| l.limits.clone()).unwrap_or_default(),
        license_exp: license.and_then(|l| l.expires).map(|t| t.0),
        grace: license.and_then(|l| l.grace_seconds).filter(|g| *g > 0),
        trial: license.is_some_and(|l| l.trial),
        usage: None,
    }
}
