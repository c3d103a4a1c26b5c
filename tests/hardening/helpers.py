"""Signed-in HTTP callers of a real portal, and reads of its SQLite file."""

from __future__ import annotations

import contextlib
import importlib
import select
import socket
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

TIMEOUT = 60  # a request's liveness bound, not a speed check


@dataclass
class Api:
    base_url: str
    tokens: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}

    def request(self, method: str, path: str, **kw: Any) -> requests.Response:
        headers = {**self.headers, **kw.pop("headers", {})}
        return requests.request(
            method, self.base_url + path, headers=headers, timeout=TIMEOUT, **kw
        )

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.request("POST", path, **kw)

    def accounts(self) -> list[dict[str, Any]]:
        return list(self.get("/v1/me").json()["accounts"])

    def upload(self, name: str, data: bytes) -> requests.Response:
        return self.post("/v1/attachments", files={"file": (name, data, "application/pdf")})


def sign_in(base_url: str, username: str, password: str = "sandbox") -> Api:
    r = requests.post(
        f"{base_url}/v1/session", json={"username": username, "password": password}, timeout=TIMEOUT
    )
    assert r.status_code == 200, r.text
    return Api(base_url, r.json())


def portal_db(db_url: str) -> sqlite3.Connection:
    """The portal's own SQLite file (`sqlite:///path`)."""
    return sqlite3.connect(Path(db_url.removeprefix("sqlite:///")), timeout=30)


def free_buyer_ids(db_url: str, count: int, skip: int = 0) -> list[str]:
    """Generated buyers the sandbox connects without verification and nobody has touched yet."""
    with portal_db(db_url) as db:
        rows = db.execute(
            "SELECT id FROM buyers WHERE shares_invoice_history = 0 AND is_test = 0"
            " AND sandbox_resolution = 'connected' AND group_id IS NULL"
            " AND id NOT IN (SELECT buyer_id FROM relationships)"
            " AND id NOT IN (SELECT buyer_id FROM connection_request_items)"
            " ORDER BY network_number LIMIT ? OFFSET ?",
            (count, skip),
        ).fetchall()
    return [row[0] for row in rows]


def expire_access_tokens(db_url: str) -> None:
    """Fifteen minutes pass for every access token (refresh tokens live on)."""
    with portal_db(db_url) as db:
        db.execute(
            "UPDATE auth_tokens SET expires_at = '2000-01-01 00:00:00.000000' WHERE kind = 'access'"
        )


def requests_per_buyer(db_url: str, account_id: str) -> dict[str, int]:
    """How many connection requests of the account name each buyer."""
    with portal_db(db_url) as db:
        rows = db.execute(
            "SELECT i.buyer_id, COUNT(DISTINCT r.id) FROM connection_request_items i"
            " JOIN connection_requests r ON r.id = i.request_id"
            " WHERE r.account_id = ? GROUP BY i.buyer_id",
            (account_id,),
        ).fetchall()
    return {row[0]: row[1] for row in rows}


def portal_state(base_url: str, username: str, collections: tuple[str, ...]) -> dict[str, Any]:
    """{collection: {id: version}} of what the portal holds for the user (tombstones left out)."""
    from desktop.sync import PortalClient

    client = PortalClient(base_url)
    client.sign_in(username, "sandbox")
    state: dict[str, dict[str, int]] = {}
    for collection in collections:
        rows: dict[str, int] = {}
        after: str | None = None
        while True:
            page = client.sync_page(collection, after, 500)
            for entry in page.items:
                if entry.deleted:
                    rows.pop(entry.id, None)
                else:
                    rows[entry.id] = entry.version
            after = page.next_cursor
            if not page.has_more or not page.items:
                break
        state[collection] = rows
    client.sign_out()
    return state


def cache_state(cache_path: Path, collections: tuple[str, ...]) -> dict[str, Any]:
    """{collection: {id: version}} of the desktop's cache file, read as it is on disk."""
    state: dict[str, dict[str, int]] = {}
    with sqlite3.connect(cache_path) as db:
        for collection in collections:
            table = collection.replace("-", "_")
            key = {"tickets": "number", "supplier_profiles": "account_id"}.get(table, "id")
            rows = db.execute(f"SELECT {key}, version FROM {table}").fetchall()  # noqa: S608
            state[collection] = {row[0]: row[1] for row in rows}
    return state


_PYPI_PACKAGING: dict[str, Any] = {}


def _is_packaging(name: str) -> bool:
    return name == "packaging" or name.startswith("packaging.")


@contextlib.contextmanager
def pypi_packaging() -> Iterator[None]:
    """The PyPI `packaging` while schemathesis uses it: `tests/packaging` (a test package named
    alike) shadows it once pytest puts `tests/` on sys.path. The same real modules every time
    (schemathesis compares their `Version`s), the test package's put back afterwards."""
    shadow = {n: m for n, m in sys.modules.items() if _is_packaging(n)}
    for name in shadow:
        del sys.modules[name]
    saved_path = list(sys.path)
    tests_dir = Path(__file__).resolve().parents[1]
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != tests_dir]
    sys.modules.update(_PYPI_PACKAGING)
    try:
        importlib.import_module("packaging.version")
        yield
    finally:
        _PYPI_PACKAGING.update({n: m for n, m in sys.modules.items() if _is_packaging(n)})
        for name in list(_PYPI_PACKAGING):
            sys.modules.pop(name, None)
        sys.modules.update(shadow)
        sys.path[:] = saved_path


def closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed the connection (a read returns nothing)."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(4096) == b""
    except ConnectionError:
        return True
