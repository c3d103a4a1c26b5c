"""The invoice table of "Where is my invoice?": rows fetched from the cache in keyset windows.

Never all rows: the view's scrolling asks `fetchMore`, which asks a worker for the next
window after the last row held. A new query or sort re-asks from the start in SQL (no proxy
sorting in Python); an answer for an older query or sort (`_generation`) is dropped.

Painting is the GUI thread's hot path: a row's texts are formatted once and kept (`_texts`,
dropped with the rows or a new language), those of a search's first rows on the worker that
reads them; `multiData` answers all the roles a view asks of a cell in one call instead of
one `data` call per role, the status's dot among them (no Python delegate).

The same query again (after a sync) updates the rows in place: `dataChanged` over the rows
that differ, rows inserted or removed at the end for the count's change, so the view keeps
its scroll, selection and current row and paints only what changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from desktop.domain.invoices import (
    InvoiceKeyset,
    InvoiceQuery,
    InvoiceRow,
    InvoiceSort,
    InvoiceWindow,
)
from desktop.domain.lanes import Lane
from desktop.models.cell_roles import fill_roles, never_answered
from desktop.models.invoice_words import failure_text, format_amount, status_text, status_tone
from desktop.models.local_time import format_day
from desktop.models.roles import Roles
from desktop.models.row_runs import runs

Index = QModelIndex | QPersistentModelIndex
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TONE = int(Roles.TONE)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Roles a view asks of every cell that this model never answers: left empty without a call.
UNANSWERED = never_answered(Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.DecorationRole)

NUMBER, BUYER, PO_NUMBER, TRANSACTION_ID, ISSUE_DATE, DUE_DATE, AMOUNT, STATUS = range(8)
COLUMNS = 8
# Every column orders in the cache (an index each).
SORTS: dict[int, InvoiceSort] = {
    NUMBER: InvoiceSort.NUMBER,
    PO_NUMBER: InvoiceSort.PO_NUMBER,
    TRANSACTION_ID: InvoiceSort.TRANSACTION_ID,
    BUYER: InvoiceSort.BUYER,
    ISSUE_DATE: InvoiceSort.ISSUE_DATE,
    DUE_DATE: InvoiceSort.DUE_DATE,
    AMOUNT: InvoiceSort.AMOUNT,
    STATUS: InvoiceSort.STATUS,
}
WINDOW = 200
# The first window of a search: a screen's rows and a margin. Smaller than the later ones, it
# lands sooner (a broad text walks the order's index until it has this many, and each row is
# read into Python); scrolling on asks the full windows.
FIRST_WINDOW = 50
# A reload (the same query after a sync) reads again as many rows as were held, up to this
# many: the rows the user scrolled to stay where they were.
RELOAD_ROWS = 2000


class InvoiceSource(Protocol):
    """What the model needs of the cache (desktop.cache.Cache)."""

    def search_invoices(
        self,
        query: InvoiceQuery,
        sort: InvoiceSort = ...,
        descending: bool = ...,
        after: InvoiceKeyset | None = ...,
        limit: int = ...,
    ) -> InvoiceWindow: ...


class TaskLane(Protocol):
    def run(self, fn: Any, on_success: Any = ..., on_failure: Any = ..., **kw: Any) -> None: ...


class InvoiceTableModel(QAbstractTableModel):
    loaded = Signal(int)  # a window landed: how many rows the model holds now
    failed = Signal(object)  # the exception of a window that could not be read

    def __init__(
        self,
        cache: InvoiceSource,
        tasks: TaskLane,
        parent: QObject | None = None,
        *,
        window: int = WINDOW,
        first_window: int = FIRST_WINDOW,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._tasks = tasks
        self._window = window
        self._first_window = min(first_window, window)
        self._rows: list[InvoiceRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells' texts, once shown
        self._after: InvoiceKeyset | None = None
        self._more = False
        self._fetching = False
        self._replace = False  # the rows shown wait for the first window of a reload
        self._generation = 0
        self._query = InvoiceQuery()
        self._sort = InvoiceSort.ISSUE_DATE
        self._descending = True
        self._locale = QLocale()
        self._words = 0  # the language's turn: texts formatted in an older one are dropped
        self._icons: dict[str, QIcon] = {}  # a tone -> its dot, from the view

    # --- what to show -------------------------------------------------------------
    def query(self) -> InvoiceQuery:
        return self._query

    def sort_order(self) -> tuple[InvoiceSort, bool]:
        return self._sort, self._descending

    def sort_column(self) -> int:
        return next(c for c, s in SORTS.items() if s == self._sort)

    def set_query(self, query: InvoiceQuery) -> None:
        """A new query empties the table at once; the same one again is a `reload`."""
        same = query == self._query
        self._query = query
        self._restart(keep=same)

    def reload(self) -> None:
        """The same query again (after a sync changed the invoices): the rows shown stay until
        the new first window replaces them in one reset (no empty table, one layout)."""
        self._restart(keep=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SORTS.get(column)
        if sort is None:
            return
        self._sort = sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._restart()

    def retranslate(self) -> None:
        """The language changed: dates and amounts of the rows held are written its way now
        (the language switcher then tells the view every cell changed)."""
        self._locale = QLocale()
        self._texts = {}
        self._words += 1

    def set_tone_icons(self, icons: Mapping[str, QIcon]) -> None:
        """The view supplies the status's coloured dots (the model knows no resources)."""
        self._icons = dict(icons)
        if self._rows:
            top, bottom = self.index(0, STATUS), self.index(len(self._rows) - 1, STATUS)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DecorationRole])

    def _restart(self, keep: bool = False) -> None:
        self._generation += 1
        self._locale = QLocale()
        self._replace = keep and bool(self._rows)
        if self._replace:
            self._after = None
            self._more = False
            self._ask(max(self._first_window, min(len(self._rows), RELOAD_ROWS)))
            return
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self._after = None
        self._more = False
        self._fetching = False
        self.endResetModel()
        self._ask()

    def _ask(self, limit: int | None = None) -> None:
        generation, words = self._generation, self._words
        cache, query, sort, descending = self._cache, self._query, self._sort, self._descending
        after = self._after
        if limit is None:
            limit = self._first_window if after is None else self._window
        # The rows a screen shows first are formatted on the worker: their paint, on the GUI
        # thread, then only draws.
        ahead = self._first_window if after is None else 0
        locale = QLocale(self._locale)

        def read() -> tuple[InvoiceWindow, list[tuple[str, ...]]]:
            window = cache.search_invoices(query, sort, descending, after, limit)
            return window, [row_texts(row, locale) for row in window.rows[:ahead]]

        self._fetching = True
        self._tasks.run(
            read,
            lambda answer: self._landed(generation, answer[0], answer[1], words),
            lambda exc: self._failed(generation, exc),
            lane=Lane.POOL,
            owner=self,
        )

    def _landed(
        self,
        generation: int,
        window: InvoiceWindow,
        texts: Sequence[tuple[str, ...]] = (),
        words: int | None = None,
    ) -> None:
        if generation != self._generation:
            return  # asked for an older query or sort
        if words is not None and words != self._words:
            texts = ()  # formatted in the language spoken before
        # Where to go on is known before the rows go in: a view inserting them may ask for
        # the next window at once.
        self._fetching = False
        self._after = window.after
        self._more = window.after is not None
        if self._replace:
            self._replace = False
            self._update_rows(list(window.rows), texts)
        elif window.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(window.rows) - 1)
            self._rows.extend(window.rows)
            self._texts.update((first + i, t) for i, t in enumerate(texts))
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    def _update_rows(self, rows: list[InvoiceRow], texts: Sequence[tuple[str, ...]]) -> None:
        """The rows of a reload in place of those held: only the rows that differ change,
        and the count's difference is inserted or removed at the end (no reset: the view
        keeps its scroll, selection and current row, and paints what changed)."""
        held = self._rows
        if len(rows) < len(held):
            self.beginRemoveRows(QModelIndex(), len(rows), len(held) - 1)
            del held[len(rows) :]
            self._texts = {r: t for r, t in self._texts.items() if r < len(rows)}
            self.endRemoveRows()
        changed = [r for r in range(len(held)) if held[r] != rows[r]]
        for r in changed:
            held[r] = rows[r]
            self._texts.pop(r, None)
        self._texts.update((r, t) for r, t in enumerate(texts) if r not in self._texts)
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))
        if len(rows) > len(held):
            first = len(held)
            self.beginInsertRows(QModelIndex(), first, len(rows) - 1)
            held.extend(rows[first:])
            self._texts.update((r, t) for r, t in enumerate(texts) if r >= first)
            self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = False
        self._replace = False
        self.failed.emit(exc)

    # --- rows ---------------------------------------------------------------------
    def invoice_at(self, row: int) -> InvoiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def invoice_id(self, row: int) -> str | None:
        invoice = self.invoice_at(row)
        return invoice.id if invoice is not None else None

    def is_loading(self) -> bool:
        return self._fetching

    # --- Qt -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._ask()

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Buyer"),
            self.tr("PO number"),
            self.tr("Transaction ID"),
            self.tr("Issue date"),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Status"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def texts(self, row: int) -> tuple[str, ...] | None:
        """The row's cells as shown, formatted on the first ask and kept."""
        texts = self._texts.get(row)
        if texts is None:
            invoice = self.invoice_at(row)
            if invoice is None:
                return None
            texts = self._texts[row] = tuple(self.text(invoice, c) for c in range(COLUMNS))
        return texts

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N803 - Qt's name
        """Every role a view asks of a cell in one call (`cell_roles.fill_roles`)."""
        row, column = index.row(), index.column()
        texts = self.texts(row) if index.isValid() and 0 <= column < COLUMNS else None

        def other(role: int) -> Any:
            if role == ALIGNMENT:
                return RIGHT if column == AMOUNT else LEFT
            if role == DECORATION:
                if column != STATUS:
                    return None
                return self._icons.get(status_tone(self._rows[row].status))
            if role == TONE:
                return status_tone(self._rows[row].status) if column == STATUS else None
            return self.data(index, role)

        fill_roles(roleDataSpan, texts, column, UNANSWERED, other)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        invoice = self.invoice_at(index.row()) if index.isValid() else None
        if invoice is None or not 0 <= index.column() < COLUMNS:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self.texts(index.row())
            text = texts[column] if texts is not None else self.text(invoice, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == STATUS:
                reason = failure_text(invoice.failure_code, invoice.failure_reason)
                return f"{text}: {reason}" if reason else text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Roles.TONE and column == STATUS:
            return status_tone(invoice.status)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return self._icons.get(status_tone(invoice.status))
        if role == Roles.ROW:
            return invoice
        if role == Roles.SORT:
            return self.sort_value(invoice, column)
        if role == Roles.EXPORT:
            return self.export_text(invoice, column)
        return None

    def text(self, invoice: InvoiceRow, column: int) -> str:
        return cell_text(invoice, column, self._locale)

    def export_text(self, invoice: InvoiceRow, column: int) -> str:
        """What Export CSV writes: ISO dates, the plain decimal and its currency."""
        if column == ISSUE_DATE:
            return invoice.issue_date.isoformat()
        if column == DUE_DATE:
            return invoice.due_date.isoformat() if invoice.due_date else ""
        if column == AMOUNT:
            return f"{invoice.amount} {invoice.currency}"
        return self.text(invoice, column)

    def sort_value(self, invoice: InvoiceRow, column: int) -> Any:
        if column == ISSUE_DATE:
            return invoice.issue_date.isoformat()
        if column == DUE_DATE:
            return invoice.due_date.isoformat() if invoice.due_date else ""
        if column == AMOUNT:
            return float(invoice.amount)
        return self.text(invoice, column)


def cell_text(invoice: InvoiceRow, column: int, locale: QLocale) -> str:
    """A cell as shown, in `locale` (also on a worker: QLocale and the translators are
    thread-safe to read)."""
    if column == NUMBER:
        return invoice.number
    if column == BUYER:
        return invoice.buyer_name
    if column == PO_NUMBER:
        return invoice.po_number or ""
    if column == TRANSACTION_ID:
        return invoice.transaction_id or ""
    if column in (ISSUE_DATE, DUE_DATE):
        day = invoice.issue_date if column == ISSUE_DATE else invoice.due_date
        return format_day(day, locale)
    if column == AMOUNT:
        return format_amount(invoice.amount, invoice.currency, locale)
    return status_text(invoice.status)


def row_texts(invoice: InvoiceRow, locale: QLocale) -> tuple[str, ...]:
    return tuple(cell_text(invoice, c, locale) for c in range(COLUMNS))
