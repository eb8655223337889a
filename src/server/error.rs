//! Errors of the HTTP API: a status and `{"error": {"code", "message"}}`,
//! where the message is one sentence. Failures of the server itself (the
//! database, the key store) are logged in full and answered with a generic
//! sentence, so no path or internal detail reaches a client.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::{Error, Field, Fix, Hints, Record, Remedy, printable};

/// An error answer.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub retry_after: Option<u64>,
}

/// The body of every error answer.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// A stable name: bad_request, unauthorized, forbidden, not_found,
    /// conflict, payload_too_large, unsupported_media_type, rate_limited,
    /// timeout, internal.
    pub code: String,
    /// What went wrong and what to do, in one sentence.
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: printable(&message.into()),
            retry_after: None,
        }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    pub fn rate_limited(message: impl Into<String>, retry_after: u64) -> ApiError {
        ApiError {
            retry_after: Some(retry_after),
            ..ApiError::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", message)
        }
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> ApiError {
        match &err {
            Error::Usage(_) => ApiError::bad_request(err.to_string()),
            Error::Refused { .. } => ApiError::bad_request(err.with_hint(&Service)),
            Error::NotFound { .. } => ApiError::not_found(err.with_hint(&Service)),
            Error::Conflict { .. } => {
                ApiError::new(StatusCode::CONFLICT, "conflict", err.with_hint(&Service))
            }
            Error::NotValid { .. } => {
                ApiError::new(StatusCode::CONFLICT, "conflict", err.to_string())
            }
            Error::DatabaseDown { .. } => {
                tracing::error!(target: "keywright::error", "{err}");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "the service's database cannot be reached just now; try again shortly",
                )
            }
            Error::Database { .. }
            | Error::Io { .. }
            | Error::KeyStore(_)
            | Error::Output(_)
            | Error::Runtime(_) => {
                tracing::error!(target: "keywright::error", "{err}");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the service could not complete the request; its log says why",
                )
            }
        }
    }
}

/// What to do about a missing or taken record, in the words of the
/// service: the endpoint that lists or creates it, or the part of the
/// request to check. The terminal says the same in its words
/// (`commands::hints`).
struct Service;

impl Hints for Service {
    fn remedy(&self, what: Record, id: &str, remedy: &Remedy) -> Option<String> {
        record_remedy(what, id, remedy)
    }

    /// Fixes only an operator can make (a key, a tenant's state) are said
    /// as such: the service has no endpoint for them.
    fn fix(&self, fix: &Fix) -> String {
        match fix {
            Fix::ReactivateTenant { .. } => "the tenant's operator can reactivate it".into(),
            Fix::GenerateKey => "the tenant's operator must make it a signing key".into(),
            Fix::RotateFirst => "the operator must rotate the tenant's key first".into(),
            Fix::ImportKey => "the operator must register the key with the tenant".into(),
            Fix::Doctor => "the operator must check the database".into(),
            Fix::ActivateProduct { .. } => "the operator can activate the product".into(),
            Fix::AddFeature { product, .. } => {
                format!("leave it out, or have it added to product '{product}'")
            }
            Fix::RestoreCustomer { .. } => {
                "the vendor can bring it back, or choose another customer".into()
            }
            Fix::DeactivateMachine { .. } => {
                "deactivate it first (POST /v1/tenants/{slug}/licenses/deactivate)".into()
            }
            Fix::SetWebhookUrl { .. } => "the operator must set the tenant's webhook URL".into(),
            Fix::ShowLicense { license } => format!("see GET /v1/licenses/{license}"),
            Fix::ConnectStripe => "the operator must connect the tenant's Stripe account".into(),
            Fix::SetUpEmail => "the operator must set up the tenant's email".into(),
            Fix::GiveOneOf(fields) => format!("give {}", Field::one_of(fields, json_field)),
            Fix::Give(field) => format!("give {}", json_field(field)),
        }
    }
}

fn json_field(field: &Field) -> String {
    format!("\"{}\"", field.json)
}

fn record_remedy(what: Record, id: &str, remedy: &Remedy) -> Option<String> {
    Some(match (remedy, what) {
        (Remedy::Said(_), _) => return None,
        (Remedy::OtherTenant, _) => {
            "it may be for another tenant: check the tenant in the URL".into()
        }
        (Remedy::Activate { .. }, _) => {
            "activate it first (POST /v1/tenants/{slug}/licenses/activate)".into()
        }
        (Remedy::Restore, _) => {
            "it was deleted; the vendor can bring it back, or choose another email".into()
        }
        (Remedy::ChooseAnother, Record::Customer) => "choose another email".into(),
        (Remedy::ChooseAnother, _) => format!("choose another name for the {what}"),
        (_, Record::Tenant) => "check the tenant's slug in the URL".into(),
        (_, Record::Product) => "see GET /v1/products".into(),
        (_, Record::Plan) => {
            let product = id.split_once('/').map_or(id, |(product, _)| product);
            format!("see GET /v1/plans?product={product}")
        }
        (Remedy::LookOrCreate, Record::Customer) => {
            "see GET /v1/customers, or create it with POST /v1/customers".into()
        }
        (_, Record::Customer | Record::CustomerExternalId) => "see GET /v1/customers".into(),
        (_, Record::License) => "see GET /v1/licenses".into(),
        (
            _,
            Record::Machine
            | Record::ApiKey
            | Record::ApiKeyName
            | Record::SigningKey
            | Record::Price,
        ) => {
            format!("check the {what} in the request")
        }
    })
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.to_string(),
                message: self.message,
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

pub type ApiResult<T> = std::result::Result<T, ApiError>;
