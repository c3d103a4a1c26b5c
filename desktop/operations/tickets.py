"""Support requests (tickets): the network opens and closes them; the desktop reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.domain.types import TicketRow
from desktop.operations.op import QueryOp

if TYPE_CHECKING:
    from desktop.app.context import AppContext


def load_tickets(ctx: AppContext, parent: QObject) -> QueryOp[list[TicketRow]]:
    """Every support request in the cache."""
    return QueryOp(ctx, ctx.cache.tickets, parent=parent, name="tickets.load")
