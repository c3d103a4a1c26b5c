"""Driving the invoice pages of a running app as a user does (imported by the tests here)."""

from __future__ import annotations

import socket

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desktop.app.startup import Session
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.invoices_page import InvoicesPage

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (the port was free a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def synced(qtbot: QtBot, session: Session) -> None:
    """Until the first sync has ended and everything it started has landed."""
    ctx = session.ctx
    qtbot.waitUntil(lambda: ctx.sync_attempted and not ctx.tasks.busy(), timeout=TIMEOUT_MS)


def sync_now(qtbot: QtBot, session: Session) -> None:
    """F5, and wait until the sync and the reloads it caused are done."""
    ctx = session.ctx
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        session.window.sync_action.trigger()  # F5
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)


def home_page(session: Session) -> HomePage:
    page = session.window.pages["home"]
    assert isinstance(page, HomePage)
    return page


def invoices_page(session: Session) -> InvoicesPage:
    page = session.window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    return page


def search(qtbot: QtBot, page: InvoicesPage, text: str) -> int:
    """Type `text` into the page's search box as a user does; the number of matches shown."""
    box = page.filters.search
    if box.text() == text:  # searched already: the answer is there
        qtbot.waitUntil(lambda: not page.ctx.tasks.busy(), timeout=TIMEOUT_MS)
        return page.matches
    box.setFocus()
    box.selectAll()
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        if text:
            qtbot.keyClicks(box, text)
        else:
            box.clear()
    # The answer for the whole text, and the table's first rows, have landed.
    qtbot.waitUntil(lambda: page.filters.values().text == text.strip(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not page.ctx.tasks.busy(), timeout=TIMEOUT_MS)
    return page.matches


def shown_numbers(qtbot: QtBot, page: InvoicesPage) -> list[str]:
    """Every invoice number in the table, scrolling to the end as a user would."""
    model = page.model
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=TIMEOUT_MS)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # what scrolling to the end asks
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=TIMEOUT_MS)
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]
