"""The bulk connect's result as CSV or XLSX, safe to open in a spreadsheet.

Every cell goes through `desktop.domain.export_cells`, the one rule of every export: in CSV a
text a spreadsheet could run as a formula gets a leading apostrophe; in XLSX every cell is
typed text with the value unchanged, never a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.export_cells import neutralise, xlsx_text_cell


def write_csv(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], delimiter: str = ";"
) -> None:
    """UTF-8 with BOM (Excel reads it right), the user's delimiter."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(h) for h in headers])
        writer.writerows([neutralise(c) for c in row] for row in rows)


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([xlsx_text_cell(sheet, h) for h in headers])
    for row in rows:
        sheet.append([xlsx_text_cell(sheet, c) for c in row])
    book.save(str(path))
