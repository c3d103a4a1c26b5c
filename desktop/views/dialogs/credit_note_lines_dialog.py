"""Create credit note: which of the invoice's lines it gives back (all to start with)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop.forms.ui_credit_note_lines import Ui_CreditNoteLinesDialog
from einvoice.document import InvoiceDocument


class CreditNoteLinesDialog(QDialog):
    def __init__(self, document: InvoiceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreditNoteLinesDialog()
        self.ui.setupUi(self)
        self.setObjectName("creditNoteLinesDialog")
        self.setWindowTitle(
            self.tr("Credit note for invoice {number}").format(number=document.number)
        )
        for line in document.lines:
            text = self.tr("Line {n}: {description}, {quantity} × {price}").format(
                n=line.line_id,
                description=line.description or line.item_name,
                quantity=f"{line.quantity.normalize():f}",
                price=f"{line.net_price:f}",
            )
            item = QListWidgetItem(text, self.ui.linesList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.ui.problemLabel.hide()
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Create credit note"))

    def chosen(self) -> list[int]:
        lst = self.ui.linesList
        return [i for i in range(lst.count()) if lst.item(i).checkState() == Qt.CheckState.Checked]

    def _accept(self) -> None:
        if not self.chosen():
            self.ui.problemLabel.setText(self.tr("Choose at least one line."))
            self.ui.problemLabel.show()
            return
        self.accept()
