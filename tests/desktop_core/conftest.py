"""A real portal (in this process, over HTTP on 127.0.0.1) for the desktop core's tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine


@dataclass
class RunningPortal:
    url: str
    db_path: Path


@pytest.fixture(scope="session")
def core_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningPortal]:
    from portal.server import PortalServer

    db_path = tmp_path_factory.mktemp("portal") / "portal.sqlite"
    server = PortalServer(str(db_path), generated_buyers=200, ticket_delay=3600)
    url = server.start()
    yield RunningPortal(url, db_path)
    server.stop()


@pytest.fixture
def closed_port_url() -> str:
    """An address where nothing listens: connections are refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def signed_in(url: str, username: str = "elise") -> PortalClient:
    client = PortalClient(url, timeout=(2, 10))
    client.sign_in(username, "sandbox")
    return client


def engine_for(url: str, cache_path: Path, username: str = "elise", limit: int = 200) -> SyncEngine:
    return SyncEngine(signed_in(url, username), Cache.open(cache_path), page_limit=limit)
