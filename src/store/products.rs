//! Products of a tenant: slug, name, known features, active flag.

use serde::Serialize;

use super::page::Order;
use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::Result;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Product {
    #[serde(skip)]
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub features: Vec<String>,
    pub active: bool,
    pub created: UnixTime,
    pub updated: UnixTime,
}

impl Product {
    /// The fields a product is written with, in order (CSV headers).
    pub const FIELDS: &'static [&'static str] =
        &["slug", "name", "features", "active", "created", "updated"];
}

#[derive(Debug, Clone)]
pub struct NewProduct {
    pub slug: String,
    pub name: String,
    pub features: Vec<String>,
}

text_enum! {
    /// Which products a list shows.
    #[derive(Default)]
    pub ProductStatus "product status" {
        #[default]
        All = "all",
        Active = "active",
        Inactive = "inactive",
    }
}

text_enum! {
    /// The order of `product list`.
    #[derive(Default)]
    pub ProductSort "product sort" {
        #[default]
        Slug = "slug",
        Name = "name",
        Created = "created",
    }
}

#[derive(Debug, Default)]
pub struct ProductFilter {
    pub search: Option<String>,
    pub status: ProductStatus,
    pub sort: ProductSort,
    pub order: Order,
}
