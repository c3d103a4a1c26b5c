"""After an explicit log-out nothing of that user opens until someone signs in, on this run
and the next start; "Work offline" is offered only while the portal cannot be reached, and
only to the user who last signed in here and did not log out. Real portal, real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.app.startup import Options, Session, run_sessions, start_session
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from tests.keyring_backend import MemoryKeyring
from tests.ui.conftest import StartApp, remember_sign_in
from tests.ui.test_log_out import answer_yes_when_asked

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def test_after_log_out_the_sign_in_offers_no_work_offline_now_or_at_the_next_start(
    qtbot: QtBot,
    fresh_portal,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    server = fresh_portal()
    url = server.base_url
    data = tmp_path / "data"
    remember_sign_in(url)
    sessions: list[Session] = []
    asked: list[SignInDialog] = []

    def exec_app(session: Session) -> int:
        sessions.append(session)
        window = session.window
        qtbot.waitUntil(lambda: session.ctx.status.last_synced_at is not None, timeout=TIMEOUT_MS)
        QTimer.singleShot(0, answer_yes_when_asked)
        qtbot.mouseClick(window.header.log_out, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT_MS)
        return 0

    def ask(dialog: SignInDialog) -> int:
        asked.append(dialog)
        assert dialog.username.text() == ""  # the logged-out user is not even named
        assert dialog.offline_button is None  # the portal answers, and elise logged out
        return QDialog.DialogCode.Rejected

    opts = Options(portal=url, user="elise", data_dir=data, splash=False)
    assert run_sessions(opts, exec_app, notify=lambda *_: None, ask_sign_in=ask) == 0
    assert len(sessions) == 1 and len(asked) == 1
    assert memory_keyring.secrets == {}

    # The next start, with the portal away: still nothing of elise's without a password.
    server.stop()
    later: list[SignInDialog] = []

    def ask_later(dialog: SignInDialog) -> int:
        later.append(dialog)
        assert dialog.username.text() == ""
        assert dialog.offline_button is None
        return QDialog.DialogCode.Rejected

    again = Options(portal=url, data_dir=data, splash=False)
    assert start_session(again, notify=lambda *_: None, ask_sign_in=ask_later) is None
    assert len(later) == 1


def test_work_offline_stays_hidden_while_the_portal_answers(
    qtbot: QtBot,
    start_app: StartApp,
    fresh_portal,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    server = fresh_portal()
    data = tmp_path / "data"
    first = start_app(server.base_url, data_dir=data)
    qtbot.waitUntil(lambda: first.ctx.status.last_synced_at is not None, timeout=TIMEOUT_MS)
    first.ctx.shutdown()
    first.cache.close()
    memory_keyring.secrets.clear()  # signed in without "Remember me" last time; no log-out
    seen: list[SignInDialog] = []

    def ask(dialog: SignInDialog) -> int:
        seen.append(dialog)
        dialog.show()
        assert dialog.username.text() == "elise"
        assert dialog.offline_button is not None
        qtbot.waitUntil(lambda: dialog.reachable is not None, timeout=TIMEOUT_MS)
        assert dialog.reachable is True
        assert dialog.offline_button.isHidden()  # the portal answers: sign in
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result()

    opts = Options(portal=server.base_url, data_dir=data, splash=False)
    assert start_session(opts, notify=lambda *_: None, ask_sign_in=ask) is None
    assert len(seen) == 1
