"""Help & Support > Support requests: tickets the network opened, and how they ended;
filtered as you type, by status and by account, like Customer relationships. The layout and
its fixed words are the Designer form ui/support_requests_page.ui."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.app.resources import icon
from desktop.domain.types import TicketRow
from desktop.forms.ui_support_requests_page import Ui_SupportRequestsPage
from desktop.models.accounts_model import FirstRow
from desktop.models.formats import format_count, with_count
from desktop.models.tickets_model import CUSTOMER, UPDATED, TicketsModel
from desktop.models.tickets_proxy import TicketsFilterProxy
from desktop.operations.op import QueryOp
from desktop.operations.tickets import load_tickets
from desktop.views.dialogs.ticket_dialog import TicketDialog
from desktop.views.pages.row_list_page import RowListPage
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class SupportRequestsPage(RowListPage):
    watched = frozenset({Collection.TICKETS, Collection.ACCOUNTS})
    elide_column = CUSTOMER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: TicketsModel
        self.proxy: TicketsFilterProxy
        super().__init__(
            ctx,
            Ui_SupportRequestsPage(),
            TicketsModel(),
            sort_column=UPDATED,
            proxy=TicketsFilterProxy(),
            parent=parent,
        )
        self.table.setObjectName("supportRequestsTable")
        self.dialog: TicketDialog | None = None

        ui = self.ui
        self.filter_edit = ui.filterEdit
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.status_label, self.status_combo = ui.statusLabel, ui.statusFilter
        self.status_combo.currentIndexChanged.connect(self._on_filter)
        self.account_label, self.account_combo = ui.accountLabel, ui.accountFilter
        self.account_combo.configure(FirstRow.ALL)
        self.count_label = ui.muted
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        self.retranslate()
        # The header's account becomes the filter; "All accounts" stays one click away.
        self.account_combo.bind(ctx, follow_header=True)
        self.account_combo.chosen.connect(self._on_filter)
        self._on_filter()
        self.reload()

    def retranslate(self) -> None:
        self._fill_status()
        self._update_count()
        super().retranslate()

    def _fill_status(self) -> None:
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All"), None)
        self.status_combo.addItem(icon("dot-pending"), self.tr("Open"), "open")
        self.status_combo.addItem(icon("dot-active"), self.tr("Resolved"), "resolved")
        self.status_combo.addItem(icon("dot-neutral"), self.tr("Closed"), "closed")
        self.status_combo.setToolTip(self.tr("Open: the network is still working on it"))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(current), 0))
        self.status_combo.blockSignals(False)

    # --- filtering ------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def show_open(self) -> None:
        """Home's "Support requests: N › View all": the N open ones of the account Home counts
        (the header's), nothing else hiding them."""
        self.filter_edit.clear()
        self.account_combo.setCurrentIndex(0)  # "All accounts" unless the header's is there
        self.account_combo.select(self._ctx.current_account_id)
        self.status_combo.setCurrentIndex(self.status_combo.findData("open"))

    def show_view(self, view: str) -> None:
        if view == "open":
            self.show_open()

    def _on_filter(self, *_: object) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_status(self.status_combo.currentData())
        self.proxy.set_account(self.account_combo.account_id())
        self._update_count()

    def _update_count(self, *_: object) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        shown_text = with_count(self.tr("Showing %n of {total}", "", shown), shown)
        self.count_label.setText(shown_text.format(total=format_count(total)))
        if total and not shown:
            self.empty.setText(self.tr("No support requests match your filter."))
        else:
            self.empty.setText(self.tr("No support requests."))
        self.empty.setVisible(not shown)

    # --- rows -------------------------------------------------------------------
    def load(self) -> QueryOp[list[TicketRow]]:
        return load_tickets(self._ctx, self)

    def fill(self, result: Any) -> int:
        self.model.set_rows(result)
        return int(self.proxy.rowCount())

    def open_row(self, row: Any) -> None:
        if not isinstance(row, TicketRow):
            return
        self.dialog = TicketDialog(row, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
