"""Every error is {"error": {"code", "message"}}; OpenAPI is served."""

from __future__ import annotations

import threading
import time

import requests
import uvicorn
from portal_helpers import Api

from portal.app import create_app
from portal.server import free_port


def assert_error(r: requests.Response | object, status: int) -> dict[str, str]:
    assert r.status_code == status, r.text  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"] and "Traceback" not in body["error"]["message"]
    return dict(body["error"])


def test_error_shapes(portal_url: str, elise: Api) -> None:
    assert_error(requests.get(f"{portal_url}/v1/nowhere", timeout=10), 404)
    assert assert_error(requests.put(f"{portal_url}/v1/session", timeout=10), 405)["code"] == (
        "method_not_allowed"
    )
    bad_json = requests.post(
        f"{portal_url}/v1/session",
        data=b"{nope",
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert assert_error(bad_json, 422)["code"] == "invalid_json"
    missing = requests.post(f"{portal_url}/v1/session", json={"username": "elise"}, timeout=10)
    assert "password" in assert_error(missing, 422)["message"]
    big = requests.post(
        f"{portal_url}/v1/session",
        data=b"x" * (2 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert assert_error(big, 413)["code"] == "too_large"
    assert_error(elise.get("/v1/relationships/x"), 404)


def test_openapi_is_served(portal_url: str) -> None:
    spec = requests.get(f"{portal_url}/openapi.json", timeout=10).json()
    for path in (
        "/v1/session",
        "/v1/me",
        "/v1/sync/{collection}",
        "/v1/attachments",
        "/v1/connection-requests",
        "/v1/sandbox/tickets/{number}/resolve",
    ):
        assert path in spec["paths"]


def test_unexpected_error_hides_details(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(str(tmp_path / "p.db"), sandbox=False)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret-password-123 at /srv/portal")

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        r = requests.get(f"http://127.0.0.1:{port}/boom", timeout=10)
    finally:
        server.should_exit = True
        thread.join(10)
    error = assert_error(r, 500)
    assert error["code"] == "internal_error"
    assert "secret" not in r.text and "srv" not in r.text
