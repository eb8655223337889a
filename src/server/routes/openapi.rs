//! The OpenAPI 3.1 document of the service, generated from the handlers'
//! own types and annotations; served at `/v1/openapi.json` and committed as
//! docs/openapi.json (a test fails when the two differ).

use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use super::{admin, app, billing, policies};
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
        admin::list_plans, admin::list_audit, billing::stripe, policies::start, policies::usage,
    ),
    components(schemas(CustomerStatus, ProductStatus)),
    modifiers(&ApiKeyAuth, &Described),
    tags(
        (name = "application", description = "Called by installed copies, authenticated by their license key"),
        (name = "back office", description = "Called by the vendor's systems with an API key"),
        (name = "billing", description = "Called by Stripe, authenticated by the Stripe-Signature header"),
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

/// Gives every response a description (OpenAPI requires one): the
/// handlers describe their successes; the errors, the same on every
/// endpoint, are described here once, by status.
struct Described;

impl utoipa::Modify for Described {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                for (status, response) in &mut operation.responses.responses {
                    if let utoipa::openapi::RefOr::T(response) = response
                        && response.description.is_empty()
                    {
                        response.description = status_description(status).to_string();
                    }
                }
            }
        }
    }
}

/// What an error status of the API means (docs/service.md, Errors).
fn status_description(status: &str) -> &'static str {
    match status {
        "200" | "201" => "Success",
        "400" => {
            "Bad input: a wrong type, a missing or unknown field, a value keywright refuses (bad_request)"
        }
        "401" => {
            "No API key where one is needed, or an unknown, revoked or expired one, or one of another tenant (unauthorized)"
        }
        "403" => "The API key's role is too low (forbidden)",
        "404" => {
            "No such tenant, license, customer, product, plan, machine or endpoint (not_found)"
        }
        "409" => "The record already exists, or its state does not allow the change (conflict)",
        "413" => "The body is larger than 64 KiB (payload_too_large)",
        "415" => "The body is not application/json (unsupported_media_type)",
        "429" => "Over a rate limit; Retry-After says when to try again (rate_limited)",
        "503" => "The request took too long, or the service cannot reach its database (timeout)",
        _ => "An error, as `{\"error\": {\"code\", \"message\"}}`",
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
