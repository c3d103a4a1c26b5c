"""The bulk connect's column mapping: which column of the file holds which field, guessed
from the headers and editable; and the supplier account, once for all rows or per row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop.domain.bulk_columns import Field, Mapping
from desktop.domain.types import Account
from desktop.views.retranslate import Retranslating

FROM_COLUMN = "__column__"  # the account combo's entry: each row's Account column


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
        self.account = QComboBox(self)
        self.account.setObjectName("bulkAccount")
        self.account.currentIndexChanged.connect(lambda *_: self.account_changed.emit())
        self.account_label.setBuddy(self.account)
        grid.addWidget(self.account_label, 4, 0, 1, 3)
        grid.addWidget(self.account, 5, 0, 1, 2)
        self._filling = False
        self.retranslate()

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
        if self.account.count():
            self.account.setItemText(
                self.account.count() - 1, self.tr("Per row, from the Account column")
            )

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
    def account_ids(self) -> list[str]:
        ids = [self.account.itemData(i) for i in range(self.account.count())]
        return [str(i) for i in ids if i and i != FROM_COLUMN]

    def select_account(self, account_id: str) -> None:
        index = self.account.findData(account_id)
        if index >= 0:
            self.account.setCurrentIndex(index)

    def set_accounts(self, accounts: Sequence[Account], current: str | None) -> None:
        keep = self.account.currentData() if self.account_ids() else current
        self.account.blockSignals(True)
        self.account.clear()
        for account in accounts:
            self.account.addItem(account.name, account.id)
        self.account.addItem(self.tr("Per row, from the Account column"), FROM_COLUMN)
        index = self.account.findData(keep)
        self.account.setCurrentIndex(index if index >= 0 and accounts else (0 if accounts else -1))
        self.account.blockSignals(False)
        self._update_account_choice()

    def _update_account_choice(self) -> None:
        last = self.account.count() - 1
        item = self.account.model().item(last) if last >= 0 else None  # type: ignore[attr-defined]
        if item is not None:
            item.setEnabled(Field.ACCOUNT in self.mapping())

    def account_choice(self) -> str | None:
        """An account id, `FROM_COLUMN`, or None when there is no account."""
        data = self.account.currentData()
        if data == FROM_COLUMN and Field.ACCOUNT not in self.mapping():
            return None  # the column it would read is not mapped
        return str(data) if data else None
