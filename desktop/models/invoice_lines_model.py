"""The invoice editor's lines: what the user typed per cell, each line parsed as it changes.

A line is parsed once per edit of that line (not per keystroke elsewhere), so the totals
at 500 lines are one sum over parsed lines. A cell that does not pass keeps the user's text,
is marked (Roles.PROBLEM), and its line is left out of the document until it is corrected.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.domain.invoice_form import LineEntry, Problem, parse_line
from desktop.models.roles import Roles
from einvoice.document import Line

Index = QModelIndex | QPersistentModelIndex
COLUMNS = LineEntry.COLUMNS + ("net",)
NET_COLUMN = len(LineEntry.COLUMNS)
# The old names, for the line delegate that imports them.
ProblemRole = Roles.PROBLEM  # the problem word of a cell, or None
MarkRole = Roles.MARK  # True: a finding names this cell


class InvoiceLinesModel(QAbstractTableModel):
    lines_changed = Signal()  # a line was added, removed or edited: recompute the totals
    edited = Signal()  # the user changed a line (not a fill from a document)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[LineEntry] = []
        self._parsed: list[Line | Problem] = []
        self._nets: list[Decimal | None] = []
        self._marks: set[tuple[int, str]] = set()
        self.credit = False
        self.headers: list[str] = list(COLUMNS)  # the view's words (set by the editor)

    # --- the editor's side ------------------------------------------------------
    def set_entries(self, entries: list[LineEntry]) -> None:
        self.beginResetModel()
        self._entries = [replace(e) for e in entries]
        self._parsed = [self._parse(e, i) for i, e in enumerate(self._entries)]
        self._nets = [None] * len(self._entries)
        self._marks.clear()
        self.endResetModel()
        self.lines_changed.emit()

    def entries(self) -> list[LineEntry]:
        return [replace(e) for e in self._entries]

    def add_line(self, entry: LineEntry | None = None) -> int:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry or LineEntry())
        self._parsed.append(self._parse(self._entries[row], row))
        self._nets.append(None)
        self.endInsertRows()
        self.lines_changed.emit()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row], self._parsed[row], self._nets[row]
        self.endRemoveRows()
        # The lines after it move up: their ids are their positions.
        self._parsed = [self._parse(e, i) for i, e in enumerate(self._entries)]
        self._marks = {(r if r < row else r - 1, c) for r, c in self._marks if r != row}
        self.lines_changed.emit()
        self.edited.emit()

    def lines(self) -> tuple[Line, ...] | Problem:
        """Every line parsed, or the first line's problem."""
        for parsed in self._parsed:
            if isinstance(parsed, Problem):
                return parsed
        return tuple(p for p in self._parsed if isinstance(p, Line))

    def good_lines(self) -> tuple[Line, ...]:
        """The lines that pass (the live totals count these)."""
        return tuple(p for p in self._parsed if isinstance(p, Line))

    def set_nets(self, good_nets: list[Decimal]) -> None:
        """The net amounts of the lines that pass (`good_lines()` order), shown in their rows;
        only the cells whose amount changed are repainted (one per keystroke, not a column)."""
        old = self._nets
        amounts = iter(good_nets)
        self._nets = [next(amounts, None) if isinstance(p, Line) else None for p in self._parsed]
        changed = [r for r in range(len(self._nets)) if r >= len(old) or old[r] != self._nets[r]]
        if not changed:
            return
        top, bottom = self.index(changed[0], NET_COLUMN), self.index(changed[-1], NET_COLUMN)
        self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def set_marks(self, marks: set[tuple[int, str]]) -> None:
        self._marks = set(marks)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._entries) - 1, NET_COLUMN), [Roles.MARK]
            )

    def problem(self, row: int) -> Problem | None:
        parsed = self._parsed[row]
        return parsed if isinstance(parsed, Problem) else None

    def _parse(self, entry: LineEntry, row: int) -> Line | Problem:
        try:
            return parse_line(entry, row, credit=self.credit)
        except Problem as problem:
            return problem

    # --- Qt's side --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NET_COLUMN:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row, column = index.row(), index.column()
        if column == NET_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                net = self._nets[row] if row < len(self._nets) else None
                return "" if net is None else format(net, "f")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        name = COLUMNS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self._entries[row], name)
        if role == Roles.PROBLEM:
            parsed = self._parsed[row]
            if isinstance(parsed, Problem) and parsed.field == name:
                return parsed.word
            return None
        if role == Roles.MARK:
            return (row, name) in self._marks
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in (
            "description",
            "unit",
            "category",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column == NET_COLUMN:
            return False
        name = COLUMNS[column]
        text = "" if value is None else str(value)
        if getattr(self._entries[row], name) == text:
            return False
        setattr(self._entries[row], name, text)
        self._parsed[row] = self._parse(self._entries[row], row)
        self._marks.discard((row, name))
        self.dataChanged.emit(self.index(row, 0), self.index(row, NET_COLUMN))
        self.lines_changed.emit()
        self.edited.emit()
        return True
