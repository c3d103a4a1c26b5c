"""HTTP hygiene of the real portal: security headers on every answer, no banner, no CORS unless
configured, /docs only in the sandbox (or with the flag), header limits and slow clients cut."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
import requests

from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import TIMEOUT, closed_by_server, sign_in


def test_every_answer_carries_the_security_headers(start_portal: StartPortal) -> None:
    url = start_portal().base_url
    api = sign_in(url, "elise")
    answers = {
        "ok": api.get("/v1/me"),
        "unauthenticated": requests.get(f"{url}/v1/me", timeout=TIMEOUT),
        "not found": api.get("/v1/no-such-thing"),
        "invalid": api.post("/v1/connection-requests", json={"account_id": ""}),
        "sign-in": requests.post(
            f"{url}/v1/session", json={"username": "elise", "password": "sandbox"}, timeout=TIMEOUT
        ),
        "too large": api.post("/v1/connection-requests", data=b"x" * (2 * 1024 * 1024)),
    }
    for what, r in answers.items():
        assert r.headers.get("X-Content-Type-Options") == "nosniff", what
        assert r.headers.get("Cache-Control") == "no-store", what
        assert "server" not in {k.lower() for k in r.headers}, (what, r.headers)
    assert answers["too large"].status_code == 413


def test_no_cors_unless_configured(start_portal: StartPortal) -> None:
    url = start_portal().base_url
    api = sign_in(url, "elise")
    r = api.get("/v1/me", headers={"Origin": "https://evil.example"})
    assert r.status_code == 200
    assert not [k for k in r.headers if k.lower().startswith("access-control-")]
    preflight = requests.options(
        f"{url}/v1/me",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
        timeout=TIMEOUT,
    )
    assert "access-control-allow-origin" not in {k.lower() for k in preflight.headers}


def test_docs_are_off_in_production_unless_turned_on(start_portal: StartPortal) -> None:
    sandbox = start_portal().base_url
    assert requests.get(f"{sandbox}/docs", timeout=TIMEOUT).status_code == 200
    production = start_portal(sandbox=False).base_url
    for path in ("/docs", "/redoc"):
        r = requests.get(f"{production}{path}", timeout=TIMEOUT)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert requests.get(f"{production}/openapi.json", timeout=TIMEOUT).status_code == 200
    flagged = start_portal(sandbox=False, docs=True).base_url
    assert requests.get(f"{flagged}/redoc", timeout=TIMEOUT).status_code == 200


def test_a_slow_loris_client_is_cut_off(start_portal: StartPortal) -> None:
    server = start_portal(header_timeout=1.0)
    with socket.create_connection(
        ("127.0.0.1", int(server.base_url.rsplit(":", 1)[1])), timeout=5
    ) as sock:
        request = b"GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
        closed = False
        for byte in request:  # one byte every 50 ms: 10 s for the headers, never finished
            try:
                sock.sendall(bytes([byte]))
            except ConnectionError:
                closed = True
                break
            if closed_by_server(sock):
                closed = True
                break
            time.sleep(0.05)  # the client's own pace is what is under test
        assert closed, "the portal kept a connection whose headers never came"
    # The portal still answers everyone else.
    assert requests.get(f"{server.base_url}/openapi.json", timeout=TIMEOUT).status_code == 200


def test_huge_headers_are_refused(start_portal: StartPortal) -> None:
    url = start_portal().base_url
    r = requests.get(f"{url}/v1/me", headers={"X-Big": "a" * (64 * 1024)}, timeout=TIMEOUT)
    assert r.status_code == 431
    assert r.json()["error"]["code"] == "headers_too_large"
    ok = requests.get(f"{url}/v1/me", headers={"X-Fine": "a" * 8000}, timeout=TIMEOUT)
    assert ok.status_code == 401  # ordinary headers still reach the portal


def test_the_command_line_turns_docs_on_for_production(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portal.__main__ import parse_args
    from portal.workers import ENV, RULE_PROCESSES_ENV, app_from_env, set_config

    assert parse_args([]).docs is None and parse_args(["--docs"]).docs is True
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setenv(RULE_PROCESSES_ENV, "2")  # (set_config's default: gone after the test)
    paths = {}
    for docs in (None, True):
        set_config(
            str(tmp_path / "live.db"), sandbox=False, ticket_delay=60, invoice_delay=30, docs=docs
        )
        app = app_from_env()
        paths[docs] = {getattr(route, "path", "") for route in app.routes}
    assert "/docs" not in paths[None] and "/redoc" not in paths[None]
    assert {"/docs", "/redoc"} <= paths[True]
