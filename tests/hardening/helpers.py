"""Signed-in HTTP callers of a real portal, and reads of its SQLite file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

TIMEOUT = 15


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
