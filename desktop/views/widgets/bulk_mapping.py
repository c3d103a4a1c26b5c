"""The bulk connect's column mapping: which column of the file holds which field, guessed
from the headers and editable; and the supplier account, once for all rows or per row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QConcatenateTablesProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop.domain.bulk_columns import Field, Mapping
from desktop.domain.types import Account
from desktop.models.accounts_model import FirstRow
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.account_combo import AccountCombo

FROM_COLUMN = "__column__"  # the account combo's entry: each row's Account column


class BulkAccountCombo(AccountCombo):
    """The supplier accounts, then "Per row, from the Account column" (its item's UserRole
    data is `FROM_COLUMN`); a refill of the accounts keeps that choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.configure(FirstRow.NONE)
        self.per_row_item = QStandardItem()
        self.per_row_item.setData(FROM_COLUMN, Qt.ItemDataRole.UserRole)
        extra = QStandardItemModel(self)
        extra.appendRow(self.per_row_item)
        rows = QConcatenateTablesProxyModel(self)
        rows.addSourceModel(self.accounts_model)
        rows.addSourceModel(extra)
        # QComboBox.setModel deletes the model it replaces when it is the combo's child.
        self.accounts_model.setParent(rows)
        extra.setParent(rows)
        self.setModel(rows)

    def per_row(self) -> bool:
        return bool(self.currentData() == FROM_COLUMN)

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        if not self.per_row() or not self.accounts_model.accounts():
            super().set_accounts(list(accounts))  # (with no accounts "per row" was all there was)
            return
        self.blockSignals(True)
        self.accounts_model.set_accounts(accounts)
        self.setCurrentIndex(self.count() - 1)
        self.setEnabled(bool(accounts))
        self.blockSignals(False)


class ColumnMappingBox(Retranslating, QWidget):
    changed = Signal()  # the mapping changed (the rows must be matched again)
    account_changed = Signal()  # only the account choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkMapping")
        self._headers: tuple[str, ...] = ()
        self.labels: dict[Field, QLabel] = {}
        self.combos: dict[Field, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, field in enumerate(Field):
            label = QLabel(self)
            label.setObjectName("fieldLabel")
            combo = QComboBox(self)
            combo.setObjectName(f"column_{field.value}")
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self._field_changed)
            label.setBuddy(combo)
            grid.addWidget(label, i // 3 * 2, i % 3)
            grid.addWidget(combo, i // 3 * 2 + 1, i % 3)
            self.labels[field], self.combos[field] = label, combo
        self.account_label = QLabel(self)
        self.account_label.setObjectName("fieldLabel")
        self.account = BulkAccountCombo(self)
        self.account.setObjectName("bulkAccount")
        self.account.chosen.connect(lambda _id: self.account_changed.emit())
        self.account_label.setBuddy(self.account)
        grid.addWidget(self.account_label, 4, 0, 1, 3)
        grid.addWidget(self.account, 5, 0, 1, 2)
        self._filling = False
        self.retranslate()
        self._update_account_choice()

    def retranslate(self) -> None:
        words = {
            Field.NAME: self.tr("Customer &name"),
            Field.VAT: self.tr("&VAT number"),
            Field.NETWORK: self.tr("Net&work number"),
            Field.COUNTRY: self.tr("Countr&y"),
            Field.VENDOR_CODE: self.tr("Vendor co&de"),
            Field.ACCOUNT: self.tr("Account co&lumn"),
        }
        for field, label in self.labels.items():
            label.setText(words[field])
        self.account_label.setText(
            self.tr("&Select account: the supplier account to link these customers to")
        )
        self._fill_combos(self.mapping())
        self.account.per_row_item.setText(self.tr("Per row, from the Account column"))

    # --- columns -------------------------------------------------------------------------
    def set_headers(self, headers: Sequence[str], guess: Mapping) -> None:
        self._headers = tuple(headers)
        self._fill_combos(guess)
        self._update_account_choice()

    def _fill_combos(self, mapping: Mapping) -> None:
        self._filling = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for i, header in enumerate(self._headers):
                combo.addItem(header, i)
            column = mapping.get(field, -1)
            combo.setCurrentIndex(max(0, combo.findData(column)))
        self._filling = False

    def mapping(self) -> Mapping:
        found: Mapping = {}
        for field, combo in self.combos.items():
            column = combo.currentData()
            if isinstance(column, int) and column >= 0:
                found[field] = column
        return found

    def set_column(self, field: Field, column: int | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(-1 if column is None else column)))

    def _field_changed(self) -> None:
        if not self._filling:
            self._update_account_choice()
            self.changed.emit()

    # --- account -------------------------------------------------------------------------
    def _update_account_choice(self) -> None:
        self.account.per_row_item.setEnabled(Field.ACCOUNT in self.mapping())

    def account_choice(self) -> str | None:
        """An account id, `FROM_COLUMN`, or None when there is no account."""
        if self.account.per_row():
            # None when the column it would read is not mapped
            return FROM_COLUMN if Field.ACCOUNT in self.mapping() else None
        return self.account.account_id()
