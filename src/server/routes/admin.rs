//! The endpoints of the vendor's back office, authenticated by an API key
//! (docs/service.md): read licenses, customers, products and plans (reader);
//! issue, renew, update, suspend, reinstate and revoke licenses, create
//! customers and read the audit log (admin). Each write is one transaction
//! with its audit entries, as the command's, by `api-key:NAME` from the
//! client's address.

use std::sync::Arc;

use axum::Json;
use axum::extract::{FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};

use crate::domain::state::Role;
use crate::error::Result;
use crate::server::auth::{RequiredKey, admit_key, key_actor, require};
use crate::server::error::{ApiError, ApiResult, ErrorBody};
use crate::server::extract::{ClientAddr, JsonBody, OptionalJsonBody, QueryParams};
use crate::server::observe::Tagged;
use crate::server::state::AppState;
use crate::service::Session;
use crate::service::customer::{CustomerInput, CustomerRequest, create_customer};
use crate::service::license::contract::{
    RenewInput, RenewRequest, Resigned, UpdateInput, UpdateRequest, renew as renew_license,
    update as update_license,
};
use crate::service::license::issue::{IssueInput, IssueRequest, Issued, issue_licenses};
use crate::service::license::revoke::{
    BulkRevokeInput, BulkRevokeRequest, RevokeRequest, revoke_selected, select,
};
use crate::service::license::suspend::{reinstate as reinstate_keys, suspend as suspend_keys};
use crate::service::license::{
    Changed, canonical_key, license_by_key, revoke::revoke as revoke_keys,
};
use crate::service::queries::{AuditQuery, CustomerQuery, LicenseQuery, PlanQuery, ProductQuery};
use crate::store::{AuditEntry, CursorPage, Customer, License, Plan, Product, Scope, Tenant};

/// The most licenses one HTTP request may issue.
const MAX_ISSUE: u32 = 1000;

/// Who calls a back-office endpoint: the service, the API key presented
/// (a request without one is refused before its body is read) and the
/// client's address.
pub struct Caller {
    state: Arc<AppState>,
    key: RequiredKey,
    client: ClientAddr,
}

impl FromRequestParts<Arc<AppState>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> std::result::Result<Self, ApiError> {
        let key = RequiredKey::from_request_parts(parts, state).await?;
        let client = ClientAddr::from_request_parts(parts, state).await?;
        Ok(Caller {
            state: state.clone(),
            key,
            client,
        })
    }
}

impl Caller {
    /// Runs `work` in a read transaction, for a key with at least `needed`.
    async fn read<T, F>(self, needed: Role, work: F) -> ApiResult<Tagged<Json<T>>>
    where
        T: Send + 'static,
        F: FnOnce(&Session<'_>, &Scope<'_>, &Tenant) -> Result<T> + Send + 'static,
    {
        self.run(needed, false, work).await
    }

    /// Runs `work` in a write transaction, for an admin key.
    async fn write<T, F>(self, work: F) -> ApiResult<Tagged<Json<T>>>
    where
        T: Send + 'static,
        F: FnOnce(&Session<'_>, &Scope<'_>, &Tenant) -> Result<T> + Send + 'static,
    {
        self.run(Role::Admin, true, work).await
    }

    /// Checks the API key and its role, then runs `work` for the key's
    /// tenant, in one write or read transaction.
    async fn run<T, F>(self, needed: Role, writes: bool, work: F) -> ApiResult<Tagged<Json<T>>>
    where
        T: Send + 'static,
        F: FnOnce(&Session<'_>, &Scope<'_>, &Tenant) -> Result<T> + Send + 'static,
    {
        let (run, presented, client) = (self.state.clone(), self.key.0, self.client.0);
        let job = move |tx: &crate::store::Tx<'_>| -> Result<ApiResult<(String, T)>> {
            let key = match admit_key(&run, tx, &presented, None, client)? {
                Ok(key) => key,
                Err(refused) => return Ok(Err(refused)),
            };
            if let Err(refused) = require(&key, needed) {
                return Ok(Err(refused));
            }
            let tenant = tx.tenant_by_id(key.tenant)?.ok_or_else(|| {
                crate::error::Error::runtime("the API key's tenant is gone from the database")
            })?;
            let session = run.session(key_actor(&key), client);
            let value = work(&session, &tx.scope(&tenant)?, &tenant)?;
            Ok(Ok((tenant.slug().to_string(), value)))
        };
        let (slug, value) = if writes {
            self.state.db.write(job).await??
        } else {
            self.state.db.read(job).await??
        };
        Ok(Tagged(slug, Json(value)))
    }
}

/// A reason for a state change, optional.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonInput {
    #[serde(default)]
    pub reason: Option<String>,
}

/// No body, or an empty object.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Empty {}

/// Licenses just issued.
#[derive(Serialize, utoipa::ToSchema)]
pub struct IssuedList {
    pub items: Vec<Issued>,
}

/// The outcome of a bulk revocation.
#[derive(Serialize, utoipa::ToSchema)]
pub struct BulkRevoked {
    pub dry_run: bool,
    /// How many licenses were (or, in a dry run, would be) revoked.
    pub count: usize,
    pub keys: Vec<String>,
}

#[utoipa::path(
    get, path = "/v1/licenses", tag = "back office", params(LicenseQuery),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "One page of licenses, oldest first (reader)", body = CursorPage<License>),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn list_licenses(
    caller: Caller,
    QueryParams(query): QueryParams<LicenseQuery>,
) -> ApiResult<Tagged<Json<CursorPage<License>>>> {
    let cursor = query.cursor()?;
    caller
        .read(Role::Reader, move |session, scope, tenant| {
            scope.licenses(&query.filter(scope, tenant)?, cursor, session.now)
        })
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses", tag = "back office", request_body = IssueInput,
    security(("api_key" = [])),
    responses(
        (status = 201, description = "Issued (admin); at most 1000 per request", body = IssuedList),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 413, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn issue(
    caller: Caller,
    JsonBody(input): JsonBody<IssueInput>,
) -> ApiResult<(StatusCode, Tagged<Json<IssuedList>>)> {
    let request = IssueRequest::new(input)?;
    if request.count() > MAX_ISSUE {
        return Err(ApiError::bad_request(format!(
            "issue at most {MAX_ISSUE} licenses per request; for more, send several requests"
        )));
    }
    let issued = caller
        .write(move |session, scope, tenant| {
            let mut items = Vec::new();
            issue_licenses(session, scope, tenant, &request, &mut |one| {
                items.push(one);
                Ok(())
            })?;
            Ok(IssuedList { items })
        })
        .await?;
    Ok((StatusCode::CREATED, issued))
}

#[utoipa::path(
    get, path = "/v1/licenses/{key}", tag = "back office",
    params(("key" = String, Path, description = "The license key")),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "The license (reader)", body = License),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn show_license(
    caller: Caller,
    Path(key): Path<String>,
) -> ApiResult<Tagged<Json<License>>> {
    let key = canonical_key(&key)?;
    caller
        .read(Role::Reader, move |session, scope, _| {
            license_by_key(scope, &key, session.now)
        })
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses/{key}/renew", tag = "back office",
    params(("key" = String, Path, description = "The license key")),
    request_body = RenewInput, security(("api_key" = [])),
    responses(
        (status = 200, description = "Renewed and re-signed (admin)", body = Resigned),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn renew(
    caller: Caller,
    Path(key): Path<String>,
    JsonBody(input): JsonBody<RenewInput>,
) -> ApiResult<Tagged<Json<Resigned>>> {
    let (key, request) = (canonical_key(&key)?, RenewRequest::new(input)?);
    caller
        .write(move |session, scope, tenant| renew_license(session, scope, tenant, &key, &request))
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses/{key}/update", tag = "back office",
    params(("key" = String, Path, description = "The license key")),
    request_body = UpdateInput, security(("api_key" = [])),
    responses(
        (status = 200, description = "The contract changed and re-signed (admin)", body = Resigned),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn update(
    caller: Caller,
    Path(key): Path<String>,
    JsonBody(input): JsonBody<UpdateInput>,
) -> ApiResult<Tagged<Json<Resigned>>> {
    let (key, request) = (canonical_key(&key)?, UpdateRequest::new(input)?);
    caller
        .write(move |session, scope, tenant| update_license(session, scope, tenant, &key, &request))
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses/{key}/suspend", tag = "back office",
    params(("key" = String, Path, description = "The license key")),
    request_body(content = Option<Empty>, description = "No body, or {}"), security(("api_key" = [])),
    responses(
        (status = 200, description = "Suspended (admin)", body = Changed),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn suspend(
    caller: Caller,
    Path(key): Path<String>,
    OptionalJsonBody(_empty): OptionalJsonBody<Empty>,
) -> ApiResult<Tagged<Json<Changed>>> {
    let keys = [canonical_key(&key)?];
    caller
        .write(move |session, scope, _| first(suspend_keys(session, scope, &keys)?))
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses/{key}/reinstate", tag = "back office",
    params(("key" = String, Path, description = "The license key")),
    request_body(content = Option<Empty>, description = "No body, or {}"), security(("api_key" = [])),
    responses(
        (status = 200, description = "Reinstated (admin)", body = Changed),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn reinstate(
    caller: Caller,
    Path(key): Path<String>,
    OptionalJsonBody(_empty): OptionalJsonBody<Empty>,
) -> ApiResult<Tagged<Json<Changed>>> {
    let keys = [canonical_key(&key)?];
    caller
        .write(move |session, scope, _| first(reinstate_keys(session, scope, &keys)?))
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses/{key}/revoke", tag = "back office",
    params(("key" = String, Path, description = "The license key")),
    request_body(content = Option<ReasonInput>, description = "No body, or a reason"), security(("api_key" = [])),
    responses(
        (status = 200, description = "Revoked for good (admin)", body = Changed),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn revoke(
    caller: Caller,
    Path(key): Path<String>,
    OptionalJsonBody(input): OptionalJsonBody<ReasonInput>,
) -> ApiResult<Tagged<Json<Changed>>> {
    let request = RevokeRequest::new(&[key], input.reason.as_deref())?;
    caller
        .write(move |session, scope, _| first(revoke_keys(session, scope, &request)?))
        .await
}

#[utoipa::path(
    post, path = "/v1/licenses/revoke", tag = "back office", request_body = BulkRevokeInput,
    security(("api_key" = [])),
    responses(
        (status = 200, description = "Revoked all or nothing, or, with dry_run, what would be (admin)", body = BulkRevoked),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn bulk_revoke(
    caller: Caller,
    JsonBody(input): JsonBody<BulkRevokeInput>,
) -> ApiResult<Tagged<Json<BulkRevoked>>> {
    let request = BulkRevokeRequest::from_input(input)?;
    let writes = !request.dry_run;
    caller
        .run(Role::Admin, writes, move |session, scope, tenant| {
            let selected = select(scope, tenant, &request, session.now)?;
            let keys = if request.dry_run {
                selected.into_iter().map(|l| l.key).collect::<Vec<_>>()
            } else {
                let changed = revoke_selected(session, scope, &request, &selected, &|| {})?;
                changed.into_iter().map(|c| c.key).collect()
            };
            Ok(BulkRevoked {
                dry_run: request.dry_run,
                count: keys.len(),
                keys,
            })
        })
        .await
}

#[utoipa::path(
    get, path = "/v1/customers", tag = "back office", params(CustomerQuery),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "One page of customers (reader)", body = CursorPage<Customer>),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn list_customers(
    caller: Caller,
    QueryParams(query): QueryParams<CustomerQuery>,
) -> ApiResult<Tagged<Json<CursorPage<Customer>>>> {
    let cursor = query.cursor()?;
    caller
        .read(Role::Reader, move |_, scope, _| {
            scope.customers(&query.filter(), cursor)
        })
        .await
}

#[utoipa::path(
    post, path = "/v1/customers", tag = "back office", request_body = CustomerInput,
    security(("api_key" = [])),
    responses(
        (status = 201, description = "Created (admin)", body = Customer),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn create_customer_route(
    caller: Caller,
    JsonBody(input): JsonBody<CustomerInput>,
) -> ApiResult<(StatusCode, Tagged<Json<Customer>>)> {
    let request = CustomerRequest::new(input)?;
    let customer = caller
        .write(move |session, scope, _| create_customer(session, scope, &request))
        .await?;
    Ok((StatusCode::CREATED, customer))
}

#[utoipa::path(
    get, path = "/v1/products", tag = "back office", params(ProductQuery),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "One page of products (reader)", body = CursorPage<Product>),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn list_products(
    caller: Caller,
    QueryParams(query): QueryParams<ProductQuery>,
) -> ApiResult<Tagged<Json<CursorPage<Product>>>> {
    let cursor = query.cursor()?;
    caller
        .read(Role::Reader, move |_, scope, _| {
            scope.products(&query.filter(), cursor)
        })
        .await
}

#[utoipa::path(
    get, path = "/v1/plans", tag = "back office", params(PlanQuery),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "One page of plans (reader)", body = CursorPage<Plan>),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn list_plans(
    caller: Caller,
    QueryParams(query): QueryParams<PlanQuery>,
) -> ApiResult<Tagged<Json<CursorPage<Plan>>>> {
    let cursor = query.cursor()?;
    caller
        .read(Role::Reader, move |_, scope, _| {
            scope.plans(&query.filter(scope)?, cursor)
        })
        .await
}

#[utoipa::path(
    get, path = "/v1/audit", tag = "back office", params(AuditQuery),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "One page of audit entries, oldest first (admin)", body = CursorPage<AuditEntry>),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 429, body = ErrorBody),
    ),
)]
pub async fn list_audit(
    caller: Caller,
    QueryParams(query): QueryParams<AuditQuery>,
) -> ApiResult<Tagged<Json<CursorPage<AuditEntry>>>> {
    let cursor = query.cursor()?;
    caller
        .read(Role::Admin, move |_, scope, tenant| {
            scope.audit_entries(&query.filter(tenant)?, cursor)
        })
        .await
}

fn first(mut changed: Vec<Changed>) -> Result<Changed> {
    changed
        .pop()
        .ok_or_else(|| crate::error::Error::runtime("the change left no record"))
}
