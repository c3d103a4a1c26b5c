"""Hardening tests: real portals over their own SQLite files, attacked as an attacker and a flaky
network would. `--fault-runs N` / `--kill-runs N` / `--fuzz-examples N` make the long versions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from portal.server import PortalServer

StartPortal = Callable[..., PortalServer]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hardening")
    group.addoption("--fault-runs", type=int, default=6, help="seeded fault-injection runs")
    group.addoption("--fault-seed", type=int, default=None, help="replay one fault run's seed")
    group.addoption("--kill-runs", type=int, default=30, help="kill -9 runs of the desktop core")
    group.addoption("--kill-seed", type=int, default=None, help="base seed of the kill -9 runs")
    group.addoption(
        "--fuzz-examples", type=int, default=15, help="schemathesis examples per operation"
    )


@pytest.fixture
def start_portal(tmp_path: Path) -> Iterator[StartPortal]:
    """Factory: `start_portal(**PortalServer options)` -> a started sandbox portal over its own
    new SQLite file (50 generated buyers), stopped after the test. `db=` reuses a file."""
    servers: list[PortalServer] = []

    def start(db: Path | None = None, **options: Any) -> PortalServer:
        path = db or tmp_path / f"portal-{len(servers)}.db"
        options.setdefault("generated_buyers", 50)
        options.setdefault("ticket_delay", 3600)
        server = PortalServer(str(path), **options)
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()
