"""Invoices by status (the chart's figures as a table: screen readers and tests read it).

Counts come from the cache's SQL aggregate (`Cache.invoice_status_counts`), asked on a
worker by whoever owns the search; this model only shows them, in the order of an
invoice's life, with the status in the user's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.domain.invoices import INVOICE_STATUSES
from desktop.models.formats import format_count
from desktop.models.invoice_table_model import Index
from desktop.models.invoice_words import status_text, status_tone
from desktop.models.roles import Roles

STATUS, COUNT = range(2)


class InvoiceStatusModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts: list[tuple[str, int]] = []

    def set_counts(self, counts: dict[str, int], *, keep_zero: bool = False) -> None:
        """`counts` by machine word; statuses with none are left out unless `keep_zero`."""
        self.beginResetModel()
        self._counts = [
            (status, int(counts.get(status, 0)))
            for status in INVOICE_STATUSES
            if keep_zero or counts.get(status, 0)
        ]
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def total(self) -> int:
        return sum(n for _status, n in self._counts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._counts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == STATUS:
            return self.tr("Status")
        if section == COUNT:
            return self.tr("Invoices")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._counts):
            return None
        status, count = self._counts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(status) if column == STATUS else format_count(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Roles.KEY:
            return status
        if role == Roles.TONE and column == STATUS:
            return status_tone(status)
        if role == Roles.SORT:
            return INVOICE_STATUSES.index(status) if column == STATUS else count
        return None
