"""Columns as wide as the texts a screen of rows shows, measured from a model's kept texts.

Qt's `resizeColumnsToContents` asks the delegate of up to a thousand cells a column and lays
each text out (100-350 ms over a windowed list of 100,000 rows, all on the GUI thread). The
tables over the cache keep each row's texts as shown (`texts(row)`): those are measured with
the table's font, plus what the delegate adds around a text (margins, the status dot), asked
of one cell per column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView

SIZE_BY_ROWS = 40  # the rows measured: about a screen


def text_widths(
    table: QTableView, texts: Callable[[int], tuple[str, ...] | None], rows: int, max_chars: int
) -> list[int]:
    """Each column's width: its widest text among the first rows, never less than its title,
    and no more than `max_chars` average characters unless the title needs it."""
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    char = metrics.averageCharWidth()
    held = [(row, t) for row in range(min(rows, SIZE_BY_ROWS)) if (t := texts(row)) is not None]
    widths = []
    for column in range(model.columnCount()):
        title = header.sectionSizeHint(column)
        widest = 0
        if held:
            # What the delegate adds around a text, asked of the first held row's cell.
            row, first = held[0]
            hint = table.sizeHintForIndex(model.index(row, column)).width()
            padding = max(0, hint - metrics.horizontalAdvance(first[column]))
            widest = max(metrics.horizontalAdvance(t[column]) for _, t in held) + padding
        wide = min(max(widest, title) + char, char * max_chars)
        widths.append(max(wide, title))
    return widths
