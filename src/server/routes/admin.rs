//! The endpoints of the vendor's back office, authenticated by an API key
//! (docs/service.md): read licenses, customers, products and plans (reader);
//! issue, renew, update, suspend, reinstate and revoke licenses, create
//! customers and read the audit log (admin). Each write is one transaction
//! with its audit entries, as the command's, by `api-key:NAME` from the
//! client's address.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
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

/// What a back-office request needs: its key, the role the key must have,
/// the client's address, and whether it writes.
struct Call {
    key: RequiredKey,
    needed: Role,
    client: ClientAddr,
    writes: bool,
}

/// Checks the API key and its role, then runs `work` for the key's
/// tenant, in one write or read transaction.
async fn in_tenant<T, F>(state: &Arc<AppState>, call: Call, work: F) -> ApiResult<Tagged<T>>
where
    T: Send + 'static,
    F: FnOnce(&Session<'_>, &Scope<'_>, &Tenant) -> Result<T> + Send + 'static,
{
    let (run, presented, needed, client) = (state.clone(), call.key.0, call.needed, call.client.0);
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
        let value = work(&session, &tx.scope(&tenant), &tenant)?;
        Ok(Ok((tenant.slug().to_string(), value)))
    };
    let (slug, value) = if call.writes {
        state.db.write(job).await??
    } else {
        state.db.read(job).await??
    };
    Ok(Tagged(slug, value))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    QueryParams(query): QueryParams<LicenseQuery>,
) -> ApiResult<Tagged<Json<CursorPage<License>>>> {
    let cursor = query.cursor()?;
    let page = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Reader,
            client,
            writes: false,
        },
        move |session, scope, tenant| {
            scope.licenses(&query.filter(scope, tenant)?, cursor, session.now)
        },
    );
    Ok(json(page.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    JsonBody(input): JsonBody<IssueInput>,
) -> ApiResult<(StatusCode, Tagged<Json<IssuedList>>)> {
    let request = IssueRequest::new(input)?;
    if request.count() > MAX_ISSUE {
        return Err(ApiError::bad_request(format!(
            "issue at most {MAX_ISSUE} licenses per request; for more, use `keywright license import`"
        )));
    }
    let issued = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, tenant| {
            let mut issued = Vec::new();
            issue_licenses(session, scope, tenant, &request, &mut |one| {
                issued.push(one);
                Ok(())
            })?;
            Ok(issued)
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        json(issued.map(|items| IssuedList { items })),
    ))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    Path(key): Path<String>,
) -> ApiResult<Tagged<Json<License>>> {
    let key = canonical_key(&key)?;
    let license = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Reader,
            client,
            writes: false,
        },
        move |session, scope, _| license_by_key(scope, &key, session.now),
    );
    Ok(json(license.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    Path(key): Path<String>,
    JsonBody(input): JsonBody<RenewInput>,
) -> ApiResult<Tagged<Json<Resigned>>> {
    let (key, request) = (canonical_key(&key)?, RenewRequest::new(input)?);
    let resigned = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, tenant| renew_license(session, scope, tenant, &key, &request),
    );
    Ok(json(resigned.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    Path(key): Path<String>,
    JsonBody(input): JsonBody<UpdateInput>,
) -> ApiResult<Tagged<Json<Resigned>>> {
    let (key, request) = (canonical_key(&key)?, UpdateRequest::new(input)?);
    let resigned = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, tenant| update_license(session, scope, tenant, &key, &request),
    );
    Ok(json(resigned.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    Path(key): Path<String>,
    OptionalJsonBody(_empty): OptionalJsonBody<Empty>,
) -> ApiResult<Tagged<Json<Changed>>> {
    let keys = [canonical_key(&key)?];
    let changed = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, _| first(suspend_keys(session, scope, &keys)?),
    );
    Ok(json(changed.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    Path(key): Path<String>,
    OptionalJsonBody(_empty): OptionalJsonBody<Empty>,
) -> ApiResult<Tagged<Json<Changed>>> {
    let keys = [canonical_key(&key)?];
    let changed = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, _| first(reinstate_keys(session, scope, &keys)?),
    );
    Ok(json(changed.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    Path(key): Path<String>,
    OptionalJsonBody(input): OptionalJsonBody<ReasonInput>,
) -> ApiResult<Tagged<Json<Changed>>> {
    let request = RevokeRequest::new(&[key], input.reason.as_deref())?;
    let changed = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, _| first(revoke_keys(session, scope, &request)?),
    );
    Ok(json(changed.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    JsonBody(input): JsonBody<BulkRevokeInput>,
) -> ApiResult<Tagged<Json<BulkRevoked>>> {
    let request = BulkRevokeRequest::from_input(input)?;
    let writes = !request.dry_run;
    let done = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes,
        },
        move |session, scope, tenant| {
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
        },
    );
    Ok(json(done.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    QueryParams(query): QueryParams<CustomerQuery>,
) -> ApiResult<Tagged<Json<CursorPage<Customer>>>> {
    let cursor = query.cursor()?;
    let page = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Reader,
            client,
            writes: false,
        },
        move |_, scope, _| scope.customers(&query.filter(), cursor),
    );
    Ok(json(page.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    JsonBody(input): JsonBody<CustomerInput>,
) -> ApiResult<(StatusCode, Tagged<Json<Customer>>)> {
    let request = CustomerRequest::new(input)?;
    let customer = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: true,
        },
        move |session, scope, _| create_customer(session, scope, &request),
    );
    Ok((StatusCode::CREATED, json(customer.await?)))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    QueryParams(query): QueryParams<ProductQuery>,
) -> ApiResult<Tagged<Json<CursorPage<Product>>>> {
    let cursor = query.cursor()?;
    let page = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Reader,
            client,
            writes: false,
        },
        move |_, scope, _| scope.products(&query.filter(), cursor),
    );
    Ok(json(page.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    QueryParams(query): QueryParams<PlanQuery>,
) -> ApiResult<Tagged<Json<CursorPage<Plan>>>> {
    let cursor = query.cursor()?;
    let page = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Reader,
            client,
            writes: false,
        },
        move |_, scope, _| scope.plans(&query.filter(scope)?, cursor),
    );
    Ok(json(page.await?))
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
    State(state): State<Arc<AppState>>,
    api_key: RequiredKey,
    client: ClientAddr,
    QueryParams(query): QueryParams<AuditQuery>,
) -> ApiResult<Tagged<Json<CursorPage<AuditEntry>>>> {
    let cursor = query.cursor()?;
    let page = in_tenant(
        &state,
        Call {
            key: api_key,
            needed: Role::Admin,
            client,
            writes: false,
        },
        move |_, scope, tenant| scope.audit_entries(&query.filter(tenant)?, cursor),
    );
    Ok(json(page.await?))
}

/// A tagged value as a JSON response.
fn json<T>(tagged: Tagged<T>) -> Tagged<Json<T>> {
    Tagged(tagged.0, Json(tagged.1))
}

fn first(mut changed: Vec<Changed>) -> Result<Changed> {
    changed
        .pop()
        .ok_or_else(|| crate::error::Error::runtime("the change left no record"))
}
