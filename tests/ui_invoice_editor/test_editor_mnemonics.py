"""Alt mnemonics in the new dialogs (the invoice editor, My account, an invoice's details,
the credit note's lines) are unique in English and in Polish."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.views.dialogs.credit_note_lines_dialog import CreditNoteLinesDialog
from tests.einvoice_core.builders import invoice
from tests.ui.conftest import StartApp
from tests.ui.test_mnemonics import clashes
from tests.ui_invoice_editor.editor_driver import TIMEOUT_MS, open_editor


@pytest.mark.parametrize("language", ["en", "pl"], indirect=True)
def test_the_new_dialogs_have_unique_mnemonics(
    qtbot: QtBot, start_app: StartApp, editor_portal, language: str
) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    window = session.window
    window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    assert clashes(editor) == []
    editor.reject()
    window.show_my_account()
    account = window.my_account_dialog
    qtbot.waitUntil(lambda: account.save_button.isEnabled(), timeout=TIMEOUT_MS)
    assert clashes(account) == []
    account.reject()
    lines = CreditNoteLinesDialog(invoice("S"), window)
    qtbot.addWidget(lines)
    lines.show()
    assert clashes(lines) == []
    lines.reject()
    assert clashes(window) == []  # the Invoicing menu's new entries too
