//! The server: the [`Api`] trait an implementation provides, a module
//! per operation with its request and response types and its
//! description, and [`routes`], which reads, authenticates and checks
//! every request before a method sees it.
#![allow(
    clippy::large_enum_variant,
    reason = "a request body is read once and a response written once: a body in a `Box` would only cost the implementor a `Box::new` or a deref"
)]

use oapi_axum_runtime::{
    Answer, AuthError, Incoming, Location, NotImplemented, Operation, RefusalShape,
    RefusalShapes, Rejection, Routes, SchemeKind, SecurityScheme, not_implemented,
    response, route,
};
use oapi_axum_runtime::axum::Router;
use oapi_axum_runtime::axum::response::{IntoResponse, Response};
use oapi_axum_runtime::support::{Presented, Service};

/// What an implementation of LangSmith provides: one method per operation.
pub trait Api: Send + Sync + 'static {
    /// Who a request comes from, as [`Api::authenticate`] proves it.
    type Principal: Send + 'static;
    /// Errors the API description does not describe; `?` in a method
    /// turns them into the response they make.
    type Error: IntoResponse + Send;
    /// Proves who presented `credentials`, for a request whose
    /// credentials meet one of its operation's security requirements.
    /// `request` has the operation (its id, path and scopes, for
    /// authorization by operation) and the request's parts (a tenant
    /// header, say). An error refuses the request: 401 or 403.
    fn authenticate(
        &self,
        credentials: Credentials,
        request: &Incoming<'_>,
    ) -> impl Answer<Self::Principal, AuthError>;
    /// How a request refused before its method runs is answered (`operation` is
    /// the one it was for; `None` when no operation takes its path and method):
    /// in the shapes the API description declares ([`REFUSALS`]), with every
    /// violation and its pointer where the shape has room:
    ///
    /// - 422: FastAPI's `HTTPValidationError`;
    /// - any other: `{"detail": ...}`.
    ///
    /// An operation that declares another shape has it in its `OPERATION`.
    fn reject(
        &self,
        rejection: Rejection,
        operation: Option<&'static Operation>,
    ) -> Response {
        response::refusal(&rejection, operation, &REFUSALS)
    }
    /// `GET /api/v1/workspaces`: List Workspaces (`list_workspaces_api_v1_workspaces_get`)
    ///
    /// Get all workspaces visible to this auth in the current org. Does not create a new workspace/org.
    fn list_workspaces(
        &self,
        principal: Self::Principal,
        request: list_workspaces::Request,
    ) -> impl Answer<list_workspaces::Response, Self::Error>;
    /// `POST /api/v1/workspaces`: Create Workspace (`create_workspace_api_v1_workspaces_post`)
    ///
    /// Create a new workspace.
    fn create_workspace(
        &self,
        principal: Self::Principal,
        request: create_workspace::Request,
    ) -> impl Answer<create_workspace::Response, Self::Error>;
    /// `DELETE /api/v1/workspaces/{workspace_id}`: Delete Workspace (`delete_workspace_api_v1_workspaces__workspace_id__delete`)
    fn delete_workspace(
        &self,
        principal: Self::Principal,
        request: delete_workspace::Request,
    ) -> impl Answer<delete_workspace::Response, Self::Error>;
    /// `PATCH /api/v1/workspaces/{workspace_id}`: Patch Workspace (`patch_workspace_api_v1_workspaces__workspace_id__patch`)
    ///
    /// Update a workspace.
    fn patch_workspace(
        &self,
        principal: Self::Principal,
        request: patch_workspace::Request,
    ) -> impl Answer<patch_workspace::Response, Self::Error>;
    /// `GET /api/v1/orgs`: List Organizations (`list_organizations_api_v1_orgs_get`)
    ///
    /// Get all orgs visible to this auth
    fn list_organizations(
        &self,
        principal: Self::Principal,
        request: list_organizations::Request,
    ) -> impl Answer<list_organizations::Response, Self::Error>;
    /// `POST /api/v1/orgs`: Create Organization (`create_organization_api_v1_orgs_post`)
    fn create_organization(
        &self,
        principal: Self::Principal,
        request: create_organization::Request,
    ) -> impl Answer<create_organization::Response, Self::Error>;
    /// `GET /api/v1/orgs/current`: Get Organization Info (`get_organization_info_api_v1_orgs_current_get`)
    fn get_organization_info(
        &self,
        principal: Self::Principal,
        request: get_organization_info::Request,
    ) -> impl Answer<get_organization_info::Response, Self::Error>;
    /// `GET /api/v1/orgs/current/info`: Get Current Organization Info (`get_current_organization_info_api_v1_orgs_current_info_get`)
    fn get_current_organization_info(
        &self,
        principal: Self::Principal,
        request: get_current_organization_info::Request,
    ) -> impl Answer<get_current_organization_info::Response, Self::Error>;
    /// `PATCH /api/v1/orgs/current/info`: Update Current Organization Info (`update_current_organization_info_api_v1_orgs_current_info_patch`)
    fn update_current_organization_info(
        &self,
        principal: Self::Principal,
        request: update_current_organization_info::Request,
    ) -> impl Answer<update_current_organization_info::Response, Self::Error>;
    /// `GET /api/v1/orgs/current/roles`: List Organization Roles (`list_organization_roles_api_v1_orgs_current_roles_get`)
    fn list_organization_roles(
        &self,
        principal: Self::Principal,
        request: list_organization_roles::Request,
    ) -> impl Answer<list_organization_roles::Response, Self::Error>;
    /// `POST /api/v1/orgs/current/roles`: Create Organization Roles (`create_organization_roles_api_v1_orgs_current_roles_post`)
    fn create_organization_roles(
        &self,
        principal: Self::Principal,
        request: create_organization_roles::Request,
    ) -> impl Answer<create_organization_roles::Response, Self::Error>;
    /// `DELETE /api/v1/orgs/current/roles/{role_id}`: Delete Organization Roles (`delete_organization_roles_api_v1_orgs_current_roles__role_id__delete`)
    fn delete_organization_roles(
        &self,
        principal: Self::Principal,
        request: delete_organization_roles::Request,
    ) -> impl Answer<delete_organization_roles::Response, Self::Error>;
    /// `PATCH /api/v1/orgs/current/roles/{role_id}`: Update Organization Roles (`update_organization_roles_api_v1_orgs_current_roles__role_id__patch`)
    fn update_organization_roles(
        &self,
        principal: Self::Principal,
        request: update_organization_roles::Request,
    ) -> impl Answer<update_organization_roles::Response, Self::Error>;
    /// `GET /api/v1/orgs/permissions`: List Permissions (`list_permissions_api_v1_orgs_permissions_get`)
    fn list_permissions(
        &self,
        principal: Self::Principal,
        request: list_permissions::Request,
    ) -> impl Answer<list_permissions::Response, Self::Error>;
    /// `GET /api/v1/orgs/current/members`: Get Current Org Members (`get_current_org_members_api_v1_orgs_current_members_get`)
    fn get_current_org_members(
        &self,
        principal: Self::Principal,
        request: get_current_org_members::Request,
    ) -> impl Answer<get_current_org_members::Response, Self::Error>;
    /// `POST /api/v1/orgs/current/members`: Add Member To Current Org (`add_member_to_current_org_api_v1_orgs_current_members_post`)
    fn add_member_to_current_org(
        &self,
        principal: Self::Principal,
        request: add_member_to_current_org::Request,
    ) -> impl Answer<add_member_to_current_org::Response, Self::Error>;
    /// `GET /api/v1/orgs/current/members/active`: Get Current Active Org Members (`get_current_active_org_members_api_v1_orgs_current_members_active_get`)
    fn get_current_active_org_members(
        &self,
        principal: Self::Principal,
        request: get_current_active_org_members::Request,
    ) -> impl Answer<get_current_active_org_members::Response, Self::Error>;
    /// `GET /api/v1/orgs/current/members/pending`: Get Current Pending Org Members (`get_current_pending_org_members_api_v1_orgs_current_members_pending_get`)
    fn get_current_pending_org_members(
        &self,
        principal: Self::Principal,
        request: get_current_pending_org_members::Request,
    ) -> impl Answer<get_current_pending_org_members::Response, Self::Error>;
    /// `POST /api/v1/orgs/current/members/batch`: Add Members To Current Org Batch (`add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post`)
    ///
    /// Batch invite up to 500 users to the current org.
    fn add_members_to_current_org_batch(
        &self,
        principal: Self::Principal,
        request: add_members_to_current_org_batch::Request,
    ) -> impl Answer<add_members_to_current_org_batch::Response, Self::Error>;
    /// `DELETE /api/v1/orgs/current/members/{identity_id}`: Remove Member From Current Org (`remove_member_from_current_org_api_v1_orgs_current_members__identity_id__delete`)
    ///
    /// Remove a user from the current organization.
    fn remove_member_from_current_org(
        &self,
        principal: Self::Principal,
        request: remove_member_from_current_org::Request,
    ) -> impl Answer<remove_member_from_current_org::Response, Self::Error>;
    /// `PATCH /api/v1/orgs/current/members/{identity_id}`: Update Current Org Member (`update_current_org_member_api_v1_orgs_current_members__identity_id__patch`)
    ///
    /// This is used for updating a user's role (all auth modes) or full_name/password (basic auth)
    fn update_current_org_member(
        &self,
        principal: Self::Principal,
        request: update_current_org_member::Request,
    ) -> impl Answer<update_current_org_member::Response, Self::Error>;
    /// `GET /api/v1/workspaces/current/members`: Get Current Workspace Members (`get_current_workspace_members_api_v1_workspaces_current_members_get`)
    fn get_current_workspace_members(
        &self,
        principal: Self::Principal,
        request: get_current_workspace_members::Request,
    ) -> impl Answer<get_current_workspace_members::Response, Self::Error>;
    /// `POST /api/v1/workspaces/current/members`: Add Member To Current Workspace (`add_member_to_current_workspace_api_v1_workspaces_current_members_post`)
    ///
    /// Add an existing organization member to the current workspace.
    fn add_member_to_current_workspace(
        &self,
        principal: Self::Principal,
        request: add_member_to_current_workspace::Request,
    ) -> impl Answer<add_member_to_current_workspace::Response, Self::Error>;
    /// `GET /api/v1/workspaces/current/members/active`: Get Current Active Workspace Members (`get_current_active_workspace_members_api_v1_workspaces_current_members_active_get`)
    fn get_current_active_workspace_members(
        &self,
        principal: Self::Principal,
        request: get_current_active_workspace_members::Request,
    ) -> impl Answer<get_current_active_workspace_members::Response, Self::Error>;
    /// `GET /api/v1/workspaces/current/members/pending`: Get Current Pending Workspace Members (`get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get`)
    fn get_current_pending_workspace_members(
        &self,
        principal: Self::Principal,
        request: get_current_pending_workspace_members::Request,
    ) -> impl Answer<get_current_pending_workspace_members::Response, Self::Error>;
    /// `POST /api/v1/workspaces/current/members/batch`: Add Members To Current Workspace Batch (`add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post`)
    ///
    /// Batch invite up to 500 users to the current workspace and organization.
    fn add_members_to_current_workspace_batch(
        &self,
        principal: Self::Principal,
        request: add_members_to_current_workspace_batch::Request,
    ) -> impl Answer<add_members_to_current_workspace_batch::Response, Self::Error>;
    /// `DELETE /api/v1/workspaces/current/members/{identity_id}`: Delete Current Workspace Member (`delete_current_workspace_member_api_v1_workspaces_current_members__identity_id__delete`)
    fn delete_current_workspace_member(
        &self,
        principal: Self::Principal,
        request: delete_current_workspace_member::Request,
    ) -> impl Answer<delete_current_workspace_member::Response, Self::Error>;
    /// `PATCH /api/v1/workspaces/current/members/{identity_id}`: Patch Current Workspace Member (`patch_current_workspace_member_api_v1_workspaces_current_members__identity_id__patch`)
    fn patch_current_workspace_member(
        &self,
        principal: Self::Principal,
        request: patch_current_workspace_member::Request,
    ) -> impl Answer<patch_current_workspace_member::Response, Self::Error>;
}

/// Every operation, in the order of the API description.
pub static OPERATIONS: &[&Operation] = &[
    &list_workspaces::OPERATION,
    &create_workspace::OPERATION,
    &delete_workspace::OPERATION,
    &patch_workspace::OPERATION,
    &list_organizations::OPERATION,
    &create_organization::OPERATION,
    &get_organization_info::OPERATION,
    &get_current_organization_info::OPERATION,
    &update_current_organization_info::OPERATION,
    &list_organization_roles::OPERATION,
    &create_organization_roles::OPERATION,
    &delete_organization_roles::OPERATION,
    &update_organization_roles::OPERATION,
    &list_permissions::OPERATION,
    &get_current_org_members::OPERATION,
    &add_member_to_current_org::OPERATION,
    &get_current_active_org_members::OPERATION,
    &get_current_pending_org_members::OPERATION,
    &add_members_to_current_org_batch::OPERATION,
    &remove_member_from_current_org::OPERATION,
    &update_current_org_member::OPERATION,
    &get_current_workspace_members::OPERATION,
    &add_member_to_current_workspace::OPERATION,
    &get_current_active_workspace_members::OPERATION,
    &get_current_pending_workspace_members::OPERATION,
    &add_members_to_current_workspace_batch::OPERATION,
    &delete_current_workspace_member::OPERATION,
    &patch_current_workspace_member::OPERATION,
];

/// The shapes refusals are written in: by status, what most operations
/// declare for it; and for any other status.
pub static REFUSALS: RefusalShapes = RefusalShapes {
    statuses: &[
        (
            &[422],
            RefusalShape::FastApi {
                media_type: "application/json",
                text_indices: false,
            },
        ),
    ],
    otherwise: RefusalShape::Object {
        message: "detail",
        code: None,
        request_id: None,
        media_type: "application/json",
        violations: false,
    },
};

/// The security scheme `API_Key`.
pub static API_KEY: SecurityScheme = SecurityScheme {
    name: "API_Key",
    kind: SchemeKind::ApiKey {
        location: Location::Header,
        name: "X-API-Key",
    },
};

/// The security scheme `Tenant_ID`.
pub static TENANT_ID: SecurityScheme = SecurityScheme {
    name: "Tenant_ID",
    kind: SchemeKind::ApiKey {
        location: Location::Header,
        name: "X-Tenant-Id",
    },
};

/// The security scheme `Organization_ID`.
pub static ORGANIZATION_ID: SecurityScheme = SecurityScheme {
    name: "Organization_ID",
    kind: SchemeKind::ApiKey {
        location: Location::Header,
        name: "X-Organization-Id",
    },
};

/// The security scheme `Bearer_Auth`.
pub static BEARER_AUTH: SecurityScheme = SecurityScheme {
    name: "Bearer_Auth",
    kind: SchemeKind::Bearer,
};

/// The credentials a request presents, one field per security scheme of
/// the API description.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// `API_Key`: the API key in the header `X-API-Key`.
    pub api_key: Option<String>,
    /// `Tenant_ID`: the API key in the header `X-Tenant-Id`.
    pub tenant_id: Option<String>,
    /// `Organization_ID`: the API key in the header `X-Organization-Id`.
    pub organization_id: Option<String>,
    /// `Bearer_Auth`: the token of `Authorization: Bearer`.
    pub bearer_auth: Option<String>,
}

/// Every operation served by `api`: set the body limit and layers on
/// some operations, then make the axum router with `.router()` (or
/// `.routes()`, to merge it with other routers).
pub fn routes<A: Api>(api: A) -> Routes<impl Service> {
    let mut routes = Routes::new(Served(api));
    route!(routes, authenticated(list_workspaces));
    route!(routes, authenticated(create_workspace));
    route!(routes, authenticated(delete_workspace));
    route!(routes, authenticated(patch_workspace));
    route!(routes, authenticated(list_organizations));
    route!(routes, authenticated(create_organization));
    route!(routes, authenticated(get_organization_info));
    route!(routes, authenticated(get_current_organization_info));
    route!(routes, authenticated(update_current_organization_info));
    route!(routes, authenticated(list_organization_roles));
    route!(routes, authenticated(create_organization_roles));
    route!(routes, authenticated(delete_organization_roles));
    route!(routes, authenticated(update_organization_roles));
    route!(routes, authenticated(list_permissions));
    route!(routes, authenticated(get_current_org_members));
    route!(routes, authenticated(add_member_to_current_org));
    route!(routes, authenticated(get_current_active_org_members));
    route!(routes, authenticated(get_current_pending_org_members));
    route!(routes, authenticated(add_members_to_current_org_batch));
    route!(routes, authenticated(remove_member_from_current_org));
    route!(routes, authenticated(update_current_org_member));
    route!(routes, authenticated(get_current_workspace_members));
    route!(routes, authenticated(add_member_to_current_workspace));
    route!(routes, authenticated(get_current_active_workspace_members));
    route!(routes, authenticated(get_current_pending_workspace_members));
    route!(routes, authenticated(add_members_to_current_workspace_batch));
    route!(routes, authenticated(delete_current_workspace_member));
    route!(routes, authenticated(patch_current_workspace_member));
    routes
}

/// Serves every operation with `api`: `routes(api).router()`. Bodies
/// over 2 MiB are 413, paths the API does not have 404, methods a
/// path does not take 405 (with `Allow`), each answered by
/// [`Api::reject`].
pub fn router<A: Api>(api: A) -> Router {
    routes(api).router()
}

/// An implementation, as the router reaches it.
struct Served<A>(A);

impl<A: Api> Service for Served<A> {
    type Principal = A::Principal;
    type Credentials = Credentials;
    fn credentials(presented: &Presented<'_>) -> Credentials {
        Credentials {
            api_key: presented.header("X-API-Key"),
            tenant_id: presented.header("X-Tenant-Id"),
            organization_id: presented.header("X-Organization-Id"),
            bearer_auth: presented.bearer(),
        }
    }
    fn authenticate(
        &self,
        credentials: Credentials,
        incoming: &Incoming<'_>,
    ) -> impl Answer<A::Principal, AuthError> {
        self.0.authenticate(credentials, incoming)
    }
    fn reject(
        &self,
        rejection: Rejection,
        operation: Option<&'static Operation>,
    ) -> Response {
        self.0.reject(rejection, operation)
    }
}

/// An implementation that answers every operation with 501 Not
/// Implemented (accepting any credentials the operation requires): to
/// build the router in tests, or to serve while methods are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unimplemented;

impl Api for Unimplemented {
    type Principal = Credentials;
    type Error = NotImplemented;
    async fn authenticate(
        &self,
        credentials: Credentials,
        _: &Incoming<'_>,
    ) -> Result<Credentials, AuthError> {
        Ok(credentials)
    }
    not_implemented!(authenticated(list_workspaces));
    not_implemented!(authenticated(create_workspace));
    not_implemented!(authenticated(delete_workspace));
    not_implemented!(authenticated(patch_workspace));
    not_implemented!(authenticated(list_organizations));
    not_implemented!(authenticated(create_organization));
    not_implemented!(authenticated(get_organization_info));
    not_implemented!(authenticated(get_current_organization_info));
    not_implemented!(authenticated(update_current_organization_info));
    not_implemented!(authenticated(list_organization_roles));
    not_implemented!(authenticated(create_organization_roles));
    not_implemented!(authenticated(delete_organization_roles));
    not_implemented!(authenticated(update_organization_roles));
    not_implemented!(authenticated(list_permissions));
    not_implemented!(authenticated(get_current_org_members));
    not_implemented!(authenticated(add_member_to_current_org));
    not_implemented!(authenticated(get_current_active_org_members));
    not_implemented!(authenticated(get_current_pending_org_members));
    not_implemented!(authenticated(add_members_to_current_org_batch));
    not_implemented!(authenticated(remove_member_from_current_org));
    not_implemented!(authenticated(update_current_org_member));
    not_implemented!(authenticated(get_current_workspace_members));
    not_implemented!(authenticated(add_member_to_current_workspace));
    not_implemented!(authenticated(get_current_active_workspace_members));
    not_implemented!(authenticated(get_current_pending_workspace_members));
    not_implemented!(authenticated(add_members_to_current_workspace_batch));
    not_implemented!(authenticated(delete_current_workspace_member));
    not_implemented!(authenticated(patch_current_workspace_member));
}

/// `GET /api/v1/workspaces`: List Workspaces (`list_workspaces_api_v1_workspaces_get`).
pub mod list_workspaces {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/workspaces`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "list_workspaces_api_v1_workspaces_get",
        method: Method::GET,
        path: "/api/v1/workspaces",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[
            Parameter::query("include_deleted"),
            Parameter::query("data_plane_id"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::list_workspaces`](super::Api::list_workspaces) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListWorkspacesQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_workspaces`](super::Api::list_workspaces) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::TenantForUser>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/workspaces`: Create Workspace (`create_workspace_api_v1_workspaces_post`).
pub mod create_workspace {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/workspaces`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "create_workspace_api_v1_workspaces_post",
        method: Method::POST,
        path: "/api/v1/workspaces",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::create_workspace`](super::Api::create_workspace) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::WorkspaceCreate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_workspace`](super::Api::create_workspace) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::AppSchemasTenant),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `DELETE /api/v1/workspaces/{workspace_id}`: Delete Workspace (`delete_workspace_api_v1_workspaces__workspace_id__delete`).
pub mod delete_workspace {
    use oapi_axum_runtime::support::prelude::*;
    use serde_json::Value;
    use super::super::models;
    /// `DELETE /api/v1/workspaces/{workspace_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_workspace_api_v1_workspaces__workspace_id__delete",
        method: Method::DELETE,
        path: "/api/v1/workspaces/{workspace_id}",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("workspace_id")],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::delete_workspace`](super::Api::delete_workspace) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::WorkspaceIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_workspace`](super::Api::delete_workspace) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Value),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `PATCH /api/v1/workspaces/{workspace_id}`: Patch Workspace (`patch_workspace_api_v1_workspaces__workspace_id__patch`).
pub mod patch_workspace {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /api/v1/workspaces/{workspace_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "patch_workspace_api_v1_workspaces__workspace_id__patch",
        method: Method::PATCH,
        path: "/api/v1/workspaces/{workspace_id}",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("workspace_id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::patch_workspace`](super::Api::patch_workspace) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::WorkspaceIdPath>,
        /// The body.
        pub body: Valid<models::WorkspacePatch>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::patch_workspace`](super::Api::patch_workspace) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::AppSchemasTenant),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs`: List Organizations (`list_organizations_api_v1_orgs_get`).
pub mod list_organizations {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "list_organizations_api_v1_orgs_get",
        method: Method::GET,
        path: "/api/v1/orgs",
        tags: &["orgs"],
        security: &[&[Requirement::new(&super::BEARER_AUTH)]],
        parameters: &[Parameter::query("skip_create"), Parameter::query("include_tier")],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::list_organizations`](super::Api::list_organizations) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::ListOrganizationsQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::list_organizations`](super::Api::list_organizations) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::OrganizationPgSchemaSlim>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/orgs`: Create Organization (`create_organization_api_v1_orgs_post`).
pub mod create_organization {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/orgs`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "create_organization_api_v1_orgs_post",
        method: Method::POST,
        path: "/api/v1/orgs",
        tags: &["orgs"],
        security: &[&[Requirement::new(&super::BEARER_AUTH)]],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::create_organization`](super::Api::create_organization) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::OrganizationCreate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization`](super::Api::create_organization) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationPgSchemaSlim),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/current`: Get Organization Info (`get_organization_info_api_v1_orgs_current_get`).
pub mod get_organization_info {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/current`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_organization_info_api_v1_orgs_current_get",
        method: Method::GET,
        path: "/api/v1/orgs/current",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_organization_info`](super::Api::get_organization_info) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request {});
    /// What [`Api::get_organization_info`](super::Api::get_organization_info) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::Organization),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/current/info`: Get Current Organization Info (`get_current_organization_info_api_v1_orgs_current_info_get`).
pub mod get_current_organization_info {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/current/info`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_organization_info_api_v1_orgs_current_info_get",
        method: Method::GET,
        path: "/api/v1/orgs/current/info",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_organization_info`](super::Api::get_current_organization_info) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request {});
    /// What [`Api::get_current_organization_info`](super::Api::get_current_organization_info) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationInfo),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `PATCH /api/v1/orgs/current/info`: Update Current Organization Info (`update_current_organization_info_api_v1_orgs_current_info_patch`).
pub mod update_current_organization_info {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /api/v1/orgs/current/info`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_current_organization_info_api_v1_orgs_current_info_patch",
        method: Method::PATCH,
        path: "/api/v1/orgs/current/info",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::update_current_organization_info`](super::Api::update_current_organization_info) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::OrganizationUpdate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::update_current_organization_info`](super::Api::update_current_organization_info) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationInfo),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/current/roles`: List Organization Roles (`list_organization_roles_api_v1_orgs_current_roles_get`).
pub mod list_organization_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/current/roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "list_organization_roles_api_v1_orgs_current_roles_get",
        method: Method::GET,
        path: "/api/v1/orgs/current/roles",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::list_organization_roles`](super::Api::list_organization_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request {});
    /// What [`Api::list_organization_roles`](super::Api::list_organization_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::Role>),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/orgs/current/roles`: Create Organization Roles (`create_organization_roles_api_v1_orgs_current_roles_post`).
pub mod create_organization_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/orgs/current/roles`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "create_organization_roles_api_v1_orgs_current_roles_post",
        method: Method::POST,
        path: "/api/v1/orgs/current/roles",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::create_organization_roles`](super::Api::create_organization_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::CreateRoleRequest>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::create_organization_roles`](super::Api::create_organization_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::Role),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `DELETE /api/v1/orgs/current/roles/{role_id}`: Delete Organization Roles (`delete_organization_roles_api_v1_orgs_current_roles__role_id__delete`).
pub mod delete_organization_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `DELETE /api/v1/orgs/current/roles/{role_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_organization_roles_api_v1_orgs_current_roles__role_id__delete",
        method: Method::DELETE,
        path: "/api/v1/orgs/current/roles/{role_id}",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("role_id")],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::delete_organization_roles`](super::Api::delete_organization_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::RoleIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_organization_roles`](super::Api::delete_organization_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::Role),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `PATCH /api/v1/orgs/current/roles/{role_id}`: Update Organization Roles (`update_organization_roles_api_v1_orgs_current_roles__role_id__patch`).
pub mod update_organization_roles {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `PATCH /api/v1/orgs/current/roles/{role_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_organization_roles_api_v1_orgs_current_roles__role_id__patch",
        method: Method::PATCH,
        path: "/api/v1/orgs/current/roles/{role_id}",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("role_id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::update_organization_roles`](super::Api::update_organization_roles) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::RoleIdPath>,
        /// The body.
        pub body: Valid<models::UpdateRoleRequest>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::update_organization_roles`](super::Api::update_organization_roles) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::Role),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/permissions`: List Permissions (`list_permissions_api_v1_orgs_permissions_get`).
pub mod list_permissions {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/permissions`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "list_permissions_api_v1_orgs_permissions_get",
        method: Method::GET,
        path: "/api/v1/orgs/permissions",
        tags: &["orgs"],
        security: &[&[Requirement::new(&super::BEARER_AUTH)]],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::list_permissions`](super::Api::list_permissions) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request {});
    /// What [`Api::list_permissions`](super::Api::list_permissions) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::PermissionResponse>),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/current/members`: Get Current Org Members (`get_current_org_members_api_v1_orgs_current_members_get`).
pub mod get_current_org_members {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/current/members`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_org_members_api_v1_orgs_current_members_get",
        method: Method::GET,
        path: "/api/v1/orgs/current/members",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_org_members`](super::Api::get_current_org_members) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request {});
    /// What [`Api::get_current_org_members`](super::Api::get_current_org_members) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::OrganizationMembers),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/orgs/current/members`: Add Member To Current Org (`add_member_to_current_org_api_v1_orgs_current_members_post`).
pub mod add_member_to_current_org {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/orgs/current/members`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "add_member_to_current_org_api_v1_orgs_current_members_post",
        method: Method::POST,
        path: "/api/v1/orgs/current/members",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::add_member_to_current_org`](super::Api::add_member_to_current_org) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::PendingIdentityCreate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::add_member_to_current_org`](super::Api::add_member_to_current_org) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::PendingIdentity),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/current/members/active`: Get Current Active Org Members (`get_current_active_org_members_api_v1_orgs_current_members_active_get`).
pub mod get_current_active_org_members {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/current/members/active`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_active_org_members_api_v1_orgs_current_members_active_get",
        method: Method::GET,
        path: "/api/v1/orgs/current/members/active",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[
            Parameter::query("limit"),
            Parameter::query("offset"),
            Parameter::query("emails").array(ArrayStyle::Repeated),
            Parameter::query("q"),
            Parameter::query("sort_by_desc"),
            Parameter::query("ls_user_ids").array(ArrayStyle::Repeated),
            Parameter::query("user_ids").array(ArrayStyle::Repeated),
            Parameter::query("is_disabled"),
            Parameter::query("sort_by"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_active_org_members`](super::Api::get_current_active_org_members) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::GetCurrentActiveOrgMembersQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::get_current_active_org_members`](super::Api::get_current_active_org_members) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::OrgMemberIdentity>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/orgs/current/members/pending`: Get Current Pending Org Members (`get_current_pending_org_members_api_v1_orgs_current_members_pending_get`).
pub mod get_current_pending_org_members {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/orgs/current/members/pending`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_pending_org_members_api_v1_orgs_current_members_pending_get",
        method: Method::GET,
        path: "/api/v1/orgs/current/members/pending",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[
            Parameter::query("limit"),
            Parameter::query("offset"),
            Parameter::query("emails").array(ArrayStyle::Repeated),
            Parameter::query("q"),
            Parameter::query("sort_by_desc"),
            Parameter::query("sort_by"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_pending_org_members`](super::Api::get_current_pending_org_members) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::GetCurrentPendingOrgMembersQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::get_current_pending_org_members`](super::Api::get_current_pending_org_members) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::OrgPendingIdentity>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/orgs/current/members/batch`: Add Members To Current Org Batch (`add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post`).
pub mod add_members_to_current_org_batch {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/orgs/current/members/batch`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "add_members_to_current_org_batch_api_v1_orgs_current_members_batch_post",
        method: Method::POST,
        path: "/api/v1/orgs/current/members/batch",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::add_members_to_current_org_batch`](super::Api::add_members_to_current_org_batch) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::AddMembersToCurrentOrgBatchBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::add_members_to_current_org_batch`](super::Api::add_members_to_current_org_batch) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::PendingIdentity>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `DELETE /api/v1/orgs/current/members/{identity_id}`: Remove Member From Current Org (`remove_member_from_current_org_api_v1_orgs_current_members__identity_id__delete`).
pub mod remove_member_from_current_org {
    use oapi_axum_runtime::support::prelude::*;
    use serde_json::Value;
    use super::super::models;
    /// `DELETE /api/v1/orgs/current/members/{identity_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "remove_member_from_current_org_api_v1_orgs_current_members__identity_id__delete",
        method: Method::DELETE,
        path: "/api/v1/orgs/current/members/{identity_id}",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("identity_id")],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::remove_member_from_current_org`](super::Api::remove_member_from_current_org) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdentityIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::remove_member_from_current_org`](super::Api::remove_member_from_current_org) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Value),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `PATCH /api/v1/orgs/current/members/{identity_id}`: Update Current Org Member (`update_current_org_member_api_v1_orgs_current_members__identity_id__patch`).
pub mod update_current_org_member {
    use oapi_axum_runtime::support::prelude::*;
    use serde_json::Value;
    use super::super::models;
    /// `PATCH /api/v1/orgs/current/members/{identity_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "update_current_org_member_api_v1_orgs_current_members__identity_id__patch",
        method: Method::PATCH,
        path: "/api/v1/orgs/current/members/{identity_id}",
        tags: &["orgs"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("identity_id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::update_current_org_member`](super::Api::update_current_org_member) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdentityIdPath>,
        /// The body.
        pub body: Valid<models::OrgIdentityPatch>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::update_current_org_member`](super::Api::update_current_org_member) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Value),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/workspaces/current/members`: Get Current Workspace Members (`get_current_workspace_members_api_v1_workspaces_current_members_get`).
pub mod get_current_workspace_members {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/workspaces/current/members`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_workspace_members_api_v1_workspaces_current_members_get",
        method: Method::GET,
        path: "/api/v1/workspaces/current/members",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_workspace_members`](super::Api::get_current_workspace_members) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request {});
    /// What [`Api::get_current_workspace_members`](super::Api::get_current_workspace_members) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::TenantMembers),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/workspaces/current/members`: Add Member To Current Workspace (`add_member_to_current_workspace_api_v1_workspaces_current_members_post`).
pub mod add_member_to_current_workspace {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/workspaces/current/members`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "add_member_to_current_workspace_api_v1_workspaces_current_members_post",
        method: Method::POST,
        path: "/api/v1/workspaces/current/members",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::add_member_to_current_workspace`](super::Api::add_member_to_current_workspace) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::IdentityCreate>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::add_member_to_current_workspace`](super::Api::add_member_to_current_workspace) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(models::Identity),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/workspaces/current/members/active`: Get Current Active Workspace Members (`get_current_active_workspace_members_api_v1_workspaces_current_members_active_get`).
pub mod get_current_active_workspace_members {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/workspaces/current/members/active`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_active_workspace_members_api_v1_workspaces_current_members_active_get",
        method: Method::GET,
        path: "/api/v1/workspaces/current/members/active",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[
            Parameter::query("limit"),
            Parameter::query("offset"),
            Parameter::query("emails").array(ArrayStyle::Repeated),
            Parameter::query("q"),
            Parameter::query("sort_by_desc"),
            Parameter::query("ls_user_ids").array(ArrayStyle::Repeated),
            Parameter::query("user_ids").array(ArrayStyle::Repeated),
            Parameter::query("is_disabled"),
            Parameter::query("sort_by"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_active_workspace_members`](super::Api::get_current_active_workspace_members) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::GetCurrentActiveOrgMembersQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::get_current_active_workspace_members`](super::Api::get_current_active_workspace_members) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::MemberIdentity>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `GET /api/v1/workspaces/current/members/pending`: Get Current Pending Workspace Members (`get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get`).
pub mod get_current_pending_workspace_members {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `GET /api/v1/workspaces/current/members/pending`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "get_current_pending_workspace_members_api_v1_workspaces_current_members_pending_get",
        method: Method::GET,
        path: "/api/v1/workspaces/current/members/pending",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[
            Parameter::query("limit"),
            Parameter::query("offset"),
            Parameter::query("emails").array(ArrayStyle::Repeated),
            Parameter::query("q"),
            Parameter::query("sort_by_desc"),
            Parameter::query("sort_by"),
        ],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::get_current_pending_workspace_members`](super::Api::get_current_pending_workspace_members) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The query parameters.
        pub query: Valid<models::GetCurrentPendingOrgMembersQuery>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { query });
    /// What [`Api::get_current_pending_workspace_members`](super::Api::get_current_pending_workspace_members) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::PendingIdentity>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `POST /api/v1/workspaces/current/members/batch`: Add Members To Current Workspace Batch (`add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post`).
pub mod add_members_to_current_workspace_batch {
    use oapi_axum_runtime::support::prelude::*;
    use super::super::models;
    /// `POST /api/v1/workspaces/current/members/batch`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "add_members_to_current_workspace_batch_api_v1_workspaces_current_members_batch_post",
        method: Method::POST,
        path: "/api/v1/workspaces/current/members/batch",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
            &[Requirement::new(&super::ORGANIZATION_ID)],
        ],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::add_members_to_current_workspace_batch`](super::Api::add_members_to_current_workspace_batch) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The body.
        pub body: Valid<models::AddMembersToCurrentWorkspaceBatchBody>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { body = json });
    /// What [`Api::add_members_to_current_workspace_batch`](super::Api::add_members_to_current_workspace_batch) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Vec<models::PendingIdentity>),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `DELETE /api/v1/workspaces/current/members/{identity_id}`: Delete Current Workspace Member (`delete_current_workspace_member_api_v1_workspaces_current_members__identity_id__delete`).
pub mod delete_current_workspace_member {
    use oapi_axum_runtime::support::prelude::*;
    use serde_json::Value;
    use super::super::models;
    /// `DELETE /api/v1/workspaces/current/members/{identity_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "delete_current_workspace_member_api_v1_workspaces_current_members__identity_id__delete",
        method: Method::DELETE,
        path: "/api/v1/workspaces/current/members/{identity_id}",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("identity_id")],
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::delete_current_workspace_member`](super::Api::delete_current_workspace_member) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdentityIdPath>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path });
    /// What [`Api::delete_current_workspace_member`](super::Api::delete_current_workspace_member) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Value),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}

/// `PATCH /api/v1/workspaces/current/members/{identity_id}`: Patch Current Workspace Member (`patch_current_workspace_member_api_v1_workspaces_current_members__identity_id__patch`).
pub mod patch_current_workspace_member {
    use oapi_axum_runtime::support::prelude::*;
    use serde_json::Value;
    use super::super::models;
    /// `PATCH /api/v1/workspaces/current/members/{identity_id}`, as the router serves it.
    pub static OPERATION: Operation = Operation {
        id: "patch_current_workspace_member_api_v1_workspaces_current_members__identity_id__patch",
        method: Method::PATCH,
        path: "/api/v1/workspaces/current/members/{identity_id}",
        tags: &["workspaces"],
        security: &[
            &[Requirement::new(&super::API_KEY)],
            &[Requirement::new(&super::TENANT_ID)],
            &[Requirement::new(&super::BEARER_AUTH)],
        ],
        parameters: &[Parameter::path("identity_id")],
        body: Some(RequestBody::required(&["application/json"])),
        refusals: Refusals::only(StatusCode::UNPROCESSABLE_ENTITY),
        ..Operation::NEW
    };
    /// What [`Api::patch_current_workspace_member`](super::Api::patch_current_workspace_member) receives: every part of the request, read and checked.
    #[derive(Debug)]
    pub struct Request {
        /// The path parameters.
        pub path: Valid<models::IdentityIdPath>,
        /// The body.
        pub body: Valid<models::IdentityPatch>,
        /// The rest of the request: the operation, every header, the extensions.
        pub context: Context,
    }
    read_request!(Request { path, body = json });
    /// What [`Api::patch_current_workspace_member`](super::Api::patch_current_workspace_member) answers: one variant per response the API description declares.
    #[derive(Debug)]
    pub enum Response {
        /// 200: Successful Response
        Ok(Value),
        /// 422: Validation Error
        UnprocessableEntity(models::HttpValidationError),
        /// 401: Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)
        Unauthorized,
        /// 403: The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)
        Forbidden,
        /// 404: Something the request's path or headers name does not exist. (Added: not in the vendor's document.)
        NotFound,
        /// 409: The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)
        Conflict,
    }
    impl IntoResponse for Response {
        fn into_response(self) -> HttpResponse {
            match self {
                Self::Ok(body) => response::json(StatusCode::OK, &body),
                Self::UnprocessableEntity(body) => {
                    response::json(StatusCode::UNPROCESSABLE_ENTITY, &body)
                }
                Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
                Self::Forbidden => StatusCode::FORBIDDEN.into_response(),
                Self::NotFound => StatusCode::NOT_FOUND.into_response(),
                Self::Conflict => StatusCode::CONFLICT.into_response(),
            }
        }
    }
}
