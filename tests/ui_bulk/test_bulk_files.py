"""Reading customer lists (CSV in every encoding and delimiter Excel writes, XLSX), the
column guess, duplicates, refused files, and the export's CSV-injection escaping."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.bulk_columns import Field, guess_mapping
from desktop.domain.bulk_export import write_csv, write_xlsx
from desktop.domain.bulk_import import (
    FILE_MAX_BYTES,
    ROWS_MAX,
    BulkImportError,
    Encoding,
    ImportProblem,
    read_table,
)
from desktop.domain.bulk_rows import build_rows

POLISH = (
    "Nazwa kontrahenta;NIP;Kraj;Kod dostawcy\nŻółta Łódka Sp. z o.o.;PL 526-000-12-46;Polska;D-01\n"
)


def test_windows_1250_with_semicolons_is_detected_and_mapped(tmp_path: Path) -> None:
    path = tmp_path / "klienci.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("csv", Encoding.CP1250, ";")
    assert table.rows[0][0] == "Żółta Łódka Sp. z o.o."
    mapping = guess_mapping(table.headers)
    assert mapping == {Field.NAME: 0, Field.VAT: 1, Field.COUNTRY: 2, Field.VENDOR_CODE: 3}
    (row,) = build_rows(table, mapping)
    assert (row.name, row.vat_number, row.country, row.vendor_code) == (
        "Żółta Łódka Sp. z o.o.", "PL 526-000-12-46", "PL", "D-01",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter"),
    [
        ("\ufeffCustomer name,VAT ID\nŁódź,1\n".encode(), Encoding.UTF8_BOM, ","),
        ("Customer name\tVAT ID\nŁódź\t1\n".encode(), Encoding.UTF8, "\t"),
        ("Customer name;VAT ID\r\nŁódź;1\r\n".encode("utf-16"), Encoding.UTF16, ";"),
    ],
)
def test_utf8_with_or_without_bom_and_utf16_any_delimiter(
    tmp_path: Path, data: bytes, encoding: Encoding, delimiter: str
) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(data)
    table = read_table(path)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert table.headers == ("Customer name", "VAT ID") and table.rows == (("Łódź", "1"),)
    assert guess_mapping(table.headers) == {Field.NAME: 0, Field.VAT: 1}


def test_xlsx_is_read_without_evaluating_formulas(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Customer", "VAT number", "Network number", "Country"])
    sheet.append(['=HYPERLINK("http://evil.example","x")', 5260001246, "AAA206515132", "PL"])
    sheet.append(["Acme", "=1+1", None, "Germany"])
    book.save(tmp_path / "list.xlsx")
    table = read_table(tmp_path / "list.xlsx")
    assert table.kind == "xlsx"
    # openpyxl never computed the formulas: no cached value, so nothing; never the result.
    assert table.rows[0][:2] == ("", "5260001246")
    assert table.rows[1][1] == ""
    rows = build_rows(table, guess_mapping(table.headers))
    assert rows[1].country == "DE" and rows[0].network_number == "AAA206515132"


def test_duplicate_rows_point_at_the_first(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Name,VAT,Country\nAcme,PL 526 000 12 46,PL\nACME Sp. z o.o.,5260001246,PL\n"
        "Other,,DE\nother,,de\n,,\n",
        encoding="utf-8",
    )
    rows = build_rows(read_table(path), guess_mapping(("Name", "VAT", "Country")))
    assert [r.duplicate_of for r in rows] == [None, "2", None, "4"]


def _refused(path: Path) -> BulkImportError:
    with pytest.raises(BulkImportError) as caught:
        read_table(path)
    return caught.value


def test_bad_files_are_refused_with_their_reason(tmp_path: Path) -> None:
    cases = {
        "empty.csv": (b"", ImportProblem.EMPTY),
        "blank.csv": (b"\n\n;;\n", ImportProblem.EMPTY),
        "header.csv": (b"Name;NIP\n", ImportProblem.HEADER_ONLY),
        "picture.csv": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ImportProblem.NOT_TABLE),
        "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ImportProblem.OLD_EXCEL),
        "fake.xlsx": (b"PK\x03\x04 not really a zip", ImportProblem.NOT_TABLE),
        "broken.csv": (b"Name;NIP\nAcme\x81\x98\xff;1\n", ImportProblem.BAD_ENCODING),
    }
    for name, (data, problem) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert _refused(tmp_path / name).problem == problem, name


def test_big_files_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # 50 MB
    assert FILE_MAX_BYTES < 50 * 1024 * 1024
    assert _refused(big).problem == ImportProblem.TOO_LARGE

    many = tmp_path / "many.csv"
    many.write_text("Name\n" + "".join(f"Customer {i}\n" for i in range(100_000)))
    error = _refused(many)
    assert error.problem == ImportProblem.TOO_MANY_ROWS and error.count == 100_000

    just = tmp_path / "just.csv"
    just.write_text("Name\n" + "".join(f"Customer {i}\n" for i in range(ROWS_MAX)))
    assert len(read_table(just).rows) == ROWS_MAX


def test_export_escapes_formulas_in_csv_and_xlsx(tmp_path: Path) -> None:
    headers = ["Name", "Outcome"]
    rows = [['=HYPERLINK("http://x")', "+1"], ["-2", "@SUM(A1)"], ["Acme", "Ticket T-1"]]
    write_csv(tmp_path / "out.csv", headers, rows)
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f, delimiter=";"))
    assert back[1:] == [
        ['\'=HYPERLINK("http://x")', "'+1"],
        ["'-2", "'@SUM(A1)"],
        ["Acme", "Ticket T-1"],
    ]

    write_xlsx(tmp_path / "out.xlsx", headers, rows)
    sheet = load_workbook(tmp_path / "out.xlsx").active  # not data_only: formulas would show
    assert sheet is not None
    cells = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    assert cells == rows  # typed text: the value unchanged, no apostrophe written into it
    assert all(c.data_type == "s" for r in sheet.iter_rows() for c in r)
    quoted = [[c.quotePrefix for c in r] for r in sheet.iter_rows(min_row=2)]
    assert quoted == [[True, True], [True, True], [False, False]]  # stays text when edited


def test_ticked_rows_become_requests_by_account_and_vendor_code_in_chunks() -> None:
    from desktop.domain.bulk_preview import Candidate, PreviewRow, RowState, plan_requests
    from desktop.domain.bulk_rows import BulkRow
    from desktop.domain.types import DirectoryEntry
    from wire.schemas import BUYERS_PER_REQUEST_MAX

    def ready(i: int, vendor: str, account: str = "acc-1", buyer: str | None = None) -> PreviewRow:
        entry = DirectoryEntry(id=buyer or f"b{i}", kind="entity", name=f"Customer {i}")
        row = PreviewRow(
            row=BulkRow(ref=str(i + 2), cells=(), name=f"Customer {i}", vendor_code=vendor)
        )
        row.apply_match("exact", None, (Candidate(entry, 1.0),))
        row.account_id = account
        return row

    rows = [ready(i, "V-1") for i in range(450)]
    rows += [ready(1000, "V-2"), ready(1001, "V-2", account="acc-2")]
    rows += [ready(1002, "V-1", buyer="b0")]  # the same customer again: asked once
    unticked = ready(1003, "V-1")
    unticked.checked = False
    long_code = ready(1004, "x" * 65)
    rows += [unticked, long_code]
    assert long_code.state == RowState.BAD_VENDOR_CODE and not long_code.ready

    planned = plan_requests(rows)
    sizes = [(p.draft.account_id, p.draft.vendor_code, len(p.draft.buyer_ids)) for p in planned]
    assert sizes == [
        ("acc-1", "V-1", BUYERS_PER_REQUEST_MAX),
        ("acc-1", "V-1", BUYERS_PER_REQUEST_MAX),
        ("acc-1", "V-1", 50),
        ("acc-1", "V-2", 1),
        ("acc-2", "V-2", 1),
    ]
    sent = {b for p in planned for b in p.draft.buyer_ids}
    assert "b1003" not in sent and "b1004" not in sent and len(sent) == 452
