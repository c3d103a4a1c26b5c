"""`--portal URL` with no remembered sign-in but a local copy for the last user: the sign-in
dialog offers "Work offline"; once the portal answers, the app asks to sign in and syncs."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.views.dialogs.sign_in_dialog import SignInDialog
from portal.server import PortalServer
from tests.keyring_backend import MemoryKeyring
from tests.ui.conftest import StartApp, relationships_page, wait_for_rows

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def test_work_offline_then_sign_in_when_the_portal_answers(
    qtbot: QtBot,
    start_app: StartApp,
    fresh_portal,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    server = fresh_portal()
    url = server.base_url
    data = tmp_path / "data"
    first = start_app(url, data_dir=data)
    rows = wait_for_rows(qtbot, first).model.rowCount()
    qtbot.waitUntil(lambda: first.ctx.status.last_synced_at is not None, timeout=TIMEOUT_MS)
    first.ctx.shutdown()
    first.cache.close()
    memory_keyring.secrets.clear()  # signed in without "Remember me" last time
    server.stop()

    asked: list[SignInDialog] = []

    def ask(dialog: SignInDialog) -> int:
        asked.append(dialog)
        if len(asked) == 1:  # at start: the portal is away, work on the local copy
            assert dialog.offline_button is not None
            button = dialog.offline_button
            qtbot.waitUntil(lambda: not button.isHidden(), timeout=TIMEOUT_MS)  # unreachable
            assert dialog.reachable is False
            assert dialog.username.text() == "elise"
            dialog.offline_button.click()
            return dialog.result()
        # The portal answers again: sign in as the same user.
        assert dialog.username.isReadOnly()
        assert dialog.error.text() == (
            "The portal can be reached again. Sign in to sync your data."
        )
        dialog.password.setText("sandbox")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=TIMEOUT_MS)
        return dialog.result()

    second = start_app(url, data_dir=data, retry_ms=300, remember=False, user=None, ask=ask)
    assert len(asked) == 1
    second.window.show()
    banner = second.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)
    qtbot.wait(700)  # retries while the portal is away ask nothing
    assert len(asked) == 1
    assert banner.message.text().startswith("Offline, data as of")
    assert relationships_page(second).model.rowCount() == rows
    assert second.window.header.welcome.text() == "Welcome Elise"

    again = PortalServer(
        server.db_url, port=int(url.rsplit(":", 1)[1]), ticket_delay=3600, generated_buyers=50
    )
    again.start()
    try:
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: second.ctx.status.online, timeout=TIMEOUT_MS)
        assert not banner.isVisible()
        assert second.signed_in
        qtbot.wait(700)  # two retry intervals: no further sign-in dialog
        assert len(asked) == 2
    finally:
        second.ctx.shutdown()
        again.stop()


def test_no_local_copy_no_work_offline(
    qtbot: QtBot, start_app: StartApp, portal_url: str, tmp_path: Path
) -> None:
    offered: list[bool] = []

    def ask(dialog: SignInDialog) -> int:
        offered.append(dialog.offline_button is not None)
        return QDialog.DialogCode.Rejected

    with contextlib.suppress(AssertionError):  # cancelled: start_session answers None
        start_app(portal_url, data_dir=tmp_path / "empty", remember=False, ask=ask)
    assert offered == [False]
