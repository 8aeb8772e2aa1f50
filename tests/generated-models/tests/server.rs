//! The generated routers, driven in-process (`tower::ServiceExt::oneshot`)
//! with the generated `Unimplemented` implementation: what happens before a
//! method runs (routing, authentication, reading and validating every part
//! of the request, and the refusals' shapes).

mod common;

use common::send;
use oapi_axum_runtime::axum::body::{Body, to_bytes};
use oapi_axum_runtime::axum::http::{Request, StatusCode, header};
use serde_json::json;
use tower::ServiceExt;

fn request(method: &str, uri: &str) -> oapi_axum_runtime::axum::http::request::Builder {
    Request::builder().method(method).uri(uri)
}

mod logto {
    use super::*;
    use logto_orgs::server::{Unimplemented, router, routes};

    fn authorized(method: &str, uri: &str) -> oapi_axum_runtime::axum::http::request::Builder {
        request(method, uri).header(header::AUTHORIZATION, "Bearer token")
    }

    #[tokio::test]
    async fn no_credentials_is_401_with_a_challenge() {
        let answer = send(&router(Unimplemented), request("GET", "/api/organizations").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        assert_eq!(answer.challenge.as_deref(), Some("Bearer"));
        assert_eq!(answer.content_type.as_deref(), Some("application/problem+json"));
        assert_eq!(answer.body["status"], 401);
    }

    #[tokio::test]
    async fn valid_requests_reach_the_method() {
        let body = json!({"name": "Acme"}).to_string();
        let answer = send(
            &router(Unimplemented),
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap(),
        )
        .await;
        // `Unimplemented` answers 501: the request passed every check.
        assert_eq!(answer.status, StatusCode::NOT_IMPLEMENTED);
    }

    /// Creating an organization declares 400 and no 422, so a broken
    /// constraint gets the declared 400 (as problem+json with every pointer).
    #[tokio::test]
    async fn constraint_violations_are_the_declared_400_problem_json_with_every_pointer() {
        let body = json!({"name": "", "description": "x".repeat(257), "tenantId": "t".repeat(22)}).to_string();
        let answer = send(
            &router(Unimplemented),
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.body["title"], "Request does not match the API description");
        assert_eq!(answer.content_type.as_deref(), Some("application/problem+json"));
        let found: Vec<(String, String)> = answer.body["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["pointer"].as_str().unwrap().to_owned(), v["keyword"].as_str().unwrap().to_owned()))
            .collect();
        let expected = [("/body/tenantId", "maxLength"), ("/body/name", "minLength"), ("/body/description", "maxLength")];
        for (pointer, keyword) in expected {
            assert!(found.contains(&(pointer.to_owned(), keyword.to_owned())), "{found:?}");
        }
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[tokio::test]
    async fn unreadable_bodies_are_400_naming_the_field_never_the_value() {
        let body = json!({"name": 12}).to_string();
        let answer = send(
            &router(Unimplemented),
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.body["violations"][0]["pointer"], "/body/name");
        assert!(!answer.body.to_string().contains("12,"), "{}", answer.body);

        // Every place that does not read, not only the first serde meets.
        let body = json!({"description": 3, "customData": [], "branding": {"logoUrl": "not a uri", "favicon": 1}});
        let answer = send(
            &router(Unimplemented),
            authorized("POST", "/api/organizations")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        let found: Vec<(&str, &str)> = answer.body["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["pointer"].as_str().unwrap(), v["keyword"].as_str().unwrap()))
            .collect();
        assert_eq!(
            found,
            [
                ("/body/name", "required"),
                ("/body/description", "type"),
                ("/body/customData", "type"),
                ("/body/branding/logoUrl", "format"),
                ("/body/branding/favicon", "type"),
            ]
        );

        let answer = send(
            &router(Unimplemented),
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from("{")).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.body["violations"][0]["pointer"], "/body");

        let answer = send(&router(Unimplemented), authorized("POST", "/api/organizations").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.body["violations"][0]["keyword"], "required");
    }

    /// A body with more bad items than a refusal keeps is refused from the
    /// first ones (a long array is not built whole for that), as "more
    /// than" that many problems; one whose only bad item is past them is
    /// still found; a long one with none reaches the handler.
    #[tokio::test]
    async fn long_arrays_of_bad_items_are_refused_from_the_first() {
        let add_users = |body: String| {
            authorized("POST", "/api/organizations/o1/users")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap()
        };
        let zeros = format!("{{\"userIds\": [{}]}}", vec!["0"; 5000].join(","));
        let answer = send(&router(Unimplemented), add_users(zeros)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.body["violations"].as_array().map(Vec::len), Some(100));
        assert_eq!(answer.body["violations"][99]["pointer"], "/body/userIds/99");
        assert!(answer.body["detail"].as_str().unwrap().starts_with("more than 100 problems"), "{}", answer.body);

        let mut ids = vec!["\"u\""; 5000];
        ids[4321] = "7";
        let late = format!("{{\"userIds\": [{}]}}", ids.join(","));
        let answer = send(&router(Unimplemented), add_users(late)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.body["violations"].as_array().map(Vec::len), Some(1), "{}", answer.body);
        assert_eq!(answer.body["violations"][0]["pointer"], "/body/userIds/4321");

        // Long and valid: read straight through to the handler.
        let fine = format!("{{\"userIds\": [{}]}}", vec!["\"u\""; 5000].join(","));
        let answer = send(&router(Unimplemented), add_users(fine)).await;
        assert_eq!(answer.status, StatusCode::NOT_IMPLEMENTED, "{}", answer.body);
    }

    /// Members a body type does not read are read as JSON and not built:
    /// 50,000 of them beside a missing `name` make one violation, and a
    /// body read through a JSON value (it has a float) still reads whole.
    #[tokio::test]
    async fn unknown_members_are_read_past() {
        let post = |body: String| {
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap()
        };
        let keys: Vec<String> = (0..50_000).map(|n| format!("\"k{n}\": [{n}]")).collect();
        let answer = send(&router(Unimplemented), post(format!("{{{}}}", keys.join(",")))).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
        let violations = answer.body["violations"].as_array().unwrap();
        assert_eq!(violations.len(), 1, "{}", answer.body);
        assert_eq!((violations[0]["pointer"].as_str(), violations[0]["keyword"].as_str()), (Some("/body/name"), Some("required")));

        let body = format!(
            "{{{}, \"name\": \"Acme\", \"createdAt\": 1.5, \"branding\": {{\"x\": [], \"logoUrl\": \"https://a.example/l.png\"}}}}",
            keys.join(",")
        );
        let answer = send(&router(Unimplemented), post(body)).await;
        assert_eq!(answer.status, StatusCode::NOT_IMPLEMENTED, "{}", answer.body);
        // A member that is not JSON is refused wherever it is.
        let answer = send(&router(Unimplemented), post("{\"name\": \"Acme\", \"k\": [1,]}".to_owned())).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
    }

    /// An array where an object is declared is one type violation at the
    /// body, whatever the array holds (and however many items: it is not
    /// built into a tree for that); an array that is not JSON is a syntax
    /// error as before.
    #[tokio::test]
    async fn an_array_where_an_object_is_declared_is_refused_as_it_is() {
        let post = |body: &'static str| {
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap()
        };
        for body in ["[]", "[1, 2, 3]", " [{\"name\": \"Acme\"}]", "[null, null]"] {
            let answer = send(&router(Unimplemented), post(body)).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body}");
            let violations = answer.body["violations"].as_array().unwrap();
            assert_eq!(violations.len(), 1, "{body}: {}", answer.body);
            assert_eq!((violations[0]["pointer"].as_str(), violations[0]["keyword"].as_str()), (Some("/body"), Some("type")), "{body}");
        }
        let answer = send(&router(Unimplemented), post("[1, 2,")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert!(answer.body["violations"][0]["message"].as_str().unwrap().contains("not valid JSON"), "{}", answer.body);
    }

    #[tokio::test]
    async fn wrong_media_type_is_415_and_large_bodies_413() {
        let answer = send(
            &router(Unimplemented),
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "text/plain").body(Body::from("{}")).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let body = json!({"name": "x".repeat(100)}).to_string();
        let answer = send(
            &routes(Unimplemented).body_limit(64).router(),
            authorized("POST", "/api/organizations").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[tokio::test]
    async fn query_parameters_are_read_and_checked() {
        let answer = send(&router(Unimplemented), authorized("GET", "/api/organizations?page=x").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
        assert_eq!(answer.body["violations"][0]["pointer"], "/query/page");
        let answer =
            send(&router(Unimplemented), authorized("GET", "/api/organizations?page=x&page_size=0.5").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
        let pointers: Vec<&str> = answer.body["violations"].as_array().unwrap().iter().map(|v| v["pointer"].as_str().unwrap()).collect();
        assert_eq!(pointers, ["/query/page", "/query/page_size"]);
    }

    #[tokio::test]
    async fn unknown_paths_404_and_wrong_methods_405_with_allow() {
        let answer = send(&router(Unimplemented), authorized("GET", "/api/nothing").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND);
        // Answered by `Api::reject`, like every other refusal.
        assert_eq!(answer.content_type.as_deref(), Some("application/problem+json"));
        assert_eq!(answer.body["status"], 404);
        let answer = send(&router(Unimplemented), authorized("PUT", "/api/organizations").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
        let allow = answer.allow.unwrap_or_default();
        assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    }
}

mod zenml {
    use super::*;
    use zenml_orgs::server::{Unimplemented, router};

    /// ZenML declares FastAPI's `HTTPValidationError`: its router answers in
    /// that shape.
    #[tokio::test]
    async fn refusals_in_fastapis_shape() {
        let answer = send(
            &router(Unimplemented),
            request("DELETE", "/organizations/not-a-uuid").header(header::AUTHORIZATION, "Bearer t").body(Body::empty()).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(answer.body["detail"][0]["loc"], json!(["path", "organization_id"]));

        let answer = send(
            &router(Unimplemented),
            request("POST", "/organizations")
                .header(header::AUTHORIZATION, "Bearer t")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(answer.body["detail"][0]["loc"], json!(["body", "name"]));
        assert_eq!(answer.body["detail"][0]["type"], "missing");
    }
}

mod trieve {
    use super::*;
    use trieve_orgs::server::{Unimplemented, router};

    /// Trieve's organization id is a header, `TR-Organization`.
    #[tokio::test]
    async fn header_parameters_are_read_and_checked() {
        let answer = send(
            &router(Unimplemented),
            request("GET", "/api/organization/00000000-0000-0000-0000-000000000000")
                .header(header::AUTHORIZATION, "key")
                .header("TR-Organization", "not-a-uuid")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
        assert_eq!(answer.body["violations"][0]["pointer"], "/header/TR-Organization", "{}", answer.body);
    }
}

mod langsmith {
    use super::*;
    use langsmith_orgs::server::{Unimplemented, router};

    /// LangSmith declares FastAPI's `HTTPValidationError` for 422: a body
    /// breaking the organization name pattern is answered in that shape,
    /// the location split as FastAPI does.
    #[tokio::test]
    async fn validation_errors_in_the_declared_shape() {
        let body = json!({"display_name": "bad!name", "is_personal": false}).to_string();
        let answer = send(
            &router(Unimplemented),
            request("POST", "/api/v1/orgs")
                .header(header::AUTHORIZATION, "Bearer t")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(answer.content_type.as_deref(), Some("application/json"));
        assert_eq!(
            answer.body,
            json!({"detail": [{
                "loc": ["body", "display_name"],
                "msg": "must match the pattern ^[a-zA-Z0-9\\-_ ]+$",
                "type": "string_pattern_mismatch"
            }]})
        );
    }

    /// Alternatives: `X-API-Key` alone satisfies an operation that takes an
    /// API key, a tenant id or a bearer token.
    #[tokio::test]
    async fn any_one_alternative_is_enough() {
        let answer = send(
            &router(Unimplemented),
            request("GET", "/api/v1/orgs/current/roles").header("X-API-Key", "k").body(Body::empty()).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::NOT_IMPLEMENTED);
        let answer = send(&router(Unimplemented), request("GET", "/api/v1/orgs/current/roles").body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
}

/// The API description is served where the implementation chooses.
#[tokio::test]
async fn the_document_is_served_at_a_chosen_path() {
    const DOCUMENT: &str = include_str!("../../../specs/trieve.yaml");
    let app = trieve_orgs::server::router(trieve_orgs::server::Unimplemented).merge(oapi_axum_runtime::document("/openapi.yaml", DOCUMENT));
    let response = app.oneshot(request("GET", "/openapi.yaml").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/yaml");
    let bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    assert_eq!(bytes, DOCUMENT.as_bytes());
}

/// The four APIs served by one router, as a server implementing several
/// does: their routes merge (no two share a path), each path reaches its
/// own API, and the one router with a fallback answers the other paths.
#[tokio::test]
async fn several_apis_merge_into_one_router() {
    let app = langsmith_orgs::server::routes(langsmith_orgs::server::Unimplemented)
        .body_limit(1024)
        .routes()
        .merge(logto_orgs::server::routes(logto_orgs::server::Unimplemented).body_limit(1024).routes())
        .merge(trieve_orgs::server::routes(trieve_orgs::server::Unimplemented).body_limit(1024).routes())
        .merge(zenml_orgs::server::router(zenml_orgs::server::Unimplemented));
    for uri in ["/api/v1/workspaces", "/api/organizations", "/api/organization/00000000-0000-0000-0000-000000000000", "/organizations"] {
        let answer = send(&app, request("GET", uri).body(Body::empty()).unwrap()).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{uri} reaches its API, which asks for credentials");
    }
    let answer = send(&app, request("GET", "/nowhere").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.body, json!({"detail": "Not Found"}), "ZenML's router, the one with a fallback, answers it");
}
