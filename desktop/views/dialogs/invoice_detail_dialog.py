"""One invoice in detail: its numbers, dates and amount, the failure reason, the status timeline.

The layout is the Designer form ui/invoice_detail.ui; the words and the filling live here.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidgetItem, QWidget

from desktop.app.resources import icon
from desktop.domain.invoices import InvoiceDetail
from desktop.forms.ui_invoice_detail import Ui_InvoiceDetail
from desktop.models.local_time import format_datetime, format_day
from desktop.views.invoice_words import format_amount, status_text, status_tone
from desktop.views.widgets.status_table import DOTS

_SCHEDULED = re.compile(r"^Payment scheduled for (\d{4}-\d{2}-\d{2})$")  # the portal's phrase


class InvoiceDetailDialog(QDialog):
    def __init__(
        self, invoice: InvoiceDetail, account_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InvoiceDetail()
        self.ui.setupUi(self)
        self.setObjectName("invoiceDetailDialog")
        self.invoice = invoice
        self.setWindowTitle(self.tr("Invoice {number}").format(number=invoice.number))
        ui = self.ui
        ui.titleLabel.setText(self.tr("Invoice {number}").format(number=invoice.number))
        ui.statusLabel.setText(status_text(invoice.status))
        ui.statusLabel.setProperty("tone", status_tone(invoice.status))
        locale = QLocale()
        dash = "–"
        for value_label, text in (
            (ui.buyerValue, invoice.buyer_name),
            (ui.accountValue, account_name),
            (ui.poValue, invoice.po_number or dash),
            (ui.transactionValue, invoice.transaction_id or dash),
            (ui.issuedValue, self._date(locale, invoice.issue_date) or dash),
            (ui.dueValue, self._date(locale, invoice.due_date) or dash),
            (ui.amountValue, format_amount(invoice.amount, invoice.currency, locale)),
        ):
            self._value(value_label, text)
        ui.failureBox.setObjectName("failureBox")
        ui.failureTitle.setObjectName("failureTitle")
        reason = self.failure_text(invoice.failure_code, invoice.failure_reason)
        ui.failureText.setText(reason)
        ui.failureBox.setVisible(bool(reason))
        ui.timelineTitle.setObjectName("sectionTitle")
        ui.timeline.setAccessibleName(self.tr("Status timeline"))
        ui.timeline.setHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("Note")])
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
        close.setText(self.tr("Close"))
        close.setDefault(True)
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.buttons.rejected.connect(self.reject)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 110, self.fontMetrics().height() * 32)

    @staticmethod
    def _date(locale: QLocale, value: date | None) -> str:
        return format_day(value, locale)

    def _value(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        if not code and not reason:
            return ""
        known = {
            "invalid_vat": self.tr("The buyer's VAT number on the invoice is not valid."),
            "unknown_buyer": self.tr("The network does not know the buyer named on the invoice."),
            "duplicate_number": self.tr(
                "An invoice with this number was already sent to this buyer."
            ),
            "schema_error": self.tr(
                "The invoice file does not follow the format the network accepts."
            ),
            "missing_po": self.tr("The buyer requires a purchase order number on every invoice."),
            "unknown_po": self.tr("The buyer does not know this purchase order number."),
        }
        text = known.get(code or "")
        if text:
            return text
        return reason or (code or "").replace("_", " ")
