"""Where is my invoice?: one search box and filters over the cached invoices, a sortable table
fetched in windows, the chart of invoices by status beside it, details, Export CSV, offline.

Every search runs off the GUI thread; an answer to an older keystroke is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.app.context import AppContext
from desktop.cache.invoice_text import needs_more_text
from desktop.domain.invoices import InvoiceDetail, InvoiceQuery
from desktop.domain.types import Changed, SyncStatus
from desktop.forms.ui_invoices_page import Ui_InvoicesPage
from desktop.models.formats import with_count
from desktop.models.invoice_table_model import AMOUNT, ISSUE_DATE, STATUS
from desktop.models.invoice_words import status_text, status_tone, statuses
from desktop.models.local_time import format_datetime, format_day
from desktop.operations import invoices as operations
from desktop.operations.invoices import StoppableQuery
from desktop.views.column_widths import SIZE_BY_ROWS, text_widths
from desktop.views.dialogs.invoice_detail_dialog import InvoiceDetailDialog
from desktop.views.invoice_export import InvoiceExport
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.invoice_filters import InvoiceFilterValues
from desktop.views.widgets.status_chart import ChartBar
from desktop.views.widgets.status_table import tone_icons
from wire.collections import Collection

log = logging.getLogger(__name__)

RELOAD_ON = frozenset({Collection.INVOICES, Collection.ACCOUNTS, Collection.RELATIONSHIPS})


class InvoicesPage(Retranslating, QWidget):
    navigate = Signal(str)
    searched = Signal(int)  # an answer was shown: how many invoices match
    details_shown = Signal(object)  # the detail dialog opened
    create_invoice_requested = Signal()  # Ctrl+N on this page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("invoicesPage")
        self._counting: StoppableQuery[dict[str, int]] | None = None  # the newest search
        self._matches = 0
        self._loaded_once = False
        self.detail_dialog: InvoiceDetailDialog | None = None
        new_invoice = QAction(self)
        new_invoice.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new_invoice.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_invoice.triggered.connect(self.create_invoice_requested)
        self.addAction(new_invoice)
        self.new_invoice_action = new_invoice

        # The layout is the Designer form ui/invoices_page.ui; the behaviour lives here.
        self.ui = ui = Ui_InvoicesPage()
        ui.setupUi(self)
        self.setObjectName("invoicesPage")
        self.title = ui.pageTitle
        self.subtitle = ui.subtitleLabel
        self.offline_note = ui.offlineNote
        self.offline_note.hide()
        self.filters = ui.invoiceFilters
        self.table = ui.invoicesTable
        self.empty_label = ui.emptyState
        self.stack = ui.stack
        self.chart_title = ui.sectionTitle
        self.chart_range = ui.chartRange
        self.chart = ui.statusChart
        self.count_label = ui.countLabel
        self.export_button = ui.secondaryButton
        # The style sheet's names that several widgets share (a form's names are unique).
        for muted in (self.subtitle, self.chart_range, self.count_label):
            muted.setObjectName("muted")

        self.filters.set_statuses(statuses())
        self.filters.changed.connect(self.search)
        self.filters.refused.connect(self._refused)

        self.model = operations.invoice_table(ctx, self)
        self.table.setModel(self.model)
        # The status's dot comes from the model (Qt's own delegate paints it): a screen of
        # rows landing is painted without a Python call per status cell.
        self.table.set_tone_columns(())
        self.model.set_tone_icons(tone_icons())
        # Its scroll bar always there: appearing with the rows of each search and gone with
        # the next one, it narrowed the view and had the whole table laid out and painted
        # again on every keystroke.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.sortByColumn(ISSUE_DATE, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.doubleClicked.connect(self.open_details)
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        # What a supplier scans for first stands left: the status and the amount, then dates
        # and the PO and transaction ids (the model's order is the export's).
        header.moveSection(header.visualIndex(STATUS), 2)
        header.moveSection(header.visualIndex(AMOUNT), 3)
        # Columns sized by the rows a screen shows, not Qt's default of 1,000 rows: each row
        # asks the model (Python) for every role of every cell on the GUI thread.
        header.setResizeContentsPrecision(SIZE_BY_ROWS)
        self.model.loaded.connect(self._size_columns)
        self.model.failed.connect(self._failed)
        self._sized = False
        self.stack.setCurrentWidget(self.empty_label)

        self.chart.status_clicked.connect(self._chart_status)
        ui.section.setMaximumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.export = InvoiceExport(ctx, self)
        self.export_button.clicked.connect(self.export_csv)
        self.export.finished.connect(lambda: self.export_button.setEnabled(self._matches > 0))

        ctx.changed.connect(self._on_changed)
        ctx.status_changed.connect(self._show_status)
        ctx.account_changed.connect(self._follow_account)  # bound: gone with the page
        self._words()
        self.empty_label.setText(self.tr("Loading invoices…"))
        self._fill_accounts()
        self._load_buyers()
        self._show_status(ctx.status)
        self.search(self.filters.values())

    # --- words -----------------------------------------------------------------------
    def _words(self) -> None:
        self.title.setText(self.tr("Where is my invoice?"))
        self.subtitle.setText(
            self.tr(
                "Find an invoice by its number, PO number or transaction ID and see where it "
                "stands with your customer."
            )
        )
        self.table.setAccessibleName(self.tr("Invoices"))
        self.chart_title.setText(self.tr("Invoices by status"))
        self.chart.setAccessibleName(self.tr("Invoices by status"))
        self.chart.set_empty_text(self.tr("No invoices to count."))
        self.export_button.setText(self.tr("&Export CSV…"))

    def retranslate(self) -> None:
        """The language changed: words, statuses, and the answer shown (counts, dates, the
        chart) said again the new locale's way; the filters typed and chosen stay."""
        self._words()
        self.filters.set_statuses(statuses())
        self._show_status(self.ctx.status)
        if self._loaded_once:  # the answer shown, said again (no new search needed)
            values = self.filters.values()
            self.chart.set_bars(
                [
                    ChartBar(bar.key, status_text(bar.key), bar.count, bar.tone)
                    for bar in self.chart.bars()
                ]
            )
            self.chart_range.setText(self.range_text(values))
            self._show_counts(values)
        else:
            self.empty_label.setText(self.tr("Loading invoices…"))
        self._sized = False  # the headers' new words have other widths
        self._size_columns(self.model.rowCount())

    @property
    def matches(self) -> int:
        """How many invoices the last search found (all of them, not only the rows loaded)."""
        return self._matches

    # --- what to search ------------------------------------------------------------
    def show_view(self, view: str) -> None:
        """Home's links, for the header's account as Home counts: "failed", "saved", "all"."""
        if view in ("failed", "saved", "all"):
            status = view if view != "all" else None
            self.filters.reset(status=status, account=self.ctx.current_account_id)

    def search_for(self, text: str) -> None:
        """The header's search box: every status, buyer, account and date, this text."""
        self.filters.reset()
        self.filters.set_text(text)

    def focus_filter(self) -> None:
        self.filters.focus_search()

    # --- searching -----------------------------------------------------------------
    @staticmethod
    def query_for(values: InvoiceFilterValues) -> InvoiceQuery:
        return InvoiceQuery(
            text=values.text,
            statuses=(values.status,) if values.status else (),
            buyer_id=values.buyer_id,
            account_id=values.account_id,
            issued_from=values.issued_from,
            issued_to=values.issued_to,
        )

    def search(self, values: InvoiceFilterValues) -> None:
        query = self.query_for(values)
        # The user typed on: an older count stops on its worker and its answer is dropped.
        self._counting = operations.count_by_status(self.ctx, self, query).latest_only()
        self._counting.success(lambda answer: self._answered(values, answer))
        self._counting.failure(self._failed).run()
        self.model.set_query(query)

    def _answered(self, values: InvoiceFilterValues, by_status: dict[str, int]) -> None:
        self._loaded_once = True
        self._matches = sum(int(n) for n in by_status.values())
        self.chart.set_bars(
            [
                ChartBar(key, status_text(key), int(by_status.get(key, 0)), status_tone(key))
                for key, _name in statuses()
                if by_status.get(key, 0) or values.status in (None, key)
            ]
        )
        self._show_counts(values)
        self.chart_range.setText(self.range_text(values))
        self.searched.emit(self._matches)

    def range_text(self, values: InvoiceFilterValues) -> str:
        """What the chart counts: the issue dates chosen, or all of them."""
        if values.issued_from is None or values.issued_to is None:
            return self.tr("All issue dates")
        return self.tr("Issued {start} – {end}").format(
            start=format_day(values.issued_from), end=format_day(values.issued_to)
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("invoice search failed: %s", type(exc).__name__)
        self._matches = 0
        self.empty_label.setText(self.tr("The invoices could not be read from this computer."))
        self.stack.setCurrentWidget(self.empty_label)
        self.export_button.setEnabled(False)

    def _refused(self, _text: str) -> None:
        """End before start: the filter says why; the last answer stays as it was, and the
        chart says it still counts the dates chosen before (not the ones now in the fields)."""
        if self._counting is not None:
            self._counting.drop()  # an answer still on its way is no longer wanted
        if self._loaded_once:
            self.chart_range.setText(
                self.tr("Still counted as before: {range}").format(
                    range=self.range_text(self.filters.values())
                )
            )

    def _show_counts(self, values: InvoiceFilterValues) -> None:
        total = self._matches
        self.count_label.setText(with_count(self.tr("%Ln invoice(s) found", "", total), total))
        self.export_button.setEnabled(total > 0 and not self.export.running)
        if total:
            self.stack.setCurrentWidget(self.table)
            return
        if values == InvoiceFilterValues():
            self.empty_label.setText(
                self.tr(
                    "No invoices on this computer yet. Once a customer is connected, its "
                    "invoices arrive with the next sync."
                )
            )
        elif needs_more_text(values.text):
            self.empty_label.setText(
                self.tr(
                    "Type at least 3 characters in a row besides *, or the start of the number "
                    "before it (*123, FV/2026*): a shorter pattern would read every invoice."
                )
            )
        elif values.text:
            self.empty_label.setText(
                self.tr(
                    "No invoice matches “{text}”. Check the number, or use * for any "
                    "characters (FV/2026*)."
                ).format(text=values.text if len(values.text) <= 60 else values.text[:60] + "…")
            )
        else:
            self.empty_label.setText(self.tr("No invoices match these filters."))
        self.stack.setCurrentWidget(self.empty_label)

    # --- the table -------------------------------------------------------------------
    def _size_columns(self, rows: int) -> None:
        """Once, when the first rows arrive: columns as wide as the texts of the rows a screen
        shows (`column_widths`); long names are elided."""
        if self._sized or rows == 0:
            return
        self._sized = True
        header = self.table.horizontalHeader()
        for column, width in enumerate(text_widths(self.table, self.model.texts, rows, 26)):
            header.resizeSection(column, width)

    def export_csv(self) -> None:
        """Every invoice the search finds, in the table's order (not only the rows loaded)."""
        query = self.model.query()
        sort, descending = self.model.sort_order()
        self.export_button.setEnabled(False)
        self.export.run(operations.matching_rows(self.ctx, query, sort, descending))
        if not self.export.running:
            self.export_button.setEnabled(self._matches > 0)  # the dialog was cancelled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row opens its details, as a double-click does."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_details(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def open_details(self, index: QModelIndex) -> None:
        """The invoice with its timeline, read off the GUI thread, then the dialog."""
        invoice_id = self.model.invoice_id(index.row()) if index.isValid() else None
        if invoice_id is None:
            return
        operations.invoice_detail(self.ctx, self, invoice_id).success(self._show_details).failure(
            lambda exc: log.warning("reading an invoice failed: %s", type(exc).__name__)
        ).run()

    def _show_details(self, invoice: InvoiceDetail | None) -> None:
        if invoice is None:
            return  # gone with a sync meanwhile
        names = {a.id: a.name for a in self.ctx.accounts}
        dialog = InvoiceDetailDialog(invoice, names.get(invoice.account_id, ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "detail_dialog", None))
        dialog.open()
        self.details_shown.emit(dialog)

    def _chart_status(self, status: str) -> None:
        self.filters.select(self.filters.status_combo, status)

    def _follow_account(self, account: str) -> None:
        """The header's account; "All accounts" stays one click away."""
        self.filters.select_account(account)

    # --- lists, changes, offline -------------------------------------------------------
    def _on_changed(self, collections: Changed) -> None:
        if Collection.ACCOUNTS in collections:
            self._fill_accounts()
        if collections & {Collection.RELATIONSHIPS, Collection.INVOICES}:
            self._load_buyers()
        if collections & RELOAD_ON:
            self.search(self.filters.values())

    def _fill_accounts(self) -> None:
        self.filters.set_accounts(self.ctx.accounts)

    def _load_buyers(self) -> None:
        operations.invoice_buyers(self.ctx, self).success(self.filters.set_buyers).failure(
            lambda exc: log.warning("reading buyers failed: %s", type(exc).__name__)
        ).latest_only().run()

    def _show_status(self, status: SyncStatus) -> None:
        if status.online or not self.ctx.sync_attempted:
            self.offline_note.hide()
            return
        when = format_datetime(status.last_synced_at) if status.last_synced_at else ""
        self.offline_note.setText(
            self.tr("Offline: searching the invoices on this computer, as of {time}.").format(
                time=when
            )
            if when
            else self.tr("Offline: no invoices have been synced to this computer yet.")
        )
        self.offline_note.show()
