"""Home: the three action cards, Notifications, and the invoice tables (empty for now)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.context import AppContext
from desktop.app.resources import icon
from desktop.domain.types import SyncStatus, TicketRow, TicketState
from desktop.models.local_time import as_utc, format_date
from desktop.views.widgets.action_card import ActionCard

OPEN_TICKET_STATES = (TicketState.OPEN, TicketState.IN_PROGRESS)


class HomePage(QWidget):
    navigate = Signal(str)
    new_connection_requested = Signal()  # the CONNECT card: an empty Connect form

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("homePage")

        cards = QHBoxLayout()
        connect = ActionCard(
            self.tr("Connect with customers"),
            self.tr("Search for and connect with more customers on the network"),
            self,
        )
        self.connect_button = connect.add_button(self.tr("CONNECT"))
        self.connect_button.clicked.connect(self.new_connection_requested)
        self.connect_button.clicked.connect(lambda: self.navigate.emit("connect"))
        self.view_all_button = connect.add_button(self.tr("VIEW ALL"))
        self.view_all_button.clicked.connect(lambda: self.navigate.emit("relationships"))
        send = ActionCard(
            self.tr("Send invoices"), self.tr("Create new invoices in a few clicks"), self
        )
        send.add_button(
            self.tr("CREATE INVOICE"), enabled=False, tooltip=self.tr("Not available yet")
        )
        status = ActionCard(
            self.tr("Check the status of your invoices"),
            self.tr("Track status changes of your invoices in real time"),
            self,
        )
        status.add_button(
            self.tr("WHERE IS MY INVOICE?"), enabled=False, tooltip=self.tr("Not available yet")
        )
        for card in (connect, send, status):
            cards.addWidget(card, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addWidget(self._notifications_section())
        tables = QHBoxLayout()
        tables.addWidget(
            self._invoice_section(
                self.tr("Failed invoices"),
                [self.tr("Number"), self.tr("Supplier"), self.tr("Buyer")],
            ),
            1,
        )
        tables.addWidget(
            self._invoice_section(
                self.tr("Saved invoices"), [self.tr("Number"), self.tr("Buyer"), self.tr("Amount")]
            ),
            1,
        )
        layout.addLayout(tables)
        layout.addStretch(1)

        self._tickets: list[TicketRow] = []
        self._minute = QTimer(self)  # "N minutes ago" has to move on by itself
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._show_refreshed)
        self._minute.start()
        ctx.changed.connect(self._on_changed)
        ctx.account_changed.connect(lambda _account: self._show_tickets())
        ctx.status_changed.connect(lambda _status: self._show_refreshed())
        self._show_refreshed()
        self.reload()

    # --- sections -------------------------------------------------------------
    def _notifications_section(self) -> QFrame:
        section = QFrame(self)
        section.setObjectName("section")
        title = QLabel(self.tr("Notifications"), section)
        title.setObjectName("sectionTitle")
        self.refreshed = QLabel(section)
        self.refreshed.setObjectName("muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.refreshed)
        head.addStretch(1)

        self.notifications = QTableWidget(2, 5, section)
        self.notifications.setObjectName("notifications")
        self.notifications.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Count"), self.tr("Date"), self.tr("Customer"), ""]
        )
        self.notifications.verticalHeader().hide()
        self.notifications.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.notifications.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.notifications.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notifications.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notifications.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        header = self.notifications.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._set_type(0, self.tr("Failed invoices"), "rejected")
        self._set_type(1, self.tr("Support requests"), "pending")
        self.failed_go = self._row_button(0, self.tr("Go"), enabled=False)
        self.failed_go.setToolTip(self.tr("Not available yet"))
        self.support_view_all = self._row_button(1, self.tr("View all"))
        # The open ones: the count on this line.
        self.support_view_all.clicked.connect(lambda: self.navigate.emit("support:open"))
        self._set_cells(0, 0, "", "")

        layout = QVBoxLayout(section)
        layout.addLayout(head)
        layout.addWidget(self.notifications)
        return section

    def _set_type(self, row: int, text: str, dot: str) -> None:
        item = QTableWidgetItem(icon(f"dot-{dot}"), text)
        self.notifications.setItem(row, 0, item)

    def _row_button(self, row: int, text: str, *, enabled: bool = True) -> QPushButton:
        button = QPushButton(text, self.notifications)
        button.setProperty("role", "link")
        button.setEnabled(enabled)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notifications.setCellWidget(row, 4, button)
        return button

    def _set_cells(self, row: int, count: int, date: str, customer: str) -> None:
        for column, text in ((1, QLocale().toString(count)), (2, date), (3, customer)):
            self.notifications.setItem(row, column, QTableWidgetItem(text))

    def _invoice_section(self, title_text: str, columns: list[str]) -> QFrame:
        section = QFrame(self)
        section.setObjectName("section")
        title = QLabel(title_text, section)
        title.setObjectName("sectionTitle")
        view_all = QPushButton(self.tr("View all"), section)
        view_all.setProperty("role", "link")
        view_all.setEnabled(False)
        view_all.setToolTip(self.tr("Not available yet"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(view_all)
        table = QTableWidget(0, len(columns), section)
        table.setHorizontalHeaderLabels(columns)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No rows yet: just the header row, then the empty-state line.
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
        empty = QLabel(self.tr("No invoices yet"), section)
        empty.setObjectName("emptyState")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(section)
        layout.addLayout(head)
        layout.addWidget(table)
        layout.addWidget(empty)
        return section

    # --- data -------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.tasks.run(self.ctx.cache.tickets, self._tickets_loaded, owner=self)

    def _on_changed(self, collections: frozenset[str]) -> None:
        if "tickets" in collections:
            self.reload()

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

    def _show_refreshed(self) -> None:
        status: SyncStatus = self.ctx.status
        if status.last_synced_at is None:
            self.refreshed.setText(self.tr("Not refreshed yet"))
            return
        synced = as_utc(status.last_synced_at)
        minutes = max(0, int((datetime.now(UTC) - synced).total_seconds() // 60))
        if minutes == 0:
            self.refreshed.setText(self.tr("Last refreshed: just now"))
        else:
            self.refreshed.setText(self.tr("Last refreshed: %n minute(s) ago", "", minutes))
