"""The Customer relationships table: one row per RelationshipRow, loaded off the GUI thread."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from desktop.domain.types import RelationshipRow, RelationshipStatus
from desktop.models.countries import country_name
from desktop.models.local_time import format_day
from desktop.models.row_table_model import ExportRole
from wire.text import compact_vat, fold

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CUSTOMER = 0
    NETWORK_NUMBER = 1
    COUNTRY = 2
    VAT_NUMBER = 3
    ACCOUNT = 4
    STATUS = 5
    SINCE = 6
    VENDOR_CODE = 7


SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (dates as dates)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches against
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # RelationshipStatus of the row
ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # the RelationshipRow itself
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 5  # the supplier account id of the row
EXPORT_ROLE = ExportRole  # the CSV's text where it differs: dates as ISO 8601


class RelationshipsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RelationshipRow] = []
        self._search: list[str] = []
        self._countries: list[str] = []
        self._icons: dict[RelationshipStatus, QIcon] = {}
        self._locale = QLocale()

    # --- loading ------------------------------------------------------------
    def set_rows(self, rows: list[RelationshipRow]) -> None:
        self.beginResetModel()
        self._locale = QLocale()
        self._rows = list(rows)
        self._search = [_haystack(row) for row in self._rows]
        self._countries = [country_name(row.buyer.country) for row in self._rows]
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: country names and dates are written again in it (the
        language switcher then tells the views that every cell changed)."""
        self._locale = QLocale()
        self._countries = [country_name(row.buyer.country) for row in self._rows]

    def set_status_icons(self, icons: dict[RelationshipStatus, QIcon]) -> None:
        """The view supplies the coloured dots (the model knows no resources)."""
        self._icons = dict(icons)
        if self._rows:
            top = self.index(0, Column.STATUS)
            bottom = self.index(len(self._rows) - 1, Column.STATUS)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DecorationRole])

    def row_at(self, row: int) -> RelationshipRow:
        return self._rows[row]

    # --- Qt model -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return self.column_title(Column(section))

    def column_title(self, column: Column) -> str:
        return {
            Column.CUSTOMER: self.tr("Customer"),
            Column.NETWORK_NUMBER: self.tr("Network number"),
            Column.COUNTRY: self.tr("Country"),
            Column.VAT_NUMBER: self.tr("VAT number"),
            Column.ACCOUNT: self.tr("Account"),
            Column.STATUS: self.tr("Status"),
            Column.SINCE: self.tr("Since"),
            Column.VENDOR_CODE: self.tr("Vendor code"),
        }[column]

    def status_text(self, status: RelationshipStatus) -> str:
        return {
            RelationshipStatus.ACTIVE: self.tr("Active"),
            RelationshipStatus.PENDING: self.tr("Pending"),
            RelationshipStatus.REJECTED: self.tr("Rejected"),
        }[status]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return self._icons.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.COUNTRY:
            return row.buyer.country
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == STATUS_ROLE:
            return row.status.value
        if role == ROW_ROLE:
            return row
        if role == ACCOUNT_ROLE:
            return row.account_id
        if role == EXPORT_ROLE and column == Column.SINCE:
            return row.since.isoformat() if row.since else ""
        return None

    def _display(self, i: int, row: RelationshipRow, column: Column) -> str:
        match column:
            case Column.CUSTOMER:
                return row.buyer.name
            case Column.NETWORK_NUMBER:
                return row.buyer.network_number
            case Column.COUNTRY:
                return self._countries[i]
            case Column.VAT_NUMBER:
                return row.buyer.vat_number or ""
            case Column.ACCOUNT:
                return row.account_name
            case Column.STATUS:
                return self.status_text(row.status)
            case Column.SINCE:
                return format_day(row.since, self._locale)
            case Column.VENDOR_CODE:
                return row.vendor_code or ""

    def _sort_key(self, i: int, row: RelationshipRow, column: Column) -> Any:
        if column == Column.SINCE:
            return row.since.toordinal() if row.since else 0
        # Sort by what is shown, as a reader of the language does (the proxy collates:
        # in Polish "Łódź" after "Lublin", before "Mielec").
        return self._display(i, row, column)


def _haystack(row: RelationshipRow) -> str:
    buyer = row.buyer
    parts = [fold(buyer.name), fold(buyer.network_number)]
    if buyer.vat_number:
        parts += [fold(buyer.vat_number), compact_vat(buyer.vat_number).casefold()]
    return "\n".join(parts)
