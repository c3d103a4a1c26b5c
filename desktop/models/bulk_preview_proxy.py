"""The preview's filter: text as you type (name, VAT number, customer, network number; no
case or diacritics) and a kind of row (ready, to choose, not found, ...); sorted by any column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desktop.domain.bulk_preview import PreviewRow, RowState
from desktop.models.bulk_preview_model import PreviewRole, SearchRole
from desktop.models.row_table_model import SortRole
from wire.text import compact_vat, fold

KINDS = ("all", "ready", "to_choose", "not_found", "invalid_vat", "already", "duplicate", "sent")


def row_is(kind: str, row: PreviewRow) -> bool:
    state = row.state
    return {
        "all": True,
        "ready": row.ready,
        "to_choose": row.to_choose,
        "not_found": state == RowState.NOT_FOUND,
        "invalid_vat": state == RowState.INVALID_VAT or row.vat_problem is not None,
        "already": state in (RowState.ALREADY_CONNECTED, RowState.ALREADY_REQUESTED),
        "duplicate": state == RowState.DUPLICATE,
        "sent": row.local_id is not None,
    }.get(kind, True)


class BulkPreviewProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
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

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        row = index.data(PreviewRole)
        if row is None or not row_is(self._kind, row):
            return False
        if not self._needle:
            return True
        haystack = str(index.data(SearchRole) or "")
        return self._needle in haystack or bool(self._compact and self._compact in haystack)
