"""Log out on the built-in sandbox returns to the sign-in dialog, which names the demo users;
signing in as oskar opens oskar's own window and data, and elise's window is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.startup import Options, Session, run_sessions
from desktop.cache import cache_path_for
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from tests.keyring_backend import MemoryKeyring

TIMEOUT_MS = 60000


def answer_yes_when_asked() -> None:
    """The user answers "Yes" to the log-out question (a modal message box)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
    else:
        QTimer.singleShot(20, answer_yes_when_asked)


def test_log_out_on_the_sandbox_returns_to_sign_in_as_another_user(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = tmp_path / "data"
    opts = Options(data_dir=data, splash=False)
    sessions: list[Session] = []
    asked: list[SignInDialog] = []

    def ask(dialog: SignInDialog) -> int:
        asked.append(dialog)
        dialog.show()
        assert dialog.username.text() == ""
        assert dialog.demo_users.isVisible()
        assert dialog.demo_users.text() == (
            "Sandbox network: sign in as elise or oskar with the password sandbox."
        )
        assert not dialog.remember.isVisible()  # the sandbox keeps nothing in the keychain
        qtbot.keyClicks(dialog.username, "oskar")
        qtbot.keyClicks(dialog.password, "sandbox")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=TIMEOUT_MS)
        return dialog.result()

    def exec_app(session: Session) -> int:
        sessions.append(session)
        window = session.window
        qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
        if len(sessions) == 1:
            assert session.username == "elise"
            qtbot.waitUntil(
                lambda: window.header.welcome.text().startswith("Welcome Elise"),
                timeout=TIMEOUT_MS,
            )
            assert window.header.account_combo.count() == 2
            QTimer.singleShot(0, answer_yes_when_asked)
            qtbot.mouseClick(window.header.log_out, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT_MS)
            return 0
        # Signed in again, as oskar: his own accounts and cache; elise's window is gone.
        assert session.username == "oskar"
        assert session.server is sessions[0].server  # the same sandbox, still running
        first_window = sessions[0].window
        qtbot.waitUntil(lambda: not shiboken6.isValid(first_window), timeout=TIMEOUT_MS)
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.header.account_combo.count() == 1, timeout=TIMEOUT_MS)
        assert "Oskar" in window.header.welcome.text()
        assert cache_path_for(data, "sandbox://embedded", "oskar").exists()
        assert session.cache is not sessions[0].cache
        window.close()  # the user quits
        return 0

    assert run_sessions(opts, exec_app, notify=lambda *_: None, ask_sign_in=ask) == 0
    assert len(asked) == 1 and len(sessions) == 2
    with pytest.raises(requests.ConnectionError):  # quitting stopped the sandbox
        requests.get(sessions[1].server.base_url + "/openapi.json", timeout=5)
