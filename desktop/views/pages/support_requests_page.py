"""Help & Support > Support requests: tickets the network opened, and how they ended."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.domain.types import TicketRow
from desktop.models.tickets_model import UPDATED, TicketsModel
from desktop.views.dialogs.ticket_dialog import TicketDialog
from desktop.views.pages.row_list_page import RowListPage

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class SupportRequestsPage(RowListPage):
    watched = frozenset({"tickets"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: TicketsModel
        super().__init__(ctx, TicketsModel(), sort_column=UPDATED, parent=parent)
        self.setObjectName("supportRequestsPage")
        self.table.setObjectName("supportRequestsTable")
        self.dialog: TicketDialog | None = None
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Support requests"))
        self.subtitle.setText(
            self.tr(
                "When a customer shares no invoice history, the network opens a support "
                "request and contacts the customer for you."
            )
        )
        self.details.setText(self.tr("View details"))
        self.empty.setText(self.tr("No support requests."))
        self.table.setAccessibleName(self.tr("Support requests"))

    def read(self) -> Callable[[], list[TicketRow]]:
        return self._ctx.cache.tickets

    def fill(self, result: Any) -> int:
        self.model.set_rows(result)
        return len(result)

    def open_row(self, row: Any) -> None:
        if not isinstance(row, TicketRow):
            return
        self.dialog = TicketDialog(row, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
