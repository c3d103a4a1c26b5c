"""Alt mnemonics: within one window no two visible controls share a letter, in English and in
Polish, so Alt+letter reaches one thing (and the menu bar's titles are never shadowed).

The walk is generic: it reads `&x` from every visible control of a window (menu bar titles,
buttons, check boxes, labels with a buddy, group boxes, tabs), so pages, dialogs and wizards
added later are covered by listing them here once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app.startup import Session
from desktop.credentials import CredentialStore
from desktop.domain.types import (
    ConnectionRequestRow,
    HistoryEntry,
    RequestItem,
    RequestItemState,
    TicketRow,
    TicketState,
)
from desktop.sync import PortalClient
from desktop.views.dialogs.connect_messages import confirm_despite_existing, show_how_to_connect
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.dialogs.request_actions import RequestActions
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from desktop.views.dialogs.ticket_dialog import TicketDialog
from tests.ui.conftest import StartApp


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible control of `window` that can carry a mnemonic."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    yield f"menu bar {name}", action.text()
        elif isinstance(widget, QMenu) and widget is window:
            for action in widget.actions():
                if action.isVisible() and not action.isSeparator():
                    yield f"menu {name}", action.text()
        elif isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield name, widget.tabText(tab)


def clashes(window: QWidget) -> list[str]:
    """Each letter used twice, with the texts that share it."""
    seen: dict[str, list[str]] = {}
    for where, text in _texts(window):
        letter = mnemonic(text)
        if letter is not None:
            seen.setdefault(letter, []).append(f"{text!r} ({where})")
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in seen.items() if len(v) > 1]


def modal_clashes(qtbot: QtBot, open_it: Callable[[], object]) -> list[str]:
    """Open a modal box (its function runs exec()), read its mnemonics, then dismiss it."""
    found: list[list[str]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, inspect)
            return
        found.append(clashes(box))
        if isinstance(box, QDialog):
            box.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def _request_row(session: Session) -> ConnectionRequestRow:
    """A request with everything a detail dialog can show: a document, a waiting customer."""
    now = datetime.now(UTC)
    item = RequestItem(
        "b1", "Żółta Łódka Sp. z o.o.", "AAA000000001", "PL", RequestItemState.QUEUED
    )
    return ConnectionRequestRow(
        local_id="local-1",
        remote_id=None,
        account_id=session.ctx.accounts[0].id,
        state="queued",
        vendor_code="V-1",
        notes="Notes",
        attachment_name="contract.pdf",
        created_at=now,
        updated_at=now,
        items=(item,),
        history=(HistoryEntry(now, "queued"),),
    )


def _ticket_row() -> TicketRow:
    now = datetime.now(UTC)
    return TicketRow(
        "TKT-000001", "a", "b", "Buyer", None, TicketState.RESOLVED, "rejected",
        "Connect with Buyer", now, now,
    )  # fmt: skip


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_window_has_unique_mnemonics(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "pl":
        request.getfixturevalue("polish")
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: len(session.ctx.accounts) == 2, timeout=30000)
    problems: dict[str, list[str]] = {}

    for key in window.page_keys():  # every page, as the main window shows it
        window.show_page(key)
        problems[f"page {key}"] = clashes(window)
    window.banner.show()  # the offline banner's "Try again" shares the window too
    for key in window.page_keys():
        window.show_page(key)
        problems[f"page {key}, offline"] = clashes(window)
    window.banner.hide()
    for menu in window.nav.findChildren(QMenu):  # each menu's entries among themselves
        problems[f"menu {menu.title()}"] = clashes(menu)

    requests_page = window.pages["requests"]
    actions = RequestActions(session.ctx, requests_page)
    detail = ConnectionRequestDialog(
        _request_row(session), "Adams", actions=actions, parent=requests_page
    )
    qtbot.addWidget(detail)
    detail.show()
    assert detail.open_document.isVisible() and detail.cancel_request.isVisible()
    problems["request detail"] = clashes(detail)
    problems["cancel request?"] = modal_clashes(
        qtbot, lambda: actions.confirm_cancel(_request_row(session))
    )
    detail.close()

    ticket = TicketDialog(_ticket_row(), window)
    qtbot.addWidget(ticket)
    ticket.show()
    problems["ticket detail"] = clashes(ticket)
    ticket.close()

    client = PortalClient(portal_url)
    sign_in = SignInDialog(
        client, CredentialStore(), portal_url, username="elise", offline_available=True
    )
    qtbot.addWidget(sign_in)
    sign_in.show()
    problems["sign in"] = clashes(sign_in)
    sign_in.close()
    client.close()

    problems["log out?"] = modal_clashes(qtbot, window._confirm_log_out)
    problems["how to"] = modal_clashes(qtbot, window.show_how_to)
    problems["how to (connect)"] = modal_clashes(qtbot, lambda: show_how_to_connect(window))
    problems["already connected?"] = modal_clashes(
        qtbot, lambda: confirm_despite_existing(window, [("Buyer", "connected")])
    )

    assert {where: found for where, found in problems.items() if found} == {}


def test_mnemonic_reading() -> None:
    assert mnemonic("&Home") == "h"
    assert mnemonic("Help && &Support") == "s"
    assert mnemonic("Help && Support") is None
    assert mnemonic("Zal&oguj") == "o"
