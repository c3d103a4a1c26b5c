"""The Customer relationships page against the real portal: filter, status, sort, export."""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models.relationships_model import EXPORT_ROLE, Column
from desktop.views.table_export import csv_delimiter
from tests.file_dialog_driver import answer_file_dialog
from tests.portal.portal_helpers import sign_in
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui.relationship_rows import column


def test_filter_status_sort_and_export(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = start_app(portal_url)
    window = session.window
    window.show()
    page = wait_for_rows(qtbot, session)
    window.show_page("relationships")
    model = page.model
    total = model.rowCount()
    assert model.total == total and page.count_label.text() == f"Showing {total} of {total}"

    # Ctrl+F reaches the filter; typing "lodz" finds "Łódź".
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.filter_edit.hasFocus)
    qtbot.keyClicks(page.filter_edit, "lodz")
    names = column(qtbot, model, Column.CUSTOMER)
    assert names and all("Łódź" in n for n in names)
    assert page.count_label.text() == f"Showing {len(names)} of {total}"
    page.filter_edit.clear()

    # Status filter: Pending only.
    page.status_combo.setCurrentIndex(page.status_combo.findText("Pending"))
    statuses = set(column(qtbot, model, Column.STATUS))
    assert statuses == {"Pending"}

    # Account filter: All accounts by default, then one of elise's two supplier accounts.
    page.status_combo.setCurrentIndex(0)
    combo = page.account_combo
    assert combo.currentText() == "All accounts" and combo.count() == 3 and combo.isEnabled()
    header = window.header.account_combo
    assert header.currentText() == session.ctx.accounts[0].name  # the header: current account
    combo.setCurrentIndex(combo.findText("Adams Office Supplies (IT) - Test"))
    accounts = set(column(qtbot, model, Column.ACCOUNT))
    assert accounts == {"Adams Office Supplies (IT) - Test"}
    assert 0 < model.rowCount() < total
    assert header.currentText() == session.ctx.accounts[0].name  # a filter, not a switch
    combo.setCurrentIndex(0)
    assert len(column(qtbot, model, Column.CUSTOMER)) == total

    # Nothing matches: the empty state says so.
    page.filter_edit.setText("no such customer anywhere")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)
    assert page.empty_label.text() == "No relationships match your filter."
    page.filter_edit.clear()
    page.status_combo.setCurrentIndex(0)

    # Sort by the network number column via the header, descending.
    page.table.sortByColumn(Column.NETWORK_NUMBER, Qt.SortOrder.DescendingOrder)
    numbers = column(qtbot, model, Column.NETWORK_NUMBER)
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == total

    # Export exactly what is shown: filtered, sorted, without a hidden column.
    page.filter_edit.setText("nordwind")
    column(qtbot, model, Column.CUSTOMER)
    page.table.setColumnHidden(Column.VENDOR_CODE, True)
    target = tmp_path / "export.csv"
    answer_file_dialog(target)  # the real dialog, answered as a user would
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.export_button.isEnabled(), timeout=5000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads Polish letters
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=csv_delimiter()))
    assert lines[0] == [
        "Customer",
        "Network number",
        "Country",
        "VAT number",
        "Account",
        "Status",
        "Since",
    ]
    # What is shown, dates as ISO 8601 (any spreadsheet reads them, whatever the language).
    cells = [column(qtbot, model, Column(c)) for c in range(7)]
    cells[Column.SINCE] = column(qtbot, model, Column.SINCE, EXPORT_ROLE)
    expected = [[cells[c][r] for c in range(7)] for r in range(model.rowCount())]
    assert lines[1:] == expected and len(expected) >= 2
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", line[6]) for line in lines[1:] if line[6])


def test_export_to_a_missing_folder_says_why_in_polish(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    polish: None,
) -> None:
    session = start_app(portal_url)
    page = wait_for_rows(qtbot, session)
    session.window.show_page("relationships")
    target = tmp_path / "no-such-folder" / "export.csv"
    answer_file_dialog(target)  # the real dialog, answered as a user would
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, title, text, *a, **k: warnings.append((title, text))),
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    title, text = warnings[0]
    assert title == "Eksport nie powiódł się"
    assert str(target) in text and "folder nie istnieje" in text
    assert not target.exists()


HOSTILE_CODES = ['=HYPERLINK("http://x","y")', "-1+2", "@SUM(1)", " +1+2", "＝1+2"]


def test_export_writes_formula_like_vendor_codes_as_text(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    tmp_path: Path,
    free_buyers: Iterator[tuple[str, str, str]],
) -> None:
    """Vendor codes are the supplier's own words the portal keeps as sent; a spreadsheet opening
    the export must not run one (CSV injection): each gets an apostrophe, nothing else changes."""
    elise = sign_in(portal_url, "elise")
    account = elise.account_id()
    numbers: dict[str, str] = {}
    for code in HOSTILE_CODES:
        buyer_id, _name, number = next(free_buyers)
        made = elise.post(
            "/v1/connection-requests",
            json={"account_id": account, "buyer_ids": [buyer_id], "vendor_code": code},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        assert made.status_code == 201, made.text
        numbers[number] = code

    session = start_app(portal_url)
    session.window.show()
    page = wait_for_rows(qtbot, session)
    session.window.show_page("relationships")
    qtbot.waitUntil(
        lambda: numbers.keys() <= set(column(qtbot, page.model, Column.NETWORK_NUMBER)),
        timeout=30000,
    )
    page.table.setColumnHidden(Column.VENDOR_CODE, False)
    shown = dict(
        zip(
            column(qtbot, page.model, Column.NETWORK_NUMBER),
            column(qtbot, page.model, Column.VENDOR_CODE),
            strict=True,
        )
    )
    assert {n: shown[n] for n in numbers} == numbers  # the page shows them as they are

    target = tmp_path / "relationships.csv"
    answer_file_dialog(target)  # the real dialog, answered as a user would
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.export_button.isEnabled(), timeout=5000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=csv_delimiter()))
    head = lines[0]
    number_at, code_at = head.index("Network number"), head.index("Vendor code")
    written = {line[number_at]: line[code_at] for line in lines[1:]}
    assert {n: written[n] for n in numbers} == {n: "'" + code for n, code in numbers.items()}
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line)
