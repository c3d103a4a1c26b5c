"""The OpenAPI document says what the portal really does (schemathesis checks it in CI).

Rules every operation follows, added in one place rather than on each route: the bearer
token (all but sign-in and refresh), 401 without it, 404 for an id in the path, 400 for a
request that cannot be read or holds what is not text (portal/http/text_edge.py), 413 for one past the size limit, 422 for invalid input, 431 for
request headers past the cap (portal/http/slow_clients.py, before any route), and a few
constraints the code enforces that the models do not express. 429 (throttled sign-ins and
refreshes, with Retry-After) is declared by the session routes themselves.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

PUBLIC = {("post", "/v1/session"), ("post", "/v1/session/refresh")}
_ERROR = {
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
}
_DESCRIPTIONS = {
    "400": "The request could not be read, or holds a NUL byte or other characters that are "
    "not text.",
    "401": "Sign in first: a valid access token is required.",
    "404": "No such object (or not yours).",
    "413": "The request body is too large.",
    "422": "The request is not valid.",
    "431": "The request headers are too large.",
}
IDEMPOTENCY_KEY = r"^[\x21-\x7e]{1,128}$"


def _error(status: str) -> dict[str, Any]:
    return {"description": _DESCRIPTIONS[status], **_ERROR}


def complete(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` (FastAPI's) with the rules above applied, in place."""
    components = doc.setdefault("components", {})
    components.setdefault("securitySchemes", {})["bearer"] = {"type": "http", "scheme": "bearer"}
    for path, operations in doc.get("paths", {}).items():
        for method, op in operations.items():
            responses = op.setdefault("responses", {})
            wanted = ["400", "422", "431"]
            if (method, path) not in PUBLIC:
                op["security"] = [{"bearer": []}]
                wanted.append("401")
            if any(p.get("in") == "path" for p in op.get("parameters", [])):
                wanted.append("404")
            if "requestBody" in op:
                wanted.append("413")
            for status in wanted:
                responses.setdefault(status, _error(status))
            for param in op.get("parameters", []):
                if param.get("in") == "header" and param.get("name") == "Idempotency-Key":
                    param["required"] = True
                    param["schema"] = {"type": "string", "pattern": IDEMPOTENCY_KEY}
    schemas = components.get("schemas", {})
    for name, schema in schemas.items():
        if name.startswith("Body_upload_attachment"):
            schema["properties"]["file"]["minLength"] = 1  # an empty file is refused
    return doc


def install(app: FastAPI) -> None:
    """Serve the completed document as /openapi.json."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
