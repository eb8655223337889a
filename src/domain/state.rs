//! The states of licenses, tenants, signing keys and API keys, and the
//! changes a license's state allows. Revocation is final; suspension can be
//! undone by reinstatement.

use super::text_enum::text_enum;
use crate::domain::audit::AuditAction;

text_enum! {
    /// The state a license row stores. Expiry is not a state: it follows
    /// from the time, see [`LicenseStatus`].
    pub LicenseState "license state" {
        Active = "active",
        Suspended = "suspended",
        Revoked = "revoked",
    }
}

text_enum! {
    /// A license's status as people read it: its state, or, for an active
    /// license, whether it has expired or runs in its grace period.
    pub LicenseStatus "license status" {
        Active = "active",
        Expired = "expired",
        Grace = "grace",
        Revoked = "revoked",
        Suspended = "suspended",
    }
}

impl LicenseStatus {
    /// Whether a license in this status works (active or in grace).
    pub fn works(self) -> bool {
        matches!(self, LicenseStatus::Active | LicenseStatus::Grace)
    }
}

text_enum! {
    /// A change of a license's state.
    pub LicenseChange "license change" {
        Suspend = "suspend",
        Reinstate = "reinstate",
        Revoke = "revoke",
    }
}

impl LicenseChange {
    /// The state this change leaves a license in, or `None` when a license
    /// in `from` cannot go through it.
    pub fn apply(self, from: LicenseState) -> Option<LicenseState> {
        use LicenseState::*;
        match (self, from) {
            (LicenseChange::Suspend, Active) => Some(Suspended),
            (LicenseChange::Reinstate, Suspended) => Some(Active),
            (LicenseChange::Revoke, Active | Suspended) => Some(Revoked),
            _ => None,
        }
    }

    /// The state this change leads to.
    pub fn target(self) -> LicenseState {
        match self {
            LicenseChange::Suspend => LicenseState::Suspended,
            LicenseChange::Reinstate => LicenseState::Active,
            LicenseChange::Revoke => LicenseState::Revoked,
        }
    }

    /// The audit action that records this change.
    pub fn action(self) -> AuditAction {
        match self {
            LicenseChange::Suspend => AuditAction::LicenseSuspended,
            LicenseChange::Reinstate => AuditAction::LicenseReinstated,
            LicenseChange::Revoke => AuditAction::LicenseRevoked,
        }
    }
}

text_enum! {
    /// The file a machine's nonce came in: each is accepted once per kind.
    pub NonceKind "kind of machine file" {
        Activation = "activation",
        Deactivation = "deactivation",
    }
}

text_enum! {
    /// A tenant issues and validates only while active.
    pub TenantStatus "tenant status" {
        Active = "active",
        Suspended = "suspended",
    }
}

text_enum! {
    /// An active key may sign; a retired one only verifies what it signed;
    /// nothing a revoked one signed is valid any more.
    pub KeyStatus "key status" {
        Active = "active",
        Retired = "retired",
        Revoked = "revoked",
    }
}

text_enum! {
    /// What an API key may do (docs/service.md); each role includes the ones before it.
    pub Role "role" {
        /// Validate, activate, deactivate, check in; read public keys and revocations.
        Validator = "validator",
        /// And read licenses, customers, products and plans.
        Reader = "reader",
        /// And change licenses and customers, and read the audit log.
        Admin = "admin",
    }
}

impl Role {
    /// Whether this role includes everything `needed` may do.
    pub fn allows(self, needed: Role) -> bool {
        self.rank() >= needed.rank()
    }

    fn rank(self) -> u8 {
        match self {
            Role::Validator => 0,
            Role::Reader => 1,
            Role::Admin => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text_enum::TextEnum;

    #[test]
    fn revocation_is_final_and_suspension_reversible() {
        use LicenseState::*;
        assert_eq!(LicenseChange::Suspend.apply(Active), Some(Suspended));
        assert_eq!(LicenseChange::Reinstate.apply(Suspended), Some(Active));
        assert_eq!(LicenseChange::Revoke.apply(Suspended), Some(Revoked));
        for change in LicenseChange::ALL {
            assert_eq!(change.apply(Revoked), None, "{change}");
        }
        assert_eq!(LicenseChange::Suspend.apply(Suspended), None);
        assert_eq!(LicenseChange::Reinstate.apply(Active), None);
    }

    #[test]
    fn unknown_words_are_errors_not_defaults() {
        assert_eq!("revoked".parse::<LicenseState>(), Ok(LicenseState::Revoked));
        let err = "Revoked".parse::<LicenseState>().unwrap_err();
        assert!(err.contains("active, suspended, revoked"), "{err}");
        assert!("".parse::<TenantStatus>().is_err());
    }

    #[test]
    fn roles_include_the_ones_below() {
        assert!(Role::Admin.allows(Role::Reader));
        assert!(Role::Reader.allows(Role::Validator));
        assert!(!Role::Validator.allows(Role::Reader));
        assert!(!Role::Reader.allows(Role::Admin));
    }
}
