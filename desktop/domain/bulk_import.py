"""Reading a supplier's customer list: CSV (`,` `;` tab; UTF-8 with or without BOM,
UTF-16, Windows-1250 as Polish Excel writes it) or XLSX (openpyxl read-only, cached
values only: formulas are never evaluated).

Everything is refused before anything is matched or sent: an empty file, one that is
neither CSV nor XLSX, more than `FILE_MAX_BYTES`, more than `ROWS_MAX` rows, a header
alone, text in no encoding we know.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

ROWS_MAX = 5000
FILE_MAX_BYTES = 20 * 1024 * 1024
COLUMNS_MAX = 200
CELL_MAX = 1000
DELIMITERS = (";", ",", "\t")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old .xls format


class ImportProblem(StrEnum):
    EMPTY = "empty"
    NOT_TABLE = "not_table"
    OLD_EXCEL = "old_excel"
    TOO_LARGE = "too_large"
    TOO_MANY_ROWS = "too_many_rows"
    HEADER_ONLY = "header_only"
    BAD_ENCODING = "bad_encoding"
    UNREADABLE = "unreadable"


class BulkImportError(Exception):
    def __init__(self, problem: ImportProblem, count: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.count = count  # rows found, for TOO_MANY_ROWS


class Encoding(StrEnum):
    UTF8 = "UTF-8"
    UTF8_BOM = "UTF-8 with BOM"
    UTF16 = "UTF-16"
    CP1250 = "Windows-1250"


@dataclass(frozen=True)
class ImportedTable:
    name: str  # the file's name, for the user
    kind: str  # "csv" | "xlsx"
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # data rows only, each as long as `headers`
    encoding: Encoding | None = None  # CSV only
    delimiter: str | None = None  # CSV only


def read_table(path: Path) -> ImportedTable:
    """The file's first sheet (or the CSV) as text cells; `BulkImportError` when refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > FILE_MAX_BYTES:
            raise BulkImportError(ImportProblem.TOO_LARGE)
        if size == 0:
            raise BulkImportError(ImportProblem.EMPTY)
        data = path.read_bytes()
    except OSError as exc:
        raise BulkImportError(ImportProblem.UNREADABLE) from exc
    if data.startswith(_ZIP):
        headers, rows = _xlsx(data)
        return _table(path.name, "xlsx", headers, rows)
    if data.startswith(_OLE):
        raise BulkImportError(ImportProblem.OLD_EXCEL)
    text, encoding = decode(data)
    delimiter = guess_delimiter(text)
    headers, rows = _csv(text, delimiter)
    return _table(path.name, "csv", headers, rows, encoding, delimiter)


def decode(data: bytes) -> tuple[str, Encoding]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), Encoding.UTF8_BOM
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), Encoding.UTF16
    if b"\x00" in data:
        raise BulkImportError(ImportProblem.NOT_TABLE)  # binary, not text
    try:
        return data.decode("utf-8"), Encoding.UTF8
    except UnicodeDecodeError:
        pass
    text = _strict(data, "cp1250")
    if any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text):
        raise BulkImportError(ImportProblem.BAD_ENCODING)
    return text, Encoding.CP1250


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BulkImportError(ImportProblem.BAD_ENCODING) from exc


def guess_delimiter(text: str) -> str:
    """The delimiter the header line uses most, outside quotes (`,` when none)."""
    first = next((line for line in text.lstrip("\ufeff").splitlines() if line.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv(text: str, delimiter: str) -> tuple[list[str], list[list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _take(reader)
    except csv.Error as exc:
        raise BulkImportError(ImportProblem.NOT_TABLE) from exc


def _xlsx(data: bytes) -> tuple[list[str], list[list[str]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a zip that is no workbook
        raise BulkImportError(ImportProblem.NOT_TABLE) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise BulkImportError(ImportProblem.EMPTY)
        return _take([_cell(v) for v in row] for row in sheet.iter_rows(values_only=True))
    finally:
        book.close()


def _cell(value: Any) -> str:
    """A cell's cached value as text; numbers keep their digits (VAT numbers typed as numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _take(rows: Any) -> tuple[list[str], list[list[str]]]:
    headers: list[str] | None = None
    body: list[list[str]] = []
    for raw in rows:
        cells = [str(c).strip()[:CELL_MAX] for c in raw][:COLUMNS_MAX]
        if not any(cells):
            continue  # blank lines between rows
        if headers is None:
            headers = cells
            continue
        if len(body) == ROWS_MAX:
            count = ROWS_MAX + 1 + sum(1 for r in rows if any(str(c).strip() for c in r))
            raise BulkImportError(ImportProblem.TOO_MANY_ROWS, count)
        body.append(cells)
    if headers is None:
        raise BulkImportError(ImportProblem.EMPTY)
    if not body:
        raise BulkImportError(ImportProblem.HEADER_ONLY)
    return headers, body


def _table(
    name: str,
    kind: str,
    headers: list[str],
    rows: list[list[str]],
    encoding: Encoding | None = None,
    delimiter: str | None = None,
) -> ImportedTable:
    width = max(len(headers), *(len(r) for r in rows))
    heads = [h or f"#{i + 1}" for i, h in enumerate(headers + [""] * (width - len(headers)))]
    padded = tuple(tuple(r + [""] * (width - len(r))) for r in rows)
    return ImportedTable(name, kind, tuple(heads), padded, encoding, delimiter)
