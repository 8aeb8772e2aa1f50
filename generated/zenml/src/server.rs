//! The server: the [`Api`] trait an implementation provides, each
//! operation's request and response types, and [`router`], which
//! reads, authenticates and validates every request before a method
//! sees it.

use std::future::Future;
use std::sync::Arc;
use crate::models;
use oapi_axum_runtime::axum::extract::{Request, State};
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::axum::{Router, routing};
use oapi_axum_runtime::params::Sent;
use oapi_axum_runtime::problem::Rejection;
use oapi_axum_runtime::server::{self, AuthError, Checks, Presented, Served};
use oapi_axum_runtime::Valid;

/// What an implementation of ZenML Pro API provides: one method per operation.
pub trait Api: Send + Sync + 'static {
    /// Who a request comes from, as [`Api::authenticate`] proves it.
    type Principal: Send;
    /// Errors the API description does not describe; `?` in a method
    /// turns them into the response they make.
    type Error: IntoResponse + Send;
    /// Proves who presented `credentials` (for an operation whose
    /// requirements they meet). `scopes` are the OAuth2 scopes the
    /// operation requires. An error refuses the request: 401 or 403.
    fn authenticate(
        &self,
        credentials: Credentials,
        scopes: &'static [&'static str],
    ) -> impl Future<Output = Result<Self::Principal, AuthError>> + Send;
    /// How a request refused before its method runs is answered: as the
    /// API description declares (FastAPI's `HTTPValidationError` for
    /// requests that do not read or validate, problem+json otherwise).
    fn reject(&self, rejection: Rejection) -> Response {
        server::fastapi_response(&rejection)
    }
    /// `GET /organizations`: List Organizations Endpoint
    ///
    /// Endpoint to list organizations.
    ///
    /// Args:
    ///     name: Filter by organization name.
    ///     offset: Query offset.
    ///     limit: Query limit.
    ///     auth_context: The authentication context.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///     owner_id: Id of the Organization owner
    ///     owner_username: Username of the Organization owner
    ///
    /// Returns:
    ///     List of organization models.
    fn list_organizations_endpoint_organizations_get(
        &self,
        principal: Self::Principal,
        request: ListOrganizationsEndpointOrganizationsGetRequest,
    ) -> impl Future<
        Output = Result<ListOrganizationsEndpointOrganizationsGetResponse, Self::Error>,
    > + Send;
    /// `POST /organizations`: Create Organization Endpoint
    ///
    /// Endpoint to create an organization.
    ///
    /// Args:
    ///     organization: The organization to create.
    ///     user: The authenticated user.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///
    /// Raises:
    ///     IllegalOperationError: If the user is not allowed to create an
    ///         organization for another user or to set sensitive user fields.
    ///         Also raised if the user is a service account.
    ///     OrganizationLimitExceeded: If the user already has an organization.
    ///
    /// Returns:
    ///     Model of the created organization.
    fn create_organization_endpoint_organizations_post(
        &self,
        principal: Self::Principal,
        request: CreateOrganizationEndpointOrganizationsPostRequest,
    ) -> impl Future<
        Output = Result<CreateOrganizationEndpointOrganizationsPostResponse, Self::Error>,
    > + Send;
    /// `GET /organizations/{organization_id}`: Get Organization Endpoint
    ///
    /// Endpoint to get an organization.
    ///
    /// Args:
    ///     organization_id_or_name: ID or name of the organization to get.
    ///     include_subscription_status: Whether to include the subscription
    ///         status of the org
    ///     auth_context: The authentication context.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///
    /// Returns:
    ///     Model of the organization.
    fn get_organization_endpoint_organizations_organization_id_or_name_get(
        &self,
        principal: Self::Principal,
        request: GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetRequest,
    ) -> impl Future<
        Output = Result<
            GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetResponse,
            Self::Error,
        >,
    > + Send;
    /// `DELETE /organizations/{organization_id}`: Delete Organization Endpoint
    ///
    /// Endpoint to delete an organization.
    ///
    /// Args:
    ///     organization_id: ID of the organization to delete.
    ///     user: The authenticated user.
    ///     organization_manager: Organization manager
    ///
    /// Raises:
    ///     IllegalOperationError: If the user does not have permissions to
    ///         delete the organization.
    fn delete_organization_endpoint_organizations_organization_id_delete(
        &self,
        principal: Self::Principal,
        request: DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteRequest,
    ) -> impl Future<
        Output = Result<
            DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteResponse,
            Self::Error,
        >,
    > + Send;
    /// `PATCH /organizations/{organization_id}`: Update Organization Endpoint
    ///
    /// Endpoint to update an organization.
    ///
    /// Args:
    ///     organization_id: ID of the organization to update.
    ///     update: The organization update.
    ///     user: The authenticated user.
    ///     rbac: RBAC component.
    ///     organization_manager: Organization manager
    ///
    /// Returns:
    ///     Model of the updated organization.
    ///
    /// Raises:
    ///     IllegalOperationError: If the user does not have permissions to
    ///         update the organization.
    fn update_organization_endpoint_organizations_organization_id_patch(
        &self,
        principal: Self::Principal,
        request: UpdateOrganizationEndpointOrganizationsOrganizationIdPatchRequest,
    ) -> impl Future<
        Output = Result<
            UpdateOrganizationEndpointOrganizationsOrganizationIdPatchResponse,
            Self::Error,
        >,
    > + Send;
}

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `OAuth2PasswordBearer`: the token of `Authorization: Bearer`.
    pub o_auth2_password_bearer: Option<String>,
}

impl Credentials {
    fn presented(presented: &Presented<'_>) -> Self {
        Self {
            o_auth2_password_bearer: presented.bearer(),
        }
    }
}

/// What `list_organizations_endpoint_organizations_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct ListOrganizationsEndpointOrganizationsGetRequest {
    /// The query parameters.
    pub query: Valid<models::ListOrganizationsEndpointOrganizationsGetQuery>,
}

/// What `list_organizations_endpoint_organizations_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum ListOrganizationsEndpointOrganizationsGetResponse {
    /// 200: Successful Response
    Ok(Vec<models::OrganizationRead>),
    /// 401: Not authenticated
    Unauthorized,
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
}

impl IntoResponse for ListOrganizationsEndpointOrganizationsGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::UnprocessableEntity(body) => server::json(422, &body),
        }
    }
}

/// What `create_organization_endpoint_organizations_post` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct CreateOrganizationEndpointOrganizationsPostRequest {
    /// The body.
    pub body: Valid<models::OrganizationCreate>,
}

/// What `create_organization_endpoint_organizations_post` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum CreateOrganizationEndpointOrganizationsPostResponse {
    /// 200: Successful Response
    Ok(Box<models::OrganizationRead>),
    /// 401: Not authenticated
    Unauthorized,
    /// 403: IllegalOperationError: the user may not create an organization for another user or set sensitive user fields, or is a service account.
    Forbidden,
    /// 404: No user with this owner_id.
    NotFound,
    /// 409: OrganizationLimitExceeded: the user already has an organization.
    Conflict,
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
}

impl IntoResponse for CreateOrganizationEndpointOrganizationsPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
            Self::UnprocessableEntity(body) => server::json(422, &body),
        }
    }
}

/// What `get_organization_endpoint_organizations_organization_id_or_name_get` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetRequest {
    /// The path parameters.
    pub path: Valid<
        models::GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
    >,
    /// The query parameters.
    pub query: Valid<
        models::GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
    >,
}

/// What `get_organization_endpoint_organizations_organization_id_or_name_get` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetResponse {
    /// 200: Successful Response
    Ok(Box<models::OrganizationRead>),
    /// 401: Not authenticated
    Unauthorized,
    /// 404: No organization with this ID or name.
    NotFound,
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
}

impl IntoResponse
for GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::NotFound => server::empty(404),
            Self::UnprocessableEntity(body) => server::json(422, &body),
        }
    }
}

/// What `delete_organization_endpoint_organizations_organization_id_delete` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteRequest {
    /// The path parameters.
    pub path: Valid<
        models::DeleteOrganizationEndpointOrganizationsOrganizationIdDeletePath,
    >,
}

/// What `delete_organization_endpoint_organizations_organization_id_delete` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteResponse {
    /// 204: Successful Response
    NoContent,
    /// 401: Not authenticated
    Unauthorized,
    /// 403: IllegalOperationError: the user does not have permissions to delete the organization.
    Forbidden,
    /// 404: No organization with this ID.
    NotFound,
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
}

impl IntoResponse
for DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => server::empty(204),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::UnprocessableEntity(body) => server::json(422, &body),
        }
    }
}

/// What `update_organization_endpoint_organizations_organization_id_patch` receives: every part of the request, read and checked.
#[derive(Debug)]
pub struct UpdateOrganizationEndpointOrganizationsOrganizationIdPatchRequest {
    /// The path parameters.
    pub path: Valid<
        models::UpdateOrganizationEndpointOrganizationsOrganizationIdPatchPath,
    >,
    /// The body.
    pub body: Valid<models::OrganizationUpdate>,
}

/// What `update_organization_endpoint_organizations_organization_id_patch` answers: one variant per response the API description declares.
#[derive(Debug)]
pub enum UpdateOrganizationEndpointOrganizationsOrganizationIdPatchResponse {
    /// 200: Successful Response
    Ok(Box<models::OrganizationRead>),
    /// 401: Not authenticated
    Unauthorized,
    /// 403: IllegalOperationError: the user does not have permissions to update the organization.
    Forbidden,
    /// 404: No organization with this ID, or no user with this owner_id.
    NotFound,
    /// 409: EntityExistsError: another organization has this name.
    Conflict,
    /// 422: Validation Error
    UnprocessableEntity(models::HttpValidationError),
}

impl IntoResponse
for UpdateOrganizationEndpointOrganizationsOrganizationIdPatchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => server::json(200, &body),
            Self::Unauthorized => server::empty(401),
            Self::Forbidden => server::empty(403),
            Self::NotFound => server::empty(404),
            Self::Conflict => server::empty(409),
            Self::UnprocessableEntity(body) => server::json(422, &body),
        }
    }
}

/// An implementation that answers every operation with 501 Not
/// Implemented (accepting any credentials the operation requires): to
/// build the router in tests, or to serve while methods are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unimplemented;

impl Api for Unimplemented {
    type Principal = Credentials;
    type Error = server::NotImplemented;
    async fn authenticate(
        &self,
        credentials: Credentials,
        _: &'static [&'static str],
    ) -> Result<Credentials, AuthError> {
        Ok(credentials)
    }
    async fn list_organizations_endpoint_organizations_get(
        &self,
        _: Credentials,
        _: ListOrganizationsEndpointOrganizationsGetRequest,
    ) -> Result<ListOrganizationsEndpointOrganizationsGetResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn create_organization_endpoint_organizations_post(
        &self,
        _: Credentials,
        _: CreateOrganizationEndpointOrganizationsPostRequest,
    ) -> Result<CreateOrganizationEndpointOrganizationsPostResponse, Self::Error> {
        Err(server::NotImplemented)
    }
    async fn get_organization_endpoint_organizations_organization_id_or_name_get(
        &self,
        _: Credentials,
        _: GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetRequest,
    ) -> Result<
        GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn delete_organization_endpoint_organizations_organization_id_delete(
        &self,
        _: Credentials,
        _: DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteRequest,
    ) -> Result<
        DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
    async fn update_organization_endpoint_organizations_organization_id_patch(
        &self,
        _: Credentials,
        _: UpdateOrganizationEndpointOrganizationsOrganizationIdPatchRequest,
    ) -> Result<
        UpdateOrganizationEndpointOrganizationsOrganizationIdPatchResponse,
        Self::Error,
    > {
        Err(server::NotImplemented)
    }
}

/// Serves every operation of the API with `api`, reading bodies of up to
/// [`server::DEFAULT_BODY_LIMIT`] bytes.
pub fn router<A: Api>(api: A) -> Router {
    router_with_body_limit(api, server::DEFAULT_BODY_LIMIT)
}

/// Serves every operation of the API with `api`, reading bodies of up to
/// `body_limit` bytes (larger ones are refused with 413). Paths the API
/// does not have are 404, methods a path does not take 405 (with
/// `Allow`), both answered by [`Api::reject`].
pub fn router_with_body_limit<A: Api>(api: A, body_limit: usize) -> Router {
    operations()
        .fallback(|State(served): State<Arc<Served<A>>>| async move {
            served.api.reject(Rejection::NotFound)
        })
        .with_state(Arc::new(Served { api, body_limit }))
}

/// The routes of every operation, as [`router_with_body_limit`] serves
/// them, but without its answer for other paths: to merge with other
/// routers (several APIs in one server), which then say what other
/// paths answer. axum merges routers with one fallback at most.
pub fn routes<A: Api>(api: A, body_limit: usize) -> Router {
    operations().with_state(Arc::new(Served { api, body_limit }))
}

fn operations<A: Api>() -> Router<Arc<Served<A>>> {
    Router::new()
        .route(
            "/organizations",
            routing::get(handle_list_organizations_endpoint_organizations_get::<A>)
                .post(handle_create_organization_endpoint_organizations_post::<A>),
        )
        .route(
            "/organizations/{p0}",
            routing::get(
                    handle_get_organization_endpoint_organizations_organization_id_or_name_get::<
                        A,
                    >,
                )
                .delete(
                    handle_delete_organization_endpoint_organizations_organization_id_delete::<
                        A,
                    >,
                )
                .patch(
                    handle_update_organization_endpoint_organizations_organization_id_patch::<
                        A,
                    >,
                ),
        )
        .method_not_allowed_fallback(|State(served): State<Arc<Served<A>>>| async move {
            served.api.reject(Rejection::MethodNotAllowed)
        })
}

/// The principal of a request whose credentials meet one of the
/// operation's security `alternatives`; else the refusal.
async fn authenticated<A: Api>(
    api: &A,
    presented: &Presented<'_>,
    alternatives: fn(&Credentials) -> bool,
    scopes: &'static [&'static str],
    challenges: &[&str],
) -> Result<A::Principal, Response> {
    let credentials = Credentials::presented(presented);
    let unauthorized = || Rejection::Unauthorized {
        challenges: challenges.iter().map(|c| (*c).to_owned()).collect(),
    };
    if !alternatives(&credentials) {
        return Err(api.reject(unauthorized()));
    }
    match api.authenticate(credentials, scopes).await {
        Ok(principal) => Ok(principal),
        Err(AuthError::Unauthorized) => Err(api.reject(unauthorized())),
        Err(AuthError::Forbidden) => Err(api.reject(Rejection::Forbidden)),
    }
}

async fn handle_list_organizations_endpoint_organizations_get<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.o_auth2_password_bearer.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let query = checks
        .parameters::<
            models::ListOrganizationsEndpointOrganizationsGetQuery,
        >(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(query) = query else {
        return server::internal_error();
    };
    let request = ListOrganizationsEndpointOrganizationsGetRequest {
        query,
    };
    served
        .api
        .list_organizations_endpoint_organizations_get(principal, request)
        .await
        .into_response()
}

async fn handle_create_organization_endpoint_organizations_post<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.o_auth2_password_bearer.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let body = match checks
        .json_body::<
            models::OrganizationCreate,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(body) = body else {
        return server::internal_error();
    };
    let request = CreateOrganizationEndpointOrganizationsPostRequest {
        body,
    };
    served
        .api
        .create_organization_endpoint_organizations_post(principal, request)
        .await
        .into_response()
}

async fn handle_get_organization_endpoint_organizations_organization_id_or_name_get<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.o_auth2_password_bearer.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetPath,
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let query = checks
        .parameters::<
            models::GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetQuery,
        >(&query, &[], "/query");
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(query)) = (path, query) else {
        return server::internal_error();
    };
    let request = GetOrganizationEndpointOrganizationsOrganizationIdOrNameGetRequest {
        path,
        query,
    };
    served
        .api
        .get_organization_endpoint_organizations_organization_id_or_name_get(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_delete_organization_endpoint_organizations_organization_id_delete<
    A: Api,
>(State(served): State<Arc<Served<A>>>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.o_auth2_password_bearer.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::DeleteOrganizationEndpointOrganizationsOrganizationIdDeletePath,
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let Some(path) = path else {
        return server::internal_error();
    };
    let request = DeleteOrganizationEndpointOrganizationsOrganizationIdDeleteRequest {
        path,
    };
    served
        .api
        .delete_organization_endpoint_organizations_organization_id_delete(
            principal,
            request,
        )
        .await
        .into_response()
}

async fn handle_update_organization_endpoint_organizations_organization_id_patch<A: Api>(
    State(served): State<Arc<Served<A>>>,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let query = Sent::query(parts.uri.query());
    let cookies = server::cookie_values(&parts.headers);
    let principal = match authenticated(
            &served.api,
            &Presented::new(&parts.headers, &query, &cookies),
            |credentials| credentials.o_auth2_password_bearer.is_some(),
            &[],
            &["Bearer"],
        )
        .await
    {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut checks = Checks::answering(422, 422);
    let path = checks
        .parameters::<
            models::UpdateOrganizationEndpointOrganizationsOrganizationIdPatchPath,
        >(
            &server::path_values(&mut parts, &served, &["organization_id"]).await,
            &[],
            "/path",
        );
    let body = match checks
        .json_body::<
            models::OrganizationUpdate,
        >(&parts.headers, body, served.body_limit, true)
        .await
    {
        Ok(body) => body,
        Err(rejection) => return served.api.reject(rejection),
    };
    if let Err(rejection) = checks.finish() {
        return served.api.reject(rejection);
    }
    let (Some(path), Some(body)) = (path, body) else {
        return server::internal_error();
    };
    let request = UpdateOrganizationEndpointOrganizationsOrganizationIdPatchRequest {
        path,
        body,
    };
    served
        .api
        .update_organization_endpoint_organizations_organization_id_patch(
            principal,
            request,
        )
        .await
        .into_response()
}
