"""Sign-in against the real portal: a wrong password keeps the dialog open with a message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.app.resources import style_sheet
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


def _closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (the port was free a moment ago)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _text_colour(label: QLabel) -> str:
    return label.palette().color(label.foregroundRole()).name()


def test_unreachable_portal_message_keeps_the_fields_readable(
    qtbot: QtBot, qapp: QApplication, memory_keyring: MemoryKeyring
) -> None:
    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())
    try:
        dialog = make_dialog(qtbot, _closed_port_url())
        qtbot.waitExposed(dialog)
        heights = {w: w.height() for w in (dialog.username, dialog.password)}
        submit(qtbot, dialog, "sandbox")
        qtbot.waitUntil(dialog.error.isVisible, timeout=20000)
        assert dialog.error.text().startswith("The portal cannot be reached.")
        for field, height in heights.items():  # not squashed to make room for the message
            assert field.height() == height >= field.sizeHint().height()
        assert dialog.error.geometry().bottom() < dialog.buttons.geometry().top()
        assert _text_colour(dialog.error) == "#b3261e"  # bad news in red

        # Once the portal answers again the same line brings good news, in green.
        dialog.show_good_news("The portal can be reached again. Sign in to sync your data.")
        assert _text_colour(dialog.error) == "#1a7f37"
        dialog.show_error("Wrong username or password.")
        assert _text_colour(dialog.error) == "#b3261e"
    finally:
        qapp.setStyleSheet(before)


def test_sandbox_dialog_names_the_demo_users(
    qtbot: QtBot, portal_url: str, memory_keyring: MemoryKeyring, polish: None
) -> None:
    dialog = SignInDialog(
        PortalClient(portal_url),
        CredentialStore(),
        portal_url,
        sandbox_users=("elise", "oskar"),
        sandbox_password="sandbox",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_users.text() == (
        "Sieć testowa: zaloguj się jako elise lub oskar, hasło: sandbox."
    )
    assert not dialog.remember.isVisible() and not dialog.keychain_note.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClicks(dialog.username, "oskar")
        submit(qtbot, dialog, "sandbox")
    assert dialog.user() == "oskar"
    assert memory_keyring.secrets == {}  # nothing of the sandbox in the keychain
