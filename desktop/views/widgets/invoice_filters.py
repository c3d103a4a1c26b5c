"""The Where is my invoice? filters: one search box, status, buyer, account, issue-date range.

Typing is debounced; a choice in a list or a date applies at once. A range whose end lies
before its start is refused with a message in the user's language and nothing is searched.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from desktop.app.resources import icon
from desktop.domain.types import Account
from desktop.models.accounts_model import FirstRow
from desktop.models.choices_model import Choices, ChoicesModel
from desktop.models.local_time import format_day, short_date_format
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.account_combo import AccountCombo

DEBOUNCE_MS = 150
SEARCH_MAX = 200  # longer text cannot be an invoice number, PO or transaction id
BUYER_CHARS = 24  # the buyer filter is as wide as a name this long


@dataclass(frozen=True)
class InvoiceFilterValues:
    """What the user asked for; `None` means "any"."""

    text: str = ""
    status: str | None = None
    buyer_id: str | None = None
    account_id: str | None = None
    issued_from: date | None = None
    issued_to: date | None = None


class InvoiceFilters(Retranslating, QWidget):
    changed = Signal(object)  # InvoiceFilterValues, only when it can be searched
    refused = Signal(str)  # why the filter cannot be searched (shown here too)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceFilters")
        self._values = InvoiceFilterValues()
        self._ready = False  # the widgets' own signals while they are built search nothing
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)

        self.search = QLineEdit(self)
        self.search.setObjectName("filterEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._apply_now)

        self.status_combo = self._combo("invoiceStatusFilter")
        self.buyer_combo = self._combo("invoiceBuyerFilter")
        # Every buyer with an invoice (100,000 at the bench's size): sized by a typical name,
        # not by measuring each one, and its list lays out rows of one height.
        self.buyer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.buyer_combo.setMinimumContentsLength(BUYER_CHARS)
        buyer_list = QListView(self.buyer_combo)
        buyer_list.setUniformItemSizes(True)
        self.buyer_combo.setView(buyer_list)
        # The one account chooser, "All accounts" first (its own words, as on every page).
        self.account_combo = AccountCombo(self)
        self.account_combo.setObjectName("invoiceAccountFilter")
        self.account_combo.configure(FirstRow.ALL)
        self._size(self.account_combo)
        self.account_combo.set_accounts([])
        self.account_combo.chosen.connect(lambda _account: self._apply_now())

        self.date_check = QCheckBox(self)
        self.date_check.setObjectName("issuedCheck")
        self.date_from = self._date_edit("issuedFrom")
        self.date_to = self._date_edit("issuedTo")
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        self.to_label = to_label = QLabel(self)
        to_label.setBuddy(self.date_to)
        self.date_check.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)

        self.problem = QLabel(self)
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 6)
        self._labels: list[QLabel] = []
        for column, combo in enumerate((self.status_combo, self.buyer_combo, self.account_combo)):
            label = QLabel(self)
            label.setBuddy(combo)
            self._labels.append(label)
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(combo, 1, column * 2 + 1)
        dates = QHBoxLayout()
        dates.addWidget(self.date_check)
        dates.addWidget(self.date_from)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 0, 1, 6)
        grid.addWidget(self.problem, 3, 0, 1, 6)
        grid.setColumnStretch(5, 1)
        self.setLayout(grid)
        self.retranslate()
        self._ready = True

    def retranslate(self) -> None:
        """Words, and dates shown the way of the language spoken now; the choices stay."""
        self.search.setPlaceholderText(
            self.tr("Invoice number, PO number or transaction ID; * stands for any characters")
        )
        self.search.setAccessibleName(self.tr("Search invoices"))
        for combo in (self.status_combo, self.buyer_combo):
            self._choices(combo).set_all_text(self.tr("All"))
        self.date_check.setText(self.tr("Issued &from"))
        self.date_from.setAccessibleName(self.tr("Issued from"))
        self.date_to.setAccessibleName(self.tr("Issued until"))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(short_date_format())
        self.to_label.setText(self.tr("t&o"))
        for label, text in zip(
            self._labels,
            (self.tr("&Status:"), self.tr("&Buyer:"), self.tr("Accou&nt:")),
            strict=True,
        ):
            label.setText(text)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setModel(ChoicesModel(combo))
        self._size(combo)
        combo.currentIndexChanged.connect(self._apply_now)
        return combo

    @staticmethod
    def _size(combo: QComboBox) -> None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(10)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_date_format())
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate.currentDate().addYears(5))
        edit.dateChanged.connect(self._apply_now)
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._apply_now()

    # --- lists -------------------------------------------------------------------
    def set_statuses(self, statuses: list[tuple[str, str]]) -> None:
        """(machine word, name in the user's language), in the order to offer them."""
        self._refill(self.status_combo, Choices.of(statuses))

    def set_buyers(self, buyers: Choices) -> None:
        """(buyer id, name), sorted for the user (`operations.invoice_buyers`)."""
        self._refill(self.buyer_combo, buyers)

    def set_accounts(self, accounts: list[Account]) -> None:
        """The accounts to choose from; the chosen one stays while it is still there (when it
        is gone, "All accounts" is searched). One account leaves nothing to choose."""
        self.account_combo.set_accounts(accounts)

    @staticmethod
    def _choices(combo: QComboBox) -> ChoicesModel:
        model = combo.model()
        assert isinstance(model, ChoicesModel)
        return model

    def _refill(self, combo: QComboBox, items: Choices) -> None:
        """One reset of the combo's model, whatever the length; the choice stays if offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        choices = self._choices(combo)
        choices.set_choices(items)
        index = choices.row_of(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0:
            self._apply_now()  # what was chosen is gone

    # --- values --------------------------------------------------------------------
    def values(self) -> InvoiceFilterValues:
        return self._values

    def set_text(self, text: str) -> None:
        """Fill the search box (the header's search) and search at once."""
        self.search.setText(text)
        self._apply_now()

    def select(self, combo: QComboBox, key: str | None) -> None:
        combo.setCurrentIndex(max(self._choices(combo).row_of(key), 0))

    def select_account(self, account_id: str | None) -> None:
        """That account (None: "All accounts"), searched at once."""
        self.account_combo.select(account_id)

    def reset(self, *, status: str | None = None, account: str | None = None) -> None:
        """Everything back to "any"; optionally one status and account (Home's links)."""
        self.buyer_combo.blockSignals(True)
        self.select(self.buyer_combo, None)
        self.buyer_combo.blockSignals(False)
        self.account_combo.blockSignals(True)
        self.account_combo.select(None)
        self.account_combo.select(account)  # stays "All accounts" if it is not there
        self.account_combo.blockSignals(False)
        self.date_check.blockSignals(True)
        self.date_check.setChecked(False)
        self.date_check.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.status_combo.blockSignals(True)
        self.select(self.status_combo, status)
        self.status_combo.blockSignals(False)
        self._apply_now()

    def _apply_now(self) -> None:
        self._debounce.stop()
        self._apply()

    def _apply(self) -> None:
        if not self._ready:
            return
        issued_from: date | None = None
        issued_to: date | None = None
        if self.date_check.isChecked():
            issued_from = _day(self.date_from.date())
            issued_to = _day(self.date_to.date())
            if issued_to < issued_from:
                text = self.tr(
                    "The end date {end} is before the start date {start}. Choose an end date on "
                    "or after the start date."
                ).format(end=format_day(issued_to), start=format_day(issued_from))
                self.problem.setText(text)
                self.problem.show()
                self.refused.emit(text)
                return
        self.problem.hide()
        values = replace(
            self._values,
            text=self.search.text().strip(),
            status=self.status_combo.currentData(),
            buyer_id=self.buyer_combo.currentData(),
            account_id=self.account_combo.account_id(),
            issued_from=issued_from,
            issued_to=issued_to,
        )
        self._values = values
        self.changed.emit(values)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
