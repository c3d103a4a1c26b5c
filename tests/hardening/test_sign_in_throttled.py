"""The sign-in dialog after too many wrong passwords: the portal's 429 becomes "Too many
attempts. Try again in N minutes." in the user's language, and the dialog stays usable."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.app.i18n import Translations
from desktop.credentials import CredentialStore
from desktop.sync import PortalClient
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from portal.rules.throttle import ThrottlePolicy
from tests.hardening.conftest import StartPortal
from tests.keyring_backend import MemoryKeyring

# Two free failures, then a three-minute wait.
POLICY = ThrottlePolicy(user_free=2, address_free=50, delays=0, lock=150)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _locked_out(qtbot: QtBot, start_portal: StartPortal) -> SignInDialog:
    url = start_portal(throttle=POLICY).base_url
    dialog = SignInDialog(PortalClient(url), CredentialStore(), url, username="elise")
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(4):
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, f"guess-{attempt}")
        dialog.error.clear()
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=15000)
    return dialog


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Too many attempts. Try again in 3 minutes."),
        ("pl", "Zbyt wiele nieudanych prób. Spróbuj ponownie za 3 minuty."),
    ],
)
def test_too_many_attempts_says_how_long_to_wait(
    qtbot: QtBot,
    qapp: object,
    start_portal: StartPortal,
    memory_keyring: MemoryKeyring,
    language: str,
    message: str,
) -> None:
    translations = Translations()
    translations.install(language)
    try:
        dialog = _locked_out(qtbot, start_portal)
        assert dialog.error.text() == message
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.sign_in_button.isEnabled() and dialog.password.text() == ""
        assert memory_keyring.secrets == {}
    finally:
        translations.remove()
