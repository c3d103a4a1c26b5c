"""Filter as you type (name, network number, VAT number; no case, no diacritics), by status
and by supplier account."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desktop.domain.types import RelationshipStatus
from desktop.models.formats import compare_text
from desktop.models.relationships_model import ACCOUNT_ROLE, SEARCH_ROLE, SORT_ROLE, STATUS_ROLE
from wire.text import compact_vat, fold


class RelationshipsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._needle = ""
        self._compact = ""
        self._status: str | None = None
        self._account: str | None = None

    @property
    def text(self) -> str:
        return self._needle

    @property
    def status(self) -> RelationshipStatus | None:
        return RelationshipStatus(self._status) if self._status else None

    def set_text(self, text: str) -> None:
        needle = fold(text)
        # "PL 526-000-12-46" also finds "PL5260001246"; only for input with digits.
        compact = compact_vat(text).casefold() if any(ch.isdigit() for ch in text) else ""
        if (needle, compact) == (self._needle, self._compact):
            return
        self._change_filter(lambda: self._set_needle(needle, compact))

    def set_status(self, status: RelationshipStatus | str | None) -> None:
        """None: every status. (Qt hands item data back as plain str.)"""
        value = RelationshipStatus(status).value if status else None
        if value != self._status:
            self._change_filter(lambda: setattr(self, "_status", value))

    @property
    def account(self) -> str | None:
        return self._account

    def set_account(self, account_id: str | None) -> None:
        """None: every account."""
        value = str(account_id) if account_id else None
        if value != self._account:
            self._change_filter(lambda: setattr(self, "_account", value))

    def _set_needle(self, needle: str, compact: str) -> None:
        self._needle = needle
        self._compact = compact

    def _change_filter(self, apply: object) -> None:
        # Qt >= 6.9 wants begin/endFilterChange around the change; older ones invalidate.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()  # type: ignore[operator]
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()  # type: ignore[operator]
            self.invalidateRowsFilter()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Texts by the locale's collation; dates and numbers as values."""
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return compare_text(a, b) < 0
        return bool(super().lessThan(left, right))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        index = model.index(source_row, 0, source_parent)
        if self._status is not None and model.data(index, STATUS_ROLE) != self._status:
            return False
        if self._account is not None and model.data(index, ACCOUNT_ROLE) != self._account:
            return False
        if not self._needle and not self._compact:
            return True
        haystack = model.data(index, SEARCH_ROLE) or ""
        if self._needle and self._needle in haystack:
            return True
        return bool(self._compact) and self._compact in haystack
