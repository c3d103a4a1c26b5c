"""No SQL on the GUI thread while a supplier uses the invoice pages: Home's dashboard after a
sync and after an account switch, searching as they type, a status filter, sorting, scrolling
the table, an invoice's detail and the header's search all read the cache on workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from desktop.app.context import AppContext
from desktop.models.invoice_table_model import AMOUNT
from tests.ui.conftest import StartApp
from tests.ui_invoices.invoice_app import TIMEOUT_MS, invoices_page, sync_now, synced


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


def test_the_invoice_pages_never_query_on_the_gui_thread(
    qtbot: QtBot, start_app: StartApp, invoice_url: str
) -> None:
    session = start_app(invoice_url, sync_ms=3_600_000)
    synced(qtbot, session)
    ctx, window = session.ctx, session.window
    window.show()
    page = invoices_page(session)

    def idle() -> None:
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)

    with gui_thread_statements(ctx) as statements:
        sync_now(qtbot, session)
        combo = window.header.account_combo
        combo.setCurrentIndex(1 - combo.currentIndex())  # Home counts the other account
        idle()
        qtbot.mouseClick(window.pages["home"].failed_go, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        idle()
        box = page.filters.search
        box.setFocus()
        qtbot.keyClicks(box, "FV")
        idle()
        box.clear()
        idle()
        page.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder)
        idle()
        page.table.scrollToBottom()  # the next window, as scrolling asks
        idle()
        with qtbot.waitSignal(page.details_shown, timeout=TIMEOUT_MS) as shown:
            page.open_details(page.model.index(0, 0, QModelIndex()))
        shown.args[0].close()
        window.header.search.setText("TX-")
        with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
            qtbot.keyClick(window.header.search, Qt.Key.Key_Return)
        idle()
    assert statements == []
