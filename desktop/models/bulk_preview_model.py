"""The bulk connect preview: one row per spreadsheet row, its match, the customer chosen,
the account, a checkbox, and once sent the portal's outcome."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.bulk_preview import PreviewRow, RowOutcome, RowState, file_order
from desktop.domain.tones import Tone
from desktop.models.countries import country_name
from desktop.models.refusals import refusal_text
from desktop.models.roles import Roles
from wire.text import compact_vat, fold

Index = QModelIndex | QPersistentModelIndex
PreviewRole = Roles.ROW  # the PreviewRow (the old name, for the bulk page that imports it)

# What a supplier reads first comes first: the row, what it matched, what came of it.
(COL_ROW, COL_NAME, COL_VAT, COL_MATCH, COL_CUSTOMER, COL_NETWORK, COL_OUTCOME, COL_COUNTRY,
 COL_GROUP, COL_ACCOUNT, COL_VENDOR) = range(11)  # fmt: skip
LAST_COLUMN = COL_VENDOR

STATE_TONES = {
    RowState.EXACT: Tone.GOOD,
    RowState.CHOSEN: Tone.GOOD,
    RowState.PROBABLE: Tone.WARN,
    RowState.NOT_FOUND: Tone.BAD,
    RowState.INVALID_VAT: Tone.BAD,
    RowState.ALREADY_CONNECTED: Tone.INFO,
    RowState.ALREADY_REQUESTED: Tone.INFO,
    RowState.DUPLICATE: Tone.NEUTRAL,
    RowState.NO_ACCOUNT: Tone.WARN,
    RowState.BAD_VENDOR_CODE: Tone.BAD,
    RowState.UNMATCHED: Tone.NEUTRAL,
    RowState.EMPTY: Tone.NEUTRAL,
}
OUTCOME_TONES = {
    RowOutcome.QUEUED: Tone.NEUTRAL,
    RowOutcome.SENT: Tone.INFO,
    RowOutcome.CONNECTED: Tone.GOOD,
    RowOutcome.VERIFICATION_REQUIRED: Tone.WARN,
    RowOutcome.TICKET_OPENED: Tone.INFO,
    RowOutcome.REJECTED: Tone.BAD,
    RowOutcome.ALREADY_CONNECTED: Tone.GOOD,
    RowOutcome.ALREADY_REQUESTED: Tone.INFO,
    RowOutcome.CANCELLED: Tone.NEUTRAL,
    RowOutcome.REFUSED: Tone.BAD,
}


class BulkPreviewModel(QAbstractTableModel):
    checks_changed = Signal()  # a checkbox or a choice changed: the summary follows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []  # as shown: sorted by a column, or the file's order
        self._file_rows: list[PreviewRow] = []  # the file's order
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._account_names: dict[str, str] = {}
        self._state_words: dict[RowState, str] = {}
        self._outcome_words: dict[RowOutcome, str] = {}

    def retranslate(self) -> None:
        """The language changed: the headers and every row's words follow."""
        self._state_words, self._outcome_words = {}, {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LAST_COLUMN)
        self._all_changed()

    # --- words -------------------------------------------------------------------------
    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Row"),
            self.tr("Name in file"),
            self.tr("VAT number"),
            self.tr("Match"),
            self.tr("Customer"),
            self.tr("Network number"),
            self.tr("Outcome"),
            self.tr("Country"),
            self.tr("Group"),
            self.tr("Account"),
            self.tr("Vendor code"),
        )

    def state_text(self, row: PreviewRow) -> str:
        state = row.state
        if state == RowState.INVALID_VAT or (row.match_state == "invalid_vat" and row.chosen):
            if row.vat_problem == "wrong_country":
                return self.tr("VAT number of another country")
            if state == RowState.INVALID_VAT:
                return self.tr("Invalid VAT number")
        if state == RowState.DUPLICATE:
            return self.tr("Duplicate of row {row}").format(row=row.duplicate_of)
        return self._state_word(state)

    def _state_word(self, state: RowState) -> str:
        if self._state_words:
            return self._state_words.get(state, "")
        self._state_words = {
            RowState.UNMATCHED: self.tr("Not matched yet"),
            RowState.EXACT: self.tr("Exact"),
            RowState.PROBABLE: self.tr("Probable: choose"),
            RowState.CHOSEN: self.tr("Chosen"),
            RowState.NOT_FOUND: self.tr("Not found"),
            RowState.INVALID_VAT: self.tr("Invalid VAT number"),
            RowState.ALREADY_CONNECTED: self.tr("Already connected"),
            RowState.ALREADY_REQUESTED: self.tr("Already requested"),
            RowState.NO_ACCOUNT: self.tr("No account"),
            RowState.BAD_VENDOR_CODE: self.tr("Vendor code too long"),
            RowState.EMPTY: self.tr("Empty row"),
        }
        return self._state_words.get(state, "")

    def outcome_text(self, row: PreviewRow) -> str:
        outcome = row.outcome
        if outcome is None:
            return ""
        if outcome == RowOutcome.TICKET_OPENED and row.item and row.item.ticket_number:
            return self.tr("Ticket {number}").format(number=row.item.ticket_number)
        if outcome == RowOutcome.REFUSED and row.error:
            return self.tr("Refused: {reason}").format(reason=refusal_text(row.error))
        if not self._outcome_words:
            self._outcome_words = {
                RowOutcome.QUEUED: self.tr("Waiting to be sent"),
                RowOutcome.SENT: self.tr("Sent"),
                RowOutcome.CONNECTED: self.tr("Connected"),
                RowOutcome.VERIFICATION_REQUIRED: self.tr("Verification required"),
                RowOutcome.TICKET_OPENED: self.tr("Ticket opened"),
                RowOutcome.REJECTED: self.tr("Rejected"),
                RowOutcome.ALREADY_CONNECTED: self.tr("Already connected"),
                RowOutcome.ALREADY_REQUESTED: self.tr("Already requested"),
                RowOutcome.CANCELLED: self.tr("Cancelled"),
                RowOutcome.REFUSED: self.tr("Refused"),
            }
        return self._outcome_words[outcome]

    # --- rows --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PreviewRow]) -> None:
        """A new list, in the file's order (then sorted as the preview was)."""
        self.beginResetModel()
        self._file_rows = sorted(rows, key=file_order)
        self._rows = self._in_order(*self._sorted) if self._sorted else list(self._file_rows)
        self.endResetModel()
        self.checks_changed.emit()

    def set_account_names(self, names: dict[str, str]) -> None:
        self._account_names = dict(names)
        self._all_changed()

    def rows(self) -> list[PreviewRow]:
        """Every row in the file's order, however the preview is sorted."""
        return list(self._file_rows)

    def change_all(self, change: Callable[[list[PreviewRow]], bool]) -> None:
        """Apply `change` to all rows at once, in the file's order (True: any changed)."""
        if change(list(self._file_rows)):
            self._all_changed()
            self.checks_changed.emit()

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def update_rows(self, change: Callable[[PreviewRow], bool]) -> None:
        """Apply `change` to every row (True: it changed); one signal for the lot."""
        changed = [change(r) for r in self._rows]
        if any(changed):
            self._all_changed()
            self.checks_changed.emit()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, LAST_COLUMN))
        self.checks_changed.emit()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, LAST_COLUMN))

    # --- sorting -----------------------------------------------------------------------
    def sort_key(self, row: PreviewRow, column: int) -> int | str:
        return file_order(row) if column == COL_ROW else self._text(row, column).casefold()

    def _in_order(self, column: int, order: Qt.SortOrder) -> list[PreviewRow]:
        """One key per row, then Python's sort (stable: ties keep the file's order)."""
        keys = {id(r): self.sort_key(r, column) for r in self._file_rows}
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(self._file_rows, key=lambda r: keys[id(r)], reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column <= LAST_COLUMN:
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._in_order(column, order)
        place = {id(r): i for i, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(place[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LAST_COLUMN + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and index.column() == COL_ROW and row.ready:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ROW:
            # A box where it can be ticked; a sent row shows it went; others have none.
            if row.local_id is not None:
                return Qt.CheckState.Checked
            if not row.ready:
                return None
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Roles.TONE:
            if column == COL_MATCH:
                return STATE_TONES.get(row.state)
            if column == COL_OUTCOME and row.outcome is not None:
                return OUTCOME_TONES.get(row.outcome)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column) or None
        if role == Roles.SORT:
            return self.sort_key(row, column)
        if role == Roles.ROW:
            return row
        if role == Roles.STATE:
            return row.state.value
        if role == Roles.SEARCH:
            chosen = row.chosen
            parts = [
                row.row.name,
                chosen.name if chosen else "",
                chosen.network_number or "" if chosen else "",
            ]
            return fold(" ".join(parts)) + " " + compact_vat(row.row.vat_number).casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_ROW:
            return False
        if not row.ready:
            return False
        row.checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.row_changed(index.row())
        return True

    def _text(self, row: PreviewRow, column: int) -> str:
        chosen = row.chosen
        if column == COL_ROW:
            return row.row.ref
        if column == COL_NAME:
            return row.row.name
        if column == COL_VAT:
            return row.row.vat_number
        if column == COL_COUNTRY:
            return country_name(row.row.country) if row.row.country else row.row.country_text
        if column == COL_MATCH:
            return self.state_text(row)
        if column == COL_CUSTOMER:
            return chosen.name if chosen else ""
        if column == COL_NETWORK:
            return (chosen.network_number or "") if chosen else row.row.network_number
        if column == COL_GROUP:
            return (chosen.group_name or "") if chosen else ""
        if column == COL_ACCOUNT:
            return self._account_names.get(row.account_id or "", row.row.account)
        if column == COL_VENDOR:
            return row.row.vendor_code
        if column == COL_OUTCOME:
            return self.outcome_text(row)
        return ""
