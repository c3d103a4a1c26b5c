"""The one account chooser (after Anki's deckchooser): an `AccountsModel` in a combo box.

`bind(ctx)` keeps it filled from the app's accounts and, where wanted, on the header's
account; the choice survives a refill. Pages read `account_id()` and listen to `chosen`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.types import Account, Changed
from desktop.models.accounts_model import AccountsModel, FirstRow
from desktop.models.roles import Roles
from desktop.views.retranslate import Retranslating
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class AccountCombo(Retranslating, QComboBox):
    chosen = Signal(object)  # the account id, or None for the first row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts_model = AccountsModel(parent=self)
        self.setModel(self.accounts_model)
        self._may_follow: Callable[[], bool] | None = None
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.account_id()))

    def configure(self, first_row: FirstRow, *, with_number: bool = False) -> None:
        """What the first row is; set once, before the accounts (a Designer form can't)."""
        self.accounts_model.first_row = first_row
        self.accounts_model.with_number = with_number

    def bind(self, ctx: AppContext, *, follow_header: bool | Callable[[], bool] = False) -> None:
        """Filled from `ctx.accounts` now and whenever the accounts sync; with `follow_header`
        (or while it returns True) the header's account is chosen when the user switches it."""
        self.set_accounts(ctx.accounts)
        if follow_header:
            self._may_follow = follow_header if callable(follow_header) else (lambda: True)
            self.select(ctx.current_account_id)

        def on_changed(changed: Changed) -> None:
            if Collection.ACCOUNTS in changed:
                self.set_accounts(ctx.accounts)

        ctx.changed.connect(on_changed)
        ctx.account_changed.connect(self._follow)

    def set_accounts(self, accounts: list[Account]) -> None:
        """The list becomes `accounts`; the chosen one stays chosen while it is still there."""
        current = self.account_id()
        self.blockSignals(True)
        self.accounts_model.set_accounts(accounts)
        row = self.accounts_model.row_of(current)
        self.setCurrentIndex(row if row >= 0 else 0 if self.count() else -1)
        first = self.accounts_model.first_row
        # A filter with one account has nothing to choose; a form or the header always can.
        self.setEnabled(len(accounts) > 1 if first is FirstRow.ALL else bool(accounts))
        self.blockSignals(False)
        if self.account_id() != current:
            self.chosen.emit(self.account_id())

    def account_id(self) -> str | None:
        value = self.currentData(Roles.ACCOUNT_ID)
        return str(value) if value else None

    def select(self, account_id: str | None) -> None:
        row = self.accounts_model.row_of(account_id)
        if row >= 0:
            self.setCurrentIndex(row)

    def _follow(self, account_id: str) -> None:
        if self._may_follow is not None and self._may_follow():
            self.select(account_id)

    def retranslate(self) -> None:
        self.accounts_model.retranslate()
