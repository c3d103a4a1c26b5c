"""The invoice editor's header fields: read into a `HeaderEntry`, filled from one, their
messages at the field, and the focus a finding or a problem asks for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLabel, QLineEdit, QWidget

from desktop.domain.invoice_codes import CURRENCIES
from desktop.domain.invoice_form import SHORT_MAX, TEXT_MAX, HeaderEntry
from desktop.forms.ui_invoice_editor import Ui_InvoiceEditorDialog

# HeaderEntry text field -> the form's widget stem (its Edit and its Problem label)
TEXT_FIELDS: dict[str, str] = {
    "number": "number",
    "payment_terms": "paymentTerms",
    "buyer_reference": "buyerReference",
    "order_reference": "orderReference",
    "iban": "iban",
    "bic": "bic",
    "exemption_reason": "exemptionReason",
    "allowance": "allowance",
    "allowance_reason": "allowanceReason",
    "charge": "charge",
    "charge_reason": "chargeReason",
    "note": "note",
}
SHORT_FIELDS = frozenset({"number", "buyer_reference", "order_reference", "iban", "bic"})
NUMBER_FIELDS = frozenset({"allowance", "charge"})
# Fields whose problem label sits elsewhere: (problem label stem, widget to focus)
OTHER_FIELDS: dict[str, tuple[str, str]] = {
    "issue_date": ("issueDate", "issueDateEdit"),
    "due_date": ("dueDate", "dueDateEdit"),
    "currency": ("currency", "currencyCombo"),
    "customer": ("customer", "customerCombo"),
    "buyer": ("customer", "customerCombo"),
    "seller": ("account", "accountCombo"),
    "lines": ("lines", "linesView"),
}


class HeaderFields:
    def __init__(self, ui: Ui_InvoiceEditorDialog) -> None:
        self.ui = ui
        for field in TEXT_FIELDS:
            edit = self.edit(field)
            if field in NUMBER_FIELDS:
                edit.setMaxLength(40)
            else:
                edit.setMaxLength(SHORT_MAX if field in SHORT_FIELDS else TEXT_MAX)
        ui.dueDateEdit.setSpecialValueText(" ")  # the minimum date shows as none
        ui.dueDateEdit.setMinimumDate(QDate(2000, 1, 1))
        ui.issueDateEdit.setMinimumDate(QDate(2000, 1, 2))
        ui.issueDateEdit.setDate(QDate.currentDate())
        combo = ui.currencyCombo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(CURRENCIES))
        line = combo.lineEdit()
        if line is not None:
            line.setMaxLength(3)
        completer = QCompleter(list(CURRENCIES), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        combo.setCompleter(completer)

    def edit(self, field: str) -> QLineEdit:
        edit: QLineEdit = getattr(self.ui, TEXT_FIELDS[field] + "Edit")
        return edit

    def problem_label(self, field: str) -> QLabel | None:
        stem = TEXT_FIELDS.get(field) or OTHER_FIELDS.get(field, ("", ""))[0]
        label = getattr(self.ui, stem + "Problem", None) if stem else None
        return label if isinstance(label, QLabel) else None

    def widget(self, field: str) -> QWidget | None:
        if field in TEXT_FIELDS:
            return self.edit(field)
        name = OTHER_FIELDS.get(field, ("", ""))[1]
        found = getattr(self.ui, name, None) if name else None
        return found if isinstance(found, QWidget) else None

    # --- reading and filling ----------------------------------------------------------
    def entry(self) -> HeaderEntry:
        values = {f: self.edit(f).text() for f in TEXT_FIELDS}
        due_edit = self.ui.dueDateEdit
        none = due_edit.date() == due_edit.minimumDate()
        return HeaderEntry(
            issue_date=_day(self.ui.issueDateEdit),
            due_date=None if none else _day(due_edit),
            currency=self.ui.currencyCombo.currentText(),
            **values,
        )

    def fill(self, header: HeaderEntry) -> None:
        for field in TEXT_FIELDS:
            self.edit(field).setText(getattr(header, field))
        self.ui.issueDateEdit.setDate(_qdate(header.issue_date))
        due = self.ui.dueDateEdit
        due.setDate(_qdate(header.due_date) if header.due_date else due.minimumDate())
        self.ui.currencyCombo.setCurrentText(header.currency)

    # --- messages at the fields ----------------------------------------------------------
    def clear_problems(self) -> None:
        for field in (*TEXT_FIELDS, *OTHER_FIELDS):
            label = self.problem_label(field)
            if label is not None:
                label.hide()
                label.clear()

    def show_problem(self, field: str, text: str) -> QWidget | None:
        label = self.problem_label(field)
        if label is not None:
            label.setText(text)
            label.show()
        widget = self.widget(field)
        if widget is not None:
            widget.setAccessibleDescription(text)
        return widget


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
