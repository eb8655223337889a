//! The OpenAPI 3.1 document of the service, generated from the handlers'
//! own types and annotations; served at `/v1/openapi.json` and committed as
//! docs/openapi.json (a test fails when the two differ).

use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use super::routes::{admin, app};
use crate::store::{CustomerStatus, ProductStatus};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "keywright license service",
        description = "Validation, activation and check-in for installed applications (authenticated by the license key), and a back office for the vendor (authenticated by API keys). Every answer about a license is also signed (`signed`, a JWS of type lvr+jwt). See docs/service.md.",
        license(name = "MIT OR Apache-2.0"),
    ),
    paths(
        app::validate, app::activate, app::deactivate, app::check_in, app::jwks, app::revocations,
        admin::list_licenses, admin::issue, admin::show_license, admin::renew, admin::update,
        admin::suspend, admin::reinstate, admin::revoke, admin::bulk_revoke,
        admin::list_customers, admin::create_customer_route, admin::list_products,
        admin::list_plans, admin::list_audit,
    ),
    components(schemas(CustomerStatus, ProductStatus)),
    modifiers(&ApiKeyAuth),
    tags(
        (name = "application", description = "Called by installed copies, authenticated by their license key"),
        (name = "back office", description = "Called by the vendor's systems with an API key"),
    ),
)]
struct ApiDoc;

struct ApiKeyAuth;

impl utoipa::Modify for ApiKeyAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            let scheme = HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some("An API key: kw_ and 43 characters"))
                .build();
            components.add_security_scheme("api_key", SecurityScheme::Http(scheme));
        }
    }
}

/// The document as pretty JSON, ending in a newline.
pub fn document() -> String {
    let mut text = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|_| String::from("{}"));
    text.push('\n');
    text
}
