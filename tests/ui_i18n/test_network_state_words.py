"""The status bar's network state and a customer's "Connected" are two things: in Polish the
network state is "W sieci", never the "Połączono" a connected customer shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.types import SyncStatus
from desktop.views.widgets.group_section import GroupSection
from desktop.views.widgets.sync_status import SyncStatusWidgets
from tests.ui.conftest import StartApp

CONNECTED_IN = ("BulkPreviewModel", "HistoryList", "RequestOutcomePanel", "TicketsModel")


def test_online_is_not_worded_as_a_connected_customer(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    switcher.switch("pl")
    window = QMainWindow()
    qtbot.addWidget(window)
    widgets = SyncStatusWidgets(window.statusBar())
    widgets.on_status(SyncStatus(online=True, last_synced_at=None))
    online = widgets.state.text()
    assert online == "W sieci"
    connected = {QCoreApplication.translate(c, "Connected") for c in CONNECTED_IN}
    assert connected == {"Połączono"}  # the catalogue is in force
    assert online not in connected


def test_the_group_hint_calls_the_customer_a_legal_entity_not_an_account(
    qtbot: QtBot, start_app: StartApp, portal_url: str, switcher: LanguageSwitcher
) -> None:
    """ "Account" is the supplier's own (the header's choice); the customer is a legal
    entity (podmiot)."""
    session = start_app(portal_url)
    section = session.window.pages["connect"].findChild(GroupSection)
    assert section is not None
    assert "legal entit" in section.hint.text() and "account" not in section.hint.text()
    switcher.switch("pl")
    assert "podmiot" in section.hint.text() and "konto" not in section.hint.text()
