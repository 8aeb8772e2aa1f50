#!/usr/bin/env python3
"""Extract the organization / invitation / org-membership subset of Trieve's OpenAPI spec.

Usage (from the repo root):
    python3 specs/tools/extract_trieve.py [UPSTREAM_JSON] [OUTPUT_YAML]

UPSTREAM_JSON defaults to ../shared/upstream/trieve/clients/ts-sdk/openapi.json and
OUTPUT_YAML defaults to specs/trieve.yaml (both relative to the repo root).

The output is a faithful subset of the upstream document: every kept path item, schema,
tag, security scheme, `info` and `servers` is copied verbatim (no keyword is added,
removed or rewritten). Only selection and ordering happen here. The output is
deterministic: paths keep upstream order, components are sorted by name.

Requires Python 3.11+ and PyYAML.
"""
from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_INPUT = "../shared/upstream/trieve/clients/ts-sdk/openapi.json"
DEFAULT_OUTPUT = "specs/trieve.yaml"

PROVENANCE = {
    "repo": "devflowinc/trieve",
    "path": "clients/ts-sdk/openapi.json",
    "commit": "dc2b6a1ef8346d754fff961db1d55700659c04a7",
    "blob": "ed682bd62b02961e79d86f5684eb4354f41ea3f1",
}

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Paths kept whole (every operation on them).
ORG_PREFIX = "/api/organization"
INVITATION_PATHS = (
    "/api/invitation",
    "/api/invitation/{invitation_id}",
    "/api/invitations/{organization_id}",
)
# User-tagged operations about organization membership. Upstream (0.13.0) has three
# User-tagged operations:
#   PUT    /api/user                       update_user  "Update User Org Role" -> KEPT:
#          sets role/scopes of a user within the org given by the TR-Organization header.
#   GET    /api/user/api_key               get_user_api_keys   -> not kept (personal keys)
#   DELETE /api/user/api_key/{api_key_id}  delete_user_api_key -> not kept (personal keys)
# There is no "remove user from organization" operation in this version of the spec.
USER_MEMBERSHIP_OPS = {("/api/user", "put")}

EXCLUDED_TAGS = {"Stripe", "Dataset"}


def keep_path(path: str) -> bool:
    return (
        path == ORG_PREFIX
        or path.startswith(ORG_PREFIX + "/")
        or path in INVITATION_PATHS
        or any(p == path for p, _ in USER_MEMBERSHIP_OPS)
    )


def keep_operation(path: str, method: str) -> bool:
    if any(p == path for p, _ in USER_MEMBERSHIP_OPS):
        return (path, method) in USER_MEMBERSHIP_OPS
    return True


def iter_refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                yield v
            else:
                yield from iter_refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from iter_refs(v)


def resolve_pointer(doc, ref: str):
    assert ref.startswith("#/"), f"only local refs supported: {ref}"
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


# Statuses Trieve answers but its document never declares: its actix middleware refuses a
# missing or unknown API key with 401, and a key whose user lacks the role (or is not in the
# organization named by TR-Organization) with 403, both with the ErrorResponseBody every
# Trieve error has. Found by schemathesis' status-code check against the reference server.
ERROR_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponseBody"}}}
UNDECLARED_STATUSES = {
    "401": {"description": "Not authenticated: no API key, or one Trieve does not know. (Added: not in the vendor's document.)", "content": ERROR_BODY},
    "403": {"description": "The key's user lacks the role for this in the organization named. (Added: not in the vendor's document.)", "content": ERROR_BODY},
}


def add_undeclared_statuses(op: dict) -> dict:
    """`op` with the statuses the vendor answers but does not declare."""
    op = copy.deepcopy(op)
    for status, response in UNDECLARED_STATUSES.items():
        op.setdefault("responses", {}).setdefault(status, copy.deepcopy(response))
    return op


def extract(upstream: dict) -> tuple[dict, list[tuple[str, str, str]]]:
    # 1. Select path items / operations.
    paths: dict = {}
    ops: list[tuple[str, str, str]] = []
    for path, item in upstream["paths"].items():
        if not keep_path(path):
            continue
        new_item = {}
        for key, value in item.items():
            if key in HTTP_METHODS:
                if not keep_operation(path, key):
                    continue
                tags = set(value.get("tags", []))
                assert not tags & EXCLUDED_TAGS, (path, key, tags)
                ops.append((key.upper(), path, value["operationId"]))
                new_item[key] = add_undeclared_statuses(value)
            else:
                new_item[key] = copy.deepcopy(value)
        if any(k in HTTP_METHODS for k in new_item):
            paths[path] = new_item
    assert "/api/stripe" not in " ".join(paths) and "/api/dataset" not in " ".join(paths)

    # 2. Transitive closure of $refs.
    seen: set[str] = set()
    todo = sorted(set(iter_refs(paths)))
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        target = resolve_pointer(upstream, ref)
        todo.extend(sorted(set(iter_refs(target)) - seen))

    components: dict = {}
    for ref in seen:
        parts = ref[2:].split("/")
        assert len(parts) == 3 and parts[0] == "components", ref
        components.setdefault(parts[1], {})[parts[2]] = copy.deepcopy(
            resolve_pointer(upstream, ref)
        )

    # 3. Security schemes referenced by kept operations (and top-level security, if any).
    scheme_names: set[str] = set()
    for item in paths.values():
        for key, op in item.items():
            if key in HTTP_METHODS:
                for req in op.get("security", []):
                    scheme_names.update(req)
    for req in upstream.get("security", []):
        scheme_names.update(req)
    assert "ApiKey" in scheme_names
    up_schemes = upstream["components"]["securitySchemes"]
    components["securitySchemes"] = {n: copy.deepcopy(up_schemes[n]) for n in scheme_names}

    # Components: sections in upstream order, entries sorted by name.
    ordered_components = {}
    section_order = list(upstream["components"]) + sorted(
        set(components) - set(upstream["components"])
    )
    for section in section_order:
        if section in components:
            ordered_components[section] = dict(sorted(components[section].items()))

    # 4. Tags used by kept operations, in upstream order.
    used_tags = {t for item in paths.values() for k, op in item.items()
                 if k in HTTP_METHODS for t in op.get("tags", [])}
    tags = [copy.deepcopy(t) for t in upstream.get("tags", []) if t["name"] in used_tags]
    assert {t["name"] for t in tags} == used_tags

    out: dict = {"openapi": upstream["openapi"], "info": copy.deepcopy(upstream["info"])}
    if "servers" in upstream:
        out["servers"] = copy.deepcopy(upstream["servers"])
    # Upstream 0.13.0 has no top-level `security`; it is copied only when present.
    if "security" in upstream:
        out["security"] = copy.deepcopy(upstream["security"])
    out["tags"] = tags
    out["paths"] = paths
    out["components"] = ordered_components
    return out, ops


def header(ops: list[tuple[str, str, str]], schema_count: int) -> str:
    lines = [
        "# Trieve API: organization, organization API key, invitation and org-membership subset.",
        "#",
        "# Source: the vendor's own published OpenAPI 3.0.3 spec (info.version 0.13.0)",
        f"#   repo:   {PROVENANCE['repo']}",
        f"#   path:   {PROVENANCE['path']}",
        f"#   commit: {PROVENANCE['commit']} (last change to the file)",
        f"#   blob:   {PROVENANCE['blob']}",
        "#",
        "# Extracted by `python3 specs/tools/extract_trieve.py`. Do not edit by hand; re-run the script.",
        "# Every kept path item, schema, tag, security scheme, `info` and `servers` is copied",
        "# verbatim from upstream (subset only; nothing else rewritten). Components sorted by name.",
        "# Added: 401 and 403 responses (ErrorResponseBody bodies) on every operation that lacks them.",
        "# Trieve answers both (no/unknown API key; a user without the role in the organization",
        "# named), but its document does not declare them.",
        "# Upstream has no top-level `security`, so none is emitted (same meaning as `security: []`).",
        "#",
        "# Kept operations (method path operationId):",
    ]
    width = max(len(m) for m, _, _ in ops)
    for m, p, o in ops:
        lines.append(f"#   {m.ljust(width)} {p}  {o}")
    lines += [
        "# (PUT /api/user is the only User-tagged operation about organization membership:",
        "#  it updates a user's role/scopes in the org given by the TR-Organization header.",
        "#  /api/user/api_key* are personal API keys and are not kept. Stripe and dataset",
        "#  paths are not kept.)",
        f"# Schemas: {schema_count} (transitive closure of $refs reached from the kept operations).",
        "",
    ]
    return "\n".join(lines) + "\n"


def same(a, b) -> bool:
    """Type-strict equality (1 != 1.0 != True), key order ignored."""
    return a == b and json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def verify(upstream: dict, out: dict, text: str) -> None:
    reloaded = yaml.safe_load(text)
    assert same(reloaded, out), "YAML round-trip changed the document"
    # Every kept operation and schema equals the upstream JSON exactly.
    for path, item in reloaded["paths"].items():
        for key, value in item.items():
            original = upstream["paths"][path][key]
            if key in HTTP_METHODS:
                original = add_undeclared_statuses(original)
            assert same(value, original), (path, key)
    for section, entries in reloaded["components"].items():
        for name, value in entries.items():
            assert same(value, upstream["components"][section][name]), (section, name)
    for key in ("openapi", "info", "servers"):
        assert same(reloaded.get(key), upstream.get(key)), key
    assert "security" not in upstream or same(reloaded["security"], upstream["security"])
    for tag in reloaded["tags"]:
        assert tag in upstream["tags"], tag
    # No dangling refs; unique operationIds.
    for ref in iter_refs(reloaded):
        resolve_pointer(reloaded, ref)
    op_ids = [op["operationId"] for item in reloaded["paths"].values()
              for k, op in item.items() if k in HTTP_METHODS]
    assert len(op_ids) == len(set(op_ids)), "duplicate operationId"


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else REPO_ROOT / DEFAULT_INPUT
    dst = Path(argv[2]) if len(argv) > 2 else REPO_ROOT / DEFAULT_OUTPUT
    with open(src, encoding="utf-8") as f:
        upstream = json.load(f)
    out, ops = extract(upstream)
    body = yaml.safe_dump(out, sort_keys=False, width=100000, allow_unicode=True)
    text = header(ops, len(out["components"].get("schemas", {}))) + body
    verify(upstream, out, text)
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {dst}: {len(ops)} operations, "
          f"{len(out['components'].get('schemas', {}))} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
