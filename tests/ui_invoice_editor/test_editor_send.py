"""The invoice editor end to end on a real portal: written for the test customer, checked
(no fatal finding), sent, and in Where is my invoice? once; a broken document is refused
with its findings shown; a number used twice is refused before sending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.invoices import InvoiceQuery
from tests.ui.conftest import StartApp
from tests.ui_invoice_editor.editor_driver import (
    TIMEOUT_MS,
    fill_simple_invoice,
    open_editor,
    press_check,
    type_cell,
    type_field,
)


def _network_count(session, number: str) -> int:  # type: ignore[no-untyped-def]
    return session.cache.count_invoices(InvoiceQuery(text=number))


def test_an_invoice_for_the_test_customer_is_checked_sent_and_listed_once(
    qtbot: QtBot, start_app: StartApp, editor_portal
) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    assert "(test customer)" in editor.ui.customerCombo.currentText()
    number = editor.fields.edit("number").text()
    assert number.startswith("INV-")
    fill_simple_invoice(qtbot, editor)
    assert "153.75" in editor.ui.totalsText.text()  # 10 x 12.50 + 23 % VAT, as typed
    result = press_check(qtbot, editor)
    assert not result.fatal, [(f.rule, f.text) for f in result.findings]
    with qtbot.waitSignal(editor.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(editor.ui.sendButton, Qt.MouseButton.LeftButton)
    written = session.cache.invoices_written
    qtbot.waitUntil(
        lambda: [o.state for o in written.outgoing(include_done=True)] == ["sent"],
        timeout=TIMEOUT_MS,
    )
    session.ctx.request_sync()
    qtbot.waitUntil(lambda: _network_count(session, number) == 1, timeout=TIMEOUT_MS)
    [sent] = written.outgoing(include_done=True)
    assert sent.remote_id and sent.number == number

    # The next invoice gets the next number; typing the used one is refused before sending.
    again = open_editor(qtbot, session)
    assert again.fields.edit("number").text() != number
    fill_simple_invoice(qtbot, again)
    type_field(qtbot, again.fields.edit("number"), number)
    qtbot.mouseClick(again.ui.sendButton, Qt.MouseButton.LeftButton)
    label = again.fields.problem_label("number")
    assert label is not None
    qtbot.waitUntil(lambda: label.isVisible(), timeout=TIMEOUT_MS)
    assert label.text() == "This account already used this invoice number."
    assert len(written.outgoing(include_done=True)) == 1
    again.reject()


def test_a_broken_document_is_refused_with_its_findings(
    qtbot: QtBot, start_app: StartApp, editor_portal
) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    type_cell(qtbot, editor, 0, "description", "Consulting")
    type_cell(qtbot, editor, 0, "price", "100")
    # Neither a buyer reference nor a PO number: Peppol's R003 is fatal.
    result = press_check(qtbot, editor)
    assert result.fatal
    rules = [
        editor.ui.findingsTree.topLevelItem(i).text(0)
        for i in range(editor.ui.findingsTree.topLevelItemCount())
    ]
    assert "PEPPOL-EN16931-R003" in rules
    row = rules.index("PEPPOL-EN16931-R003")
    item = editor.ui.findingsTree.topLevelItem(row)
    assert item.text(1) == "Fatal"
    assert item.text(2) == "Correct the buyer reference or the PO number."
    editor.ui.findingsTree.itemActivated.emit(item, 0)
    assert editor.fields.edit("buyer_reference").hasFocus()
    qtbot.mouseClick(editor.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.ui.sendButton.isEnabled(), timeout=TIMEOUT_MS)
    assert editor.isVisible()
    assert session.cache.invoices_written.outgoing(include_done=True) == []
    editor.reject()


def test_bad_input_gets_a_message_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, start_app: StartApp, editor_portal
) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    fill_simple_invoice(qtbot, editor)
    written = session.cache.invoices_written
    for column, bad, message, good in (
        ("quantity", "ten", "Line 1, the quantity: This is not a number.", "10"),
        (
            "price",
            "1" * 16,
            "Line 1, the net price: At most 15 digits before the decimal point.",
            "12.50",
        ),
    ):
        type_cell(qtbot, editor, 0, column, bad)
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
        assert editor.ui.linesProblem.text() == message
        assert written.drafts() == []
        type_cell(qtbot, editor, 0, column, good)
    editor.ui.currencyCombo.setCurrentText("XYZ")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    label = editor.fields.problem_label("currency")
    assert label is not None and label.text() == "Choose a currency from the list (ISO 4217)."
    editor.ui.currencyCombo.setCurrentText("PLN")
    edit = editor.fields.edit("payment_terms")
    edit.setText("x" * 1_000_000)  # a pasted megabyte stops at the field's length
    assert len(edit.text()) == 1000
    assert written.drafts() == []
    with qtbot.waitSignal(session.ctx.changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    [draft] = written.drafts()
    assert draft.amount == "153.75"
    editor.reject()
