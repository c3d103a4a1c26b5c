"""Customer relationships: every relationship, sortable, filterable, exportable, offline.

The table holds only the rows on screen: the count and each window are read in SQL off the
GUI thread (desktop.operations.relationships), filtered and ordered there."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QWidget,
)

from desktop.app.context import AppContext
from desktop.app.resources import icon
from desktop.domain.relationships import (
    RelationshipCount,
    RelationshipOrder,
    RelationshipQuery,
)
from desktop.domain.types import Changed, RelationshipStatus
from desktop.forms.ui_relationships_page import Ui_RelationshipsPage
from desktop.models.accounts_model import FirstRow
from desktop.models.formats import format_count, with_count
from desktop.models.relationships_model import Column, Done, Failed, RelationshipsModel
from desktop.operations import relationships as ops
from desktop.views.column_widths import text_widths
from desktop.views.file_dialogs import choose_csv_to_save, tell_write_failed
from desktop.views.page_keys import PageKey
from desktop.views.retranslate import Retranslating
from desktop.views.table_export import csv_delimiter
from wire.collections import Collection

log = logging.getLogger(__name__)

RELOAD_ON = frozenset({Collection.RELATIONSHIPS, Collection.ACCOUNTS})


class RelationshipsPage(Retranslating, QWidget):
    navigate = Signal(str)
    loaded = Signal(int)  # the rows matching now (counted in the cache)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("relationshipsPage")
        self._has_loaded = False  # until the first load, the empty state says "Loading…"
        self._failed = False
        self._sized = False

        self.model = RelationshipsModel(_Reads(ctx, self), self)
        self.model.set_status_icons({s: icon(f"dot-{s.value}") for s in RelationshipStatus})

        self.ui = Ui_RelationshipsPage()
        self.ui.setupUi(self)
        ui = self.ui
        # The style sheets' names (a form's names are unique; these repeat across pages).
        ui.subtitle.setObjectName("muted")
        ui.countLabel.setObjectName("muted")
        ui.exportButton.setObjectName("secondaryButton")
        ui.emptyLabel.setObjectName("emptyState")
        ui.connectButton.setObjectName("primaryButton")

        self.filter_edit = ui.filterEdit
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self._on_filter_text)

        self.status_combo = ui.statusFilter
        self.status_combo.addItem("", None)
        for status in RelationshipStatus:
            self.status_combo.addItem(icon(f"dot-{status.value}"), "", status)
        self._name_statuses()
        self.status_combo.currentIndexChanged.connect(self._on_status_index)

        self.account_combo = ui.accountFilter
        self.account_combo.configure(FirstRow.ALL)
        self.account_combo.bind(ctx, follow_header=True)
        self.account_combo.select(None)  # All accounts until the user or the header picks one
        self.account_combo.chosen.connect(self._on_account)

        self.count_label = ui.countLabel
        self.export_button = ui.exportButton
        self.export_button.clicked.connect(self.export_csv)

        self.table = ui.relationshipsTable
        self.table.setModel(self.model)
        self.table.sortByColumn(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setResizeContentsPrecision(40)  # sized from the first rows, not a thousand
        # Its scroll bar always there: shown and hidden as a filter found rows or none, it
        # narrowed the view and had the whole table laid out and painted again.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        self.empty = ui.empty
        self.empty_label = ui.emptyLabel
        self.empty_connect = ui.connectButton
        self.empty_connect.clicked.connect(lambda: self.navigate.emit(PageKey.CONNECT))
        self.empty_connect.hide()
        self.stack = ui.stack

        self.model.counted.connect(self._counted)
        self.model.failed.connect(self._load_failed)
        self.model.dataChanged.connect(self._window_shown)
        ctx.changed.connect(self._on_changed)
        self._update_state()
        self.reload()

    # --- words ----------------------------------------------------------------
    def retranslate(self) -> None:
        self._name_statuses()
        self._update_state()
        self._sized = False  # the new words have other widths: sized again (now or when shown)
        if self.isVisible():
            self._size_columns()

    def _name_statuses(self) -> None:
        self.status_combo.setItemText(0, self.tr("All"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, self.model.status_text(self.status_combo.itemData(index))
            )

    # --- loading --------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()

    def _on_changed(self, collections: Changed) -> None:
        if collections & RELOAD_ON:
            self.reload()

    def _counted(self, counted: RelationshipCount) -> None:
        self._has_loaded = True
        self._failed = False
        self._update_state()
        if self.isVisible():
            self._size_columns()
        self.loaded.emit(counted.shown)

    def _window_shown(self) -> None:
        if self.isVisible():
            self._size_columns()  # the first rows are held now

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_columns()  # once the style sheet's font is in force

    def _size_columns(self) -> None:
        if self._sized or not self.model.held():
            return
        self._sized = True
        header = self.table.horizontalHeader()
        widths = text_widths(self.table, self.model.texts, self.model.rowCount(), 45)
        last = len(widths) - 1
        for column, width in enumerate(widths[:last]):  # very long names are elided
            header.resizeSection(column, width)
        header.resizeSection(last, header.sectionSizeHint(last))  # the last one stretches

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("loading relationships failed: %s", type(exc).__name__)
        self._failed = True
        self.empty_label.setText(self.tr("The customer relationships could not be read."))
        self.stack.setCurrentWidget(self.empty)

    # --- filtering ------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter_text(self, _text: str) -> None:
        self._ask()

    def _on_account(self, _account_id: str | None) -> None:
        self._ask()

    def _on_status_index(self, _index: int) -> None:
        self._ask()

    def query(self) -> RelationshipQuery:
        status = self.status_combo.currentData()
        return RelationshipQuery(
            text=self.filter_edit.text(),
            status=RelationshipStatus(status) if status else None,
            account_id=self.account_combo.account_id(),
        )

    def _ask(self) -> None:
        self.model.set_query(self.query())

    def _update_state(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        shown_text = with_count(self.tr("Showing %n of {total}", "", shown), shown)
        self.count_label.setText(shown_text.format(total=format_count(total)))
        self.export_button.setEnabled(shown > 0)
        self.empty_connect.setVisible(self._has_loaded and total == 0)
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if total:
            self.empty_label.setText(self.tr("No relationships match your filter."))
        elif self._has_loaded:
            self.empty_label.setText(
                self.tr("No customer relationships yet. Connect with a customer to start one.")
            )
        elif self._failed:
            self.empty_label.setText(self.tr("The customer relationships could not be read."))
        else:
            self.empty_label.setText(self.tr("Loading customer relationships…"))
        self.stack.setCurrentWidget(self.empty)

    # --- export -----------------------------------------------------------------
    def export_csv(self) -> None:
        target = choose_csv_to_save(
            self, self.tr("Export customer relationships"), self.tr("customer-relationships.csv")
        )
        if target is None:
            return
        columns = self._visible_columns()
        self.export_button.setEnabled(False)
        ops.export_relationships(
            self.ctx,
            self,
            target,
            self.model.query,
            self.model.order(),
            [self.model.column_title(c) for c in columns],
            self.model.export_cells(columns),
            csv_delimiter(),
        ).success(lambda count: self._exported(target, count)).failure(
            lambda exc: self._export_failed(target, exc)
        ).run()

    def _visible_columns(self) -> list[Column]:
        """What the table shows, in its on-screen order, hidden columns left out."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [Column(c) for c in logical if not header.isSectionHidden(c)]

    def _exported(self, target: Path, count: int) -> None:
        self.export_button.setEnabled(self.model.rowCount() > 0)
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                self.tr("Exported %n relationship(s) to {file}", "", count).format(
                    file=target.name
                ),
                10_000,
            )

    def _export_failed(self, target: Path, exc: BaseException) -> None:
        self.export_button.setEnabled(self.model.rowCount() > 0)
        tell_write_failed(self, self.tr("Export failed"), target, exc)


class _Reads:
    """The model's reads, as the page's operations (the latest count only)."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        self._ctx = ctx
        self._page = page

    def count(self, query: RelationshipQuery, done: Done, failed: Failed) -> None:
        op = ops.count_relationships(self._ctx, self._page, query)
        op.success(done).failure(failed).latest_only().run()

    def window(
        self,
        query: RelationshipQuery,
        order: RelationshipOrder,
        offset: int,
        limit: int,
        done: Done,
        failed: Failed,
    ) -> None:
        op = ops.relationship_window(self._ctx, self._page, query, order, offset, limit)
        op.success(done).failure(failed).run()
