//! The `build.rs` mode of oapi-axum: `build.rs` generates ZenML's
//! organizations API (`specs/zenml.yaml`) into `OUT_DIR`, and this crate
//! includes it at its root, which declares `models`, `validation` and
//! `server` as a generated crate does. [`Organizations`] implements one
//! operation (creating an organization, in memory); the others answer 501.
//! [`events`] includes a second API in a module of its own: a run that
//! streams server-sent events.

use std::sync::Mutex;

pub mod events;

use oapi_axum_runtime::{AuthError, Incoming, Maybe, NotImplemented};

include!(concat!(env!("OUT_DIR"), "/api.rs"));

use models::{OrganizationRead, UserRead};
use server::{
    Api, Credentials, create_organization_endpoint, delete_organization_endpoint,
    get_organization_endpoint_organizations_organization_id_or_name_get as get_organization, list_organizations_endpoint,
    update_organization_endpoint,
};

/// Organizations, kept in memory; a bearer token is its user's name.
#[derive(Debug, Default)]
pub struct Organizations {
    created: Mutex<Vec<OrganizationRead>>,
}

impl Organizations {
    /// The organizations created so far.
    pub fn created(&self) -> Vec<OrganizationRead> {
        self.created.lock().map(|created| created.clone()).unwrap_or_default()
    }
}

/// The user a token names.
fn user(token: &str) -> UserRead {
    UserRead {
        password: Maybe::Absent,
        password_expired: Maybe::Absent,
        name: Maybe::Value(token.to_owned()),
        avatar_url: Maybe::Absent,
        company: Maybe::Absent,
        job_title: Maybe::Absent,
        metadata: None,
        id: uuid::Uuid::from_u64_pair(0, {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::hash::DefaultHasher::new();
            token.hash(&mut hasher);
            hasher.finish()
        }),
        username: Maybe::Value(token.to_owned()),
        email: Maybe::Absent,
        oauth_provider: Maybe::Absent,
        oauth_id: Maybe::Absent,
        is_active: true,
        is_superuser: false,
        is_service_account: false,
        organization_id: Maybe::Absent,
        is_onboarded: true,
    }
}

impl Api for Organizations {
    type Principal = UserRead;
    type Error = NotImplemented;

    async fn authenticate(&self, credentials: Credentials, _: &Incoming<'_>) -> Result<UserRead, AuthError> {
        credentials.o_auth2_password_bearer.as_deref().filter(|token| !token.is_empty()).map(user).ok_or(AuthError::Unauthorized)
    }

    async fn create_organization_endpoint(
        &self,
        owner: UserRead,
        request: create_organization_endpoint::Request,
    ) -> Result<create_organization_endpoint::Response, NotImplemented> {
        let create = request.body.into_inner();
        let Ok(mut created) = self.created.lock() else { return Err(NotImplemented) };
        if created.iter().any(|o| o.name == create.name) {
            return Ok(create_organization_endpoint::Response::Conflict);
        }
        let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let now = chrono::DateTime::from_timestamp(i64::try_from(seconds).unwrap_or(0), 0).unwrap_or_default();
        // Ids are numbered when the request does not choose one.
        let number = u128::try_from(created.len()).unwrap_or(0) + 1;
        let organization = OrganizationRead {
            name: create.name,
            description: create.description,
            logo_url: create.logo_url,
            id: create.id.unwrap_or(uuid::Uuid::from_u128(number)),
            created: now,
            updated: now,
            owner,
            has_active_subscription: Maybe::Value(false),
            trial_expiry: Maybe::Null,
        };
        created.push(organization.clone());
        Ok(create_organization_endpoint::Response::Ok(organization))
    }

    async fn list_organizations_endpoint(
        &self,
        _: UserRead,
        _: list_organizations_endpoint::Request,
    ) -> Result<list_organizations_endpoint::Response, NotImplemented> {
        Err(NotImplemented)
    }

    async fn get_organization_endpoint_organizations_organization_id_or_name_get(
        &self,
        _: UserRead,
        _: get_organization::Request,
    ) -> Result<get_organization::Response, NotImplemented> {
        Err(NotImplemented)
    }

    async fn delete_organization_endpoint(
        &self,
        _: UserRead,
        _: delete_organization_endpoint::Request,
    ) -> Result<delete_organization_endpoint::Response, NotImplemented> {
        Err(NotImplemented)
    }

    async fn update_organization_endpoint(
        &self,
        _: UserRead,
        _: update_organization_endpoint::Request,
    ) -> Result<update_organization_endpoint::Response, NotImplemented> {
        Err(NotImplemented)
    }
}
