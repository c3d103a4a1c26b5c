"""The user's supplier accounts as a list model, with an optional first row ("All accounts" or
"Please select"). Every account chooser shows one (`views/widgets/account_combo.AccountCombo`)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.types import Account
from desktop.models.roles import Roles

Index = QModelIndex | QPersistentModelIndex


class FirstRow(Enum):
    NONE = "none"  # only the accounts (the header)
    ALL = "all"  # "All accounts" (a filter)
    PLEASE_SELECT = "please-select"  # "Please select" (a form: nothing chosen yet)


class AccountsModel(QAbstractListModel):
    def __init__(
        self, first_row: FirstRow = FirstRow.NONE, *, with_number: bool = False, parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.first_row = first_row
        self.with_number = with_number  # "Name (network number)" where two may share a name
        self._accounts: list[Account] = []

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        if list(accounts) == self._accounts:
            return
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def retranslate(self) -> None:
        if self.first_row is not FirstRow.NONE:
            self.dataChanged.emit(self.index(0), self.index(0))

    def _offset(self) -> int:
        return 0 if self.first_row is FirstRow.NONE else 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._accounts) + self._offset()

    def row_of(self, account_id: str | None) -> int:
        """The row showing `account_id` (None: the first row), or -1."""
        if account_id is None:
            return 0 if self._offset() else -1
        for row, account in enumerate(self._accounts):
            if account.id == account_id:
                return row + self._offset()
        return -1

    def account_at(self, row: int) -> Account | None:
        row -= self._offset()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        account = self.account_at(index.row())
        if role == Roles.ACCOUNT_ID:
            return account.id if account else None
        if role == Qt.ItemDataRole.DisplayRole:
            if account is None:
                return self._first_row_text()
            if self.with_number:
                return f"{account.name} ({account.network_number})"
            return account.name
        if role == Qt.ItemDataRole.ToolTipRole and account is not None:
            return account.network_number
        return None

    def _first_row_text(self) -> str:
        if self.first_row is FirstRow.ALL:
            return QCoreApplication.translate("AccountsModel", "All accounts")
        return QCoreApplication.translate("AccountsModel", "Please select")
