"""The editor's file buttons through real file dialogs (attach a PDF, refuse a bad type, export
UBL and PDF, import through Invoicing), and Fix and resend: an invoice the network refused
shows its findings; the copy has the named field marked and goes once corrected."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.operations.invoice_work import editor_setup
from desktop.sync import SyncEngine
from desktop.views.pages.invoices_page import InvoicesPage
from einvoice.ubl_read import from_ubl
from einvoice.ubl_write import to_ubl
from tests.file_dialog_driver import answer_file_dialog
from tests.ui.conftest import StartApp
from tests.ui_invoice_editor.editor_driver import (
    TIMEOUT_MS,
    fill_simple_invoice,
    open_editor,
    press_check,
    type_field,
)


def test_attach_export_and_import_through_file_dialogs(
    qtbot: QtBot, start_app: StartApp, editor_portal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    fill_simple_invoice(qtbot, editor)
    pdf = tmp_path / "order.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ" + b"\0" * 100)
    answer_file_dialog(exe)
    qtbot.mouseClick(editor.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert editor.ui.attachmentsProblem.text() == "Attach a PDF, PNG, JPEG, CSV or XLSX file."
    assert editor.files.attachments == []
    answer_file_dialog(pdf)
    qtbot.mouseClick(editor.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert [a.filename for a in editor.files.attachments] == ["order.pdf"]
    assert editor.ui.attachmentsList.item(0).text() == "order.pdf"
    assert not press_check(qtbot, editor).fatal  # an embedded PDF passes both rule sets

    xml = tmp_path / "out.xml"
    answer_file_dialog(xml)
    qtbot.mouseClick(editor.ui.exportUblButton, Qt.MouseButton.LeftButton)
    exported = from_ubl(xml.read_bytes())
    assert exported.attachments[0].content == pdf.read_bytes()
    assert exported.number == editor.fields.edit("number").text()
    out_pdf = tmp_path / "out.pdf"
    answer_file_dialog(out_pdf)
    qtbot.mouseClick(editor.ui.exportPdfButton, Qt.MouseButton.LeftButton)
    assert out_pdf.read_bytes().startswith(b"%PDF")
    editor.ui.attachmentsList.setCurrentRow(0)
    qtbot.mouseClick(editor.ui.removeAttachmentButton, Qt.MouseButton.LeftButton)
    assert editor.files.attachments == []
    qtbot.mouseClick(editor.ui.closeButton, Qt.MouseButton.LeftButton)

    answer_file_dialog(xml)  # Invoicing › Import an invoice file
    session.window.nav.import_invoice_action.trigger()
    imported = session.window.invoice_editor
    assert imported is not editor
    qtbot.waitUntil(lambda: imported.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    assert imported.original_ubl == xml.read_bytes()
    assert [a.filename for a in imported.files.attachments] == ["order.pdf"]
    imported.reject()


def test_fix_and_resend_a_refused_invoice(qtbot: QtBot, start_app: StartApp, editor_portal) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    window = session.window
    window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    fill_simple_invoice(qtbot, editor)
    good = editor.checked_document()
    assert good is not None
    customer, account = editor.customer(), editor.account_id
    assert customer is not None and account is not None
    editor.reject()
    # A document the editor would not send (no buyer reference nor PO), queued as an
    # accounting system's file could be: the network checks it again and refuses it.
    broken = replace(good, buyer_reference="", order_reference="")
    written = session.cache.invoices_written
    written.enqueue(None, account, customer.buyer_id, customer.name, broken, to_ubl(broken))
    SyncEngine(session.client, session.cache).sync()
    [failed] = written.outgoing(include_done=True)
    assert failed.state == "failed" and failed.findings
    session.ctx.request_sync()

    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    window.search_invoices(broken.number)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(page.details_shown, timeout=TIMEOUT_MS):
        page.open_details(page.model.index(0, 0, QModelIndex()))
    details = page.detail_dialog
    assert details is not None
    qtbot.waitUntil(lambda: details.ui.findingsTree.topLevelItemCount() > 0, timeout=TIMEOUT_MS)
    rules = [
        details.ui.findingsTree.topLevelItem(i).text(0)
        for i in range(details.ui.findingsTree.topLevelItemCount())
    ]
    assert "PEPPOL-EN16931-R003" in rules
    assert details.ui.fixButton.isEnabled() and not details.ui.creditNoteButton.isEnabled()
    qtbot.mouseClick(details.ui.fixButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.invoice_editor is not None and window.invoice_editor.isVisible(),
        timeout=TIMEOUT_MS,
    )
    copy = window.invoice_editor
    qtbot.waitUntil(lambda: copy.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    label = copy.fields.problem_label("buyer_reference")
    assert label is not None and label.isVisibleTo(copy)
    assert label.text() == "A finding of the network named this field."
    assert copy.fields.edit("number").text() == broken.number  # the failed number, again
    type_field(qtbot, copy.fields.edit("buyer_reference"), "PO-2026-99")
    assert not press_check(qtbot, copy).fatal
    with qtbot.waitSignal(copy.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(copy.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: sorted(o.state for o in written.outgoing(include_done=True)) == ["failed", "sent"],
        timeout=TIMEOUT_MS,
    )
    details.close()
    assert editor_setup(session.cache, 2026).numbers  # the door still reads
