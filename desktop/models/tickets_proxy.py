"""Support requests filtered as you type (number and customer; no case, no diacritics), by
status and by supplier account, the way Customer relationships are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desktop.domain.types import TicketRow, TicketState
from desktop.models.roles import Roles
from wire.text import fold

# What a status filter means: "open" is every request the network still works on (as Home
# counts them), the others are one state each.
STATUS_FILTERS: dict[str, frozenset[str]] = {
    "open": frozenset({TicketState.OPEN.value, TicketState.IN_PROGRESS.value}),
    "resolved": frozenset({TicketState.RESOLVED.value}),
    "closed": frozenset({TicketState.CLOSED.value}),
}


class TicketsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Roles.SORT)
        self.setDynamicSortFilter(True)
        self._needle = ""
        self._status: str | None = None
        self._account: str | None = None

    @property
    def status(self) -> str | None:
        return self._status

    @property
    def account(self) -> str | None:
        return self._account

    def set_text(self, text: str) -> None:
        needle = fold(text)
        if needle != self._needle:
            self._change_filter(lambda: setattr(self, "_needle", needle))

    def set_status(self, status: str | None) -> None:
        """None: every status; else a key of STATUS_FILTERS."""
        value = status if status in STATUS_FILTERS else None
        if value != self._status:
            self._change_filter(lambda: setattr(self, "_status", value))

    def set_account(self, account_id: str | None) -> None:
        """None: every account."""
        value = str(account_id) if account_id else None
        if value != self._account:
            self._change_filter(lambda: setattr(self, "_account", value))

    def _change_filter(self, apply: Callable[[], None]) -> None:
        # Qt >= 6.9 wants begin/endFilterChange around the change; older ones invalidate.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        ticket = model.index(source_row, 0, source_parent).data(Roles.ROW)
        if not isinstance(ticket, TicketRow):
            return False
        if self._status is not None and str(ticket.state) not in STATUS_FILTERS[self._status]:
            return False
        if self._account is not None and ticket.account_id != self._account:
            return False
        if not self._needle:
            return True
        return self._needle in fold(ticket.number) or self._needle in fold(ticket.buyer_name)
