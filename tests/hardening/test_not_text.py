"""A NUL byte or a lone surrogate anywhere a client can put text is a 400 `not_text` with the
error shape, on SQLite and on PostgreSQL alike (PostgreSQL answered 500 with a traceback), and
leaves no error in the portal's log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from portal.server import PortalServer
from tests.hardening.helpers import TIMEOUT, sign_in
from tests.pg_cluster import PgCluster

# Paths with a NUL where an id goes (%00), each with its method.
ID_PATHS = [
    ("GET", "/v1/attachments/a%00b"),
    ("POST", "/v1/connection-requests/a%00b/cancel"),
    ("GET", "/v1/directory/groups/a%00b"),
    ("GET", "/v1/relationships/a%00b"),
    ("POST", "/v1/sandbox/tickets/TKT%00/resolve"),
    ("GET", "/v1/verifications/a%00b"),
    ("POST", "/v1/verifications/a%00b/invoice"),
    ("GET", "/v1/sandbox/practice-invoices?buyer_id=a%00b"),
    ("GET", "/v1/directory/buyers?q=a%00b"),
]


@pytest.fixture(scope="module", params=("sqlite", "postgresql"))
def portal(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PortalServer]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('nul') / 'portal.db'}"
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database("nul")
    server = PortalServer(url, generated_buyers=20, ticket_delay=3600)
    server.start()
    yield server
    server.stop()


def _assert_not_text(response: requests.Response) -> None:
    assert response.status_code == 400, (response.request.url, response.text)
    assert response.json() == {
        "error": {
            "code": "not_text",
            "message": "The request holds a NUL byte or other characters that are not text.",
        }
    }


@pytest.fixture
def errors_logged(caplog: pytest.LogCaptureFixture) -> Iterator[list[logging.LogRecord]]:
    caplog.set_level(logging.WARNING)
    records: list[logging.LogRecord] = []
    yield records
    records += [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not records, [r.getMessage() for r in records]


@pytest.mark.parametrize(
    "name", ["eli\x00se", "\x00", "eli\ud800se"], ids=["nul", "only-nul", "surrogate"]
)
def test_sign_in_user_name(
    portal: PortalServer, errors_logged: list[logging.LogRecord], name: str
) -> None:
    body = '{"username": ' + _json_string(name) + ', "password": "sandbox"}'
    r = requests.post(
        f"{portal.base_url}/v1/session",
        data=body.encode(),
        headers={"Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    _assert_not_text(r)


def test_id_path_and_query_parameters(
    portal: PortalServer, errors_logged: list[logging.LogRecord]
) -> None:
    api = sign_in(portal.base_url, "elise")
    for method, path in ID_PATHS:
        _assert_not_text(api.request(method, path, json={}))


@pytest.mark.parametrize("field", ["buyer_ids", "vendor_code", "notes", "attachment_id"])
@pytest.mark.parametrize("bad", ["a\x00b", "a\udc00b"], ids=["nul", "surrogate"])
def test_connection_request_fields(
    portal: PortalServer, errors_logged: list[logging.LogRecord], field: str, bad: str
) -> None:
    api = sign_in(portal.base_url, "elise")
    account = api.accounts()[0]["id"]
    fields: dict[str, Any] = {"account_id": account, "buyer_ids": ["x"]}
    fields[field] = [bad] if field == "buyer_ids" else bad
    body = "{" + ", ".join(f'"{k}": {_json_value(v)}' for k, v in fields.items()) + "}"
    r = api.post(
        "/v1/connection-requests",
        data=body.encode(),
        headers={"Content-Type": "application/json", "Idempotency-Key": f"nul-{field}-{bad!a}"},
    )
    _assert_not_text(r)


def test_text_that_only_looks_like_an_escape_passes(portal: PortalServer) -> None:
    # `\\u0000` is a backslash followed by "u0000": text, refused by nothing here.
    r = requests.post(
        f"{portal.base_url}/v1/session",
        data=b'{"username": "a\\\\u0000", "password": "x"}',
        headers={"Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 401, r.text


def _json_string(text: str) -> str:
    """`text` as a JSON string literal with \\u escapes (json.dumps cannot write a lone
    surrogate as bytes, and a client sends it escaped)."""
    return (
        '"'
        + "".join(
            ch if " " <= ch < "\x7f" and ch not in '"\\' else f"\\u{ord(ch):04x}" for ch in text
        )
        + '"'
    )


def _json_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_json_string(v) for v in value) + "]"
    return _json_string(value)
