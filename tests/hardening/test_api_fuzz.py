"""API fuzzing in CI: schemathesis generates requests from the real portal's /openapi.json,
signed in; every answer must not be a 500, must match the document (status, content type,
headers, body schema) and every error must be in the {"error": {"code", "message"}} shape.
Then requests the document calls invalid (schemathesis' negative generation): every one is
refused with a 4xx in that shape, never a 500 nor a success.

`--fuzz-examples N` sets the examples per operation (default 15)."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from portal.rules.throttle import ThrottlePolicy
from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import pypi_packaging, sign_in

with pypi_packaging():
    from schemathesis import GenerationMode
    from schemathesis.specs.openapi.checks import (
        negative_data_rejection,
        positive_data_acceptance,
    )

# Signing out would end the token the fuzzing uses; it has its own tests.
SKIPPED = {("DELETE", "/v1/session")}
# Refusals of well-formed input that no JSON schema can express: a cursor the portal did not
# issue (opaque by design), two rows of one list with the same ref, a file judged by its content
# (an attachment, an invoice document), a string holding a NUL or a lone surrogate (JSON
# schema's strings allow both; no database does).
SEMANTIC_REFUSALS = {
    (422, "bad_cursor"),
    (422, "duplicate_ref"),
    (415, "unsupported_attachment"),
    (400, "not_text"),
    (422, "invalid_document"),  # POST /v1/invoices: bytes that are not a UBL document
}


@schemathesis.check
def accepts_valid_data(ctx: Any, response: schemathesis.Response, case: schemathesis.Case) -> Any:
    """Schemathesis' positive-data check, allowing the semantic refusals above."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except AssertionError:
        body = response.json()
        code = body.get("error", {}).get("code") if isinstance(body, dict) else None
        if (response.status_code, code) in SEMANTIC_REFUSALS:
            return None
        raise


@schemathesis.check
def rejects_invalid_data(ctx: Any, response: schemathesis.Response, case: schemathesis.Case) -> Any:
    """Schemathesis' negative-data check (a request the document calls invalid gets a 4xx),
    but for a multipart upload accepted: a form part carries bytes only, so a file "of the
    wrong JSON type" is still a file, judged by its content like any other."""
    try:
        return negative_data_rejection(ctx, response, case)
    except AssertionError:
        if response.status_code == 201 and (case.media_type or "").startswith("multipart/"):
            return None
        raise


@schemathesis.check
def error_shape(ctx: Any, response: schemathesis.Response, case: schemathesis.Case) -> bool:
    """Every 4xx/5xx answer is {"error": {"code": str, "message": str}}."""
    if response.status_code < 400:
        return True
    body = response.json()
    error = body.get("error") if isinstance(body, dict) else None
    if not (
        isinstance(error, dict)
        and isinstance(error.get("code"), str)
        and isinstance(error.get("message"), str)
        and error["message"]
    ):
        raise AssertionError(f"error not in the usual shape: {response.text[:200]}")
    return True


def test_every_operation_answers_by_its_document(
    start_portal: StartPortal, request: pytest.FixtureRequest
) -> None:
    with pypi_packaging():  # schemathesis imports `packaging` lazily, all along the run
        _fuzz(start_portal, int(request.config.getoption("--fuzz-examples")))


def test_every_invalid_request_is_refused_in_the_error_shape(
    start_portal: StartPortal, request: pytest.FixtureRequest
) -> None:
    with pypi_packaging():
        _fuzz(
            start_portal,
            int(request.config.getoption("--fuzz-examples")),
            GenerationMode.NEGATIVE,
        )


def _fuzz(
    start_portal: StartPortal, examples: int, mode: GenerationMode = GenerationMode.POSITIVE
) -> None:
    relaxed = ThrottlePolicy(user_free=10**6, address_free=10**6, refresh_free=10**6)
    server = start_portal(throttle=relaxed)
    api = sign_in(server.base_url, "elise")
    schema = schemathesis.openapi.from_url(f"{server.base_url}/openapi.json")
    session = requests.Session()
    failures: list[str] = []
    counted = {"operations": 0, "examples": 0}
    started = time.monotonic()
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SKIPPED:
            continue
        counted["operations"] += 1

        @given(case=operation.as_strategy(generation_mode=mode, headers=api.headers))
        @settings(
            max_examples=examples,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,
        )
        def run(case: schemathesis.Case) -> None:
            counted["examples"] += 1
            case.call_and_validate(
                base_url=server.base_url,
                session=session,
                headers=api.headers,
                additional_checks=[error_shape, accepts_valid_data, rejects_invalid_data],
                excluded_checks=[positive_data_acceptance, negative_data_rejection],
            )

        try:
            run()
        except Unsatisfiable:
            pass
        except BaseException as exc:  # noqa: BLE001 - FailureGroup: every operation is reported
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}"[:3000])
    print(
        f"fuzzed ({mode.value}) {counted['operations']} operations, {counted['examples']} examples "
        f"in {time.monotonic() - started:.1f} s",
        flush=True,
    )
    assert not failures, "\n\n".join(failures)


def test_the_document_declares_what_the_portal_answers(start_portal: StartPortal) -> None:
    """The disagreements schemathesis found, each checked by hand."""
    server = start_portal()
    api = sign_in(server.base_url, "elise")
    doc = requests.get(f"{server.base_url}/openapi.json", timeout=15).json()
    upload = doc["paths"]["/v1/attachments"]["post"]
    broken = api.post(
        "/v1/attachments",
        data=b"--x\r\nContent-Disposition: form-data; name=file\r\n",
        headers={"Content-Type": "multipart/form-data"},  # no boundary: unreadable
    )
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "bad_request"
    assert "400" in upload["responses"]
    group = doc["paths"]["/v1/directory/groups/{group_id}"]["get"]
    assert api.get("/v1/directory/groups/no-such-group").status_code == 404
    assert {"401", "404"} <= set(group["responses"])
    create = doc["paths"]["/v1/connection-requests"]["post"]
    key = next(p for p in create["parameters"] if p["name"] == "Idempotency-Key")
    assert key["required"] is True
    empty_id = api.post(
        "/v1/connection-requests",
        json={"account_id": api.accounts()[0]["id"], "buyer_ids": [""]},
        headers={"Idempotency-Key": "fuzz-empty-id"},
    )
    assert empty_id.status_code == 422
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    # Answers any route may give before it runs, and the throttled session routes'.
    huge = api.get("/v1/me", headers={"X-Big": "a" * (64 * 1024)})
    assert huge.status_code == 431 and huge.json()["error"]["code"] == "headers_too_large"
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            assert "431" in op["responses"], (method, path)
            if "requestBody" in op:
                assert "413" in op["responses"], (method, path)
    for path in ("/v1/session", "/v1/session/refresh"):
        throttled = doc["paths"][path]["post"]["responses"]["429"]
        assert "Retry-After" in throttled["headers"]
