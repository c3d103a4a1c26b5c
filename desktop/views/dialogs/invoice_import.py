"""Invoicing › Import an invoice file: a UBL document from an accounting system, read
safely (no DTD, no entities, 20 MB at most), then opened in the editor to be checked and sent
as it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.views.file_dialogs import choose_file_to_open
from desktop.views.invoice_window import InvoiceWindow
from einvoice.document import InvoiceDocument
from einvoice.ubl_read import from_ubl
from einvoice.xml_safety import MAX_DOCUMENT_BYTES, InvoiceFileError


class InvoiceImport(QObject):
    def reason_text(self, reason: str) -> str:
        return {
            "too_large": self.tr("The file is bigger than 20 MB; an invoice file is far smaller."),
            "unsafe_xml": self.tr(
                "The file holds a DTD or entity declarations, which invoice files never need; "
                "it was not read."
            ),
            "not_xml": self.tr("The file is not XML."),
            "not_ubl": self.tr("The file is XML but not a UBL 2.1 invoice or credit note."),
            "invalid_value": self.tr(
                "The invoice file lacks a required field or has a value that is not a number or date."
            ),
        }.get(reason, self.tr("The file could not be read as an invoice."))

    def title(self) -> str:
        return self.tr("Import an invoice file")

    def file_filter(self) -> str:
        return self.tr("UBL invoice (*.xml)")

    def read(self, path: Path) -> tuple[InvoiceDocument, bytes] | str:
        """The document and its bytes, or the words of why not."""
        try:
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                return self.reason_text("too_large")
            data = path.read_bytes()
        except OSError:
            return self.tr("The file could not be read.")
        try:
            return from_ubl(data), data
        except InvoiceFileError as exc:
            return self.reason_text(exc.reason)


def import_invoice_file(window: InvoiceWindow, path: Path | None = None) -> bool:
    words = InvoiceImport(window.window())
    if path is None:
        path = choose_file_to_open(window.window(), words.title(), [words.file_filter()])
        if path is None:
            return False
    read = words.read(path)
    if isinstance(read, str):
        box = QMessageBox(QMessageBox.Icon.Warning, words.title(), read, parent=window.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.import_message = box
        box.open()
        return False
    document, data = read
    window.create_invoice(document=document, original_ubl=data)
    return True
