"""The notices list behind the header's bell: a resolved support request stays there (unread
count, bold until the list is opened), across a restart; opening it marks it read; Esc and
"Open support requests" close it. Real portal, real main window."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.views.dialogs.notices_dialog import NoticesDialog
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui.test_ticket_notification import _post

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def test_a_resolved_ticket_waits_in_the_notices_list_across_a_restart(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    free_buyers: Iterator[tuple[str, str, str]],
    tmp_path: Path,
) -> None:
    buyer_id, name, _number = next(free_buyers)
    data = tmp_path / "data"
    session = start_app(portal_url, data_dir=data)
    window = session.window
    window.show()
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    bell = window.bell
    assert bell.isVisible() and bell.text() == "Notices" and bell.unread() == 0

    body = {"account_id": session.ctx.accounts[0].id, "buyer_ids": [buyer_id]}
    created = _post(
        portal_url,
        session.client,
        "/v1/connection-requests",
        body,
        **{"Idempotency-Key": str(uuid.uuid4())},
    )
    ticket = created["items"][0]["ticket_number"]
    with qtbot.waitSignal(session.ctx.changed, timeout=TIMEOUT_MS):
        session.ctx.request_sync()
    _post(
        portal_url,
        session.client,
        f"/v1/sandbox/tickets/{ticket}/resolve",
        {"outcome": "connected"},
    )
    with qtbot.waitSignal(bell.count_changed, timeout=TIMEOUT_MS):
        window.sync_action.trigger()
    expected = f"Support request {ticket} resolved: connected to {name}"
    assert bell.text() == "Notices (1)"
    assert bell.accessibleName() == "Notices, 1 unread"

    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    dialog = bell.dialog
    assert isinstance(dialog, NoticesDialog) and dialog.isVisible()
    assert len(dialog.texts()) == 1 and dialog.texts()[0].endswith(expected)
    assert dialog.unread_rows() == [0]  # bold as the list opens ...
    assert bell.text() == "Notices" and bell.unread() == 0  # ... and read from now on
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bell.dialog is None, timeout=TIMEOUT_MS)

    # A restart: the notice is still listed, read.
    session.ctx.shutdown()
    session.cache.close()
    again = start_app(portal_url, data_dir=data)
    again.window.show()
    bell = again.window.bell
    assert bell.text() == "Notices"
    assert [n.ticket_number for n in bell.notices.notices] == [ticket]
    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    dialog = bell.dialog
    assert dialog is not None and dialog.texts()[0].endswith(expected)
    assert dialog.unread_rows() == []
    # Its last button: to the support requests, closing the list.
    qtbot.mouseClick(dialog.ui.openSupportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bell.dialog is None, timeout=TIMEOUT_MS)
    assert again.window.current_page_key() == "support"
    assert QApplication.activeModalWidget() is None
