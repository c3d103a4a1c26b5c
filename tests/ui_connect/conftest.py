"""An AppContext over a real Cache (SQLite in tmp_path) and a real PortalClient signed in
to the real sandbox portal as elise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from connect_helpers import TIMEOUT_MS, synced  # noqa: F401
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine


@pytest.fixture
def make_ctx(qtbot: QtBot, tmp_path: Path, portal_url: str) -> Iterator[object]:
    made: list[tuple[AppContext, Cache, PortalClient]] = []

    def make(*, username: str = "elise", sync: bool = True) -> AppContext:
        cache = Cache.open(tmp_path / f"cache-{len(made)}.db")
        client = PortalClient(portal_url, retries=1, backoff=0.05)
        client.sign_in(username, "sandbox")
        engine = SyncEngine(client, cache)
        ctx = AppContext(cache, client, engine, user_display_name=username, retry_interval_ms=300)
        made.append((ctx, cache, client))
        if sync:
            synced(qtbot, ctx)
            assert ctx.status.online
        return ctx

    yield make
    for ctx, cache, client in made:
        ctx._retry.stop()
        ctx.tasks.wait()
        client.close()
        cache.close()


@pytest.fixture
def ctx(make_ctx) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx()  # type: ignore[no-any-return]
