"""One invoice in detail: its numbers, dates and amount, the failure reason, the status timeline.

The layout is the Designer form ui/invoice_detail.ui; the words and the filling live here.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidgetItem, QWidget

from desktop.app.resources import icon
from desktop.domain.invoices import InvoiceDetail
from desktop.forms.ui_invoice_detail import Ui_InvoiceDetail
from desktop.models.invoice_words import failure_text, format_amount, status_text, status_tone
from desktop.models.local_time import format_datetime, format_day
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.status_table import DOTS

_SCHEDULED = re.compile(r"^Payment scheduled for (\d{4}-\d{2}-\d{2})$")  # the portal's phrase


class InvoiceDetailDialog(Retranslating, QDialog):
    credit_note_requested = Signal(str)  # the invoice's id
    fix_requested = Signal(str)
    export_requested = Signal(str, str)  # the invoice's id, "ubl" | "pdf"

    def __init__(
        self, invoice: InvoiceDetail, account_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InvoiceDetail()
        self.ui.setupUi(self)
        self.setObjectName("invoiceDetailDialog")
        self.invoice = invoice
        self.account_name = account_name
        ui = self.ui
        ui.failureBox.setObjectName("failureBox")
        ui.failureTitle.setObjectName("failureTitle")
        ui.timelineTitle.setObjectName("sectionTitle")
        for value_label in self._value_labels():
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fill()
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.buttons.rejected.connect(self.reject)
        ui.creditNoteButton.clicked.connect(lambda: self.credit_note_requested.emit(invoice.id))
        ui.fixButton.clicked.connect(lambda: self.fix_requested.emit(invoice.id))
        ui.exportUblButton.clicked.connect(lambda: self.export_requested.emit(invoice.id, "ubl"))
        ui.exportPdfButton.clicked.connect(lambda: self.export_requested.emit(invoice.id, "pdf"))
        sent = invoice.status not in ("failed", "saved")
        ui.creditNoteButton.setEnabled(sent)
        ui.fixButton.setEnabled(invoice.status == "failed")
        self.findings: list[object] = []
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 110, self.fontMetrics().height() * 32)

    def retranslate(self) -> None:
        """The language changed (the form's captions are done): every text, date and amount
        written here, again in the new language and its locale."""
        self._fill()

    def _value_labels(self) -> tuple[QLabel, ...]:
        ui = self.ui
        return (
            ui.buyerValue,
            ui.accountValue,
            ui.poValue,
            ui.transactionValue,
            ui.issuedValue,
            ui.dueValue,
            ui.amountValue,
        )

    def _fill(self) -> None:
        """Every word, date and amount the dialog shows, in the language spoken now."""
        invoice, ui = self.invoice, self.ui
        self.setWindowTitle(self.tr("Invoice {number}").format(number=invoice.number))
        ui.titleLabel.setText(self.tr("Invoice {number}").format(number=invoice.number))
        ui.statusLabel.setText(status_text(invoice.status))
        ui.statusLabel.setProperty("tone", status_tone(invoice.status))
        locale = QLocale()
        dash = "–"
        texts = (
            invoice.buyer_name,
            self.account_name,
            invoice.po_number or dash,
            invoice.transaction_id or dash,
            self._date(locale, invoice.issue_date) or dash,
            self._date(locale, invoice.due_date) or dash,
            format_amount(invoice.amount, invoice.currency, locale),
        )
        for value_label, text in zip(self._value_labels(), texts, strict=True):
            value_label.setText(text)
        reason = self.failure_text(invoice.failure_code, invoice.failure_reason)
        ui.failureText.setText(reason)
        ui.failureBox.setVisible(bool(reason))
        ui.timeline.setAccessibleName(self.tr("Status timeline"))
        ui.timeline.setHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("Note")])
        ui.timeline.clear()
        for change in sorted(invoice.history, key=lambda c: c.at):
            note = self.note_text(change.status, change.note, invoice.failure_code)
            item = QTreeWidgetItem(
                ui.timeline,
                [format_datetime(change.at, locale), status_text(change.status), note],
            )
            item.setIcon(1, icon(DOTS.get(status_tone(change.status), "dot-neutral")))
            item.setToolTip(2, note)
        for column in range(2):
            ui.timeline.resizeColumnToContents(column)
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))

    def show_findings(self, findings: list[object]) -> None:
        """The rules' findings of a failed invoice (sent from this computer)."""
        from desktop.views.dialogs.invoice_findings import FindingsPanel
        from desktop.views.invoice_editor_words import InvoiceEditorWords

        self.findings = list(findings)
        panel = FindingsPanel(
            self.ui.findingsTree, QLabel(self), InvoiceEditorWords(self), lambda _ref: None
        )
        panel.show(self.findings, checked=False)
        self.ui.findingsTitle.setVisible(bool(findings))
        self.ui.findingsTree.setVisible(bool(findings))

    @staticmethod
    def _date(locale: QLocale, value: date | None) -> str:
        return format_day(value, locale)

    def timeline_rows(self) -> list[tuple[str, str, str]]:
        """What the timeline shows, top to bottom (tests read it as a user would)."""
        tree = self.ui.timeline
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [(i.text(0), i.text(1), i.text(2)) for i in items if i is not None]

    def note_text(self, status: str, note: str | None, failure_code: str | None) -> str:
        """The network's set phrases in the user's language; a buyer's own words as written."""
        if not note:
            return ""
        if status == "failed":
            return self.failure_text(failure_code, note)
        scheduled = _SCHEDULED.match(note)
        if scheduled:
            day = date.fromisoformat(scheduled.group(1))
            return self.tr("Payment scheduled for {date}").format(date=self._date(QLocale(), day))
        return note

    def failure_text(self, code: str | None, reason: str | None) -> str:
        """The network's reason in the user's language where its code is one we know."""
        return failure_text(code, reason)
