//! The policies of a plan, kept on each license it makes (docs/policies.md):
//! what its expiry counts from, what happens when it expires, what a
//! renewal counts from, its usage meters and their overage, and how widely
//! a machine may be active. A plan's policy is the default of the licenses
//! it issues; a license keeps its own copy, so a plan changed later changes
//! none already sold. Every field has a default, and a policy of defaults
//! is stored as nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text_enum::text_enum;
use super::values::is_limit_name;
use crate::error::{Error, Result};

text_enum! {
    /// What a license's expiry counts from.
    #[derive(Default)]
    pub ExpiryBasis "expiry basis" {
        #[default]
        Issue = "issue",
        FirstActivation = "first-activation",
        FirstValidation = "first-validation",
    }
}

text_enum! {
    /// What an expired license does.
    #[derive(Default)]
    pub OnExpiry "rule on expiry" {
        #[default]
        Restrict = "restrict",
        Allow = "allow",
        Revoke = "revoke",
        Maintain = "maintain",
    }
}

text_enum! {
    /// What a renewal's period counts from. The default, `now-if-expired`,
/// is what `license renew --extend` always did: the current expiry, or
/// now once that has passed.
    #[derive(Default)]
    pub RenewFrom "renewal basis" {
        Expiry = "expiry",
        Now = "now",
        #[default]
        NowIfExpired = "now-if-expired",
    }
}

text_enum! {
    /// How widely a machine may be active at once.
    #[derive(Default)]
    pub MachineScope "machine scope" {
        #[default]
        License = "license",
        Product = "product",
        Tenant = "tenant",
    }
}

text_enum! {
    /// How far past its limit a meter may count.
    #[derive(Default)]
    pub Overage "overage" {
        #[default]
        None = "none",
        Quarter = "1.25x",
        Half = "1.5x",
        Double = "2x",
        Always = "always",
    }
}

/// A usage meter: its limit, and whether it starts again each month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meter {
    pub limit: i64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub monthly: bool,
}

/// A plan's or license's policies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LicensePolicy {
    #[serde(default, skip_serializing_if = "is_default")]
    pub expiry_basis: ExpiryBasis,
    #[serde(default, skip_serializing_if = "is_default")]
    pub on_expiry: OnExpiry,
    #[serde(default, skip_serializing_if = "is_default")]
    pub renew_from: RenewFrom,
    #[serde(default, skip_serializing_if = "is_default")]
    pub machine_scope: MachineScope,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meters: BTreeMap<String, Meter>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub overage: Overage,
    /// A license's only: the period its term will run once its first
    /// activation or validation starts it (`1y`), while that has not
    /// happened; gone once it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl LicensePolicy {
    /// Whether every policy is its default.
    pub fn is_default(&self) -> bool {
        *self == LicensePolicy::default()
    }

    /// The event that will start the license's term, while it has not
    /// started: its expiry basis, when a term is waiting for it.
    pub fn waiting_for(&self) -> Option<ExpiryBasis> {
        self.term.as_ref().map(|_| self.expiry_basis)
    }

    /// Whether an expired license still works offline whatever the build
    /// (`allow`) or for builds released before its expiry (`maintain`):
    /// what its token says in the claim `on_expiry`.
    pub fn works_after_expiry(&self) -> bool {
        matches!(self.on_expiry, OnExpiry::Allow | OnExpiry::Maintain)
    }

    /// The policy as stored: JSON, or nothing when every field is its default.
    pub fn stored(&self) -> Option<String> {
        (!self.is_default())
            .then(|| serde_json::to_string(self).expect("a policy serialises to JSON"))
    }

    /// A policy as stored; nothing is the default.
    pub fn from_stored(text: Option<&str>) -> Option<LicensePolicy> {
        match text {
            None => Some(LicensePolicy::default()),
            Some(text) => serde_json::from_str(text).ok(),
        }
    }

    /// The meters of `--meter NAME=LIMIT[/month]` flags.
    pub fn parse_meters(texts: &[String]) -> Result<BTreeMap<String, Meter>> {
        let mut meters = BTreeMap::new();
        for text in texts {
            let bad = || {
                Error::usage(format!(
                    "'{text}' is not a meter; write NAME=LIMIT or NAME=LIMIT/month, e.g. exports=500/month"
                ))
            };
            let (name, limit) = text.split_once('=').ok_or_else(bad)?;
            let (limit, monthly) = match limit.trim().strip_suffix("/month") {
                Some(limit) => (limit, true),
                None => (limit.trim(), false),
            };
            let name = name.trim();
            let limit: i64 = limit.trim().parse().map_err(|_| bad())?;
            if !is_limit_name(name) || limit < 0 {
                return Err(bad());
            }
            meters.insert(name.to_string(), Meter { limit, monthly });
        }
        Ok(meters)
    }
}

/// Policies given for one license (`license issue`, `POST /v1/licenses`,
/// a row of `license import`), over those of its plan.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyInput {
    /// `issue`, `first-activation` or `first-validation`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub expiry_basis: Option<ExpiryBasis>,
    /// `restrict`, `allow`, `revoke` or `maintain`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub on_expiry: Option<OnExpiry>,
    /// `expiry`, `now` or `now-if-expired`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub renew_from: Option<RenewFrom>,
    /// `license`, `product` or `tenant`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub machine_scope: Option<MachineScope>,
    /// Usage meters by name: `{"limit": N, "monthly": true}`.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub meters: BTreeMap<String, Meter>,
    /// `none`, `1.25x`, `1.5x`, `2x` or `always`.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub overage: Option<Overage>,
}

impl PolicyInput {
    /// The change these make to the plan's policies.
    pub fn change(&self) -> Result<PolicyChange> {
        for (name, meter) in &self.meters {
            if !is_limit_name(name) || meter.limit < 0 {
                return Err(Error::usage(format!(
                    "'{name}' with limit {} is not a meter; use letters, digits, '_' and '-', and a limit of 0 or more",
                    meter.limit
                )));
            }
        }
        Ok(PolicyChange {
            expiry_basis: self.expiry_basis,
            on_expiry: self.on_expiry,
            renew_from: self.renew_from,
            machine_scope: self.machine_scope,
            meters: self.meters.clone(),
            remove_meters: Vec::new(),
            overage: self.overage,
        })
    }
}

/// The choices of `plan create|update` (and of a license), as typed:
/// what is given changes, the rest stays.
#[derive(Debug, Clone, Default)]
pub struct PolicyChange {
    pub expiry_basis: Option<ExpiryBasis>,
    pub on_expiry: Option<OnExpiry>,
    pub renew_from: Option<RenewFrom>,
    pub machine_scope: Option<MachineScope>,
    /// Meters to set, by name.
    pub meters: BTreeMap<String, Meter>,
    /// Meters to remove.
    pub remove_meters: Vec<String>,
    pub overage: Option<Overage>,
}

impl PolicyChange {
    pub fn is_empty(&self) -> bool {
        self.expiry_basis.is_none()
            && self.on_expiry.is_none()
            && self.renew_from.is_none()
            && self.machine_scope.is_none()
            && self.meters.is_empty()
            && self.remove_meters.is_empty()
            && self.overage.is_none()
    }

    /// `policy` with this change made.
    pub fn apply(&self, policy: &LicensePolicy) -> Result<LicensePolicy> {
        let mut next = policy.clone();
        next.expiry_basis = self.expiry_basis.unwrap_or(next.expiry_basis);
        next.on_expiry = self.on_expiry.unwrap_or(next.on_expiry);
        next.renew_from = self.renew_from.unwrap_or(next.renew_from);
        next.machine_scope = self.machine_scope.unwrap_or(next.machine_scope);
        next.overage = self.overage.unwrap_or(next.overage);
        next.meters.extend(self.meters.clone());
        for name in &self.remove_meters {
            if next.meters.remove(name).is_none() {
                return Err(Error::usage(format!(
                    "there is no meter '{name}' to remove"
                )));
            }
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_policy_is_stored_as_nothing_and_others_as_their_changes() {
        assert_eq!(LicensePolicy::default().stored(), None);
        let policy = PolicyChange {
            on_expiry: Some(OnExpiry::Allow),
            meters: LicensePolicy::parse_meters(&[
                "exports=500/month".into(),
                "seats_hours=10".into(),
            ])
            .unwrap(),
            ..PolicyChange::default()
        }
        .apply(&LicensePolicy::default())
        .unwrap();
        let stored = policy.stored().unwrap();
        assert_eq!(
            stored,
            r#"{"on_expiry":"allow","meters":{"exports":{"limit":500,"monthly":true},"seats_hours":{"limit":10}}}"#
        );
        assert_eq!(LicensePolicy::from_stored(Some(&stored)), Some(policy));
        for bad in [
            "exports",
            "exports=-1",
            "exports=ten",
            "=5",
            "a b=5",
            "x=5/week",
        ] {
            assert!(
                LicensePolicy::parse_meters(&[bad.to_string()]).is_err(),
                "{bad}"
            );
        }
    }
}
