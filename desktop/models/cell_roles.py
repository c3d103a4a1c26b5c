"""Every role of a table cell in one `multiData` call, for the windowed tables (invoices,
relationships) whose rows' texts are formatted once and kept: a delegate asks seven roles
per cell and paint, and hands the same span over for every cell, so each role is set or
cleared."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
# The roles a view asks of every cell besides its text.
_ASKED = (
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.SizeHintRole,
)


def never_answered(*answered: Qt.ItemDataRole) -> frozenset[int]:
    """The asked roles a model never answers but `answered`: left empty without a call."""
    return frozenset(int(role) for role in _ASKED if role not in answered)


def fill_roles(
    span: Any,
    texts: Sequence[str] | None,
    column: int,
    unanswered: frozenset[int],
    other: Callable[[int], Any],
) -> None:
    """Set each role of `span` (a QModelRoleDataSpan) for a cell whose row shows `texts`
    (None: not a cell of a row held); roles besides the text are `other(role)`."""
    for i in range(span.size()):
        item = span[i]
        role = item.role()
        value: Any = None
        if texts is None or role in unanswered:
            pass
        elif role == DISPLAY:
            value = texts[column]
        else:
            value = other(role)
        if value is None:
            item.clearData()
        else:
            item.setData(value)
