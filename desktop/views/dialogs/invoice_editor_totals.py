"""The editor's totals panel: the lines that pass, the document allowance and charge, and
einvoice's totals (Decimal, EN 16931 rounding), shown as the user types."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from desktop.domain.invoice_form import HeaderEntry, Problem, parse_number
from desktop.models.invoice_words import format_amount
from desktop.views.dialogs.invoice_editor_parts import EditorParts
from einvoice.document import AllowanceCharge, InvoiceDocument, Party
from einvoice.totals import compute_totals

_NOBODY = Party(name="")


class EditorTotals(QObject):
    def __init__(self, dialog: EditorParts, widget: QDialog) -> None:
        """`dialog` and `widget` are the same editor: its parts, and the widget that owns
        this helper (and its questions and tasks)."""
        super().__init__(widget)
        self._widget = widget
        self.d = dialog

    def show(self) -> None:
        """The totals of the lines that pass, as the user types (Decimal, einvoice rules)."""
        header = self.d.fields.entry()
        try:
            document = self._document_for_totals(header)
        except Problem:
            document = None
        if document is None:
            self.d.ui.totalsText.setText(self.tr("Totals appear once a line is complete."))
            return
        totals = compute_totals(document)
        self.d.model.set_nets(list(totals.line_net_amounts))

        def money(value: Decimal) -> str:
            return format_amount(format(value, "f"), document.currency)

        rows = [
            self.tr("Lines: {amount}").format(amount=money(totals.line_extension)),
            self.tr("Allowances: {amount}").format(amount=money(totals.allowance_total)),
            self.tr("Charges: {amount}").format(amount=money(totals.charge_total)),
            self.tr("Without VAT: {amount}").format(amount=money(totals.tax_exclusive)),
        ]
        for group in totals.vat_breakdown:
            rate = "" if group.rate is None else f" {group.rate.normalize():f}%"
            rows.append(
                self.tr("VAT {category}{rate} on {base}: {tax}").format(
                    category=group.category,
                    rate=rate,
                    base=money(group.taxable_amount),
                    tax=money(group.tax_amount),
                )
            )
        rows.append(self.tr("Total due: {amount}").format(amount=money(totals.payable)))
        self.d.ui.totalsText.setText("\n".join(rows))

    def _document_for_totals(self, header: HeaderEntry) -> InvoiceDocument | None:
        lines = self.d.model.good_lines()
        if not lines:
            return None
        first = lines[0]
        acs = []
        for is_charge, text in ((False, header.allowance), (True, header.charge)):
            amount = parse_number(text, "charge" if is_charge else "allowance", required=False)
            if amount:
                acs.append(
                    AllowanceCharge(is_charge, amount, "", "", first.vat_category, first.vat_rate)
                )
        currency = header.currency.strip().upper() or "EUR"
        return InvoiceDocument(
            kind=self.d.kind,
            number="",
            issue_date=header.issue_date,
            currency=currency,
            seller=_NOBODY,
            buyer=_NOBODY,
            lines=lines,
            allowances_charges=tuple(acs),
        )
