"""Connection requests as a table: state, buyers, account, ticket numbers, dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject

from desktop.domain.tones import Tone
from desktop.domain.types import ConnectionRequestRow, RequestItemState
from desktop.models.local_time import as_utc, format_datetime, iso_datetime
from desktop.models.refusals import refusal_text
from desktop.models.row_table_model import RowTableModel

__all__ = ["ConnectionRequestsModel"]

STATE, BUYERS, ACCOUNT, TICKETS, CREATED, UPDATED = range(6)

_TONES = {
    "queued": Tone.INFO,
    "open": Tone.WARN,
    "completed": Tone.GOOD,
    "cancelled": Tone.NEUTRAL,
    "failed": Tone.BAD,
}


class ConnectionRequestsModel(RowTableModel[ConnectionRequestRow]):
    columns = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: dict[str, str] = {}

    def set_rows(
        self, rows: Sequence[ConnectionRequestRow], accounts: Mapping[str, str] | None = None
    ) -> None:
        if accounts is not None:
            self._accounts = dict(accounts)
        super().set_rows(rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Status"),
            self.tr("Customers"),
            self.tr("Account"),
            self.tr("Ticket number"),
            self.tr("Created"),
            self.tr("Updated"),
        )

    def state_text(self, state: str) -> str:
        names = {
            "queued": self.tr("Queued"),
            "open": self.tr("Open"),
            "completed": self.tr("Completed"),
            "cancelled": self.tr("Cancelled"),
            "failed": self.tr("Not sent"),
        }
        return names.get(state, state)

    def status_text(self, row: ConnectionRequestRow) -> str:
        """The state, and for a completed request how it ended: a rejection is said as such."""
        ending = _ending(row)
        if ending == "rejected":
            return self.tr("Rejected")
        if ending == "partly_rejected":
            return self.tr("Completed: partly rejected")
        return self.state_text(row.state)

    def tone(self, row: ConnectionRequestRow, column: int) -> str | None:
        if column != STATE:
            return None
        ending = _ending(row)  # the dot follows how it ended for the customers
        if ending == "rejected":
            return Tone.BAD
        if ending == "partly_rejected":
            return Tone.WARN
        return _TONES.get(row.state, Tone.NEUTRAL)

    def tooltip(self, row: ConnectionRequestRow, column: int) -> str | None:
        if column == STATE:
            return refusal_text(row.error) if row.error else None
        if column in (BUYERS, TICKETS, ACCOUNT):  # the whole text where the column elides it
            return self.text(row, column) or None
        return None

    def sort_key(self, row: ConnectionRequestRow, column: int) -> Any:
        if column == CREATED:
            return as_utc(row.created_at).timestamp()
        if column == UPDATED:
            return as_utc(row.updated_at).timestamp()
        return self.text(row, column)

    def export_text(self, row: ConnectionRequestRow, column: int) -> str | None:
        if column == CREATED:
            return iso_datetime(row.created_at)
        if column == UPDATED:
            return iso_datetime(row.updated_at)
        return None

    def text(self, row: ConnectionRequestRow, column: int) -> str:
        if column == STATE:
            return self.status_text(row)
        if column == BUYERS:
            return ", ".join(item.buyer_name for item in row.items)
        if column == ACCOUNT:
            return self._accounts.get(row.account_id, row.account_id)
        if column == TICKETS:
            return ", ".join(item.ticket_number for item in row.items if item.ticket_number)
        if column == CREATED:
            return format_datetime(row.created_at)
        if column == UPDATED:
            return format_datetime(row.updated_at)
        return ""


def _ending(row: ConnectionRequestRow) -> str | None:
    """For a completed request: "rejected" (every customer declined), "partly_rejected"."""
    if row.state != "completed":
        return None
    ended = {item.state for item in row.items}
    if RequestItemState.REJECTED not in ended:
        return None
    return "partly_rejected" if RequestItemState.CONNECTED in ended else "rejected"
