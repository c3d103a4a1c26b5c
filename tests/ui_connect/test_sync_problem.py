"""A portal that answers nonsense: the user is told in their language, the cache keeps its rows."""

from __future__ import annotations

from connect_helpers import TIMEOUT_MS
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.sync import PortalClient, SyncEngine
from desktop.views.widgets.sync_status import SyncStatusWidgets
from tests.hostile_peer import Peer


def test_a_garbled_answer_is_explained_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext, peer: tuple[Peer, str]
) -> None:
    state, garbled_portal = peer  # hands out tokens, then half a page of HTML for a sync
    state.routes["/v1/sync/accounts"] = (200, {}, b'{"items": [{"id": "x", "data": <html>', 0)
    before = ctx.cache.relationships()
    assert before
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widgets = SyncStatusWidgets(bar)
    ctx.sync_problem.connect(widgets.on_problem)
    ctx.status_changed.connect(widgets.on_status)
    client = PortalClient(garbled_portal, retries=1, backoff=0.01)
    client.sign_in("elise", "sandbox")
    ctx.client, ctx.sync_engine = client, SyncEngine(client, ctx.cache)
    try:
        with qtbot.waitSignal(ctx.sync_problem, timeout=TIMEOUT_MS) as got:
            ctx.request_sync()
        assert got.args == ["bad_answer"]
        qtbot.waitUntil(lambda: not ctx._syncing, timeout=TIMEOUT_MS)
        assert "cannot read" in widgets.progress.text()
        assert "unchanged" in widgets.progress.text()
        assert ctx.cache.relationships() == before
    finally:
        ctx._retry.stop()
        client.close()
