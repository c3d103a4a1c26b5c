"""A request the portal refuses: the outbox keeps the portal's machine word, and the request
dialog and the outcome panel word it in the user's language (never the portal's English)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.cache import Cache
from desktop.domain.types import ConnectionRequestRow, RequestDraft
from desktop.sync import PortalClient, SyncEngine
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.widgets.request_outcome_panel import RequestOutcomePanel


@pytest.fixture
def refused(portal_url: str, tmp_path: Path) -> ConnectionRequestRow:
    client = PortalClient(portal_url)
    client.sign_in("elise", "sandbox")
    cache = Cache.open(tmp_path / "c.sqlite")
    try:
        account = next(a.id for a in client.me().accounts if not a.is_test)
        local_id = cache.enqueue_request(RequestDraft(account, ("no-such-buyer",)), None)
        SyncEngine(client, cache).push_outbox()
        return next(r for r in cache.connection_requests() if r.local_id == local_id)
    finally:
        cache.close()
        client.close()


def shown(qtbot: QtBot, row: ConnectionRequestRow) -> tuple[str, str]:
    dialog = ConnectionRequestDialog(row, "Adams")
    qtbot.addWidget(dialog)
    error = dialog.findChild(QLabel, "formError")
    assert error is not None
    panel = RequestOutcomePanel()
    qtbot.addWidget(panel)
    panel.show_request(row, {}, online=True)
    return error.text(), panel.error.text()


def test_refusal_in_english(qtbot: QtBot, refused: ConnectionRequestRow) -> None:
    assert refused.state == "failed" and refused.error == "unknown_buyer"
    assert shown(qtbot, refused) == (
        "A chosen customer is no longer on the network.",
        "The network refused the request. A chosen customer is no longer on the network.",
    )


def test_refusal_in_polish(qtbot: QtBot, refused: ConnectionRequestRow, polish: None) -> None:
    dialog_text, panel_text = shown(qtbot, refused)
    assert dialog_text == "Jednego z wybranych klientów nie ma już w sieci."
    assert panel_text == "Sieć odrzuciła prośbę. Jednego z wybranych klientów nie ma już w sieci."


def test_old_english_sentence_is_not_shown_raw(qtbot: QtBot, refused: ConnectionRequestRow) -> None:
    """A cache from before: the portal's English sentence was stored; it is not echoed."""
    from dataclasses import replace

    old = replace(refused, error="No buyer with id 'no-such-buyer' is on the network.")
    dialog_text, _panel = shown(qtbot, old)
    assert dialog_text == "The network did not accept it."
