"""Home: the three action cards, Notifications, and the failed and saved invoices."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desktop.app.context import AppContext
from desktop.app.resources import icon
from desktop.app.start_marks import mark
from desktop.domain.invoices import InvoiceDashboard
from desktop.domain.types import Changed, SyncStatus, TicketRow, TicketState
from desktop.forms.ui_home import Ui_HomePage
from desktop.models.formats import format_count, with_count
from desktop.models.invoice_words import format_amount
from desktop.models.local_time import as_utc, format_date, format_day
from desktop.operations.home import load_invoice_dashboard, load_tickets
from desktop.views.page_keys import PageKey
from desktop.views.pages.home_drafts import HomeDrafts
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.invoice_summary_table import InvoiceSummaryTable
from wire.collections import Collection

log = logging.getLogger(__name__)

OPEN_TICKET_STATES = (TicketState.OPEN, TicketState.IN_PROGRESS)
INVOICE_COLLECTIONS = frozenset({Collection.INVOICES, Collection.ACCOUNTS})
SUMMARY_ROWS = 5  # rows in Home's failed and saved tables; View all shows the rest


class HomePage(Retranslating, QWidget):
    navigate = Signal(str)
    new_connection_requested = Signal()  # the CONNECT card: an empty Connect form
    create_invoice_requested = Signal()  # the CREATE INVOICE card: the invoice editor
    open_draft_requested = Signal(str)  # a draft in Saved invoices: the editor on it
    first_filled = Signal()  # once: the first invoice figures shown (or their read failed)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.setObjectName("homePage")
        ui = self.ui

        connect, send, status = self._cards = (ui.connectCard, ui.sendCard, ui.statusCard)
        for card in self._cards:
            card.setObjectName("card")  # the style sheet's name for the three
        self.connect_button = connect.add_button()
        self.connect_button.clicked.connect(self.new_connection_requested)
        self.connect_button.clicked.connect(lambda: self.navigate.emit(PageKey.CONNECT))
        self.view_all_button = connect.add_button()
        self.view_all_button.clicked.connect(lambda: self.navigate.emit(PageKey.RELATIONSHIPS))
        self.create_invoice_button = send.add_button()
        self.create_invoice_button.clicked.connect(self.create_invoice_requested)
        self.where_button = status.add_button()
        self.where_button.clicked.connect(lambda: self.navigate.emit(PageKey.INVOICES.view("all")))

        ui.notificationsSection.setObjectName("section")
        ui.notificationsTitle.setObjectName("sectionTitle")
        self.notifications_title = ui.notificationsTitle
        self.refreshed = ui.refreshedLabel
        self.refreshed.setObjectName("muted")
        self.notifications = ui.notifications
        header = self.notifications.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.failed_go = self._row_button(0)
        self.failed_go.clicked.connect(lambda: self.navigate.emit(PageKey.INVOICES.view("failed")))
        self.support_view_all = self._row_button(1)
        # The open ones: the count on this line.
        self.support_view_all.clicked.connect(
            lambda: self.navigate.emit(PageKey.SUPPORT.view("open"))
        )
        self._set_cells(0, 0, "", "")

        self.failed_table = InvoiceSummaryTable("", ["", "", ""], self)
        self.failed_table.view_all.clicked.connect(
            lambda: self.navigate.emit(PageKey.INVOICES.view("failed"))
        )
        self.saved_table = InvoiceSummaryTable("", ["", "", ""], self)
        self.saved_table.view_all.clicked.connect(
            lambda: self.navigate.emit(PageKey.INVOICES.view("saved"))
        )
        self.saved_table.align_right(2)
        self.drafts = HomeDrafts(ctx, self.saved_table)
        self.drafts.open_draft.connect(self.open_draft_requested)
        ui.tablesRow.addWidget(self.failed_table, 1)
        ui.tablesRow.addWidget(self.saved_table, 1)
        self._say_words()

        self._tickets: list[TicketRow] = []
        self._dashboard: InvoiceDashboard | None = None
        self._filled = False
        # "N minutes ago" moves on by itself, at each whole minute since the last sync.
        self._minute = QTimer(self)
        self._minute.setSingleShot(True)
        self._minute.timeout.connect(self._show_refreshed)
        ctx.changed.connect(self._on_changed)
        ctx.account_changed.connect(self._account_changed)
        # A bound method, not a lambda: a closed window's page is disconnected with it.
        ctx.status_changed.connect(self._status_changed)
        self._show_refreshed()
        self.reload()

    # --- words --------------------------------------------------------------------
    def _say_words(self) -> None:
        """The words set here (the form's own come from ui.retranslateUi)."""
        connect, send, status = self._cards
        connect.set_words(
            self.tr("Connect with customers"),
            self.tr("Search for and connect with more customers on the network"),
        )
        self.connect_button.setText(self.tr("CONNECT"))
        self.view_all_button.setText(self.tr("VIEW ALL"))
        send.set_words(self.tr("Send invoices"), self.tr("Create new invoices in a few clicks"))
        self.create_invoice_button.setText(self.tr("CREATE INVOICE"))
        self.create_invoice_button.setToolTip(self.tr("Write a new invoice in the editor"))
        status.set_words(
            self.tr("Check the status of your invoices"),
            self.tr("Track status changes of your invoices in real time"),
        )
        self.where_button.setText(self.tr("WHERE IS MY INVOICE?"))
        self._set_type(0, self.tr("Failed invoices"), "rejected")
        self._set_type(1, self.tr("Support requests"), "pending")
        self.failed_go.setText(self.tr("Go"))
        self.support_view_all.setText(self.tr("View all"))
        self.failed_table.set_words(
            self.tr("Failed invoices"), [self.tr("Number"), self.tr("Supplier"), self.tr("Buyer")]
        )
        self.saved_table.set_words(
            self.tr("Saved invoices"), [self.tr("Number"), self.tr("Buyer"), self.tr("Amount")]
        )

    def retranslate(self) -> None:
        """Every text again in the language spoken now; counts and dates in its locale."""
        self._say_words()
        self.drafts.retranslate()
        self._show_invoices()
        self._show_tickets()
        self._show_refreshed()

    def _set_type(self, row: int, text: str, dot: str) -> None:
        item = QTableWidgetItem(icon(f"dot-{dot}"), text)
        self.notifications.setItem(row, 0, item)

    def _row_button(self, row: int) -> QPushButton:
        button = QPushButton(self.notifications)
        button.setProperty("role", "link")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notifications.setCellWidget(row, 4, button)
        return button

    def _set_cells(self, row: int, count: int, date: str, customer: str) -> None:
        for column, text in ((1, format_count(count)), (2, date), (3, customer)):
            self.notifications.setItem(row, column, QTableWidgetItem(text))

    # --- data -------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_tickets()
        self.reload_invoices()

    def reload_tickets(self) -> None:
        load_tickets(self.ctx, self).success(self._tickets_loaded).run()

    def reload_invoices(self) -> None:
        """The dashboard's invoice counts and rows: SQL aggregates, off the GUI thread; an
        answer for an older account or sync is dropped."""
        load_invoice_dashboard(
            self.ctx, self, self.ctx.current_account_id, rows=SUMMARY_ROWS
        ).success(self._dashboard_loaded).failure(self._dashboard_failed).run()

    def _on_changed(self, collections: Changed) -> None:
        if Collection.TICKETS in collections:
            self.reload_tickets()
        if collections & INVOICE_COLLECTIONS:
            self.reload_invoices()

    def _account_changed(self, _account: str) -> None:
        self._show_tickets()
        self.reload_invoices()

    def _dashboard_loaded(self, dashboard: InvoiceDashboard) -> None:
        self._dashboard = dashboard
        self._show_invoices()
        if dashboard.total and self.isVisible():
            mark("home")  # bench/bench_start.py: Home shows the invoices
        self._say_filled()

    def _say_filled(self) -> None:
        if not self._filled:
            self._filled = True
            self.first_filled.emit()

    def _dashboard_failed(self, exc: BaseException) -> None:
        log.warning("reading the invoice dashboard failed: %s", type(exc).__name__)
        text = self.tr("The invoices could not be read from this computer's copy.")
        self.failed_table.show_empty(text)
        self.saved_table.show_empty(text)
        self._say_filled()

    def _show_invoices(self) -> None:
        board = self._dashboard
        if board is None:
            return
        latest = board.latest_failed
        self._set_cells(
            0,
            board.failed_count,
            format_day(latest.issue_date) if latest else "",
            latest.buyer_name if latest else "",
        )
        names = {a.id: a.name for a in self.ctx.accounts}
        self.failed_table.set_rows(
            [[i.number, names.get(i.account_id, ""), i.buyer_name] for i in board.failed],
            board.failed_count,
        )
        self.drafts.show(
            [[i.number, i.buyer_name, format_amount(i.amount, i.currency)] for i in board.saved],
            board.saved_count,
        )
        if board.total == 0:
            nothing = self.tr(
                "No invoices on this computer yet. Once a customer is connected, its invoices "
                "arrive with the next sync."
            )
            self.failed_table.show_empty(nothing)
            self.saved_table.show_empty(nothing)
            self.drafts.show([], 0)  # drafts written here show even before any invoice
            return
        if not board.failed_count:
            self.failed_table.show_empty(
                self.tr("No failed invoices. Nothing needs your attention.")
            )
        if not board.saved_count and not self.drafts.drafts and not self.drafts.queued:
            self.saved_table.show_empty(self.tr("No saved invoices waiting to be sent."))

    @property
    def failed_invoices(self) -> int:
        return self._dashboard.failed_count if self._dashboard is not None else 0

    def _tickets_loaded(self, tickets: list[TicketRow]) -> None:
        self._tickets = tickets
        self._show_tickets()

    def _open_tickets(self) -> list[TicketRow]:
        """The header's account's open support requests (all of them when none is chosen)."""
        account = self.ctx.current_account_id
        return [
            t
            for t in self._tickets
            if t.state in OPEN_TICKET_STATES and (account is None or t.account_id == account)
        ]

    def _show_tickets(self) -> None:
        open_tickets = self._open_tickets()
        latest = max(open_tickets, key=lambda t: as_utc(t.updated_at), default=None)
        date = format_date(latest.updated_at) if latest is not None else ""
        customer = latest.buyer_name if latest is not None else ""
        self._set_cells(1, len(open_tickets), date, customer)

    @property
    def open_support_requests(self) -> int:
        return len(self._open_tickets())

    def _status_changed(self, _status: SyncStatus) -> None:
        self._show_refreshed()

    def _show_refreshed(self) -> None:
        status: SyncStatus = self.ctx.status
        if status.last_synced_at is None:
            self.refreshed.setText(self.tr("Not refreshed yet"))
            return
        synced = as_utc(status.last_synced_at)
        seconds = max(0.0, (datetime.now(UTC) - synced).total_seconds())
        minutes = int(seconds // 60)
        self._minute.start(int((60 - seconds % 60) * 1000) + 50)  # just past the next minute
        if minutes == 0:
            self.refreshed.setText(self.tr("Last refreshed: just now"))
        else:
            self.refreshed.setText(
                with_count(self.tr("Last refreshed: %n minute(s) ago", "", minutes), minutes)
            )
