"""Customers > Connect with many customers against the real portal: a Windows-1250 CSV with
`;` and an XLSX, matched (exact, probable, not found, invalid VAT, already connected,
duplicate), the ticked rows connected exactly once (also through an offline period), the
outcomes followed as tickets resolve, and the result exported."""

from __future__ import annotations

import csv
import socket
from collections.abc import Iterator
from pathlib import Path

import requests
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.domain.bulk_preview import PreviewRow, RowOutcome, RowState
from desktop.views.pages.bulk_connect_page import BulkConnectPage
from desktop.views.widgets.bulk_mapping import FROM_COLUMN
from portal.sandbox.demo import TEST_BUYER, ZOLTA
from tests.file_dialog_driver import answer_file_dialog
from tests.ui_bulk.conftest import TIMEOUT_MS, Customer, resolve_ticket, synced


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def broken_vat(vat: str) -> str:
    return vat[:-1] + ("0" if vat[-1] != "0" else "1")


def page_for(qtbot: QtBot, ctx: AppContext) -> BulkConnectPage:
    page = BulkConnectPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(page.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return page


def open_and_match(qtbot: QtBot, page: BulkConnectPage, path: Path) -> None:
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.open_file(path)
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)


def row(page: BulkConnectPage, ref: str) -> PreviewRow:
    return next(r for r in page.model.rows() if r.row.ref == ref)


def select_row(qtbot: QtBot, page: BulkConnectPage, ref: str) -> None:
    for i in range(page.proxy.rowCount()):
        index = page.proxy.index(i, 0)
        if index.data() == ref:
            rect = page.table.visualRect(page.proxy.index(i, 1))
            page.table.scrollTo(index)
            rect = page.table.visualRect(page.proxy.index(i, 1))
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert page.current_row() is row(page, ref)
            return
    raise AssertionError(f"row {ref} not shown")


def portal_items(portal_url: str, ctx: AppContext) -> list[tuple[str, str, str | None]]:
    """(account id, buyer id, vendor code) of every request item the portal holds for elise."""
    tokens = ctx.client.tokens
    assert tokens is not None
    found, cursor = [], ""
    while True:
        page = requests.get(
            f"{portal_url}/v1/sync/connection-requests",
            params={"after": cursor, "limit": 1000},
            headers={"Authorization": f"Bearer {tokens.access_token}"},
            timeout=15,
        ).json()
        for entry in page["items"]:
            req = entry["data"]
            if req is not None:
                found += [
                    (req["account_id"], i["buyer_id"], req["vendor_code"]) for i in req["items"]
                ]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return found


def test_polish_csv_matched_connected_once_followed_and_exported(
    qtbot: QtBot,
    ctx: AppContext,
    portal_url: str,
    tmp_path: Path,
    bulk_customers: Iterator[Customer],
) -> None:
    c1, c2, c3 = next(bulk_customers), next(bulk_customers), next(bulk_customers)
    lines = [
        "Nazwa klienta;NIP;Numer w sieci;Kraj;Kod dostawcy",
        f"{c1.name};;{c1.network_number};{c1.country};V-1",  # 2: exact by network number
        f"{c2.name};{c2.vat_number[:2]} {c2.vat_number[2:5]}-{c2.vat_number[5:]};;{c2.country};V-1",
        "Żółta Łódkaa;;;Polska;",  # 4: probable (a typo)
        '=HYPERLINK("http://evil.example");;;PL;',  # 5: not found, a formula as text
        f"Firma Testowa;{broken_vat(c3.vat_number)};;{c3.country};",  # 6: invalid VAT
        f"{TEST_BUYER};;;GB;",  # 7: the one perfect name -> already connected
        f"{c1.name};;{c1.network_number};{c1.country};V-1",  # 8: duplicate of 2
        f"{c3.name};;{c3.network_number};;V-2",  # 9: exact, another vendor code
    ]
    path = tmp_path / "klienci.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250", errors="replace"))
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, path)

    assert "Windows-1250" in page.file_info.text() and "semicolon" in page.file_info.text()
    states = {r.row.ref: r.state for r in page.model.rows()}
    assert states == {
        "2": RowState.EXACT, "3": RowState.EXACT, "4": RowState.PROBABLE,
        "5": RowState.NOT_FOUND, "6": RowState.INVALID_VAT, "7": RowState.ALREADY_CONNECTED,
        "8": RowState.DUPLICATE, "9": RowState.EXACT,
    }  # fmt: skip
    assert row(page, "3").chosen is not None and row(page, "3").chosen.id == c2.id  # type: ignore[union-attr]
    assert (
        page.summary.text()
        == "3 ready, 1 to choose, 1 not found, 1 with an invalid VAT number, 1 already connected, 1 repeated"
    )
    assert page.connect_button.text() == "CONNECT (3)"

    # The probable row: its candidates, the best first; choose it with the keyboard.
    select_row(qtbot, page, "4")
    assert page.candidates.itemText(1).startswith(ZOLTA)
    page.candidates.setFocus()
    qtbot.keyClick(page.candidates, Qt.Key.Key_Down)
    assert row(page, "4").chosen is not None and row(page, "4").chosen.name == ZOLTA  # type: ignore[union-attr]
    zolta_ready = row(page, "4").ready
    # Untick it again: nothing is sent that the user did not tick.
    if zolta_ready:
        index = page.model.index(
            next(i for i, r in enumerate(page.model.rows()) if r.row.ref == "4"), 0
        )
        page.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.connect_button.text() == "CONNECT (3)"

    # Filter: only what is left to choose, then by text.
    page.kind.setCurrentIndex(page.kind.findData("not_found"))
    assert page.proxy.rowCount() == 1
    page.kind.setCurrentIndex(page.kind.findData("all"))
    qtbot.keyClicks(page.filter, c2.vat_number[2:])
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "3"
    page.filter.clear()

    before = portal_items(portal_url, ctx)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    for ref in ("2", "3", "9"):
        qtbot.waitUntil(
            lambda ref=ref: row(page, ref).outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS
        )
    assert row(page, "4").outcome is None and row(page, "5").outcome is None
    assert not page.connect_button.isEnabled()
    ticket = row(page, "2").item.ticket_number  # type: ignore[union-attr]
    assert ticket and page.model.outcome_text(row(page, "2")) == f"Ticket {ticket}"

    synced(qtbot, ctx)  # a further sync sends nothing again
    account = ctx.current_account_id
    new = [
        i for i in portal_items(portal_url, ctx) if i not in before or i[1] in (c1.id, c2.id, c3.id)
    ]
    mine = sorted((b, v) for a, b, v in new if a == account and b in (c1.id, c2.id, c3.id))
    assert mine == sorted([(c1.id, "V-1"), (c2.id, "V-1"), (c3.id, "V-2")])
    assert ctx.cache.outbox() == []

    # The ticket resolves on the portal: the row follows.
    resolve_ticket(portal_url, ctx, ticket, "connected")
    synced(qtbot, ctx)
    qtbot.waitUntil(lambda: row(page, "2").outcome == RowOutcome.CONNECTED, timeout=TIMEOUT_MS)

    out = tmp_path / "wynik.csv"
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT_MS):
        page.words.export_to(out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        exported = list(csv.reader(f, delimiter=";"))
    assert exported[0][-5:] == [
        "Customer chosen",
        "Network number",
        "Match",
        "Outcome",
        "Ticket number",
    ]
    assert exported[1][-5:] == [c1.name, c1.network_number, "Exact", "Connected", ticket]
    assert exported[4][0] == '\'=HYPERLINK("http://evil.example")'
    assert exported[4][-3] == "Not found"


def test_xlsx_with_accounts_per_row_connects_once_through_an_offline_period(
    qtbot: QtBot,
    ctx: AppContext,
    portal_url: str,
    tmp_path: Path,
    bulk_customers: Iterator[Customer],
) -> None:
    c4, c5 = next(bulk_customers), next(bulk_customers)
    first, second = ctx.accounts[0], ctx.accounts[1]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Customer name", "VAT ID", "Country", "Account"])
    sheet.append([c4.name, c4.vat_number, c4.country, first.name])
    sheet.append([c5.name, c5.vat_number, c5.country, second.network_number])
    sheet.append(["Nobody In Particular Qxv", None, "DE", "an account that does not exist"])
    book.save(tmp_path / "customers.xlsx")

    page = page_for(qtbot, ctx)
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.open_file(tmp_path / "customers.xlsx")
    assert "Excel" in page.file_info.text()
    page.mapping.account.setCurrentIndex(page.mapping.account.findData(FROM_COLUMN))
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    assert (row(page, "2").account_id, row(page, "3").account_id) == (first.id, second.id)
    assert row(page, "2").state == row(page, "3").state == RowState.EXACT

    ctx.client.base_url = closed_port_url()  # the network goes away
    synced(qtbot, ctx)
    assert not ctx.status.online
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(page, "3").outcome == RowOutcome.QUEUED, timeout=TIMEOUT_MS)
    assert len(ctx.cache.outbox()) == 2  # one request per account, queued together
    assert "Offline" in page.send_info.text()
    assert all(b not in (c4.id, c5.id) for _a, b, _v in portal_items(portal_url, ctx))

    ctx.client.base_url = portal_url  # back: the retry timer sends them
    qtbot.waitUntil(lambda: row(page, "2").outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: row(page, "3").outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS)
    synced(qtbot, ctx)
    items = portal_items(portal_url, ctx)
    assert sorted((a, b) for a, b, _v in items if b in (c4.id, c5.id)) == sorted(
        [(first.id, c4.id), (second.id, c5.id)]
    )
    assert ctx.cache.outbox() == []

    out = tmp_path / "result.xlsx"
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT_MS):
        page.words.export_to(out)
    result = load_workbook(out).active
    assert result is not None
    values = [[c.value for c in r] for r in result.iter_rows()]
    assert values[1][:4] == [c4.name, c4.vat_number, c4.country, first.name]
    assert values[1][-1] == row(page, "2").item.ticket_number  # type: ignore[union-attr]


FORMULAS = [
    '=HYPERLINK("http://x","y")',
    " =1+2",
    "\u200b@SUM(1)",
    "\ufeff-1+2",
    "＋1+2",
    "-5.00",
    "+48 123 456 789",
]


def test_export_of_formula_like_cells_csv_with_apostrophe_xlsx_as_typed_text(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The user's own cells (a list may come from anywhere) go out through the buttons: in the
    CSV an apostrophe before what a spreadsheet would run, in the XLSX the value unchanged as
    text, never a formula."""
    lines = ["Customer name;Country;Vendor code"]
    lines += [f"{text};PL;{text}" for text in FORMULAS] + ["Plain Name Qxv;PL;V-1"]
    path = tmp_path / "customers.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, path)
    held = [list(r.row.cells) for r in page.model.rows()]
    # The import drops leading spaces; what the row holds is what goes out.
    assert [cells[0] for cells in held] == [*(f.lstrip(" ") for f in FORMULAS), "Plain Name Qxv"]

    target = tmp_path / "result.csv"
    answer_file_dialog(target)  # the real dialog, answered as a user would
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.export_csv, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f, delimiter=";"))
    for cells, line in zip(held[:-1], written[1:-1], strict=True):
        assert line[:3] == ["'" + cells[0], "PL", "'" + cells[2]]
    assert written[-1][:3] == ["Plain Name Qxv", "PL", "V-1"]

    book_path = tmp_path / "result.xlsx"
    answer_file_dialog(book_path)
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.export_xlsx, Qt.MouseButton.LeftButton)
    sheet = load_workbook(book_path).active  # not data_only: a formula would show as one
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2))
    assert [[c.value for c in r[:3]] for r in rows] == [c[:3] for c in held]
    assert all(c.data_type == "s" for r in rows for c in r if c.value is not None)
    assert [r[0].quotePrefix for r in rows] == [True] * len(FORMULAS) + [False]
