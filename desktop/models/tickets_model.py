"""Support requests (tickets) as a table: number, customer, state, resolution, dates."""

from __future__ import annotations

from typing import Any

from desktop.domain.tones import Tone
from desktop.domain.types import TicketRow, TicketState
from desktop.models.local_time import as_utc, format_datetime, iso_datetime
from desktop.models.row_table_model import RowTableModel

__all__ = ["TicketsModel", "ticket_tone"]

NUMBER, CUSTOMER, STATE, RESOLUTION, OPENED, UPDATED = range(6)


def ticket_tone(ticket: TicketRow) -> Tone:
    if ticket.state == TicketState.RESOLVED:
        return Tone.BAD if ticket.resolution == "rejected" else Tone.GOOD
    if ticket.state == TicketState.CLOSED:
        return Tone.NEUTRAL
    return Tone.WARN


class TicketsModel(RowTableModel[TicketRow]):
    columns = 6

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Ticket number"),
            self.tr("Customer"),
            self.tr("Status"),
            self.tr("Resolution"),
            self.tr("Opened"),
            self.tr("Updated"),
        )

    def state_text(self, state: str) -> str:
        names = {
            TicketState.OPEN.value: self.tr("Open"),
            TicketState.IN_PROGRESS.value: self.tr("In progress"),
            TicketState.RESOLVED.value: self.tr("Resolved"),
            TicketState.CLOSED.value: self.tr("Closed"),
        }
        return names.get(str(state), str(state))

    def resolution_text(self, resolution: str | None) -> str:
        names = {"connected": self.tr("Connected"), "rejected": self.tr("Rejected")}
        return names.get(resolution or "", resolution or "")

    def tone(self, row: TicketRow, column: int) -> str | None:
        return ticket_tone(row) if column == STATE else None

    def tooltip(self, row: TicketRow, column: int) -> str | None:
        return row.buyer_name if column == CUSTOMER else None  # whole, where the column elides

    def sort_key(self, row: TicketRow, column: int) -> Any:
        if column == OPENED:
            return as_utc(row.created_at).timestamp()
        if column == UPDATED:
            return as_utc(row.updated_at).timestamp()
        return self.text(row, column)

    def export_text(self, row: TicketRow, column: int) -> str | None:
        if column == OPENED:
            return iso_datetime(row.created_at)
        if column == UPDATED:
            return iso_datetime(row.updated_at)
        return None

    def text(self, row: TicketRow, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == CUSTOMER:
            return row.buyer_name
        if column == STATE:
            return self.state_text(row.state)
        if column == RESOLUTION:
            return self.resolution_text(row.resolution)
        if column == OPENED:
            return format_datetime(row.created_at)
        if column == UPDATED:
            return format_datetime(row.updated_at)
        return ""
