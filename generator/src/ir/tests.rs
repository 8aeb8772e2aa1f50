//! The IR of one small document per construct, pinned by reviewed
//! snapshots (`snapshots/`): what each keyword becomes before anything is
//! emitted. The fixtures (`generator/tests/fixtures/`) pin what is emitted
//! from the same constructs.

use std::path::Path;

use super::*;

/// The IR of `yaml`, a whole document, with the default options.
fn build_yaml(yaml: &str) -> Api {
    let document = crate::load::load_str(Path::new("api.yaml"), yaml).expect("the document loads");
    build(&document).expect("the document builds")
}

/// Required, optional, nullable, `readOnly`, `writeOnly` and `default`
/// properties, and `additionalProperties: false`.
#[test]
fn object_properties() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: Objects, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [id, name, tag]
      properties:
        id: {type: string, format: uuid, readOnly: true}
        name: {type: string, maxLength: 20}
        tag: {type: string, nullable: true}
        nickname: {type: string, nullable: true}
        password: {type: string, writeOnly: true}
        age: {type: integer, format: int32, minimum: 0, default: 1}
      additionalProperties: false
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// `additionalProperties` beside properties (a schema, `true`), and alone
/// (a map, with `propertyNames`), and an object of no properties.
#[test]
fn additional_properties() {
    let api = build_yaml(
        r#"
openapi: 3.1.0
info: {title: Maps, version: "1"}
paths: {}
components:
  schemas:
    Labelled:
      type: object
      properties:
        name: {type: string}
      additionalProperties: {type: string}
    Open:
      type: object
      properties:
        name: {type: string}
      additionalProperties: true
    Counts:
      type: object
      additionalProperties: {type: integer}
      propertyNames: {format: uuid}
      maxProperties: 10
    Anything:
      type: object
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// `allOf` of objects (a reference and an inline part) is one struct of
/// their properties, each required where any part requires it.
#[test]
fn all_of_objects_merge() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: AllOf, version: "1"}
paths: {}
components:
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: string}
    Pet:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [name]
          properties:
            name: {type: string}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// `allOf` of scalars of one kind merges their constraints (the stricter
/// bound, both patterns); parts that require different types contradict.
#[test]
fn all_of_scalars_merge_and_contradictions_have_no_values() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: AllOf, version: "1"}
paths: {}
components:
  schemas:
    Code:
      allOf:
        - {type: string, minLength: 2, maxLength: 10, pattern: '^[a-z]+$'}
        - {type: string, maxLength: 8, pattern: '^a'}
    Impossible:
      allOf:
        - {type: string}
        - {type: integer}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// `oneOf` of references with a discriminator and its `mapping`: each
/// variant is tagged with the value that selects it.
#[test]
fn one_of_with_a_discriminator_mapping() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      oneOf:
        - $ref: '#/components/schemas/Cat'
        - $ref: '#/components/schemas/Dog'
      discriminator:
        propertyName: kind
        mapping:
          cat: '#/components/schemas/Cat'
          dog: Dog
    Cat:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
        lives: {type: integer}
    Dog:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
        good: {type: boolean}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// `anyOf` and `oneOf` without a discriminator: untagged unions, their
/// inline variants named by title or kind.
#[test]
fn untagged_unions() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: Unions, version: "1"}
paths: {}
components:
  schemas:
    Id:
      anyOf:
        - {type: string, format: uuid}
        - {type: integer, minimum: 1}
    Target:
      oneOf:
        - title: ByName
          type: object
          required: [name]
          properties:
            name: {type: string}
        - type: array
          items: {type: string}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// A `null` branch of a union (3.1), and a nullable reference (3.1 `type`
/// list beside `$ref` is not a thing: `oneOf` of the reference and `null`).
#[test]
fn nullable_union_branches() {
    let api = build_yaml(
        r#"
openapi: 3.1.0
info: {title: Nullable, version: "1"}
paths: {}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
    MaybeOwner:
      oneOf:
        - $ref: '#/components/schemas/Owner'
        - type: 'null'
    IdOrNothing:
      anyOf:
        - {type: string}
        - {type: integer}
        - {type: 'null'}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// Parameters in each location, with their styles and `explode`; a
/// path-level parameter the operation overrides; one type per location.
#[test]
fn parameters_by_location() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: Parameters, version: "1"}
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: verbose, in: query, schema: {type: boolean}}
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
        - {name: fields, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
        - {name: tags, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}
        - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {color: {type: string}}}}
        - {name: X-Request-Id, in: header, required: true, schema: {type: string, format: uuid}}
        - {name: session, in: cookie, schema: {type: string}}
      responses:
        '204': {description: done}
  /points/{coords}:
    get:
      operationId: getPoint
      parameters:
        - {name: coords, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: number}}}
        - {name: page, in: query, schema: {type: integer, default: 1}}
      responses:
        '204': {description: done}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// Operations with the same parameters in one location share one type,
/// named after the parameters and documented with every reader.
#[test]
fn shared_parameter_structs() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: Shared, version: "1"}
paths:
  /orgs/{org_id}/users:
    get:
      operationId: listUsers
      parameters:
        - {name: org_id, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        '204': {description: done}
  /orgs/{org_id}/teams:
    get:
      operationId: listTeams
      parameters:
        - {name: org_id, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        '204': {description: done}
  /orgs/{org_id}:
    get:
      operationId: getOrg
      parameters:
        - {name: org_id, in: path, required: true, schema: {type: integer}}
      responses:
        '204': {description: done}
"#,
    );
    insta::assert_debug_snapshot!(api);
}

/// Every kind of security scheme; the document's requirement, an
/// operation's own (with OAuth2 scopes, and two schemes at once), one
/// that makes authentication optional (`{}` among the alternatives) and
/// one that lifts it (`[]`).
#[test]
fn security_schemes_and_requirements() {
    let api = build_yaml(
        r#"
openapi: 3.0.3
info: {title: Security, version: "1"}
security:
  - bearer: []
paths:
  /default:
    get:
      operationId: byDefault
      responses:
        '204': {description: done}
  /scoped:
    get:
      operationId: scoped
      security:
        - oauth: [read, write]
        - key_header: []
          key_query: []
      responses:
        '204': {description: done}
  /optional:
    get:
      operationId: optional
      security:
        - {}
        - basic: []
      responses:
        '204': {description: done}
  /public:
    get:
      operationId: public
      security: []
      responses:
        '204': {description: done}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
    basic: {type: http, scheme: basic}
    key_header: {type: apiKey, in: header, name: X-API-Key}
    key_query: {type: apiKey, in: query, name: api_key}
    key_cookie: {type: apiKey, in: cookie, name: session, description: The session cookie.}
    oauth:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: https://example.com/authorize
          tokenUrl: https://example.com/token
          scopes: {read: Read things, write: Write things}
        clientCredentials:
          tokenUrl: https://example.com/token
          scopes: {read: Read things, admin: Everything}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration'}
"#,
    );
    insta::assert_debug_snapshot!(api);
}
