"""Sign-in against the real portal: a wrong password keeps the dialog open with a message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.credentials import CredentialStore
from desktop.sync import PortalClient
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from tests.keyring_backend import MemoryKeyring


def make_dialog(qtbot: QtBot, url: str) -> SignInDialog:
    client = PortalClient(url)
    dialog = SignInDialog(client, CredentialStore(), url, username="elise")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def submit(qtbot: QtBot, dialog: SignInDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_says_so_and_stays_open(
    qtbot: QtBot, portal_url: str, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, portal_url)
    submit(qtbot, dialog, "not-the-password")
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == "Wrong username or password."
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password.text() == "" and dialog.sign_in_button.isEnabled()
    assert memory_keyring.secrets == {}


def test_wrong_password_in_polish(
    qtbot: QtBot, portal_url: str, memory_keyring: MemoryKeyring, polish: None
) -> None:
    dialog = make_dialog(qtbot, portal_url)
    assert dialog.remember.text() == "&Zapamiętaj mnie"
    submit(qtbot, dialog, "nie-to-haslo")
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == "Nieprawidłowa nazwa użytkownika lub hasło."
    assert dialog.isVisible()


def test_right_password_remembers_the_refresh_token_not_the_password(
    qtbot: QtBot, portal_url: str, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, portal_url)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        submit(qtbot, dialog, "sandbox")
    assert dialog.remembered
    secrets = list(memory_keyring.secrets.values())
    assert len(secrets) == 1 and secrets[0] != "sandbox"


def test_no_keychain_keeps_the_session_only(qtbot: QtBot, portal_url: str) -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = make_dialog(qtbot, portal_url)
        assert not dialog.remember.isEnabled()
        assert "session only" in dialog.keychain_note.text()
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            submit(qtbot, dialog, "sandbox")
        assert not dialog.remembered
    finally:
        keyring.set_keyring(before)
