#!/usr/bin/env python3
"""Extract the org/workspace management subset of the LangSmith platform OpenAPI spec.

Usage (from the repo root):
    python3 specs/tools/extract_langsmith.py [UPSTREAM_JSON] [-o OUTPUT_YAML]

UPSTREAM_JSON defaults to ../shared/upstream/langsmith/src/langsmith/langsmith-platform-openapi.json
(relative to the repo root); OUTPUT_YAML defaults to specs/langsmith.yaml.

Needs Python 3.11 + PyYAML. The output is deterministic: the same input gives the same bytes.
What the script does:
  * keeps exactly the operations in KEEP (path + method), unchanged except for the
    docs-site extension keys in DROP_KEYS;
  * keeps the transitive closure of every local $ref those operations reach
    (schemas are written sorted by name), plus all securitySchemes;
  * keeps info (title/description/version; one line added to the description), servers,
    and the top-level tags that the kept operations use;
  * reloads the written YAML and asserts the subset equals the upstream JSON.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_INPUT = "../shared/upstream/langsmith/src/langsmith/langsmith-platform-openapi.json"
DEFAULT_OUTPUT = "specs/langsmith.yaml"

UPSTREAM_REPO = "langchain-ai/docs"
UPSTREAM_PATH = "src/langsmith/langsmith-platform-openapi.json"
UPSTREAM_COMMIT = "a44929e3e388ba88b947127495823c616c4b46e4"
UPSTREAM_BLOB = "16295739553a009694c58d1995e27be7ca6f735d"

# (path, method) pairs to keep. Output order follows the upstream document, not this list.
KEEP: dict[str, tuple[str, ...]] = {
    "/api/v1/orgs": ("get", "post"),
    "/api/v1/orgs/current": ("get",),
    "/api/v1/orgs/current/info": ("get", "patch"),
    "/api/v1/orgs/permissions": ("get",),
    "/api/v1/orgs/current/roles": ("get", "post"),
    "/api/v1/orgs/current/roles/{role_id}": ("patch", "delete"),
    "/api/v1/orgs/current/members": ("get", "post"),
    "/api/v1/orgs/current/members/active": ("get",),
    "/api/v1/orgs/current/members/pending": ("get",),
    "/api/v1/orgs/current/members/batch": ("post",),
    "/api/v1/orgs/current/members/{identity_id}": ("patch", "delete"),
    "/api/v1/workspaces": ("get", "post"),
    "/api/v1/workspaces/{workspace_id}": ("patch", "delete"),
    "/api/v1/workspaces/current/members": ("get", "post"),
    "/api/v1/workspaces/current/members/active": ("get",),
    "/api/v1/workspaces/current/members/pending": ("get",),
    "/api/v1/workspaces/current/members/batch": ("post",),
    "/api/v1/workspaces/current/members/{identity_id}": ("patch", "delete"),
}

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Added by the docs repo's scripts/process_langsmith_openapi.py, not by the API itself.
DROP_KEYS = ("x-hidden", "x-group")

SECURITY_SCHEMES = ("API Key", "Tenant ID", "Organization ID", "Bearer Auth")
# OpenAPI 3.1 (section 4.8.7.1) says component keys MUST match ^[a-zA-Z0-9.\-_]+$; upstream's
# security scheme names contain spaces, so openapi-spec-validator rejects them. Rename them
# (space -> "_") both in components/securitySchemes and in every security requirement.
# The schemes themselves (header names, types) are unchanged.
SCHEME_RENAME = {n: n.replace(" ", "_") for n in SECURITY_SCHEMES}

SUBSET_NOTE = (
    "This document is a subset of the LangSmith platform OpenAPI spec: only the "
    "organization and workspace management operations (orgs, org members/roles, "
    "workspaces, workspace members) are kept."
)


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def strip_keys(node, dropped: list[str], where: str):
    """Return a deep copy of node without DROP_KEYS (at any depth); record what was removed."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k in DROP_KEYS:
                dropped.append(f"{where}: {k}={json.dumps(v)}")
                continue
            out[k] = strip_keys(v, dropped, where)
        return out
    if isinstance(node, list):
        return [strip_keys(v, dropped, where) for v in node]
    return copy.deepcopy(node)


def rename_security(op: dict) -> dict:
    """Apply SCHEME_RENAME to the security requirement objects of an operation (or document)."""
    if "security" in op:
        op["security"] = [{SCHEME_RENAME.get(k, k): v for k, v in req.items()} for req in op["security"]]
    return op


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
    if not ref.startswith("#/"):
        raise SystemExit(f"non-local $ref not supported: {ref}")
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


def ref_closure(doc, roots) -> set[str]:
    """All local $ref targets reachable from roots (transitively)."""
    seen: set[str] = set()
    todo = [r for root in roots for r in iter_refs(root)]
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        todo.extend(iter_refs(resolve_pointer(doc, ref)))
    return seen


# Statuses LangSmith answers but its generated (FastAPI) document never declares: a missing or
# unknown key is 401, a key without the rights (or a tenant/organization header it is not a
# member of) is 403, an unknown id 404, a conflict with what exists 409 (FastAPI's
# HTTPException, which the generated document does not see). Found by schemathesis' status-code
# and positive-data checks against the reference server: without them, a server has only 422
# for "no such workspace", which is the status of a request that breaks the schema.
# Their bodies are not documented, so only a description is added.
UNDECLARED_STATUSES = {
    "401": {"description": "Not authenticated: no API key, or one LangSmith does not know. (Added: not in the vendor's document.)"},
    "403": {"description": "The key's identity may not do this in the organization or workspace named. (Added: not in the vendor's document.)"},
    "404": {"description": "Something the request names (in its path or body) does not exist. (Added: not in the vendor's document.)"},
    "409": {"description": "The request conflicts with what exists: a name or id taken, a system role, a last role. (Added: not in the vendor's document.)"},
}


def add_undeclared_statuses(op: dict) -> dict:
    """`op` with the statuses the vendor answers but does not declare, and the
    bound its batch invitations state in words only ("Batch invite up to 500
    users") as `maxItems`, so that a schema-valid batch is one LangSmith takes."""
    op = copy.deepcopy(op)
    for status, response in UNDECLARED_STATUSES.items():
        op.setdefault("responses", {}).setdefault(status, copy.deepcopy(response))
    if op.get("description", "").startswith("Batch invite up to 500 users"):
        for media in op["requestBody"]["content"].values():
            assert media["schema"].get("type") == "array", op["operationId"]
            media["schema"].setdefault("maxItems", 500)
    return op


def build_subset(up: dict) -> tuple[dict, list[str]]:
    dropped: list[str] = []

    # Check that every requested operation exists upstream.
    for path, methods in KEEP.items():
        if path not in up["paths"]:
            raise SystemExit(f"upstream has no path {path}")
        for m in methods:
            if m not in up["paths"][path]:
                raise SystemExit(f"upstream has no operation {m.upper()} {path}")

    paths: dict = {}
    for path, item in up["paths"].items():  # upstream order
        if path not in KEEP:
            continue
        new_item = {}
        for key, val in item.items():  # upstream order
            if key in HTTP_METHODS:
                if key not in KEEP[path]:
                    continue
                new_item[key] = add_undeclared_statuses(rename_security(strip_keys(val, dropped, f"{key.upper()} {path}")))
            else:  # path-level summary/description/parameters/servers
                new_item[key] = strip_keys(val, dropped, f"path item {path}")
        paths[path] = new_item

    refs = ref_closure(up, [paths])
    components: dict = {}
    for section in ("schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks"):
        prefix = f"#/components/{section}/"
        names = sorted(r[len(prefix):] for r in refs if r.startswith(prefix))
        if names:
            components[section] = {
                n: strip_keys(up["components"][section][n], dropped, f"components/{section}/{n}") for n in names
            }
    other = [r for r in refs if not r.startswith("#/components/")]
    if other:
        raise SystemExit(f"unexpected $ref targets outside components: {other}")
    components["securitySchemes"] = {
        SCHEME_RENAME[n]: copy.deepcopy(up["components"]["securitySchemes"][n]) for n in SECURITY_SCHEMES
    }

    used_tags = {t for item in paths.values() for k, op in item.items() if k in HTTP_METHODS for t in op.get("tags", [])}

    out: dict = {"openapi": "3.1.0"}
    info = {k: copy.deepcopy(up["info"][k]) for k in ("title", "description", "version") if k in up["info"]}
    desc = info.get("description", "")
    if desc and not desc.endswith("\n"):
        desc += "\n"
    if desc and not desc.endswith("\n\n"):
        desc += "\n"
    info["description"] = desc + SUBSET_NOTE + "\n"
    # keep upstream key order for info
    out["info"] = {k: info[k] for k in up["info"] if k in info}
    if "servers" in up:
        out["servers"] = copy.deepcopy(up["servers"])
    out["paths"] = paths
    out["components"] = components
    if "tags" in up:
        out["tags"] = [strip_keys(t, dropped, f"tag {t['name']}") for t in up["tags"] if t["name"] in used_tags]
    if "security" in up:
        out["security"] = rename_security({"security": copy.deepcopy(up["security"])})["security"]
    return out, dropped


def header(out: dict, dropped: list[str], up: dict) -> str:
    n_ops = sum(1 for item in out["paths"].values() for k in item if k in HTTP_METHODS)
    schemas = out["components"].get("schemas", {})
    dropped_ops = sum(1 for item in up["paths"].values() for k in item if k in HTTP_METHODS) - n_ops
    lines = [
        "# LangSmith platform API: organization and workspace management subset.",
        "#",
        "# Source (vendor-published spec, OpenAPI 3.1.0, MIT-licensed repo, \"Copyright (c) 2025 LangChain\"):",
        f"#   repo:   {UPSTREAM_REPO}",
        f"#   path:   {UPSTREAM_PATH}",
        f"#   commit: {UPSTREAM_COMMIT}",
        f"#   blob:   {UPSTREAM_BLOB}",
        "#   (the docs repo builds it from https://api.smith.langchain.com/openapi.json)",
        "#",
        "# Extracted by `python3 specs/tools/extract_langsmith.py` - do not edit by hand; re-run the script.",
        "#",
        f"# Kept: {n_ops} operations on these paths (content unchanged except as noted below):",
    ]
    for path, item in out["paths"].items():
        ms = "/".join(k.upper() for k in item if k in HTTP_METHODS)
        lines.append(f"#   {ms:<12} {path}")
    lines += [
        f"# plus the transitive closure of their $refs ({len(schemas)} components/schemas, sorted by name),",
        "# all 4 components/securitySchemes, info (title/description/version; one subset line added",
        "# to the description), servers, and the top-level tags used by the kept operations.",
        "#",
        f"# Dropped: the other {len(up['paths']) - len(out['paths'])} paths ({dropped_ops} operations) and the schemas only they use;",
        "# the documentation-site extension keys "
        + " and ".join(f"`{k}`" for k in DROP_KEYS)
        + " (added by the docs repo's scripts/process_langsmith_openapi.py,",
        "# not by the API). Removed here:",
    ]
    for d in dropped:
        lines.append(f"#   {d}")
    if not dropped:
        lines.append("#   (none)")
    lines += [
        "#",
        "# Changed: the security scheme names. Upstream uses names with spaces, which OpenAPI 3.1 forbids",
        "# (component keys must match ^[a-zA-Z0-9.\\-_]+$). They are renamed (space -> _) in",
        "# components/securitySchemes and in every operation's `security`; the schemes are otherwise unchanged:",
    ]
    for old, new in SCHEME_RENAME.items():
        lines.append(f"#   {old!r:<19} -> {new}")
    lines += [
        "#",
        "# Added: 401, 403, 404 and 409 responses (description only) on every operation that lacks them.",
        "# LangSmith answers them (no/unknown key; a key without the rights, or naming an organization or",
        "# workspace it is not in; an unknown id; a taken name), but its FastAPI-generated document declares",
        "# only 200 and 422, and 422 is for requests that break the schema.",
        "# Added: `maxItems: 500` on the two batch-invitation bodies, whose descriptions say \"Batch invite",
        "# up to 500 users\" but whose schemas set no bound.",
        "#",
    ]
    return "\n".join(lines) + "\n"


def verify(text: str, up: dict, out: dict) -> None:
    doc = yaml.safe_load(text)
    assert doc == out, "YAML round-trip changed the document"
    assert doc["openapi"] == "3.1.0"
    # Every kept operation equals upstream, apart from DROP_KEYS.
    n = 0
    for path, methods in KEEP.items():
        assert set(k for k in doc["paths"][path] if k in HTTP_METHODS) == set(methods), path
        for m in methods:
            expected = add_undeclared_statuses(rename_security(strip_keys(up["paths"][path][m], [], "")))
            assert doc["paths"][path][m] == expected, f"{m} {path} differs"
            if "security" in up["paths"][path][m]:
                assert len(doc["paths"][path][m]["security"]) == len(up["paths"][path][m]["security"])
            n += 1
    assert n == sum(len(v) for v in KEEP.values())
    # Every kept component equals upstream exactly.
    for section, entries in doc["components"].items():
        if section == "securitySchemes":
            continue
        for name, val in entries.items():
            assert val == strip_keys(up["components"][section][name], [], ""), f"components/{section}/{name} differs"
    assert doc["components"]["securitySchemes"] == {
        SCHEME_RENAME[n]: up["components"]["securitySchemes"][n] for n in SECURITY_SCHEMES
    }
    for new in SCHEME_RENAME.values():
        assert re.fullmatch(r"[a-zA-Z0-9.\-_]+", new), new
    # No dangling $ref; closure is complete and minimal.
    for ref in iter_refs(doc):
        resolve_pointer(doc, ref)
    reached = ref_closure(doc, [doc["paths"]])
    for section, entries in doc["components"].items():
        if section == "securitySchemes":
            continue
        for name in entries:
            assert f"#/components/{section}/{name}" in reached, f"unreferenced component {section}/{name}"
    # operationIds present and unique; security names defined.
    ids = [op.get("operationId") for item in doc["paths"].values() for k, op in item.items() if k in HTTP_METHODS]
    assert None not in ids, "operation without operationId"
    assert len(ids) == len(set(ids)), "duplicate operationId"
    for item in doc["paths"].values():
        for k, op in item.items():
            if k in HTTP_METHODS:
                for req in op.get("security", []):
                    for sname in req:
                        assert sname in doc["components"]["securitySchemes"], sname
                for t in op.get("tags", []):
                    assert t in {tt["name"] for tt in doc.get("tags", [])} or "tags" not in up, t
    # No dropped keys survive anywhere.
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                assert k not in DROP_KEYS, k
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(doc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("upstream", nargs="?", default=DEFAULT_INPUT, help="upstream JSON (relative to repo root)")
    ap.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help="output YAML (relative to repo root)")
    args = ap.parse_args(argv)

    src = Path(args.upstream)
    if not src.is_absolute():
        src = REPO_ROOT / src
    dst = Path(args.output)
    if not dst.is_absolute():
        dst = REPO_ROOT / dst

    raw = src.read_bytes()
    blob = git_blob_sha1(raw)
    if blob != UPSTREAM_BLOB:
        raise SystemExit(f"{src}: git blob {blob} != expected {UPSTREAM_BLOB}; update UPSTREAM_* first")
    up = json.loads(raw)

    out, dropped = build_subset(up)
    body = yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=False)
    text = header(out, dropped, up) + body
    verify(text, up, out)

    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(text, encoding="utf-8")
    n_ops = sum(1 for item in out["paths"].values() for k in item if k in HTTP_METHODS)
    print(f"wrote {dst}: {n_ops} operations, {len(out['components'].get('schemas', {}))} schemas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
