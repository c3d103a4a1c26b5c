"""One invoice's document saved as UBL XML or a PDF: the file chosen, written, a failure said.

The invoice editor and an invoice's details both export through `save_document`; a folder that
cannot be written (read-only, full, gone) gets a sentence in the user's language, never a
traceback, and no half-written file is reported as exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.views.file_dialogs import choose_file_to_save, tell_write_failed
from desktop.views.invoice_pdf import pdf_bytes
from einvoice.document import InvoiceDocument
from einvoice.ubl_write import to_ubl
from wire.filetypes import safe_name


def save_document(
    parent: QWidget, document: InvoiceDocument, kind: str, ubl: bytes | None = None
) -> Path | None:
    """`kind` "pdf" or "ubl" (`ubl`: the bytes as sent, if known); -> the file written."""
    number = safe_name(document.number)
    if kind == "pdf":
        title, filters, suffix = (
            QCoreApplication.translate("DocumentExport", "Export as PDF"),
            [QCoreApplication.translate("DocumentExport", "PDF (*.pdf)")],
            "pdf",
        )
    else:
        title, filters, suffix = (
            QCoreApplication.translate("DocumentExport", "Export as UBL XML"),
            [QCoreApplication.translate("DocumentExport", "UBL XML (*.xml)")],
            "xml",
        )
    path = choose_file_to_save(parent, title, f"{number}.{suffix}", filters, suffix=suffix)
    if path is None:
        return None
    data = pdf_bytes(document) if kind == "pdf" else (ubl or to_ubl(document))
    try:
        path.write_bytes(data)
    except OSError as exc:
        tell_write_failed(parent, title, path, exc)
        return None
    return path
