"""Export exactly what a table view shows (filtered, sorted, visible columns) to CSV.

Dates go out as ISO 8601 (2026-11-27), whatever the UI's language: every spreadsheet reads
them as dates, and "27.11.26" or "11/27/26" are read wrong or not at all. Every cell goes through
`desktop.domain.export_cells.neutralise`: a buyer's name such as `=HYPERLINK(...)` is written as
text, never as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desktop.domain.export_cells import neutralise
from desktop.models.row_table_model import ExportRole


def visible_table(view: QTableView) -> tuple[list[str], list[list[str]]]:
    """Headers and display texts, columns in their on-screen order, hidden ones left out."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    rows = [[_cell(model.index(r, c)) for c in columns] for r in range(model.rowCount())]
    return titles, rows


def _cell(index: QModelIndex) -> str:
    exported = index.data(ExportRole)
    if exported is not None:
        return str(exported)
    return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def csv_delimiter(locale: QLocale | None = None) -> str:
    """Excel reads ";" where the decimal separator is a comma (e.g. in Poland)."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


def write_csv(path: Path, titles: list[str], rows: list[list[str]], delimiter: str = ",") -> int:
    """UTF-8 with a BOM so Excel shows Polish letters; returns the number of data rows."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(t) for t in titles])
        writer.writerows([neutralise(c) for c in row] for row in rows)
    return len(rows)
