"""The one escaping rule of every export (`desktop.domain.export_cells`), over hostile values:
what a spreadsheet would run is neutralised, everything else is written as it is."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.export_cells import csv_number, looks_like_formula, neutralise, xlsx_text_cell

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(1)",
    "=cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    "\n=1+2",
    " =1+2",
    "   @SUM(1)",
    "\u00a0=1+2",  # no-break space
    "\u3000=1+2",  # ideographic space
    "\n\t -1+2",
    '＝HYPERLINK("http://x")',  # fullwidth equals
    "＋1+2",
    "－1+2",
    "＠SUM(1)",
    "﹦1+2",  # small equals
    "\u2212" + "1+2",  # minus sign
    "\u200b=1+2",  # zero-width space
    "\u200c=1+2",
    "\u200d=1+2",
    "\u2060=1+2",  # word joiner
    "\ufeff=1+2",  # BOM
    "\ufeff\u200b \n=1+2",
    "\u202e=1+2",  # right-to-left override
    "\t",  # OWASP: a leading tab or CR is escaped whatever follows
    "\rplain",
    "=",
    "-",
]

HARMLESS = [
    "",
    "Acme Sp. z o.o.",
    "Łódź Hurt",
    "Ticket T-1",
    "a=b",
    "x+1",
    "mail@example.com",
    "  spaced name",
    "\u200bname",
    "0088:1234567890123",
    "2026-11-02",
    "12.50",
    "'already quoted",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_gets_an_apostrophe_and_keeps_itself(text: str) -> None:
    assert looks_like_formula(text)
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_is_written_as_it_is(text: str) -> None:
    assert not looks_like_formula(text)
    assert neutralise(text) == text


def test_none_and_non_text_become_text() -> None:
    assert neutralise(None) == ""
    assert neutralise(-3) == "'-3"  # a number in a text column is text


@pytest.mark.parametrize("amount", ["-5.00", "12.50", "0", "+3", "1000000.01", "-0.01"])
def test_amounts_stay_plain_numbers(amount: str) -> None:
    assert csv_number(amount) == amount


@pytest.mark.parametrize("amount", ["-1+2", "=1", "-5.00e3", " -5", "--5", "-5,00", "@1"])
def test_anything_but_a_plain_decimal_in_a_number_column_is_text(amount: str) -> None:
    assert csv_number(amount) == neutralise(amount)
    assert csv_number(amount) != amount or not looks_like_formula(amount)


def test_a_csv_reads_back_with_every_hostile_cell_neutralised(tmp_path: Path) -> None:
    target = tmp_path / "cells.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[neutralise(t)] for t in HOSTILE + HARMLESS])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        back = [row[0] for row in csv.reader(handle)]
    assert back == ["'" + t for t in HOSTILE] + HARMLESS


def test_xlsx_text_cells_keep_the_value_and_are_never_formulas(tmp_path: Path) -> None:
    values = [*HOSTILE, *HARMLESS, "-5.00", "+48 123 456 789"]
    values = [v for v in values if "\r" not in v]  # Excel's XML keeps \n and \t, not a bare \r
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for value in values:
        sheet.append([xlsx_text_cell(sheet, value)])
    book.save(str(tmp_path / "cells.xlsx"))

    read = load_workbook(tmp_path / "cells.xlsx").active  # not data_only: formulas would show
    assert read is not None
    cells = [row[0] for row in read.iter_rows()]
    assert [c.value if c.value is not None else "" for c in cells] == values
    assert all(c.data_type == "s" for c in cells if c.value is not None)  # "" is an empty cell
    quoted = {c.value for c in cells if c.quotePrefix}
    assert quoted == {v for v in values if looks_like_formula(v)}
