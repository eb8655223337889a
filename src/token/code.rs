//! The result codes of every check (docs/tokens.md) and the size cap on
//! untrusted tokens: shared by the JWS decoder and the verifiers.

use serde::{Deserialize, Serialize};

/// Tokens longer than this are refused unread.
pub const MAX_TOKEN_BYTES: usize = 16 * 1024;

/// The outcome of a check. `VALID` and `GRACE` are valid. `NOT_FOUND` to
/// `TAMPERED` come only from checks against the database (`keywright
/// validate` and the service); `TOO_MANY_ACTIVATIONS` from machine
/// activation; `NOT_ACTIVATED` from a check with a machine that holds no
/// seat of a license that limits machines; `NONCE_MISMATCH` and
/// `WRONG_LICENSE` from the check of a signed reply; `MACHINE_IN_USE` from
/// the activation of a machine active on another license of the product
/// or tenant, where the license's machine scope allows one; `TRIAL_USED`
/// from a trial a machine that held one of the product asks for;
/// `USAGE_EXCEEDED` from a usage report past a meter's limit and overage;
/// `NOT_STARTED` from a license whose term waits for its first activation
/// or validation; `CLOCK_ROLLBACK` when the clock is before a floor of signed times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum Code {
    Valid,
    Grace,
    Expired,
    NotYetValid,
    BadSignature,
    UnknownKey,
    Malformed,
    WrongProduct,
    DomainMismatch,
    FingerprintMismatch,
    FeatureMissing,
    Revoked,
    NotFound,
    Suspended,
    TenantSuspended,
    TooManyMachines,
    Tampered,
    TooManyActivations,
    NonceMismatch,
    ClockRollback,
    NotActivated,
    WrongLicense,
    MachineInUse,
    TrialUsed,
    UsageExceeded,
    NotStarted,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Valid => "VALID",
            Code::Grace => "GRACE",
            Code::Expired => "EXPIRED",
            Code::NotYetValid => "NOT_YET_VALID",
            Code::BadSignature => "BAD_SIGNATURE",
            Code::UnknownKey => "UNKNOWN_KEY",
            Code::Malformed => "MALFORMED",
            Code::WrongProduct => "WRONG_PRODUCT",
            Code::DomainMismatch => "DOMAIN_MISMATCH",
            Code::FingerprintMismatch => "FINGERPRINT_MISMATCH",
            Code::FeatureMissing => "FEATURE_MISSING",
            Code::Revoked => "REVOKED",
            Code::NotFound => "NOT_FOUND",
            Code::Suspended => "SUSPENDED",
            Code::TenantSuspended => "TENANT_SUSPENDED",
            Code::TooManyMachines => "TOO_MANY_MACHINES",
            Code::Tampered => "TAMPERED",
            Code::TooManyActivations => "TOO_MANY_ACTIVATIONS",
            Code::NonceMismatch => "NONCE_MISMATCH",
            Code::ClockRollback => "CLOCK_ROLLBACK",
            Code::NotActivated => "NOT_ACTIVATED",
            Code::WrongLicense => "WRONG_LICENSE",
            Code::MachineInUse => "MACHINE_IN_USE",
            Code::TrialUsed => "TRIAL_USED",
            Code::UsageExceeded => "USAGE_EXCEEDED",
            Code::NotStarted => "NOT_STARTED",
        }
    }

    pub fn is_valid(self) -> bool {
        matches!(self, Code::Valid | Code::Grace)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
