//! Trials started by an application that has no key yet (`POST
//! /v1/tenants/{slug}/trials`, docs/policies.md): a license of the
//! product's trial plan, issued and activated on the asking machine in one
//! transaction. A machine gets one trial of a product, ever: the
//! activation records it, and refuses (`TRIAL_USED`) a machine that held
//! one, by this way or any other (a trial key activated online or by file).

use serde::Deserialize;

use super::issue::{IssueInput, IssueRequest, Issued, issue_one};
use serde_json::json;

use super::license_by_key;
use super::machines::{MachineRequest, machines_of};
use super::validate::Checked;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::values::normalize_fingerprint;
use crate::error::{Error, Result};
use crate::service::Session;
use crate::service::customer::{CustomerInput, CustomerRequest, create_customer};
use crate::store::{PageRequest, Plan, PlanFilter, Scope, Tenant};
use crate::token::Code;

/// A trial as an application asks for it.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrialInput {
    /// The product (slug).
    pub product: String,
    /// The machine the trial is bound to.
    pub fingerprint: String,
    /// The buyer-to-be, if the application asked; absent: an anonymous customer.
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub hostname: Option<String>,
    /// A trial plan of the product; absent: its only trial plan.
    #[serde(default)]
    pub plan: Option<String>,
    /// Echoed in the signed reply.
    #[serde(default)]
    pub nonce: Option<String>,
}

/// What a started trial gives the application: its key and token, and the
/// activation's answer.
pub struct Started {
    pub issued: Issued,
    pub checked: Checked,
}

/// Posts the end of each trial license past its expiry and grace to the
/// tenant's webhook (`license.trial_ended`), once each; what `serve` does
/// as time passes. Returns how many it posted.
pub fn post_trial_ends(session: &Session<'_>, scope: &Scope<'_>, tenant: &Tenant) -> Result<usize> {
    let Some(url) = &tenant.webhook_url else {
        return Ok(0);
    };
    let ended = scope.trials_ended(session.now)?;
    for (id, key) in &ended {
        let body = serde_json::json!({"event": "license.trial_ended", "data": {
            "tenant": tenant.slug(), "license": key, "at": session.now,
        }})
        .to_string();
        scope.queue_webhook(
            &crate::store::NewWebhook {
                event: "license.trial_ended",
                url,
                body: &body,
            },
            session.now,
        )?;
        scope.trial_end_posted(*id, session.now)?;
    }
    Ok(ended.len())
}

/// The customer of trials started without an email.
fn anonymous_email(tenant: &Tenant) -> String {
    format!("anonymous-trials@{}.invalid", tenant.slug())
}

/// The trial plan a request names, or the product's only one.
fn trial_plan(scope: &Scope<'_>, product: &str, named: Option<&str>) -> Result<Plan> {
    let product = scope.product(product)?;
    if let Some(name) = named {
        let plan = scope.plan(&product, name)?;
        if !plan.trial {
            return Err(Error::usage(format!(
                "plan '{}/{name}' is not a trial plan",
                product.slug
            )));
        }
        return Ok(plan);
    }
    let filter = PlanFilter {
        product_id: Some(product.id),
        ..PlanFilter::default()
    };
    let page = PageRequest {
        page: 1,
        limit: 1000,
    };
    let trials: Vec<Plan> = scope
        .plans(&filter, page)?
        .items
        .into_iter()
        .filter(|p| p.trial)
        .collect();
    match trials.as_slice() {
        [plan] => Ok(plan.clone()),
        [] => Err(Error::usage(format!(
            "product '{}' has no trial plan; the vendor makes one with `plan create --trial`",
            product.slug
        ))),
        _ => Err(Error::usage(format!(
            "product '{}' has several trial plans; name one as \"plan\"",
            product.slug
        ))),
    }
}

/// Starts a trial on the asking machine; `TRIAL_USED` (an error of kind
/// not valid) when the machine held one of the product already.
pub fn start_trial(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    input: &TrialInput,
) -> Result<Started> {
    let fingerprint = normalize_fingerprint(&input.fingerprint)?;
    let plan = trial_plan(scope, &input.product, input.plan.as_deref())?;
    let product = scope.product(&input.product)?;
    if let Some(held) = scope.trial_of(product.id, &fingerprint)? {
        return Err(Error::NotValid {
            code: Code::TrialUsed,
            message: format!(
                "machine '{fingerprint}' had its trial of '{}' already (license {held}); a machine gets one trial of a product",
                product.slug
            ),
        });
    }
    let email = input
        .email
        .clone()
        .unwrap_or_else(|| anonymous_email(tenant));
    if scope.find_customer(&email)?.is_none() {
        let request = CustomerRequest::new(CustomerInput {
            email: email.clone(),
            name: input
                .email
                .is_none()
                .then(|| "Anonymous trials".to_string()),
            ..CustomerInput::default()
        })?;
        create_customer(session, scope, &request)?;
    }
    let request = IssueRequest::new(IssueInput {
        trial: true,
        ..IssueInput::one(&product.slug, Some(&plan.name), &email)
    })?;
    let issued = issue_one(session, scope, tenant, &request)?;
    // The new license's first machine: recorded here rather than through
    // `activate`, whose checks of the tenant's and license's seals would
    // meet rows this same transaction is writing.
    let machine = MachineRequest::new(
        &issued.key,
        &fingerprint,
        input.hostname.as_deref(),
        input.nonce.as_deref(),
    )?;
    let license = license_by_key(scope, &issued.key, session.now)?;
    scope.record_trial(product.id, &fingerprint, license.id, session.now)?;
    scope.upsert_activation(
        license.id,
        &fingerprint,
        input.hostname.as_deref(),
        session.now,
    )?;
    let details = json!({"fingerprint": fingerprint, "hostname": input.hostname, "trial": true});
    scope.append_audit(&session.audit(
        AuditAction::LicenseActivated,
        TargetKind::License,
        &license.key,
        details,
    ))?;
    let machines = machines_of(session, scope, &license)?;
    let message = format!(
        "machine '{fingerprint}' is activated for a trial of '{}'",
        product.slug
    );
    let checked = Checked::about(&machine.check, license, &machines, Code::Valid, message);
    Ok(Started { issued, checked })
}
