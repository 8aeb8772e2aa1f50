"""A schemathesis check of our own, loaded with SCHEMATHESIS_HOOKS=<this file>.

schemathesis' `positive_data_acceptance` fails a schema-valid request that gets any
status outside 2xx/401/403/404/409. All four APIs refuse some requests that no schema
can foresee (Logto: 422 "at least one of the IDs provided is invalid", "the
organization role name is already in use"; Trieve: 400 for every error; LangSmith and
ZenML: 422 at the field of a body's id that names nothing), so their configurations
add those statuses to the check (`<api>.toml`). That would also let through what the
check is there for: the generated router refusing a request its document allows. This check closes that
gap for every API: a schema-valid request must never get the generated router's own
refusal, whatever status the configuration allows.

The router's refusals are recognisable by their bodies, which the implementations'
business refusals never have:
- RFC 9457 problem+json with `violations` (Logto, and the default of every crate);
- FastAPI's `{"detail": [{"loc": ...}]}` (LangSmith, ZenML). Their implementations
  answer a body that names something that does not exist with the same shape, at the
  field, but with types the router never writes (`not_found`, `value_error.email`);
  those entries are the implementation's, not the router's;
- Trieve's `{"message": "/body/...: ..."}`: the reference server writes the router's
  refusals as Trieve's error body, each place named by its JSON pointer.
"""

import json

import schemathesis


# The `type`s of the reference server's own 422 entries: a body's id that names
# nothing, an email that is no address. The generated router writes none of them.
_IMPLEMENTATION_TYPES = {"not_found", "value_error.email"}


def _router_refusal(body):
    if not isinstance(body, dict):
        return None
    if isinstance(body.get("violations"), list) and body["violations"]:
        return [v.get("pointer") for v in body["violations"]]
    detail = body.get("detail")
    if isinstance(detail, list) and detail and all(isinstance(d, dict) and "loc" in d for d in detail):
        routers = [d for d in detail if d.get("type") not in _IMPLEMENTATION_TYPES]
        return ["/" + "/".join(str(part) for part in d["loc"]) for d in routers] or None
    message = body.get("message")
    if isinstance(message, str) and message.startswith("/"):
        return [message]
    return None


@schemathesis.check
def generated_router_accepts_valid_data(ctx, response, case):
    """A request the document allows is never refused by the generated router."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return None
    if response.status_code not in (400, 422):
        return None
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None
    where = _router_refusal(body)
    if where is not None:
        raise AssertionError(
            f"The generated router refused a schema-valid request with {response.status_code} at {', '.join(map(str, where))}"
        )
    return None
