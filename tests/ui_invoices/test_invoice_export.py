"""Export CSV of what Where is my invoice? shows: every match of the search (not only the rows
scrolled into view), in the table's order, dates as ISO 8601 and exact amounts; a folder that
does not exist is named in the user's language and nothing is written. The chart and the
count follow an issue-date range; offline the page searches the cache and says so."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.startup import Session
from desktop.domain.invoices import InvoiceRow
from desktop.views.table_export import csv_delimiter
from tests.file_dialog_driver import answer_file_dialog
from tests.ui.conftest import StartApp
from tests.ui_invoices.invoice_app import (
    TIMEOUT_MS,
    closed_port_url,
    invoices_page,
    search,
    shown_numbers,
    sync_now,
    synced,
)
from tests.ui_invoices.invoice_truth import portal_invoices
from wire import schemas as w


@pytest.fixture
def app(qtbot: QtBot, start_app: StartApp, invoice_url: str) -> Session:
    session = start_app(invoice_url, sync_ms=3_600_000)
    synced(qtbot, session)
    session.window.show()
    session.window.show_page("invoices")
    return session


def test_export_writes_every_match_in_the_tables_order(
    qtbot: QtBot, app: Session, invoice_url: str, tmp_path: Path
) -> None:
    truth = portal_invoices(invoice_url)
    page = invoices_page(app)
    pattern = "*TX-*"  # many invoices: more than one window of the table
    count = search(qtbot, page, pattern)
    want = [
        i
        for i in truth
        if any("TX-" in (f or "").upper() for f in (i.number, i.po_number, i.transaction_id))
    ]
    assert count == len(want) > page.model.rowCount() > 0  # only the first window is loaded
    target = tmp_path / "invoices.csv"
    answer_file_dialog(target)  # the real dialog, answered as a user would
    with qtbot.waitSignal(page.export.exported, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert done.args[1] == len(want)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=csv_delimiter()))
    assert lines[0] == [
        "Number", "PO number", "Transaction ID", "Buyer", "Account", "Issue date", "Due date",
        "Amount", "Currency", "Status",
    ]  # fmt: skip
    rows = lines[1:]
    by_id = {(i.number, i.transaction_id or ""): i for i in want}
    assert len(rows) == len(want)
    for row in rows:
        invoice = by_id[(row[0], row[2])]
        assert row[5] == invoice.issue_date.isoformat()
        assert (row[7], row[8]) == (invoice.amount, invoice.currency)
    issued = [date.fromisoformat(r[5]) for r in rows]
    assert issued == sorted(issued, reverse=True)  # the table's order: newest first
    assert shown_numbers(qtbot, page)[:10] == [r[0] for r in rows[:10]]


def test_export_into_a_missing_folder_says_why(
    qtbot: QtBot, app: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = invoices_page(app)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=TIMEOUT_MS)
    target = tmp_path / "no-such-folder" / "invoices.csv"
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, title, text, *a, **k: warnings.append((title, text))),
    )
    answer_file_dialog(target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=TIMEOUT_MS)
    title, text = warnings[0]
    assert title == "Export failed"
    assert str(target) in text and "the folder does not exist" in text
    assert not target.exists()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=TIMEOUT_MS)


def _in_range(truth: list[w.Invoice], start: date, end: date) -> dict[str, int]:
    counts: dict[str, int] = {}
    for invoice in truth:
        if start <= invoice.issue_date <= end:
            counts[invoice.status] = counts.get(invoice.status, 0) + 1
    return counts


def test_the_chart_and_count_follow_the_issue_dates_also_offline(
    qtbot: QtBot, app: Session, invoice_url: str
) -> None:
    truth = portal_invoices(invoice_url)
    page = invoices_page(app)
    filters = page.filters
    days = sorted(i.issue_date for i in truth)
    start, end = days[len(days) // 4], days[len(days) // 2]
    qtbot.mouseClick(filters.date_check, Qt.MouseButton.LeftButton)
    filters.date_from.setDate(QDate(start.year, start.month, start.day))
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        filters.date_to.setDate(QDate(end.year, end.month, end.day))
    expected = _in_range(truth, start, end)
    assert {b.key: b.count for b in page.chart.bars() if b.count} == expected
    assert page.matches == sum(expected.values())
    assert page.chart_range.text().startswith("Issued ")

    app.ctx.client.base_url = closed_port_url()  # the portal goes away
    sync_now(qtbot, app)
    assert not app.ctx.status.online
    assert page.offline_note.isVisible()
    assert page.offline_note.text().startswith("Offline: searching the invoices on this computer")
    invoice = next(i for i in truth if start <= i.issue_date <= end)
    search(qtbot, page, invoice.number)
    assert invoice.number in shown_numbers(qtbot, page)


def test_text_that_a_spreadsheet_would_run_is_written_as_text(
    qtbot: QtBot, app: Session, tmp_path: Path
) -> None:
    """A number, PO, transaction id or buyer starting = + - @ (text from the portal) gets a
    leading apostrophe, as the bulk export's cells do; amounts and dates stay as they are."""
    page = invoices_page(app)
    row = InvoiceRow(
        id="x1", account_id="a", buyer_id="b", buyer_name="@SUM(A1:A9)",
        number='=HYPERLINK("http://example.invalid","open")', po_number="+48 123",
        transaction_id="-2+3", issue_date=date(2026, 11, 2), due_date=None, amount="12.50",
        currency="PLN", status="paid", failure_code=None, failure_reason=None,
        updated_at=datetime(2026, 11, 2, tzinfo=UTC),
    )  # fmt: skip
    target = tmp_path / "odd.csv"
    with qtbot.waitSignal(page.export.exported, timeout=TIMEOUT_MS):
        page.export.write_to(target, lambda: [row])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        [_head, cells] = list(csv.reader(handle, delimiter=csv_delimiter()))
    assert cells[:4] == [
        "'" + row.number, "'+48 123", "'-2+3", "'@SUM(A1:A9)"
    ]  # fmt: skip
    assert cells[5:9] == ["2026-11-02", "", "12.50", "PLN"]


def test_formulas_hidden_behind_blanks_or_lookalikes_are_text_and_amounts_stay_numbers(
    qtbot: QtBot, app: Session, tmp_path: Path
) -> None:
    """A space, line feed, zero-width character or BOM before the formula, or a fullwidth
    `＝＋－＠`, is still a formula to a spreadsheet: written as text. A credit note's amount
    (a checked decimal) stays a number: `-5.00`, no apostrophe."""
    page = invoices_page(app)
    row = InvoiceRow(
        id="x2", account_id="a", buyer_id="b", buyer_name="\ufeff＠SUM(1)",
        number='\u200b=HYPERLINK("http://x","y")', po_number="\n-1+2", transaction_id=" ＝1+2",
        issue_date=date(2026, 11, 3), due_date=date(2026, 12, 3), amount="-5.00",
        currency="PLN", status="paid", failure_code=None, failure_reason=None,
        updated_at=datetime(2026, 11, 3, tzinfo=UTC),
    )  # fmt: skip
    target = tmp_path / "hidden.csv"
    with qtbot.waitSignal(page.export.exported, timeout=TIMEOUT_MS):
        page.export.write_to(target, lambda: [row])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        [_head, cells] = list(csv.reader(handle, delimiter=csv_delimiter()))
    assert cells[:4] == ["'" + row.number, "'\n-1+2", "' ＝1+2", "'\ufeff＠SUM(1)"]
    assert cells[5:9] == ["2026-11-03", "2026-12-03", "-5.00", "PLN"]
