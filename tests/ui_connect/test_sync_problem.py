"""A portal that answers nonsense: the user is told in their language, the cache keeps its rows."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from connect_helpers import TIMEOUT_MS
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.sync import PortalClient, SyncEngine
from desktop.views.widgets.sync_status import SyncStatusWidgets
from wire import schemas as w

TOKENS = w.SessionTokens(access_token="a", refresh_token="r", expires_in=900)


@pytest.fixture
def garbled_portal() -> Iterator[str]:
    """Hands out tokens, then answers every sync with half a page of HTML."""

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            body = (
                TOKENS.model_dump_json().encode()
                if self.path.startswith("/v1/session")
                else b'{"items": [{"id": "x", "version": 1, "data": <html>'
            )
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _serve

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_garbled_answer_is_explained_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext, garbled_portal: str
) -> None:
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
