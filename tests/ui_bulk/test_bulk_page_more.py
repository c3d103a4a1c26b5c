"""Connect with many customers: a refused file says why and changes nothing; a customer that
asks for verification offers "Start verification", which opens the wizard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.domain.bulk_preview import RowOutcome, RowState
from desktop.views.wizards.launcher import open_wizards
from tests.ui_bulk.conftest import TIMEOUT_MS, Customer
from tests.ui_bulk.test_bulk_page import open_and_match, page_for, row, select_row


def test_refused_files_say_why_and_keep_the_preview(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = page_for(qtbot, ctx)
    good = tmp_path / "good.csv"
    good.write_text("Name;Country\nAcme;DE\n", encoding="utf-8")
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.open_file(good)
    assert page.model.rowCount() == 1

    many = tmp_path / "many.csv"
    many.write_text("Name\n" + "".join(f"Customer {i}\n" for i in range(100_000)))
    cases = {
        "empty.csv": (b"", "The file is empty."),
        "header.csv": (b"Name;NIP\n", "The file holds only a header row, no customers."),
        "photo.xlsx": (b"\x89PNG\r\n\x1a\n\x00\x00", "This is not a CSV or XLSX file."),
        "many.csv": (None, "The file has 100000 row"),
    }
    for name, (data, words) in cases.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
        with qtbot.waitSignal(page.problem, timeout=TIMEOUT_MS) as said:
            page.open_file(tmp_path / name)
        assert said.args[0].startswith(words), said.args
        assert page.file_problem.isVisible()
        assert page.model.rowCount() == 1 and page.table_data is not None  # the list stays
        assert page.table_data.name == "good.csv"


def test_a_customer_asking_for_verification_offers_start_verification(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, verifying_customers: Iterator[Customer]
) -> None:
    customer = next(verifying_customers)
    path = tmp_path / "verify.csv"
    path.write_text(
        f"Network number,Name\n{customer.network_number},{customer.name}\n", encoding="utf-8"
    )
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, path)
    assert row(page, "2").state == RowState.EXACT
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: row(page, "2").outcome == RowOutcome.VERIFICATION_REQUIRED, timeout=TIMEOUT_MS
    )
    assert page.model.outcome_text(row(page, "2")) == "Verification required"
    select_row(qtbot, page, "2")
    assert page.verify_button.isEnabled()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    item = row(page, "2").item
    assert item is not None and item.verification_id in open_wizards()
    wizard = open_wizards()[item.verification_id]
    wizard.close()


def test_matching_offline_says_it_needs_the_network(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, portal_url: str
) -> None:
    from tests.ui_bulk.test_bulk_page import closed_port_url

    path = tmp_path / "list.csv"
    path.write_text("Name;Country\nAcme;DE\n", encoding="utf-8")
    page = page_for(qtbot, ctx)
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.open_file(path)
    ctx.client.base_url = closed_port_url()
    with qtbot.waitSignal(page.problem, timeout=TIMEOUT_MS) as said:
        qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    assert said.args[0] == "Matching needs the network, which cannot be reached. Try again later."
    assert row(page, "2").state == RowState.UNMATCHED and page.match_button.isEnabled()
    ctx.client.base_url = portal_url
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    assert row(page, "2").state != RowState.UNMATCHED
