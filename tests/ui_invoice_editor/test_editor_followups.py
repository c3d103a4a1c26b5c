"""After sending: Create credit note for some of an invoice's lines (checked and sent), the
details' export; drafts in Home's Saved invoices (open, delete after a confirmation); an
invoice file imported (round trip of the editor's own UBL; bad files refused in words)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.invoice_form import entries_of
from desktop.views.dialogs.credit_note_lines_dialog import CreditNoteLinesDialog
from desktop.views.dialogs.invoice_import import import_invoice_file
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.invoices_page import InvoicesPage
from einvoice.document import DocumentKind
from einvoice.ubl_read import from_ubl
from einvoice.ubl_write import to_ubl
from tests.ui.conftest import StartApp
from tests.ui_invoice_editor.editor_driver import (
    TIMEOUT_MS,
    fill_simple_invoice,
    open_editor,
    press_check,
    type_cell,
)


def _started(qtbot: QtBot, start_app: StartApp, url: str):  # type: ignore[no-untyped-def]
    session = start_app(url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    return session


def _two_line_invoice(qtbot: QtBot, editor) -> None:  # type: ignore[no-untyped-def]
    fill_simple_invoice(qtbot, editor)
    qtbot.mouseClick(editor.ui.addLineButton, Qt.MouseButton.LeftButton)
    type_cell(qtbot, editor, 1, "description", "Stapler")
    type_cell(qtbot, editor, 1, "quantity", "3")
    type_cell(qtbot, editor, 1, "price", "20")


def test_a_credit_note_for_some_lines_of_a_sent_invoice(
    qtbot: QtBot, start_app: StartApp, editor_portal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = _started(qtbot, start_app, editor_portal.base_url)
    window = session.window
    editor = open_editor(qtbot, session)
    _two_line_invoice(qtbot, editor)
    number = editor.fields.edit("number").text()
    assert not press_check(qtbot, editor).fatal
    with qtbot.waitSignal(editor.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(editor.ui.sendButton, Qt.MouseButton.LeftButton)
    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    window.search_invoices(number)

    def found() -> bool:
        session.ctx.request_sync()
        return page.model.rowCount() == 1 and page.model.invoice_at(0).number == number  # type: ignore[union-attr]

    qtbot.waitUntil(found, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(page.details_shown, timeout=TIMEOUT_MS):
        page.open_details(page.model.index(0, 0, QModelIndex()))
    details = page.detail_dialog
    assert details is not None and details.ui.creditNoteButton.isEnabled()
    assert not details.ui.fixButton.isEnabled()
    qtbot.mouseClick(details.ui.creditNoteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.follow_ups.lines_dialog is not None, timeout=TIMEOUT_MS)
    lines = window.follow_ups.lines_dialog
    assert isinstance(lines, CreditNoteLinesDialog)
    assert lines.ui.linesList.count() == 2
    for row in range(2):  # none chosen: refused in words
        lines.ui.linesList.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(
        lines.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert lines.isVisible() and lines.ui.problemLabel.text() == "Choose at least one line."
    lines.ui.linesList.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(
        lines.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: (
            window.invoice_editor is not None
            and window.invoice_editor.kind is DocumentKind.CREDIT_NOTE
        ),
        timeout=TIMEOUT_MS,
    )
    note = window.invoice_editor
    qtbot.waitUntil(lambda: note.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    assert note.ui.kindTitle.text() == f"Credit note for invoice {number}"
    assert [e.description for e in note.model.entries()] == ["Stapler"]
    assert note.fields.edit("number").text() != number
    result = press_check(qtbot, note)
    assert not result.fatal, [(f.rule, f.text) for f in result.findings]
    assert b"<CreditNote" in result.ubl and number.encode() in result.ubl
    with qtbot.waitSignal(note.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(note.ui.sendButton, Qt.MouseButton.LeftButton)
    written = session.cache.invoices_written
    qtbot.waitUntil(
        lambda: [o.state for o in written.outgoing(include_done=True)] == ["sent", "sent"],
        timeout=TIMEOUT_MS,
    )
    details.close()


def test_drafts_in_saved_invoices_open_and_delete_after_a_confirmation(
    qtbot: QtBot, start_app: StartApp, editor_portal
) -> None:  # type: ignore[no-untyped-def]
    session = _started(qtbot, start_app, editor_portal.base_url)
    window = session.window
    editor = open_editor(qtbot, session)
    fill_simple_invoice(qtbot, editor)
    number = editor.fields.edit("number").text()
    with qtbot.waitSignal(session.ctx.changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    editor.reject()
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    window.show_page("home")
    table = home.saved_table
    qtbot.waitUntil(
        lambda: bool(table.rows()) and table.rows()[0][0] == f"{number} (draft)", timeout=TIMEOUT_MS
    )
    table.table.cellDoubleClicked.emit(0, 0)  # opens the draft
    qtbot.waitUntil(
        lambda: window.invoice_editor is not editor and window.invoice_editor is not None,
        timeout=TIMEOUT_MS,
    )
    again = window.invoice_editor
    qtbot.waitUntil(lambda: again.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    assert again.fields.edit("number").text() == number
    assert again.model.entries()[0].description == "Copy paper A4, 500 sheets"
    again.reject()

    table.table.selectRow(0)
    assert home.drafts.delete_button.isEnabled()
    qtbot.mouseClick(home.drafts.delete_button, Qt.MouseButton.LeftButton)
    box = home.drafts.confirm
    assert isinstance(box, QMessageBox) and number in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # kept
    assert len(session.cache.invoices_written.drafts()) == 1
    qtbot.mouseClick(home.drafts.delete_button, Qt.MouseButton.LeftButton)
    box = home.drafts.confirm
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(home.drafts.deleted, timeout=TIMEOUT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert session.cache.invoices_written.drafts() == []
    qtbot.waitUntil(lambda: all("(draft)" not in r[0] for r in table.rows()), timeout=TIMEOUT_MS)


def test_an_imported_file_round_trips_and_bad_files_are_refused(
    qtbot: QtBot, start_app: StartApp, editor_portal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = _started(qtbot, start_app, editor_portal.base_url)
    window = session.window
    editor = open_editor(qtbot, session)
    _two_line_invoice(qtbot, editor)
    document = editor.checked_document()
    assert document is not None
    header, lines = entries_of(document)
    path = tmp_path / "invoice.xml"
    path.write_bytes(to_ubl(document))
    editor.reject()
    assert from_ubl(path.read_bytes()).lines == document.lines  # editor -> UBL -> read: same lines

    assert import_invoice_file(window, path)
    imported = window.invoice_editor
    assert imported is not editor
    qtbot.waitUntil(lambda: imported.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    assert imported.original_ubl == path.read_bytes()
    assert imported.fields.entry().number == header.number
    assert imported.fields.entry().buyer_reference == header.buyer_reference
    assert imported.model.lines() == document.lines  # the same values (12.5 == 12.50)
    assert [e.description for e in imported.model.entries()] == [e.description for e in lines]
    assert imported.customer() is not None and imported.customer().is_test
    result = press_check(qtbot, imported)
    assert result.ubl == path.read_bytes() and not result.fatal  # checked as it is
    imported.reject()

    bad = {
        "dtd.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Invoice>&a;</Invoice>',
        "text.xml": b"this is not xml at all",
        "other.xml": b"<?xml version='1.0'?><Order xmlns='urn:x'/>",
    }
    words = {
        "dtd.xml": "The file holds a DTD or entity declarations, which invoice files never need; it was not read.",
        "text.xml": "The file is not XML.",
        "other.xml": "The file is XML but not a UBL 2.1 invoice or credit note.",
    }
    big = tmp_path / "big.xml"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    for path, text in [
        *((tmp_path / n, words[n]) for n in bad),
        (big, "The file is bigger than 20 MB; an invoice file is far smaller."),
    ]:
        assert not import_invoice_file(window, path)
        box = window.import_message
        assert isinstance(box, QMessageBox) and box.text() == text, path.name
        box.close()
    assert session.cache.invoices_written.drafts() == []
    assert session.cache.invoices_written.outgoing(include_done=True) == []
