"""The preview's filter: text as you type (name, VAT number, customer, network number; no
case or diacritics) and a kind of row (ready, to choose, not found, ...); sorted by any column
(by the preview model itself, the fast way)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.domain.bulk_preview import PreviewRow, RowState
from desktop.models.bulk_preview_model import BulkPreviewModel
from desktop.models.roles import Roles
from wire.text import compact_vat, fold

KINDS = ("all", "ready", "to_choose", "not_found", "invalid_vat", "already", "duplicate", "sent")


def row_is(kind: str, row: PreviewRow) -> bool:
    if kind == "ready":
        return row.ready
    if kind == "to_choose":
        return row.to_choose
    if kind == "not_found":
        return row.state == RowState.NOT_FOUND
    if kind == "invalid_vat":
        return row.state == RowState.INVALID_VAT or row.vat_problem is not None
    if kind == "already":
        return row.state in (RowState.ALREADY_CONNECTED, RowState.ALREADY_REQUESTED)
    if kind == "duplicate":
        return row.state == RowState.DUPLICATE
    if kind == "sent":
        return row.local_id is not None
    return True


class BulkPreviewProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Roles.SORT)
        self.setDynamicSortFilter(False)  # rows keep their place while the user ticks
        self._needle = ""
        self._compact = ""
        self._kind = "all"

    @property
    def kind(self) -> str:
        return self._kind

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self._compact = compact_vat(text).casefold() if any(c.isdigit() for c in text) else ""
        self.endFilterChange()

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self._kind = kind if kind in KINDS else "all"
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The preview model sorts itself (one key per row, not a call per comparison); the
        proxy keeps its order and only filters."""
        source = self.sourceModel()
        if isinstance(source, BulkPreviewModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._kind == "all" and not self._needle:
            return True  # the usual case, asked for every row on each sort: no data() call
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        row = index.data(Roles.ROW)
        if row is None or not row_is(self._kind, row):
            return False
        if not self._needle:
            return True
        haystack = str(index.data(Roles.SEARCH) or "")
        return self._needle in haystack or bool(self._compact and self._compact in haystack)
