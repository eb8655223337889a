//! Products: create, show, list, change their name and features, and open
//! or close them to new licenses; and the rules licenses and plans obey
//! (which features a product knows, that it is open for new licenses).
//! Each change is audited in the caller's transaction.

use serde::Deserialize;
use serde_json::json;

use super::Session;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::domain::naming::is_valid_slug;
use crate::domain::values::{FeatureEdit, non_empty, normalize_features};
use crate::error::{Error, Fix, Result};
use crate::service::inputs::{ADD_FEATURES, FEATURES, NAME, REMOVE_FEATURES};
use crate::store::{NewProduct, Product, Scope};

/// A product as typed or posted, not yet checked.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductInput {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub features: Vec<String>,
}

/// A checked new product.
#[derive(Debug, Clone)]
pub struct CreateProduct(NewProduct);

impl CreateProduct {
    pub fn new(input: ProductInput) -> Result<CreateProduct> {
        if !is_valid_slug(&input.slug) {
            return Err(Error::usage(format!(
                "'{}' is not a product slug; use lower-case letters, digits and single dashes, e.g. desktop-app",
                input.slug
            )));
        }
        Ok(CreateProduct(NewProduct {
            slug: input.slug,
            name: non_empty("product name", &input.name)?,
            features: normalize_features(&input.features)?,
        }))
    }
}

/// A checked change of a product's name or features.
#[derive(Debug, Clone)]
pub struct UpdateProduct {
    name: Option<String>,
    features: FeatureEdit,
}

impl UpdateProduct {
    pub fn new(name: Option<&str>, features: FeatureEdit) -> Result<UpdateProduct> {
        if name.is_none() && features.is_empty() {
            return Err(Error::refused(
                "nothing to update",
                Fix::GiveOneOf(&[NAME, FEATURES, ADD_FEATURES, REMOVE_FEATURES]),
            ));
        }
        let name = name.map(|n| non_empty("product name", n)).transpose()?;
        Ok(UpdateProduct { name, features })
    }
}

/// Creates a product, audited.
pub fn create(session: &Session<'_>, scope: &Scope<'_>, new: &CreateProduct) -> Result<Product> {
    let product = scope.insert_product(&new.0, session.now)?;
    let details = json!({"name": product.name, "features": product.features});
    let entry = session.audit(
        AuditAction::ProductCreated,
        TargetKind::Product,
        &product.slug,
        details,
    );
    scope.append_audit(&entry)?;
    Ok(product)
}

/// Changes a product's name or features, audited with both versions.
pub fn update(
    session: &Session<'_>,
    scope: &Scope<'_>,
    slug: &str,
    change: &UpdateProduct,
) -> Result<Product> {
    change_product(
        session,
        scope,
        slug,
        AuditAction::ProductUpdated,
        |product| {
            let before = json!({"name": product.name, "features": product.features});
            product.features = change.features.apply(&product.features)?;
            product.name = change.name.clone().unwrap_or(product.name.clone());
            let after = json!({"name": product.name, "features": product.features});
            Ok(json!({"before": before, "after": after}))
        },
    )
}

/// Opens (`active`) or closes a product to new licenses; licenses already
/// issued stay valid.
pub fn set_active(
    session: &Session<'_>,
    scope: &Scope<'_>,
    slug: &str,
    active: bool,
) -> Result<Product> {
    let action = if active {
        AuditAction::ProductActivated
    } else {
        AuditAction::ProductDeactivated
    };
    change_product(session, scope, slug, action, |product| {
        if product.active == active {
            return Err(Error::usage(format!(
                "product '{}' is already {}; nothing was changed",
                product.slug,
                if active { "active" } else { "inactive" }
            )));
        }
        product.active = active;
        Ok(json!({}))
    })
}

/// Loads a product, applies `edit` (which returns the audit details),
/// writes it and its audit entry.
fn change_product(
    session: &Session<'_>,
    scope: &Scope<'_>,
    slug: &str,
    action: AuditAction,
    edit: impl FnOnce(&mut Product) -> Result<serde_json::Value>,
) -> Result<Product> {
    let mut product = scope.product(slug)?;
    let details = edit(&mut product)?;
    scope.update_product(&product, session.now)?;
    scope.append_audit(&session.audit(action, TargetKind::Product, slug, details))?;
    scope.product(slug)
}

/// Checks that every feature is one the product knows (`*` always is; a
/// product that declares no features accepts any).
pub fn check_features_known(product: &Product, features: &[String]) -> Result<()> {
    if product.features.is_empty() {
        return Ok(());
    }
    match features
        .iter()
        .find(|f| *f != "*" && !product.features.contains(f))
    {
        Some(unknown) => Err(Error::refused(
            format!(
                "'{unknown}' is not a feature of product '{}' (it knows: {})",
                product.slug,
                product.features.join(", ")
            ),
            Fix::AddFeature {
                product: product.slug.clone(),
                feature: unknown.clone(),
            },
        )),
        None => Ok(()),
    }
}

/// An inactive product issues no new licenses.
pub fn check_product_active(product: &Product) -> Result<()> {
    if product.active {
        return Ok(());
    }
    Err(Error::refused(
        format!("product '{}' is inactive", product.slug),
        Fix::ActivateProduct {
            product: product.slug.clone(),
        },
    ))
}
