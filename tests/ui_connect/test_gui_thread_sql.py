"""No SQL on the GUI thread: with the whole main window up, a sync online, a sync offline, a
local change and every page's reload read the cache only on the task runner's threads."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from connect_helpers import TIMEOUT_MS, closed_port_url, synced
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from desktop.app.context import AppContext
from desktop.views.main_window import MainWindow


@contextmanager
def gui_thread_statements(ctx: AppContext) -> Iterator[list[str]]:
    """The SQL run against `ctx`'s cache file on the GUI thread while the block runs."""
    seen: list[str] = []
    database = str(ctx.cache.path)

    def before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if conn.engine.url.database == database and threading.current_thread() is (
            threading.main_thread()
        ):
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)


def test_the_gui_thread_never_queries_the_cache(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], portal_url: str
) -> None:
    ctx = make_ctx(sync=False)  # start-up may read before the window exists
    with gui_thread_statements(ctx) as statements:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        synced(qtbot, ctx)
        assert ctx.status.online and ctx.status.last_synced_at is not None
        assert ctx.accounts
        for key in window.page_keys():
            window.show_page(key)
        idle(qtbot, ctx)

        with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
            ctx.notify_local_change({"connection-requests", "tickets", "relationships"})
        idle(qtbot, ctx)

        ctx.client.base_url = closed_port_url()
        synced(qtbot, ctx)
        assert not ctx.status.online and ctx.status.last_synced_at is not None
        ctx.client.base_url = portal_url
        idle(qtbot, ctx)
    assert statements == []
