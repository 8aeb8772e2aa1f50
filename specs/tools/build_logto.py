#!/usr/bin/env python3
"""Build specs/logto.yaml: Logto Management API, organization endpoints (OpenAPI 3.0.1).

Usage (from the repo root):
    python3 specs/tools/build_logto.py [FRAGMENT_ROOT] [OUTPUT_YAML]

FRAGMENT_ROOT defaults to ../shared/upstream/logto/packages/core/src/routes and
OUTPUT_YAML defaults to specs/logto.yaml (both relative to the repo root).

Logto does not publish a static spec. At runtime it builds one (served at /api/swagger.json):
  1. every koa route is turned into an operation by packages/core/src/routes/swagger/utils/
     operation.ts (operationId, tag, parameters from the zod `params`/`query` guards,
     requestBody from the `body` guard, responses from the `status` list + 400 when there is an
     input guard + 401/403 for Management API routes; 200/201 bodies from the `response` guard
     via packages/core/src/utils/zod.ts `zodTypeToSwagger`);
  2. the vendor's `*.openapi.json` fragments (tags, summaries, descriptions) are deep-merged on
     top (packages/core/src/routes/swagger/utils/documents.ts).
Step 1 is reproduced here by hand (BASE_* below, transcribed from Logto's route/guard source);
step 2 is done mechanically from the fragment files, so every summary / description / tag text
is copied verbatim from them. A fragment that names a response status or a body property the
base operation does not have is an error (Logto's dev build throws in that case too).

Requires Python 3.9+ and PyYAML.
"""
from __future__ import annotations

import copy
import json
import sys
import textwrap
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FRAGMENT_ROOT = "../shared/upstream/logto/packages/core/src/routes"
DEFAULT_OUTPUT = "specs/logto.yaml"
SNAPSHOT = "1fbc55441fd28d9e3e7d69c1522e7654dccfe99c"

# Fragment files (relative to FRAGMENT_ROOT), in tag order.
FRAGMENTS = (
    "organization/index.openapi.json",
    "organization/user/index.openapi.json",
    "organization-role/index.openapi.json",
    "organization-scope/index.openapi.json",
    "organization-invitation/index.openapi.json",
)

# httpCodeToMessage (@logto/core-kit): default response descriptions.
HTTP_MESSAGE = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    422: "Unprocessable Entity",
    501: "Not Implemented",
}

REF = "#/components/schemas/"


def ref(name: str) -> dict:
    return {"$ref": REF + name}


def array_of(schema: dict) -> dict:
    return {"type": "array", "items": schema}


# ---------------------------------------------------------------------------------------------
# Component schemas (zod guards generated from packages/schemas/tables/*.sql, rendered the way
# zodTypeToSwagger renders them: varchar(n) -> maxLength n, NOT NULL varchar without default ->
# minLength 1, nullable column -> nullable: true, timestamptz -> number, jsonb JsonObject ->
# {type: object, description: arbitrary}; every non-optional key is required).
# ---------------------------------------------------------------------------------------------

ARBITRARY_OBJECT = {"type": "object", "description": "arbitrary", "additionalProperties": True}

# Logto's generator writes `format: url` for zod's `.url()`. JSON Schema has no `url`
# format, so a client reading this document may send any string ("" included), which
# Logto refuses with 400. `uri` is the standard format for what `.url()` accepts (an
# absolute URL), so it is used here (a deliberate difference, listed in the header).
BRANDING = {
    "type": "object",
    "properties": {
        "logoUrl": {"type": "string", "format": "uri"},
        "darkLogoUrl": {"type": "string", "format": "uri"},
        "favicon": {"type": "string", "format": "uri"},
        "darkFavicon": {"type": "string", "format": "uri"},
    },
}

ORGANIZATION_PROPS = {
    "tenantId": {"type": "string", "maxLength": 21},
    "id": {"type": "string", "minLength": 1, "maxLength": 21},
    "name": {"type": "string", "minLength": 1, "maxLength": 128},
    "description": {"type": "string", "maxLength": 256, "nullable": True},
    "customData": ARBITRARY_OBJECT,
    "isMfaRequired": {"type": "boolean"},
    "branding": ref("Branding"),
    "createdAt": {"type": "number"},
}

ORGANIZATION_ROLE_PROPS = {
    "tenantId": {"type": "string", "maxLength": 21},
    "id": {"type": "string", "minLength": 1, "maxLength": 21},
    "name": {"type": "string", "minLength": 1, "maxLength": 128},
    "description": {"type": "string", "maxLength": 256, "nullable": True},
    "type": {"type": "string", "enum": ["User", "MachineToMachine"]},
}

ORGANIZATION_SCOPE_PROPS = {
    "tenantId": {"type": "string", "maxLength": 21},
    "id": {"type": "string", "minLength": 1, "maxLength": 21},
    "name": {"type": "string", "minLength": 1, "maxLength": 128},
    "description": {"type": "string", "maxLength": 256, "nullable": True},
}

ORGANIZATION_INVITATION_PROPS = {
    "tenantId": {"type": "string", "maxLength": 21},
    "id": {"type": "string", "minLength": 1, "maxLength": 21},
    "inviterId": {"type": "string", "maxLength": 128, "nullable": True},
    "invitee": {"type": "string", "minLength": 1, "maxLength": 256},
    "acceptedUserId": {"type": "string", "maxLength": 128, "nullable": True},
    "organizationId": {"type": "string", "minLength": 1, "maxLength": 21},
    "status": {"type": "string", "enum": ["Pending", "Accepted", "Expired", "Revoked"]},
    "createdAt": {"type": "number"},
    "updatedAt": {"type": "number"},
    "expiresAt": {"type": "number"},
}

USER_INFO_PROPS = {
    "id": {"type": "string", "minLength": 1, "maxLength": 12},
    "username": {"type": "string", "maxLength": 128, "nullable": True},
    "primaryEmail": {"type": "string", "maxLength": 128, "nullable": True},
    "primaryPhone": {"type": "string", "maxLength": 128, "nullable": True},
    "name": {"type": "string", "maxLength": 128, "nullable": True},
    "avatar": {"type": "string", "maxLength": 2048, "nullable": True},
    "customData": ARBITRARY_OBJECT,
    "identities": {"type": "object", "additionalProperties": ref("UserIdentity")},
    "lastSignInAt": {"type": "number", "nullable": True},
    "createdAt": {"type": "number"},
    "updatedAt": {"type": "number"},
    "profile": ref("UserProfile"),
    "applicationId": {"type": "string", "maxLength": 21, "nullable": True},
    "isSuspended": {"type": "boolean"},
}


def obj(props: dict, required=None, **extra) -> dict:
    out = {"type": "object"}
    out.update(extra)
    req = list(props) if required is None else list(required)
    if req:
        out["required"] = req
    out["properties"] = copy.deepcopy(props)
    return out


def id_name_entity() -> dict:
    return obj({"id": {"type": "string"}, "name": {"type": "string"}})


SCHEMAS = {
    "Branding": BRANDING,
    "Organization": obj(ORGANIZATION_PROPS),
    "OrganizationWithFeatured": obj(
        {
            **ORGANIZATION_PROPS,
            "usersCount": {"type": "number"},
            "featuredUsers": array_of(ref("FeaturedUser")),
        },
        required=list(ORGANIZATION_PROPS),
    ),
    "FeaturedUser": obj(
        {
            "id": {"type": "string", "minLength": 1, "maxLength": 12},
            "avatar": {"type": "string", "maxLength": 2048, "nullable": True},
            "name": {"type": "string", "maxLength": 128, "nullable": True},
        }
    ),
    "OrganizationRole": obj(ORGANIZATION_ROLE_PROPS),
    "OrganizationRoleWithScopes": obj(
        {
            **ORGANIZATION_ROLE_PROPS,
            "scopes": array_of(ref("OrganizationScopeEntity")),
            "resourceScopes": array_of(ref("ResourceScopeEntity")),
        }
    ),
    "OrganizationRoleEntity": id_name_entity(),
    "OrganizationScope": obj(ORGANIZATION_SCOPE_PROPS),
    "OrganizationScopeEntity": id_name_entity(),
    "ResourceScopeEntity": obj(
        {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "resource": id_name_entity(),
        }
    ),
    "OrganizationInvitation": obj(
        {
            **ORGANIZATION_INVITATION_PROPS,
            "organizationRoles": array_of(ref("OrganizationRoleEntity")),
        }
    ),
    "SendMessagePayload": {
        "type": "object",
        "properties": {
            "code": {"type": "string"},
            "link": {"type": "string"},
            "locale": {"type": "string"},
            "uiLocales": {"type": "string"},
        },
        "additionalProperties": True,
    },
    "UserWithOrganizationRoles": obj(
        {
            **USER_INFO_PROPS,
            "cimdClientId": {"type": "string", "nullable": True},
            "organizationRoles": array_of(ref("OrganizationRoleEntity")),
        },
        required=[*USER_INFO_PROPS, "organizationRoles"],
    ),
    "UserIdentity": obj(
        {"userId": {"type": "string"}, "details": ARBITRARY_OBJECT}, required=["userId"]
    ),
    "UserProfile": {
        "type": "object",
        "properties": {
            **{
                key: {"type": "string"}
                for key in (
                    "familyName",
                    "givenName",
                    "middleName",
                    "nickname",
                    "preferredUsername",
                    "profile",
                    "website",
                    "gender",
                    "birthdate",
                    "zoneinfo",
                    "locale",
                )
            },
            "address": {
                "type": "object",
                "properties": {
                    key: {"type": "string"}
                    for key in (
                        "formatted",
                        "streetAddress",
                        "locality",
                        "region",
                        "postalCode",
                        "country",
                    )
                },
            },
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------------


def path_param(name: str, entity: str) -> dict:
    # buildPathIdParameters() description; schema from the guard `z.string().min(1)`.
    return {
        "name": name,
        "in": "path",
        "description": f"The unique identifier of the {entity}.",
        "required": True,
        "schema": {"type": "string", "minLength": 1},
    }


def query_param(name: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": {"type": "string"}}


# paginationParameters (packages/core/src/routes/swagger/utils/parameters.ts);
# fallbackDefaultPageSize = 20 (packages/core/src/middleware/koa-pagination.ts).
PAGINATION = [
    {
        "name": "page",
        "in": "query",
        "description": "Page number (starts from 1).",
        "required": False,
        "schema": {"type": "integer", "format": "int64", "minimum": 1, "default": 1},
    },
    {
        "name": "page_size",
        "in": "query",
        "description": "Entries per page.",
        "required": False,
        "schema": {"type": "integer", "format": "int64", "minimum": 1, "default": 20},
    },
]

TOTAL_NUMBER_HEADER = {
    "Total-Number": {
        "description": "The total number of entries that match the query (set by Logto's "
        "koa-pagination middleware; absent when an optionally paginated endpoint is called "
        "without `page` / `page_size`).",
        "schema": {"type": "integer", "minimum": 0},
    }
}

ORG_ID = path_param("id", "organization")
USER_ID = path_param("userId", "user")
ORG_ROLE_ID = path_param("organizationRoleId", "organization role")
ORG_SCOPE_ID = path_param("organizationScopeId", "organization scope")
ROLE_ID = path_param("id", "organization role")
SCOPE_ID = path_param("id", "organization scope")
INVITATION_ID = path_param("id", "organization invitation")

# ---------------------------------------------------------------------------------------------
# Request bodies (inline, as Logto renders them)
# ---------------------------------------------------------------------------------------------


def body(schema: dict) -> dict:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def partial(props: dict) -> dict:
    """`updateGuard` of a generated schema: every field optional."""
    return {"type": "object", "properties": copy.deepcopy(props)}


def id_array(min_items: int = 0) -> dict:
    out = {"type": "array", "items": {"type": "string", "minLength": 1}}
    if min_items:
        out["minItems"] = min_items
    return out


CREATE_ORGANIZATION = obj(
    {k: v for k, v in ORGANIZATION_PROPS.items() if k != "id"}, required=["name"]
)

CREATE_ORGANIZATION_ROLE = obj(
    {
        **{k: v for k, v in ORGANIZATION_ROLE_PROPS.items() if k != "id"},
        "organizationScopeIds": {"type": "array", "items": {"type": "string"}, "default": []},
        "resourceScopeIds": {"type": "array", "items": {"type": "string"}, "default": []},
    },
    required=["name"],
)

CREATE_ORGANIZATION_SCOPE = obj(
    {k: v for k, v in ORGANIZATION_SCOPE_PROPS.items() if k != "id"}, required=["name"]
)

CREATE_ORGANIZATION_INVITATION = obj(
    {
        "inviterId": ORGANIZATION_INVITATION_PROPS["inviterId"],
        "invitee": {"type": "string", "format": "email"},
        "organizationId": ORGANIZATION_INVITATION_PROPS["organizationId"],
        "expiresAt": {"type": "number"},
        "organizationRoleIds": {"type": "array", "items": {"type": "string"}},
        "messagePayload": {
            "default": False,
            "oneOf": [ref("SendMessagePayload"), {"type": "boolean", "enum": [False]}],
        },
    },
    required=["invitee", "organizationId", "expiresAt"],
)

UPDATE_INVITATION_STATUS = obj(
    {
        "acceptedUserId": ORGANIZATION_INVITATION_PROPS["acceptedUserId"],
        "status": {"type": "string", "enum": ["Accepted", "Revoked"]},
    },
    required=["status"],
)

ROLE_IDS_OR_NAMES = {
    "type": "object",
    "properties": {"organizationRoleIds": id_array(), "organizationRoleNames": id_array()},
}

# ---------------------------------------------------------------------------------------------
# Base operations: (path, method, operationId, tag, parameters, requestBody, statuses,
# success schema, paginated)
# operationId = buildOperationId() of packages/core/src/routes/swagger/utils/operation-id.ts
# (customRoutes overrides for AddOrganizationUsers / AssignOrganizationRolesTo*).
# statuses = guard `status` list (+400 when params/query/body guard, +401/403 always).
# ---------------------------------------------------------------------------------------------

T_ORG = "Organizations"
T_ORG_USERS = "Organization users"
T_ROLES = "Organization roles"
T_SCOPES = "Organization scopes"
T_INV = "Organization invitations"

A = "/api/organizations"
R = "/api/organization-roles"
S = "/api/organization-scopes"
I = "/api/organization-invitations"

BASE = [
    # --- organizations (SchemaRouter + custom GET /) --------------------------------------
    (A, "get", "ListOrganizations", T_ORG,
     [query_param("q"), query_param("showFeatured"), *PAGINATION], None,
     [200, 400], array_of(ref("OrganizationWithFeatured")), True),
    (A, "post", "CreateOrganization", T_ORG, [], body(CREATE_ORGANIZATION),
     [201, 400], ref("Organization"), False),
    (A + "/{id}", "get", "GetOrganization", T_ORG, [ORG_ID], None,
     [200, 400, 404], ref("Organization"), False),
    (A + "/{id}", "patch", "UpdateOrganization", T_ORG, [ORG_ID], body(partial(ORGANIZATION_PROPS)),
     [200, 400, 404], ref("Organization"), False),
    (A + "/{id}", "delete", "DeleteOrganization", T_ORG, [ORG_ID], None,
     [204, 400, 404], None, False),
    # --- organization users --------------------------------------------------------------
    (A + "/{id}/users", "get", "ListOrganizationUsers", T_ORG_USERS,
     [ORG_ID, query_param("q"), query_param("organizationRoleId"), *PAGINATION], None,
     [200, 400, 404], array_of(ref("UserWithOrganizationRoles")), True),
    (A + "/{id}/users", "post", "AddOrganizationUsers", T_ORG_USERS, [ORG_ID],
     body(obj({"userIds": id_array(1)})),
     [201, 400, 403, 422], obj({"userIds": id_array()}), False),
    (A + "/{id}/users", "put", "ReplaceOrganizationUsers", T_ORG_USERS, [ORG_ID],
     body(obj({"userIds": id_array()})),
     [204, 400, 403, 422], None, False),
    (A + "/{id}/users/{userId}", "delete", "DeleteOrganizationUser", T_ORG_USERS,
     [ORG_ID, USER_ID], None, [204, 400, 404, 422], None, False),
    (A + "/{id}/users/roles", "post", "AssignOrganizationRolesToUsers", T_ORG_USERS, [ORG_ID],
     body(obj({"userIds": id_array(1), "organizationRoleIds": id_array(1)})),
     [201, 400, 422], None, False),
    (A + "/{id}/users/{userId}/roles", "get", "ListOrganizationUserRoles", T_ORG_USERS,
     [ORG_ID, USER_ID, *PAGINATION], None,
     [200, 400, 422], array_of(ref("OrganizationRole")), True),
    (A + "/{id}/users/{userId}/roles", "put", "ReplaceOrganizationUserRoles", T_ORG_USERS,
     [ORG_ID, USER_ID], body(copy.deepcopy(ROLE_IDS_OR_NAMES)),
     [204, 400, 422], None, False),
    (A + "/{id}/users/{userId}/roles", "post", "AssignOrganizationRolesToUser", T_ORG_USERS,
     [ORG_ID, USER_ID], body(copy.deepcopy(ROLE_IDS_OR_NAMES)),
     [201, 400, 422], obj({"organizationRoleIds": id_array()}), False),
    (A + "/{id}/users/{userId}/roles/{organizationRoleId}", "delete",
     "DeleteOrganizationUserRole", T_ORG_USERS, [ORG_ID, USER_ID, ORG_ROLE_ID], None,
     [204, 400, 404, 422], None, False),
    (A + "/{id}/users/{userId}/scopes", "get", "ListOrganizationUserScopes", T_ORG_USERS,
     [ORG_ID, USER_ID], None, [200, 400, 422], array_of(ref("OrganizationScope")), False),
    # --- organization roles --------------------------------------------------------------
    (R, "get", "ListOrganizationRoles", T_ROLES, [query_param("q"), *PAGINATION], None,
     [200, 400], array_of(ref("OrganizationRoleWithScopes")), True),
    (R, "post", "CreateOrganizationRole", T_ROLES, [], body(CREATE_ORGANIZATION_ROLE),
     [201, 400, 422], ref("OrganizationRole"), False),
    (R + "/{id}", "get", "GetOrganizationRole", T_ROLES, [ROLE_ID], None,
     [200, 400, 404], ref("OrganizationRole"), False),
    (R + "/{id}", "patch", "UpdateOrganizationRole", T_ROLES, [ROLE_ID],
     body(partial(ORGANIZATION_ROLE_PROPS)), [200, 400, 404, 422], ref("OrganizationRole"), False),
    (R + "/{id}", "delete", "DeleteOrganizationRole", T_ROLES, [ROLE_ID], None,
     [204, 400, 404], None, False),
    (R + "/{id}/scopes", "get", "ListOrganizationRoleScopes", T_ROLES, [ROLE_ID, *PAGINATION],
     None, [200, 400, 404], array_of(ref("OrganizationScope")), True),
    (R + "/{id}/scopes", "post", "CreateOrganizationRoleScope", T_ROLES, [ROLE_ID],
     body(obj({"organizationScopeIds": id_array(1)})), [201, 400, 422], None, False),
    (R + "/{id}/scopes", "put", "ReplaceOrganizationRoleScopes", T_ROLES, [ROLE_ID],
     body(obj({"organizationScopeIds": id_array()})), [204, 400, 422], None, False),
    (R + "/{id}/scopes/{organizationScopeId}", "delete", "DeleteOrganizationRoleScope", T_ROLES,
     [ROLE_ID, ORG_SCOPE_ID], None, [204, 400, 404], None, False),
    # --- organization scopes -------------------------------------------------------------
    (S, "get", "ListOrganizationScopes", T_SCOPES, [query_param("q"), *PAGINATION], None,
     [200, 400], array_of(ref("OrganizationScope")), True),
    (S, "post", "CreateOrganizationScope", T_SCOPES, [], body(CREATE_ORGANIZATION_SCOPE),
     [201, 400, 422], ref("OrganizationScope"), False),
    (S + "/{id}", "get", "GetOrganizationScope", T_SCOPES, [SCOPE_ID], None,
     [200, 400, 404], ref("OrganizationScope"), False),
    (S + "/{id}", "patch", "UpdateOrganizationScope", T_SCOPES, [SCOPE_ID],
     body(partial(ORGANIZATION_SCOPE_PROPS)), [200, 400, 404, 422], ref("OrganizationScope"),
     False),
    (S + "/{id}", "delete", "DeleteOrganizationScope", T_SCOPES, [SCOPE_ID], None,
     [204, 400, 404], None, False),
    # --- organization invitations ----------------------------------------------------------
    (I, "get", "ListOrganizationInvitations", T_INV,
     [query_param("organizationId"), query_param("inviterId"), query_param("invitee")], None,
     [200, 400], array_of(ref("OrganizationInvitation")), False),
    (I, "post", "CreateOrganizationInvitation", T_INV, [], body(CREATE_ORGANIZATION_INVITATION),
     [201, 400, 422, 501], ref("OrganizationInvitation"), False),
    (I + "/{id}", "get", "GetOrganizationInvitation", T_INV, [INVITATION_ID], None,
     [200, 400, 404], ref("OrganizationInvitation"), False),
    (I + "/{id}", "delete", "DeleteOrganizationInvitation", T_INV, [INVITATION_ID], None,
     [204, 400, 404], None, False),
    (I + "/{id}/status", "put", "ReplaceOrganizationInvitationStatus", T_INV, [INVITATION_ID],
     body(UPDATE_INVITATION_STATUS), [200, 400, 422], ref("OrganizationInvitation"), False),
    (I + "/{id}/message", "post", "CreateOrganizationInvitationMessage", T_INV, [INVITATION_ID],
     body(ref("SendMessagePayload")), [204, 400], None, False),
]


def build_base() -> dict:
    paths: dict = {}
    for path, method, op_id, tag, params, req, statuses, schema, paginated in BASE:
        responses = {}
        for status in sorted({*statuses, 401, 403}):
            resp = {"description": HTTP_MESSAGE[status]}
            if status in (200, 201) and schema is not None:
                resp["content"] = {"application/json": {"schema": copy.deepcopy(schema)}}
            if status == 200 and paginated:
                resp["headers"] = copy.deepcopy(TOTAL_NUMBER_HEADER)
            responses[str(status)] = resp
        op = {"operationId": op_id, "tags": [tag], "summary": None, "description": None}
        if params:
            op["parameters"] = copy.deepcopy(params)
        if req is not None:
            op["requestBody"] = copy.deepcopy(req)
        op["responses"] = responses
        paths.setdefault(path, {})[method] = op
    return paths


# ---------------------------------------------------------------------------------------------
# Fragment merge
# ---------------------------------------------------------------------------------------------


class MergeError(Exception):
    pass


def merge(target: dict, source: dict, components: dict, where: str, strict_props: bool) -> None:
    if "$ref" in target and any(k != "$ref" for k in source):
        name = target["$ref"].removeprefix(REF)
        merge(components[name], source, components, f"{where}->{name}", strict_props)
        return
    for key, value in source.items():
        here = f"{where}/{key}"
        if isinstance(value, dict):
            if key not in target:
                if strict_props and where.endswith("/properties"):
                    raise MergeError(f"fragment property not in base schema: {here}")
                target[key] = {}
            if not isinstance(target[key], dict):
                raise MergeError(f"type clash at {here}")
            merge(target[key], value, components, here, strict_props)
        else:
            target[key] = copy.deepcopy(value)


def apply_fragment(paths: dict, tags: list, frag: dict, components: dict, skipped: list) -> None:
    tags.extend(copy.deepcopy(frag.get("tags", [])))
    for path, item in frag["paths"].items():
        for method, fop in item.items():
            op = paths.get(path, {}).get(method)
            if op is None:
                skipped.append(f"{method.upper()} {path}")
                continue
            where = f"{method} {path}"
            for key in ("summary", "description"):
                if key in fop:
                    op[key] = fop[key]
            for fparam in fop.get("parameters", []):
                match = [p for p in op.get("parameters", [])
                         if p["name"] == fparam["name"] and p["in"] == fparam["in"]]
                if not match:
                    raise MergeError(f"{where}: fragment parameter {fparam['name']} not in base")
                match[0].update({k: v for k, v in fparam.items() if k not in ("name", "in")})
            if "requestBody" in fop:
                if "requestBody" not in op:
                    raise MergeError(f"{where}: fragment requestBody but base has none")
                merge(op["requestBody"], fop["requestBody"], components, where + " body", True)
            for status, fresp in fop.get("responses", {}).items():
                if status not in op["responses"]:
                    raise MergeError(f"{where}: fragment response {status} not in base")
                merge(op["responses"][status], fresp, components, f"{where} {status}", True)


def check(doc: dict) -> None:
    ids = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise MergeError(f"duplicate operationIds: {sorted(dup)}")

    def refs(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "$ref":
                    yield v
                else:
                    yield from refs(v)
        elif isinstance(node, list):
            for v in node:
                yield from refs(v)

    names = set(doc["components"]["schemas"])
    dangling = {r for r in refs(doc) if r.removeprefix(REF) not in names}
    if dangling:
        raise MergeError(f"dangling $refs: {sorted(dangling)}")
    used = {r.removeprefix(REF) for r in refs(doc)}
    unused = names - used
    if unused:
        raise MergeError(f"unused schemas: {sorted(unused)}")
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if not op.get("summary") or not op.get("description"):
                raise MergeError(f"{method} {path}: no summary/description from fragments")


HEADER = """\
# Logto Management API: organization endpoints (organizations, organization users and their
# roles/scopes, organization roles, organization scopes, organization invitations).
#
# Generated by `python3 specs/tools/build_logto.py`. Do not edit by hand; re-run the script.
#
# Sources
#   Vendor fragments (repo logto-io/logto, snapshot {snapshot}, MPL-2.0),
#   local copies under /work/shared/upstream/logto/
#   (provenance and blob ids in /work/shared/upstream/SOURCES.md):
#     packages/core/src/routes/organization/index.openapi.json
#     packages/core/src/routes/organization/user/index.openapi.json
#     packages/core/src/routes/organization-role/index.openapi.json
#     packages/core/src/routes/organization-scope/index.openapi.json
#     packages/core/src/routes/organization-invitation/index.openapi.json
#   -> copied verbatim: tag names + tag descriptions, every operation's summary and
#      description, query-parameter descriptions (q, showFeatured, organizationRoleId),
#      request-body property descriptions, non-default response descriptions (incl. the 422
#      and 501 texts and the 404 on DELETE .../users/{{userId}}), the 201 response schemas of
#      AddOrganizationUsers / AssignOrganizationRolesToUser and the `cimdClientId` description.
#   Seed 003 (/work/shared/seeds/003_9704c7b1a471ad70.txt, Logto's "Create an organization"
#   doc page): the Organization schema and the CreateOrganization body exactly (tenantId
#   maxLength 21; id 1..21; name 1..128 required; description nullable maxLength 256;
#   customData arbitrary object; isMfaRequired boolean; branding logoUrl/darkLogoUrl/favicon/
#   darkFavicon format url; createdAt number; 201 with every field required; 400/401/403).
#
# Inferred from Logto source (logto-io/logto, read via the code index; the stored versions are
# not all at the snapshot commit), reproducing what Logto's runtime generator emits:
#   packages/core/src/routes/swagger/utils/operation.ts    response set = guard statuses + 400
#       (input guard) + 401/403 (Management API); default descriptions "OK", "Bad Request"...
#   packages/core/src/routes/swagger/utils/operation-id.ts PascalCase operationIds (List*/Get*/
#       Create*/Update*/Replace*/Delete*, customRoutes AddOrganizationUsers, AssignOrganization-
#       RolesToUsers, AssignOrganizationRolesToUser)
#   packages/core/src/routes/swagger/utils/parameters.ts   page / page_size (integer, minimum 1,
#       defaults 1 / 20), path-id descriptions "The unique identifier of the ..."
#   packages/core/src/utils/zod.ts                          zod -> schema rules (nullable: true,
#       jsonObject -> {{type: object, description: arbitrary}}, z.string().url() -> format url,
#       non-optional keys required, defaults kept)
#   packages/core/src/utils/SchemaRouter.ts                 CRUD + relation routes: GET / with
#       pagination (+ q when searchFields), POST / body = createGuard without id -> 201,
#       GET/PATCH/DELETE /:id with {{id: z.string().min(1)}} (200/200/204 + 404), PATCH body =
#       updateGuard (all fields optional), relation POST {{<rel>Ids: nonempty}} 201/422, PUT 204/422,
#       DELETE /:id/<rel>/:<rel>Id 204/404
#   packages/core/src/routes/organization/index.ts          GET /organizations query q,
#       showFeatured; response Organization + optional usersCount/featuredUsers
#   packages/core/src/routes/organization/user/index.ts, .../user/role-relations.ts
#       users/roles/scopes guards and statuses
#   packages/core/src/routes/organization-role/index.ts     role list (q, OrganizationRoleWithScopes)
#       and create body (organizationScopeIds, resourceScopeIds default [])
#   packages/core/src/routes/organization-invitation/index.ts  invitation list query, create body
#       (invitee email, messagePayload SendMessagePayload | false), status body, /message
#   packages/schemas/tables/organizations.sql, organization_roles.sql, organization_scopes.sql,
#       organization_invitations.sql, users.sql              column lengths / nullability / enums
#   packages/schemas/src/types/organization.ts, types/user.ts  OrganizationRoleWithScopes,
#       UserWithOrganizationRoles (userInfoSelectFields), OrganizationInvitationEntity
#   @logto/connector-kit sendMessagePayloadGuard            SendMessagePayload
#
# Deliberate differences from Logto's served document (all noted so they can be reverted):
#   - schemas are named components (Logto inlines every schema); path params are inline with
#     `minLength: 1` (Logto $refs shared parameters with plain `type: string`).
#   - fields with a zod default (organizationScopeIds, resourceScopeIds, messagePayload) are
#     optional here; Logto's generator lists them as required although the server accepts
#     their absence.
#   - customData / SendMessagePayload carry an explicit `additionalProperties: true`.
#   - paginated 200 responses document the `Total-Number` header set by koa-pagination.
#   - branding URLs are `format: uri`, not Logto's `format: url`, which JSON Schema does not
#     define (so clients took any string, "" included, as valid; Logto refuses it with 400).
#   - page / page_size carry `format: int64`: Logto states no upper bound, and reads them as
#     JS numbers, exact only to 2^53 (a client sending 10^22 means nothing Logto can serve).
#   - 201/204 responses without a body have no `content` (Logto emits an empty media type).
#   - not verified against the snapshot and taken from memory of Logto's source: the
#     `resourceScopes` field of OrganizationRoleWithScopes (ResourceScopeEntity), the
#     UserProfile / identities shapes (packages/schemas/src/foundations/jsonb-types/users.ts),
#     and `cimdClientId` (only its description is in the fragment; kept optional, no length).
#   - the 422 on DELETE .../users/{{userId}} comes from the stored code version, the 404 from
#     the snapshot fragment; both are kept.
#
# Not included: organization applications, JIT (email domains, roles, SSO connectors),
# organization-role resource-scopes, and the admin-user / application organization routes.
# Fragment operations left out (resource scopes):{skipped}
#
# Operations (method path operationId):
{ops}
# Schemas: {schemas}

"""


def str_presenter(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


def main(argv: list[str]) -> int:
    frag_root = REPO_ROOT / (argv[1] if len(argv) > 1 else DEFAULT_FRAGMENT_ROOT)
    output = REPO_ROOT / (argv[2] if len(argv) > 2 else DEFAULT_OUTPUT)

    components = copy.deepcopy(SCHEMAS)
    paths = build_base()
    tags: list = []
    skipped: list = []
    for rel in FRAGMENTS:
        frag = json.loads((frag_root / rel).read_text(encoding="utf-8"))
        apply_fragment(paths, tags, frag, components, skipped)

    doc = {
        "openapi": "3.0.1",
        "info": {
            "title": "Logto API references",
            "description": "API references for Logto services (Management API, organization "
            "endpoints only). Rebuilt offline from Logto's route fragments and source; see the "
            "header comment of this file.",
            "version": "snapshot-" + SNAPSHOT[:12],
            "license": {"name": "MPL-2.0", "url": "https://github.com/logto-io/logto/blob/master/LICENSE"},
        },
        "servers": [
            {
                "url": "https://{tenantId}.logto.app",
                "description": "Logto endpoint address.",
                "variables": {"tenantId": {"default": "your-tenant-id"}},
            }
        ],
        "security": [{"ManagementApi": []}],
        "tags": tags,
        "paths": {p: {m: {k: v for k, v in op.items()} for m, op in item.items()}
                  for p, item in paths.items()},
        "components": {
            "securitySchemes": {
                "ManagementApi": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "Access token for the Logto Management API resource "
                    "(client credentials grant of a machine-to-machine application).",
                }
            },
            "schemas": dict(sorted(components.items())),
        },
    }
    check(doc)

    ops = "\n".join(
        f"#   {m.upper():<6} {p}  {op['operationId']}"
        for p, item in doc["paths"].items()
        for m, op in item.items()
    )
    head = HEADER.format(
        snapshot=SNAPSHOT,
        skipped="".join(f"\n#   {op}" for op in skipped) if skipped else " none",
        ops=ops,
        schemas=f"{len(doc['components']['schemas'])}\n"
        + textwrap.fill(", ".join(doc["components"]["schemas"]), width=92,
                        initial_indent="#   ", subsequent_indent="#   "),
    )
    dumper = yaml.SafeDumper
    dumper.add_representer(str, str_presenter)
    dumper.ignore_aliases = lambda self, data: True
    text = yaml.dump(doc, Dumper=dumper, sort_keys=False, width=100, allow_unicode=True)
    output.write_text(head + text, encoding="utf-8")
    print(f"wrote {output.relative_to(REPO_ROOT)}: {len(ops.splitlines())} operations, "
          f"{len(doc['components']['schemas'])} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
