"""Helpers for portal tests: sign-in over HTTP, and reads of the portal's own SQLite file."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from portal.server import PortalServer
from portal.store import models as m

TIMEOUT = 60  # a request's liveness bound, not a speed check


@dataclass
class Api:
    """A signed-in caller of a real portal."""

    base_url: str
    headers: dict[str, str]
    tokens: dict[str, Any]

    def get(self, path: str, **kw: Any) -> requests.Response:
        return requests.get(self.base_url + path, headers=self.headers, timeout=TIMEOUT, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        headers = {**self.headers, **kw.pop("headers", {})}
        return requests.post(self.base_url + path, headers=headers, timeout=TIMEOUT, **kw)

    def me(self) -> dict[str, Any]:
        return dict(self.get("/v1/me").json())

    def account_id(self, name_part: str = "") -> str:
        return next(a["id"] for a in self.me()["accounts"] if name_part in a["name"])

    def sync_all(self, collection: str, limit: int = 1000) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = ""
        while True:
            page = self.get(f"/v1/sync/{collection}", params={"after": cursor, "limit": limit})
            assert page.status_code == 200, page.text
            body = page.json()
            items += body["items"]
            cursor = body["next_cursor"]
            if not body["has_more"]:
                return items


def sign_in(base_url: str, username: str, password: str = "sandbox") -> Api:
    r = requests.post(
        f"{base_url}/v1/session", json={"username": username, "password": password}, timeout=TIMEOUT
    )
    assert r.status_code == 200, r.text
    tokens = r.json()
    return Api(base_url, {"Authorization": f"Bearer {tokens['access_token']}"}, tokens)


def db_session(server: PortalServer) -> Session:
    """A read of the portal's database file (for ids the test needs, never to fake a state)."""
    return Session(create_engine(server.db_url))


def buyer_id(server: PortalServer, name: str) -> str:
    with db_session(server) as s:
        return s.scalars(select(m.Buyer.id).where(m.Buyer.name == name)).one()


def take(buyers: Iterator[str], n: int = 1) -> list[str]:
    return list(itertools.islice(buyers, n))
