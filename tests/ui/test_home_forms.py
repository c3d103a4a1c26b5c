"""Home and the sign-in dialog are Designer forms (ui/home.ui, ui/sign_in.ui): the style
sheet's object names are kept, and a live language switch says every word again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.app.i18n import Translations
from desktop.credentials import CredentialStore
from desktop.forms.ui_home import Ui_HomePage
from desktop.forms.ui_sign_in import Ui_SignInDialog
from desktop.sync import PortalClient
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from desktop.views.pages.home_page import HomePage
from tests.keyring_backend import MemoryKeyring
from tests.ui.conftest import StartApp


def test_the_sign_in_dialog_is_its_form_and_speaks_again(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    url = "http://127.0.0.1:9"  # never asked: no "Work offline", so no probe
    dialog = SignInDialog(PortalClient(url), CredentialStore(), url, username="elise")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.ui, Ui_SignInDialog)
    assert dialog.objectName() == "signInDialog"
    names = {label.objectName() for label in dialog.findChildren(QLabel)}
    assert {"dialogTitle", "muted", "hint", "errorLabel"} <= names
    assert dialog.username.objectName() == "username"
    assert dialog.password.objectName() == "password"
    assert dialog.remember.objectName() == "rememberMe"
    assert dialog.sign_in_button.objectName() == "primaryButton"
    assert dialog.ui.usernameLabel.buddy() is dialog.username  # Alt+U
    assert dialog.ui.addressLabel.text() == url
    assert dialog.sign_in_button.text() == "&Sign in"
    assert dialog.keychain_note.text().startswith("Your sign-in is kept")

    translations = Translations()
    translations.install("pl")  # a live switch: Qt sends every widget a LanguageChange
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert dialog.ui.introLabel.text() == "Zaloguj się do portalu sieci"
        assert dialog.remember.text() == "&Zapamiętaj mnie"
        assert dialog.sign_in_button.text() == "Zal&oguj"
        assert not dialog.keychain_note.text().startswith("Your sign-in")
        assert dialog.ui.addressLabel.text() == url  # what Python set stays
    finally:
        translations.remove()


def test_home_is_its_form_with_the_style_sheets_names(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    home = session.window.pages["home"]
    assert isinstance(home, HomePage)
    assert isinstance(home.ui, Ui_HomePage)
    assert home.objectName() == "homePage"
    assert [card.objectName() for card in (home.ui.connectCard, home.ui.sendCard)] == [
        "card",
        "card",
    ]
    assert home.ui.notificationsSection.objectName() == "section"
    assert home.notifications_title.objectName() == "sectionTitle"
    assert home.refreshed.objectName() == "muted"
    assert home.notifications.objectName() == "notifications"
    assert home.notifications.rowCount() == 2 and home.notifications.columnCount() == 5
    header = home.notifications.horizontalHeaderItem(3)
    assert header is not None and header.text() == "Customer"
    assert home.connect_button.text() == "CONNECT"
    assert home.ui.connectCard.title.text() == "Connect with customers"

    translations = Translations()
    translations.install("pl")  # the form's words and Python's words, both again
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert home.notifications_title.text() == "Powiadomienia"
        header = home.notifications.horizontalHeaderItem(3)
        assert header is not None and header.text() == "Klient"
        assert home.connect_button.text() == "POŁĄCZ SIĘ"
        assert home.ui.connectCard.title.text() == "Połącz się z klientami"
        assert home.notifications_title.objectName() == "sectionTitle"  # names stay
    finally:
        translations.remove()
