//! Rules of the catalog that licenses and plans obey: which features a
//! product knows, and that it is open for new licenses.

use crate::error::{Error, Result};
use crate::store::Product;

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
        Some(unknown) => Err(Error::usage(format!(
            "'{unknown}' is not a feature of product '{}' (it knows: {}); add it with `keywright product update {} --add-feature {unknown}`",
            product.slug,
            product.features.join(", "),
            product.slug
        ))),
        None => Ok(()),
    }
}

/// An inactive product issues no new licenses.
pub fn check_product_active(product: &Product) -> Result<()> {
    if product.active {
        return Ok(());
    }
    Err(Error::usage(format!(
        "product '{}' is inactive; activate it with `keywright product activate {}`",
        product.slug, product.slug
    )))
}
