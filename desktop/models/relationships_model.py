"""The Customer relationships table: only the rows on screen (and a margin) are held.

The count and each window of rows are read in SQL off the GUI thread by a
`RelationshipSource` (the page's operations), filtered and ordered there: no Python sort,
no whole list. `rowCount` is the number of matches; a row not held yet shows empty and asks
for its window, which lands with `dataChanged`. A new query, order or language asks again
from the count; answers for an older one are dropped (`_generation`). The same query and
order again (after a sync) updates the rows in place: `dataChanged` over the rows that
differ and the count's difference inserted or removed at the end, no reset, so the view
keeps its scroll, selection and current row and paints only what changed.

Painting is the GUI thread's hot path: a row's texts are written once, when it is first
shown, and kept with its window (`_texts`); `multiData` answers every role a view asks of a
cell in one call instead of one `data` call per role.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon

from desktop.domain.relationships import (
    RelationshipCount,
    RelationshipOrder,
    RelationshipQuery,
    RelationshipSort,
)
from desktop.domain.types import RelationshipRow, RelationshipStatus
from desktop.models.cell_roles import fill_roles, never_answered
from desktop.models.countries import all_countries, country_name
from desktop.models.formats import sorted_by_name, ui_locale
from desktop.models.local_time import format_day
from desktop.models.roles import Roles
from desktop.models.row_runs import runs
from desktop.models.row_table_model import ExportRole

_Index = QModelIndex | QPersistentModelIndex
DECORATION = int(Qt.ItemDataRole.DecorationRole)
# Roles a view asks of every cell that this model never answers: left empty without a call.
UNANSWERED = never_answered(Qt.ItemDataRole.DecorationRole)


class Column(IntEnum):
    CUSTOMER = 0
    NETWORK_NUMBER = 1
    COUNTRY = 2
    VAT_NUMBER = 3
    ACCOUNT = 4
    STATUS = 5
    SINCE = 6
    VENDOR_CODE = 7


SORTS: dict[Column, RelationshipSort] = {
    Column.CUSTOMER: RelationshipSort.CUSTOMER,
    Column.NETWORK_NUMBER: RelationshipSort.NETWORK_NUMBER,
    Column.COUNTRY: RelationshipSort.COUNTRY,
    Column.VAT_NUMBER: RelationshipSort.VAT_NUMBER,
    Column.ACCOUNT: RelationshipSort.ACCOUNT,
    Column.STATUS: RelationshipSort.STATUS,
    Column.SINCE: RelationshipSort.SINCE,
    Column.VENDOR_CODE: RelationshipSort.VENDOR_CODE,
}
ROW_ROLE = Roles.ROW  # the RelationshipRow itself
STATUS_ROLE = Roles.STATUS  # RelationshipStatus value of the row
ACCOUNT_ROLE = Roles.ACCOUNT_ID  # the supplier account id of the row
EXPORT_ROLE = ExportRole  # the CSV's text where it differs: dates as ISO 8601
WINDOW = 200  # rows a window holds
SETTLE_MS = 150  # a new query is read once the user pauses typing this long
KEEP = 8  # windows held at most (the screen's and a margin)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class RelationshipSource(Protocol):
    """Reads off the GUI thread; the answer comes back on it."""

    def count(self, query: RelationshipQuery, done: Done, failed: Failed) -> None: ...

    def window(
        self,
        query: RelationshipQuery,
        order: RelationshipOrder,
        offset: int,
        limit: int,
        done: Done,
        failed: Failed,
    ) -> None: ...


class RelationshipsModel(QAbstractTableModel):
    counted = Signal(object)  # RelationshipCount: the rows now match the query
    failed = Signal(object)  # the exception of a read that could not be made

    def __init__(
        self,
        source: RelationshipSource,
        parent: QObject | None = None,
        *,
        window: int = WINDOW,
        keep: int = KEEP,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._window = window
        self._keep = keep
        self._query = RelationshipQuery()
        self._sort = Column.CUSTOMER
        self._descending = False
        self._generation = 0
        self._counted = -1  # the generation whose count `_shown` is
        self._shown = 0
        self._total = 0
        self._pages: OrderedDict[int, list[RelationshipRow]] = OrderedDict()
        self._incoming: dict[int, list[RelationshipRow]] = {}
        self._asked: set[int] = set()
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells' texts, once shown
        self._icons: dict[RelationshipStatus, QIcon] = {}
        self._locale = QLocale()
        # What the rows held answer, and what the read on its way will: the same again is
        # an update in place.
        self._shown_as: tuple[RelationshipQuery, RelationshipOrder] | None = None
        self._reading: tuple[RelationshipQuery, RelationshipOrder] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.reload)

    # --- what to show -------------------------------------------------------------
    @property
    def query(self) -> RelationshipQuery:
        return self._query

    @property
    def total(self) -> int:
        """Every relationship in the cache (the "of M" of "Showing N of M")."""
        return self._total

    def has_count(self) -> bool:
        return self._counted >= 0

    def is_current(self) -> bool:
        """The rows counted are those of the latest query and order."""
        return self._counted == self._generation

    def set_query(self, query: RelationshipQuery) -> None:
        """The rows shown stop being current at once; the count and the first window are
        read when no other query came for `SETTLE_MS` (typing "nordwind" reads once, not
        eight times: each read is a scan the GUI thread shares two cores with)."""
        if query != self._query:
            self._query = query
            self._generation += 1  # answers on their way are for an older query now
            self._incoming = {}
            self._asked = set()
            self._settle.start()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def order(self) -> RelationshipOrder:
        """The order in SQL terms, in the language spoken now."""
        ranks: tuple[str, ...] = ()
        if self._sort == Column.COUNTRY:
            ranks = tuple(code for code, _name in all_countries())
        elif self._sort == Column.STATUS:
            ranks = tuple(s.value for s in sorted_by_name(RelationshipStatus, self.status_text))
        return RelationshipOrder(
            sort=SORTS[self._sort],
            descending=self._descending,
            polish=ui_locale().language() == QLocale.Language.Polish,
            ranks=ranks,
        )

    def reload(self) -> None:
        """Count and read again (a new query or order, or the relationships changed)."""
        self._settle.stop()
        self._generation += 1
        self._incoming = {}
        self._asked = set()
        generation, query = self._generation, self._query
        self._reading = (query, self.order())
        self._source.count(
            query,
            lambda counted: self._count_landed(generation, counted),
            lambda exc: self._read_failed(generation, exc),
        )
        self._ask(0)
        if self._reading == self._shown_as:
            for page in list(self._pages):  # the rows the view shows, read again
                self._ask(page)

    def retranslate(self) -> None:
        """The language changed: dates and country names are written its way, and names,
        countries and statuses sort its way (asked again)."""
        self._locale = QLocale()
        self._texts = {}
        self._shown_as = None  # every row written again
        self.reload()

    def set_status_icons(self, icons: dict[RelationshipStatus, QIcon]) -> None:
        """The view supplies the coloured dots (the model knows no resources)."""
        self._icons = dict(icons)
        if self._shown:
            top, bottom = self.index(0, Column.STATUS), self.index(self._shown - 1, Column.STATUS)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DecorationRole])

    # --- answers ------------------------------------------------------------------
    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation
        self._source.window(
            self._query,
            self.order(),
            page * self._window,
            self._window,
            lambda rows: self._window_landed(generation, page, rows),
            lambda exc: self._read_failed(generation, exc),
        )

    def _count_landed(self, generation: int, counted: RelationshipCount) -> None:
        if generation != self._generation:
            return  # counted for an older query or order
        if self._reading == self._shown_as:
            self._update_in_place(generation, counted)
            return
        self._shown_as = self._reading
        self._locale = QLocale()
        self.beginResetModel()
        self._counted = generation
        self._shown, self._total = counted.shown, counted.total
        self._texts = {}
        self._pages = OrderedDict(sorted(self._incoming.items()))
        self._incoming = {}
        self.endResetModel()
        self.counted.emit(counted)

    def _window_landed(self, generation: int, page: int, rows: list[RelationshipRow]) -> None:
        if generation != self._generation:
            return
        if self._counted != generation:
            self._incoming[page] = rows  # shown with the count
            return
        self._changed(self._put(page, rows))

    def _update_in_place(self, generation: int, counted: RelationshipCount) -> None:
        """The same query and order read again: the rows that differ change, the count's
        difference goes or comes at the end; the pages not read yet stay as they were until
        their window lands (asked by `reload`)."""
        before = self._shown
        self._counted = generation
        self._total = counted.total
        if counted.shown < before:
            self.beginRemoveRows(QModelIndex(), counted.shown, before - 1)
            self._shown = counted.shown
            self.endRemoveRows()
        incoming, self._incoming = self._incoming, {}
        changed: list[int] = []
        for page, rows in sorted(incoming.items()):
            changed += self._put(page, rows)
        self._changed(changed)
        if counted.shown > before:
            self.beginInsertRows(QModelIndex(), before, counted.shown - 1)
            self._shown = counted.shown
            self.endInsertRows()
        self.counted.emit(counted)

    def _put(self, page: int, rows: list[RelationshipRow]) -> list[int]:
        """Hold `rows` as `page`; the rows that differ from those held before (their texts
        are written again)."""
        first = page * self._window
        old = self._pages.get(page) or []
        changed = [first + i for i, row in enumerate(rows) if i >= len(old) or old[i] != row]
        for held in changed:
            self._texts.pop(held, None)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self._keep:
            dropped, _rows = self._pages.popitem(last=False)
            self._asked.discard(dropped)  # asked again when scrolled back to
            for held in range(dropped * self._window, (dropped + 1) * self._window):
                self._texts.pop(held, None)
        return changed

    def _changed(self, rows: list[int]) -> None:
        """`dataChanged` over each run of the rows shown that changed."""
        last_column = len(Column) - 1
        for first, last in runs(r for r in rows if r < self._shown):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _read_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._asked = set()
            self.failed.emit(exc)

    # --- rows ---------------------------------------------------------------------
    def row_at(self, row: int) -> RelationshipRow | None:
        """The relationship of `row` when held; None asks for its window."""
        if not 0 <= row < self._shown:
            return None
        page = row // self._window
        rows = self._pages.get(page)
        if rows is None:
            if self.is_current():
                self._ask(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * self._window
        return rows[offset] if offset < len(rows) else None

    def held(self) -> int:
        """Rows held in memory now (at most `keep` windows)."""
        return sum(len(rows) for rows in self._pages.values())

    # --- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

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

    def texts(self, row: int) -> tuple[str, ...] | None:
        """The row's cells as shown, written on the first ask and kept with its window."""
        texts = self._texts.get(row)
        if texts is None:
            held = self.row_at(row)
            if held is None:
                return None
            texts = self._texts[row] = tuple(self.text(held, c) for c in Column)
        return texts

    def multiData(self, index: _Index, roleDataSpan: Any) -> None:  # noqa: N803 - Qt's name
        """Every role a view asks of a cell in one call (`cell_roles.fill_roles`)."""
        row, column = index.row(), index.column()
        texts = self.texts(row) if index.isValid() and 0 <= column < len(Column) else None

        def other(role: int) -> Any:
            if role == DECORATION:
                held = self.row_at(row) if column == Column.STATUS else None
                return self._icons.get(held.status) if held is not None else None
            return self.data(index, role)

        fill_roles(roleDataSpan, texts, column, UNANSWERED, other)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(Column):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self.texts(index.row())
            return texts[column] if texts is not None else self.text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return self._icons.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.COUNTRY:
            return row.buyer.country
        if role == STATUS_ROLE:
            return row.status.value
        if role == ROW_ROLE:
            return row
        if role == ACCOUNT_ROLE:
            return row.account_id
        if role == EXPORT_ROLE and column == Column.SINCE:
            return row.since.isoformat() if row.since else ""
        return None

    def text(self, row: RelationshipRow, column: Column) -> str:
        match column:
            case Column.CUSTOMER:
                return row.buyer.name
            case Column.NETWORK_NUMBER:
                return row.buyer.network_number
            case Column.COUNTRY:
                return country_name(row.buyer.country)
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

    def export_cells(self, columns: list[Column]) -> Callable[[RelationshipRow], list[str]]:
        """What Export CSV writes of a row, for a worker: the words are read here, on the GUI
        thread, in the language the user sees; dates go out as ISO 8601."""
        statuses = {s: self.status_text(s) for s in RelationshipStatus}
        countries = dict(all_countries())

        def cell(row: RelationshipRow, column: Column) -> str:
            if column == Column.SINCE:
                return row.since.isoformat() if row.since else ""
            if column == Column.STATUS:
                return statuses[row.status]
            if column == Column.COUNTRY:
                code = row.buyer.country
                return countries.get(code.upper(), code) if code else ""
            return self.text(row, column)

        return lambda row: [cell(row, c) for c in columns]
