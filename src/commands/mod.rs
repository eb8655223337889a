//! One handler per noun. Each file defines its subcommands (clap) beside the
//! code that runs them; handlers validate input first, then do all their
//! writes and audit entries in one transaction, then print.

pub mod audit;
pub mod completions;
pub mod customer;
pub mod doctor;
pub mod export;
pub mod init;
pub mod key;
pub mod license;
pub mod plan;
pub mod product;
pub mod revocations;
pub mod sign;
pub mod tenant;
pub mod validate;
pub mod verify;

use clap::Args;

use crate::cli::Context;
use crate::domain::values::normalize_features;
use crate::error::Result;
use crate::store::{Scope, Tenant};

/// Runs `work` for the resolved tenant in one write transaction.
pub(crate) fn write<T>(
    ctx: &Context,
    work: impl FnOnce(&Scope<'_>, &Tenant) -> Result<T>,
) -> Result<T> {
    let mut store = ctx.open_store()?;
    store.write(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        work(&tx.scope(&tenant), &tenant)
    })
}

/// Runs `work` for the resolved tenant in one read transaction.
pub(crate) fn read<T>(
    ctx: &Context,
    work: impl FnOnce(&Scope<'_>, &Tenant) -> Result<T>,
) -> Result<T> {
    let mut store = ctx.open_store()?;
    store.read(|tx| {
        let tenant = ctx.resolve_tenant(tx)?;
        work(&tx.scope(&tenant), &tenant)
    })
}

/// `--feature` (replace all), `--add-feature`, `--remove-feature` of updates.
#[derive(Debug, Args)]
pub struct FeatureEdit {
    /// Replace the features with these (repeatable)
    #[arg(long = "feature", value_name = "F")]
    pub set: Vec<String>,
    /// Add a feature (repeatable)
    #[arg(long = "add-feature", value_name = "F")]
    pub add: Vec<String>,
    /// Remove a feature (repeatable)
    #[arg(long = "remove-feature", value_name = "F")]
    pub remove: Vec<String>,
}

impl FeatureEdit {
    pub fn is_empty(&self) -> bool {
        self.set.is_empty() && self.add.is_empty() && self.remove.is_empty()
    }

    /// The features after this edit, sorted and unique.
    pub fn apply(&self, current: &[String]) -> Result<Vec<String>> {
        let mut features = if self.set.is_empty() {
            current.to_vec()
        } else {
            self.set.clone()
        };
        features.extend(self.add.iter().cloned());
        let remove = normalize_features(&self.remove)?;
        let mut features = normalize_features(&features)?;
        features.retain(|f| !remove.contains(f));
        Ok(features)
    }
}

/// An optional text field of an update: absent keeps, empty clears.
pub(crate) fn edit_optional(current: &mut Option<String>, new: Option<&String>) {
    if let Some(value) = new {
        let value = value.trim();
        *current = (!value.is_empty()).then(|| value.to_string());
    }
}
