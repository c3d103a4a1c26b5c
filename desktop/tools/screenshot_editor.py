"""`--screenshots`: My account, the invoice editor (filled, and with the rules' findings), a
credit note and the invoice's PDF; reached by driving the real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPixmap

from desktop.app.language import switcher
from desktop.app.startup import Session
from desktop.domain.invoice_form import credit_note_of
from desktop.models.invoice_lines_model import COLUMNS
from desktop.tools.screenshot_connect import wait_for
from desktop.views.dialogs.invoice_editor_dialog import InvoiceEditorDialog
from desktop.views.dialogs.my_account_dialog import MyAccountDialog
from desktop.views.invoice_pdf import page_image

LINES = (
    ("Copy paper A4, 500 sheets", "10", "12.50"),
    ("Toner cartridge, black", "2", "189.00"),
    ("Delivery and installation", "1", "45.00"),
)
# A Polish supplier writes its lines in Polish: no English words in the Polish shots.
LINES_PL = (
    ("Papier ksero A4, 500 arkuszy", "10", "12.50"),
    ("Toner czarny", "2", "189.00"),
    ("Dostawa i montaż", "1", "45.00"),
)


class EditorScenes:
    def __init__(self, session: Session, settle: Callable[[], None]) -> None:
        self.session = session
        self.window = session.window
        self.settle = settle

    def take(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        written: list[Path] = []
        window = self.window
        window.show_my_account()
        account = window.my_account_dialog
        if isinstance(account, MyAccountDialog):
            wait_for(self.session.ctx.tasks.idle)
            self.settle()
            written.append(save(account.grab(), out_dir / "60-my-account.png"))
            account.reject()

        editor = self._editor()
        if editor is None:
            return written
        lines = LINES_PL if switcher().language == "pl" else LINES
        for row, (text, quantity, price) in enumerate(lines):
            if row:
                editor.add_line()
            for column, value in (("description", text), ("quantity", quantity), ("price", price)):
                editor.model.setData(editor.model.index(row, COLUMNS.index(column)), value)
        editor.fields.edit("buyer_reference").setText("PO-2026-17")
        self.settle()
        written.append(save(editor.grab(), out_dir / "61-invoice-editor.png"))

        editor.fields.edit("buyer_reference").clear()  # Peppol's R003: fatal
        editor.commands.check()
        wait_for(editor.commands.checked, 30000)
        self.settle()
        written.append(save(editor.grab(), out_dir / "62-invoice-findings.png"))

        editor.fields.edit("buyer_reference").setText("PO-2026-17")
        document = editor.checked_document()
        editor.reject()
        if document is None:
            return written
        image = page_image(document)
        written.append(save(QPixmap.fromImage(image), out_dir / "64-invoice-pdf.png"))

        credit = credit_note_of(document, [0, 2], "")
        window.create_invoice(document=credit, account_id=editor.account_id)
        note = self._opened()
        if note is not None:
            self.settle()
            written.append(save(note.grab(), out_dir / "63-credit-note.png"))
            note.reject()
        return written

    def _editor(self) -> InvoiceEditorDialog | None:
        self.window.create_invoice()
        return self._opened()

    def _opened(self) -> InvoiceEditorDialog | None:
        editor = self.window.invoice_editor
        if not isinstance(editor, InvoiceEditorDialog):
            return None
        if not editor.ui.saveButton.isEnabled():
            wait_for(self.session.ctx.tasks.idle)  # the editor's setup read on the task runner
        return editor
