//! The words of the audit log: what an entry records (its action) and what
//! it is about (its target's kind), each written once here; docs/audit.md
//! lists them for the people who read the log, and a test keeps the two
//! the same.

use super::text_enum::text_enum;

text_enum! {
    /// What an audit entry records (docs/audit.md says when each is written).
    pub AuditAction "audit action" {
        TenantCreated = "tenant.created",
        TenantUpdated = "tenant.updated",
        TenantSuspended = "tenant.suspended",
        TenantReactivated = "tenant.reactivated",
        KeyGenerated = "key.generated",
        KeyRotated = "key.rotated",
        KeyImported = "key.imported",
        KeyExportedPrivate = "key.exported_private",
        KeyRevoked = "key.revoked",
        WebhookSecretExported = "webhook.secret_exported",
        ProductCreated = "product.created",
        ProductUpdated = "product.updated",
        ProductActivated = "product.activated",
        ProductDeactivated = "product.deactivated",
        PlanCreated = "plan.created",
        PlanUpdated = "plan.updated",
        CustomerCreated = "customer.created",
        CustomerUpdated = "customer.updated",
        CustomerDeleted = "customer.deleted",
        LicenseCreated = "license.created",
        LicenseImported = "license.imported",
        LicenseRenewed = "license.renewed",
        LicenseStarted = "license.started",
        LicenseConverted = "license.converted",
        LicenseUsageReset = "license.usage_reset",
        LicenseUpdated = "license.updated",
        LicenseReissued = "license.reissued",
        LicenseSuspended = "license.suspended",
        LicenseReinstated = "license.reinstated",
        LicenseRevoked = "license.revoked",
        LicenseBulkRevoked = "license.bulk_revoked",
        LicenseActivated = "license.activated",
        LicenseDeactivated = "license.deactivated",
        LicenseMachineLicenseIssued = "license.machine_license_issued",
        LicenseTamperDetected = "license.tamper_detected",
        LicenseSuspiciousActivity = "license.suspicious_activity",
        LicenseExported = "license.exported",
        CustomerExported = "customer.exported",
        ProductExported = "product.exported",
        AuditExported = "audit.exported",
        UsageExported = "usage.exported",
        AuditCheckpointed = "audit.checkpointed",
        RevocationsExported = "revocations.exported",
        ApiKeyCreated = "api_key.created",
        ApiKeyRevoked = "api_key.revoked",
        BillingConnected = "billing.connected",
        BillingPriceAdded = "billing.price_added",
        BillingPriceRemoved = "billing.price_removed",
        EmailSetUp = "email.set_up",
        LicenseEmailQueued = "license.email_queued",
    }
}

text_enum! {
    /// What an audit entry is about.
    pub TargetKind "audit target" {
        Tenant = "tenant",
        SigningKey = "signing_key",
        Product = "product",
        Plan = "plan",
        Customer = "customer",
        License = "license",
        ApiKey = "api_key",
        RevocationList = "revocation_list",
        Audit = "audit",
    }
}

impl AuditAction {
    /// The activations and deactivations of a license: its churn, which is
    /// limited per day (docs/service.md).
    pub const CHURN: &'static [AuditAction] = &[
        AuditAction::LicenseActivated,
        AuditAction::LicenseDeactivated,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text_enum::TextEnum;

    /// docs/audit.md lists every action keywright writes, with its target,
    /// and no other.
    #[test]
    fn the_documented_actions_are_the_actions() {
        let doc = include_str!("../../docs/audit.md");
        let rows: Vec<(&str, &str)> = doc
            .lines()
            .filter_map(|line| {
                let mut cells = line.split('|').map(str::trim).skip(1);
                let action = cells.next()?.strip_prefix('`')?.strip_suffix('`')?;
                Some((action, cells.next()?))
            })
            .filter(|(action, _)| action.contains('.'))
            .collect();
        let documented: Vec<&str> = rows.iter().map(|(action, _)| *action).collect();
        let actions: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(documented, actions, "docs/audit.md and AuditAction differ");
        for (_, target) in rows {
            assert!(
                TargetKind::parse_text(target).is_ok(),
                "docs/audit.md names a target kind that is not one: {target}"
            );
        }
    }
}
