"""Export exactly what a table view shows (filtered, sorted, visible columns) to CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView


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
    rows = [
        [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in columns]
        for r in range(model.rowCount())
    ]
    return titles, rows


def csv_delimiter(locale: QLocale | None = None) -> str:
    """Excel reads ";" where the decimal separator is a comma (e.g. in Poland)."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


def write_csv(path: Path, titles: list[str], rows: list[list[str]], delimiter: str = ",") -> int:
    """UTF-8 with a BOM so Excel shows Polish letters; returns the number of data rows."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(titles)
        writer.writerows(rows)
    return len(rows)
