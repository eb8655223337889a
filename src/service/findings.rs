//! What a check finds that the vendor must hear of. A license whose row no
//! longer matches its signed token is recorded as `license.tamper_detected`.
//! Through the service, a mismatch of domain or machine, too many machines,
//! tampering, and bursts over the rate limit are also suspicious activity
//! (docs/service.md): a `license.suspicious_activity` entry and, when the tenant
//! has a webhook URL, a webhook queued in the same transaction (the outbox).

use serde_json::{Value, json};

use super::Session;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::error::Result;
use crate::store::{NewWebhook, Scope, Tenant};
use crate::token::Code;

/// The event name of suspicious-activity webhooks.
pub const SUSPICIOUS_ACTIVITY: AuditAction = AuditAction::LicenseSuspiciousActivity;

/// Something a check found about a license.
#[derive(Debug, Clone)]
pub struct Finding {
    /// A result code, or `RATE_LIMITED` for a burst over the limit.
    pub reason: String,
    pub message: String,
    /// What the request asked for (fingerprint, domain).
    pub requested: Value,
    /// What the license is bound to (domains, machines, seats).
    pub bound: Value,
}

impl Finding {
    /// The finding of a check's result, if the code is one to report.
    pub fn of(code: Code, message: &str, requested: Value, bound: Value) -> Option<Finding> {
        let reported = matches!(
            code,
            Code::DomainMismatch
                | Code::FingerprintMismatch
                | Code::TooManyMachines
                | Code::Tampered
        );
        reported.then(|| Finding {
            reason: code.as_str().to_string(),
            message: message.to_string(),
            requested,
            bound,
        })
    }

    /// A burst of requests over the per-license rate limit.
    pub fn rate_limited(limit: &str) -> Finding {
        Finding {
            reason: "RATE_LIMITED".into(),
            message: format!("requests for this license went over the limit of {limit}"),
            requested: json!({}),
            bound: json!({}),
        }
    }

    pub fn is_tampering(&self) -> bool {
        self.reason == Code::Tampered.as_str()
    }
}

/// How a finding is reported: by a command (tampering only) or by the
/// service (also as suspicious activity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporting {
    Command,
    Service,
}

/// Records a finding about the license `key` in the caller's transaction.
pub fn record(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    key: &str,
    finding: &Finding,
    reporting: Reporting,
) -> Result<()> {
    if finding.is_tampering() {
        let details = json!({"message": finding.message});
        scope.append_audit(&session.audit(
            AuditAction::LicenseTamperDetected,
            TargetKind::License,
            key,
            details,
        ))?;
    }
    if reporting == Reporting::Command {
        return Ok(());
    }
    let data = json!({
        "tenant": tenant.slug(), "license": key, "reason": finding.reason,
        "message": finding.message, "requested": finding.requested, "bound": finding.bound,
        "client": session.origin, "at": session.now,
    });
    scope.append_audit(&session.audit(
        SUSPICIOUS_ACTIVITY,
        TargetKind::License,
        key,
        data.clone(),
    ))?;
    if let Some(url) = &tenant.webhook_url {
        let body = json!({"event": SUSPICIOUS_ACTIVITY.as_str(), "data": data}).to_string();
        let webhook = NewWebhook {
            event: SUSPICIOUS_ACTIVITY.as_str(),
            url,
            body: &body,
        };
        scope.queue_webhook(&webhook, session.now)?;
    }
    Ok(())
}
