"""The shape the Connection requests and Support requests pages share: a title, a line of text,
"View details", a sortable status table read from the cache off the GUI thread, and an empty
state. A subclass says what to read (`load`, an operation), how to show it (`fill`),
what a row opens (`open_row`) and the words it sets in Python (`retranslate`). Columns are
sized to their content; the one named by `elide_column` takes what width is left and elides
(its model gives the whole text as a tooltip).

Each page's layout is its Designer form (ui/connection_requests_page.ui,
ui/support_requests_page.ui): a title `pageTitle`, a subtitle `pageSubtitle`, a `filterRow`,
an `actionRow` starting with `detailsButton` and a stretch, an `emptyState` label and the
`table` (a StatusTableView), plus the page's own widgets in those rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLayout, QWidget

from desktop.domain.types import Changed
from desktop.models.row_table_model import RowRole, RowTableModel, SortRole
from desktop.operations.op import QueryOp
from desktop.views.retranslate import Retranslating
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class RowListPage(Retranslating, QWidget):
    navigate = Signal(str)
    loaded = Signal(int)  # rows shown

    watched: frozenset[Collection] = frozenset()  # the collections whose change reloads the page
    elide_column: int | None = None  # the long column that gives way
    COLUMN_MAX_CHARS = 40  # any other column wider than this elides too

    def __init__(
        self,
        ctx: AppContext,
        form: Any,
        model: RowTableModel[Any],
        *,
        sort_column: int,
        proxy: QSortFilterProxyModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.ui = form  # the page's Designer form: the shared layout plus the page's own widgets
        form.setupUi(self)
        self.title = self.ui.pageTitle
        self.subtitle = self.ui.pageSubtitle
        self.details = self.ui.detailsButton
        self.details.clicked.connect(self.open_current)
        self.model = model
        model.setParent(self)
        self.proxy = proxy or QSortFilterProxyModel(self)
        self.proxy.setParent(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.table = self.ui.table
        self.table.setModel(self.proxy)
        self.table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_index)
        self.table.viewport().installEventFilter(self)  # a new width sizes the columns again
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.details.setEnabled(current.isValid())
        )
        self.empty = self.ui.emptyState
        self.action_row = self.ui.actionRow  # a subclass may add its own buttons after the stretch
        self.filter_row = self.ui.filterRow  # a subclass may put its filters here
        ctx.changed.connect(self._on_changed)

    # --- what a subclass says --------------------------------------------------------
    def retranslate(self) -> None:
        """A subclass sets its words, then calls this: the headers' new words have other
        widths (with or without rows: the headers must read whole)."""
        self.size_columns()

    def load(self) -> QueryOp[Any]:
        """The operation that reads the rows (off the GUI thread)."""
        raise NotImplementedError

    def fill(self, result: Any) -> int:
        """On the GUI thread: put what `read` returned into the model; the rows shown."""
        raise NotImplementedError

    def open_row(self, row: Any) -> None:
        raise NotImplementedError

    # --- shared ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.order_tabs()
        # Sized while hidden, the header may not have had the style sheet's (bolder) font
        # yet: measured again now that it is in force, so no title is cut.
        self.size_columns()

    def order_tabs(self) -> None:
        """Tab goes as the page reads: the filters, the buttons above the table, the table
        (a subclass adds its widgets to the rows after this class made the table)."""
        chain = [
            *_focusable(self.filter_row),
            *_focusable(self.action_row),
            self.table,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def reload(self) -> None:
        """Read the rows off the GUI thread; an answer to an older reload is dropped."""
        self.load().success(self._loaded).latest_only().run()

    def _loaded(self, result: Any) -> None:
        shown = self.fill(result)
        self.size_columns()
        self.empty.setVisible(not shown)
        self.details.setEnabled(self.table.currentIndex().isValid())
        self.loaded.emit(shown)

    def size_columns(self) -> None:
        """Every column as wide as its content (up to a limit); the elided one takes the rest."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        limit = char * self.COLUMN_MAX_CHARS
        widths = {
            column: max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)) + char
            for column in range(header.count())
        }
        for column, width in widths.items():
            if column != self.elide_column:
                widths[column] = min(width, limit)
        if self.elide_column in widths:
            others = sum(w for c, w in widths.items() if c != self.elide_column)
            room = self.table.viewport().width() - others
            widths[self.elide_column] = max(min(widths[self.elide_column], room), char * 16)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table.viewport()
            and event.type() == QEvent.Type.Resize
            and self.model.rowCount()
        ):
            self.size_columns()
        return super().eventFilter(watched, event)

    def _on_changed(self, collections: Changed) -> None:
        if collections & self.watched:
            self.reload()

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.open_row(row)


def _focusable(layout: QLayout) -> list[QWidget]:
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found
