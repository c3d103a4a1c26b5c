"""Cells every CSV and XLSX the app writes, safe to open in a spreadsheet (no CSV injection).

One rule for every export (customer relationships, invoices, the bulk connect's outcome):

- CSV has no types, so a spreadsheet reads a cell starting `=`, `+`, `-` or `@` as a formula.
  `neutralise` puts an apostrophe before such a text. It also sees through what a spreadsheet
  skips before the formula character: spaces and other white space (a line feed, tab, CR,
  no-break space), zero-width characters (U+200B..U+200D, U+2060), a BOM (U+FEFF) and other
  invisible format characters; and it takes the fullwidth and small forms (`＝＋－＠`,
  `﹦﹢﹣﹫`) and the minus sign U+2212 for what they look like. A text starting with a tab or
  CR is escaped whatever follows (OWASP's list). The text itself is kept after the apostrophe.
- Numbers the app itself holds (an invoice's amount, a checked decimal) go out as plain
  decimals, `-5.00` with no apostrophe (`csv_number`): a text that is nothing but an optional
  sign, digits and one decimal point is a number in every spreadsheet and cannot hold a
  formula. Anything else in a number column is treated as text and escaped.
- XLSX has types: `xlsx_text_cell` writes the user's text unchanged (no apostrophe in `-5.00`
  or `+48 123 456 789`) as a string cell (`data_type` "s" set explicitly: openpyxl would
  store a str starting `=` as a formula). A formula-looking text also gets Excel's "quote
  prefix" style, so it stays text even when the cell is edited.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

FORMULA_STARTS = frozenset("=+-@")
ALWAYS_ESCAPED_FIRST = frozenset("\t\r")  # escaped whatever follows
_SKIPPED_CATEGORIES = frozenset({"Cf", "Zs", "Zl", "Zp", "Cc"})  # invisible, white space
_LOOKALIKES = {"\u2212": "-"}  # MINUS SIGN; fullwidth and small forms fold by NFKC
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def _skipped(char: str) -> bool:
    """What a spreadsheet (or a user's eye) passes over before the first visible character."""
    return char.isspace() or unicodedata.category(char) in _SKIPPED_CATEGORIES


def _formula_char(char: str) -> bool:
    folded = _LOOKALIKES.get(char) or unicodedata.normalize("NFKC", char)
    return folded in FORMULA_STARTS


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula if it were written as it is."""
    if not text:
        return False
    if text[0] in ALWAYS_ESCAPED_FIRST:
        return True
    for char in text:
        if _skipped(char):
            continue
        return _formula_char(char)
    return False


def neutralise(text: object) -> str:
    """A CSV cell's text: `text` as it is, or with an apostrophe before it if it could run."""
    value = "" if text is None else str(text)
    return "'" + value if looks_like_formula(value) else value


def csv_number(text: object) -> str:
    """A number the app computed or checked (an amount): a plain decimal goes out as it is,
    so `-5.00` stays a number; anything else is text and neutralised."""
    value = "" if text is None else str(text)
    return value if _PLAIN_NUMBER.fullmatch(value) else neutralise(value)


def xlsx_text_cell(sheet: Any, text: object) -> Cell:
    """A write-only sheet's cell holding `text` unchanged, typed as text, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    value = "" if text is None else str(text)
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl took a str starting "=" for a formula: text it is
    if looks_like_formula(value):
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    return cell
