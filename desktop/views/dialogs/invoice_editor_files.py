"""The editor's files: supporting documents embedded in the invoice, and its export as UBL
XML and as a readable PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QListWidgetItem

from desktop.views.dialogs.invoice_editor_parts import EditorParts
from desktop.views.document_export import save_document
from desktop.views.file_dialogs import choose_file_to_open
from einvoice.document import Attachment
from wire.filetypes import ATTACHMENT_MAX_BYTES, CSV, JPEG, PDF, PNG, XLSX, safe_name, sniff

# The types Peppol BIS 3.0 takes embedded (BT-125 mimeCode).
EMBEDDABLE = frozenset({PDF, PNG, JPEG, CSV, XLSX})
ATTACHMENTS_MAX = 10


class EditorFiles(QObject):
    def __init__(self, dialog: EditorParts, widget: QDialog) -> None:
        """`dialog` and `widget` are the same editor: its parts, and the widget that owns
        this helper (and its questions and tasks)."""
        super().__init__(widget)
        self._widget = widget
        self.dialog = dialog
        self.attachments: list[Attachment] = []
        ui = dialog.ui
        ui.addAttachmentButton.clicked.connect(self.choose_attachment)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.exportUblButton.clicked.connect(self.export_ubl)
        ui.exportPdfButton.clicked.connect(self.export_pdf)

    def set_attachments(self, attachments: list[Attachment]) -> None:
        self.attachments = list(attachments)
        lst = self.dialog.ui.attachmentsList
        lst.clear()
        for attachment in self.attachments:
            lst.addItem(QListWidgetItem(attachment.filename))

    def choose_attachment(self) -> None:
        path = choose_file_to_open(
            self._widget,
            self.tr("Attach a supporting document"),
            [self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.csv *.xlsx)")],
        )
        if path is not None:
            self.attach(path)

    def attach(self, path: Path) -> bool:
        """Embed the file, or a message at the field (too big, a type Peppol does not take)."""
        d = self.dialog
        label = d.ui.attachmentsProblem
        label.hide()
        problem = None
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= ATTACHMENT_MAX_BYTES else b""
        except OSError:
            problem = self.tr("The file could not be read.")
            size, data = 0, b""
        kind = sniff(data) if data else None
        if problem is None and size > ATTACHMENT_MAX_BYTES:
            problem = self.tr("The file is bigger than 10 MB.")
        elif problem is None and kind not in EMBEDDABLE:
            problem = self.tr("Attach a PDF, PNG, JPEG, CSV or XLSX file.")
        elif problem is None and len(self.attachments) >= ATTACHMENTS_MAX:
            problem = self.tr("At most 10 supporting documents.")
        if problem is not None:
            label.setText(problem)
            label.show()
            return False
        assert kind is not None
        name = safe_name(path.name)
        self.attachments.append(Attachment(f"ATT-{len(self.attachments) + 1}", name, kind, data))
        d.ui.attachmentsList.addItem(QListWidgetItem(name))
        return True

    def remove_attachment(self) -> None:
        row = self.dialog.ui.attachmentsList.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self.dialog.ui.attachmentsList.takeItem(row)

    def export_ubl(self) -> None:
        self._export("ubl")

    def export_pdf(self) -> None:
        self._export("pdf")

    def _export(self, kind: str) -> None:
        d = self.dialog
        document = d.checked_document()
        if document is None:
            return
        path = save_document(self._widget, document, kind)
        if path is not None:
            d.ui.statusLabel.setText(self.tr("Exported to {path}.").format(path=path))
