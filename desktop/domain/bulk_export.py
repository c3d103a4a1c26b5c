"""The bulk connect's result as CSV or XLSX, safe to open in a spreadsheet.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
leading apostrophe, so no spreadsheet takes it for a formula (CSV injection); the XLSX
writer never writes formulas at all.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(text: str) -> str:
    return "'" + text if text.startswith(_DANGEROUS) else text


def write_csv(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], delimiter: str = ";"
) -> None:
    """UTF-8 with BOM (Excel reads it right), the user's delimiter."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([escape_cell(h) for h in headers])
        writer.writerows([escape_cell(c) for c in row] for row in rows)


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet()

    def cells(values: Sequence[str]) -> list[WriteOnlyCell]:
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=escape_cell(value))
            cell.data_type = "s"  # text, never a formula
            out.append(cell)
        return out

    sheet.append(cells(headers))
    for row in rows:
        sheet.append(cells(row))
    book.save(str(path))
