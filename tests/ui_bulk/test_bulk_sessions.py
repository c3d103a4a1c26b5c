"""Connect with many customers, past the first list: a second list after a Connect (a new
session, asked first while outcomes are pending), one request per customer however many rows
name it, one press queues once, the outcomes "Refused: reason" and "Rejected", "already
requested", a VAT number of another country, sorting, editing the column mapping, the
preview in Polish, the last list's requests shown again after a restart, and a 500-row match given longer than an ordinary call to answer."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.app.i18n import QM_DIR, Translations
from desktop.cache import Cache
from desktop.cache.bulk_outbox import last_list_path, load_last_list
from desktop.domain.bulk_columns import Field
from desktop.domain.bulk_last_list import restore_last_list
from desktop.domain.bulk_preview import RowOutcome, RowState
from desktop.models import bulk_preview_model as bm
from desktop.sync import PortalClient, SyncEngine
from tests.ui_bulk.conftest import TIMEOUT_MS, Customer, resolve_ticket, synced
from tests.ui_bulk.test_bulk_page import (
    closed_port_url,
    open_and_match,
    page_for,
    portal_items,
    row,
)
from wire import schemas as w
from wire.schemas import MATCH_ROWS_MAX

Step = Callable[[QWidget], bool]


def answer_in_turn(steps: list[Step]) -> list[Step]:
    """Answer the app's next modal windows, one step each, as a user would."""

    def poll() -> None:
        if not steps:
            return
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and steps[0](widget):
            steps.pop(0)
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return steps


def click_in_box(name: str) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        button = widget.findChild(QWidget, name)
        assert button is not None, name
        button.click()  # type: ignore[attr-defined]
        return True

    return step


def file_dialog(path: Path, mode: QFileDialog.AcceptMode) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, QFileDialog) or widget.acceptMode() != mode:
            return False
        name = widget.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        widget.accept()
        return True

    return step


def write_list(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_second_list_after_connect_is_a_new_session_offering_to_export_first(
    qtbot: QtBot,
    ctx: AppContext,
    portal_url: str,
    tmp_path: Path,
    bulk_customers: Iterator[Customer],
) -> None:
    c1, c2 = next(bulk_customers), next(bulk_customers)
    first = write_list(
        tmp_path / "first.csv", ["Name;Network number", f"{c1.name};{c1.network_number}"]
    )
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, first)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(page, "2").outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS)
    ticket = row(page, "2").item.ticket_number  # type: ignore[union-attr]
    assert not page.match_button.isEnabled() and not page.mapping.isEnabled()

    # Cancel: the list stays, still followed.
    left = answer_in_turn([click_in_box("cancelNewList")])
    page.choose_file()
    assert not left and page.table_data is not None and page.table_data.name == "first.csv"

    # Another list, its outcome pending: asked first; exported, then the new list opens.
    second = write_list(
        tmp_path / "second.csv",
        ["Name;Network number", f"{c1.name};{c1.network_number}", f"{c2.name};{c2.network_number}"],
    )
    result = tmp_path / "first-result.csv"
    save, open_ = QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen
    left = answer_in_turn(
        [click_in_box("exportFirst"), file_dialog(result, save), file_dialog(second, open_)]
    )
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.choose_file()
    assert not left
    qtbot.waitUntil(result.exists, timeout=TIMEOUT_MS)
    with result.open(encoding="utf-8-sig", newline="") as f:
        exported = list(csv.reader(f, delimiter=";"))
    assert exported[1][0] == c1.name and exported[1][-2:] == [f"Ticket {ticket}", ticket]

    # A new session: matching and the mapping are back; the first list's customer is now
    # "already requested" (its request goes on in Connection requests).
    assert page.table_data is not None and page.table_data.name == "second.csv"
    assert page.match_button.isEnabled() and page.mapping.isEnabled()
    assert page.send_info.text() == "" and not page.send_bar.isVisible()
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    assert (row(page, "2").state, row(page, "3").state) == (
        RowState.ALREADY_REQUESTED,
        RowState.EXACT,
    )
    assert page.model.state_text(row(page, "2")) == "Already requested"
    assert page.summary.text() == (
        "1 ready, 0 to choose, 0 not found, 0 already connected, 1 already requested"
    )
    assert page.connect_button.text() == "CONNECT (1)"
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(page, "3").outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS)
    assert row(page, "2").outcome is None

    # The network rejects the second customer: the row says so.
    resolve_ticket(portal_url, ctx, row(page, "3").item.ticket_number or "", "rejected")  # type: ignore[union-attr]
    synced(qtbot, ctx)
    qtbot.waitUntil(lambda: row(page, "3").outcome == RowOutcome.REJECTED, timeout=TIMEOUT_MS)
    assert page.model.outcome_text(row(page, "3")) == "Rejected"
    assert [b for _a, b, _v in portal_items(portal_url, ctx)].count(c1.id) == 1

    # Nothing pending any more: another list opens without a question.
    third = write_list(tmp_path / "third.csv", ["Name", "Acme"])
    synced(qtbot, ctx)
    resolve_ticket(portal_url, ctx, ticket, "connected")
    synced(qtbot, ctx)
    qtbot.waitUntil(lambda: row(page, "3").outcome == RowOutcome.REJECTED, timeout=TIMEOUT_MS)
    left = answer_in_turn([file_dialog(third, open_)])
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.choose_file()
    assert not left and page.model.rowCount() == 1


def test_one_request_per_customer_and_one_press_queues_once(
    qtbot: QtBot,
    ctx: AppContext,
    portal_url: str,
    tmp_path: Path,
    bulk_customers: Iterator[Customer],
) -> None:
    c3, c4 = next(bulk_customers), next(bulk_customers)
    path = write_list(
        tmp_path / "twice.csv",
        [
            "Name;VAT;Network number",
            f"{c3.name};;{c3.network_number}",  # 2
            f"{c3.name};{c3.vat_number};",  # 3: another line, the same customer (by VAT)
            f"{c4.name};;{c4.network_number}",  # 4
        ],
    )
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, path)
    assert row(page, "3").chosen is not None and row(page, "3").chosen.id == c3.id  # type: ignore[union-attr]
    assert [row(page, ref).state for ref in ("2", "3", "4")] == [
        RowState.EXACT,
        RowState.DUPLICATE,
        RowState.EXACT,
    ]
    assert page.model.state_text(row(page, "3")) == "Duplicate of row 2"
    assert page.connect_button.text() == "CONNECT (2)"
    assert page.summary.text() == (
        "2 ready, 0 to choose, 0 not found, 0 already connected, 1 repeated"
    )

    page.connect_ticked()
    page.connect_ticked()  # pressed again before the first press's rows are queued
    assert not page.connect_button.isEnabled()
    qtbot.waitUntil(lambda: row(page, "4").outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS)
    synced(qtbot, ctx)
    buyers = [b for _a, b, _v in portal_items(portal_url, ctx)]
    assert (buyers.count(c3.id), buyers.count(c4.id)) == (1, 1)
    assert row(page, "3").local_id is None and row(page, "3").outcome is None


def test_a_refused_request_says_why_on_its_rows(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, bulk_customers: Iterator[Customer]
) -> None:
    c5 = next(bulk_customers)
    path = write_list(
        tmp_path / "gone.csv", ["Name;Network number", f"{c5.name};{c5.network_number}"]
    )
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, path)
    # The customer leaves the network between matching and sending: the portal no longer
    # knows the id the row carries.
    gone = row(page, "2")
    assert gone.chosen is not None
    gone.chosen = dataclasses.replace(gone.chosen, id="no-such-buyer")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(page, "2").outcome == RowOutcome.REFUSED, timeout=TIMEOUT_MS)
    assert page.model.outcome_text(row(page, "2")) == (
        "Refused: A chosen customer is no longer on the network."
    )
    assert ctx.cache.outbox() == []  # refused for good, not sent again


def test_wrong_country_vat_sorting_and_an_edited_mapping(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, bulk_customers: Iterator[Customer]
) -> None:
    c6 = next(bulk_customers)
    foreign = "DE" if c6.country != "DE" else "FR"
    lines = ["Name;VAT;Country;Code"]
    lines += [f"Qxv Nobody {i:02d};;PL;K-{i}" for i in range(9)]  # rows 2..10
    lines.append(f"{c6.name};{c6.country}{c6.vat_number[2:]};{foreign};K-9")  # row 11
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, write_list(tmp_path / "mixed.csv", lines))

    wrong = row(page, "11")
    assert wrong.vat_problem == "wrong_country" and wrong.state == RowState.INVALID_VAT
    assert page.model.state_text(wrong) == "VAT number of another country"
    page.kind.setCurrentIndex(page.kind.findData("invalid_vat"))
    assert [page.proxy.index(i, 0).data() for i in range(page.proxy.rowCount())] == ["11"]
    page.kind.setCurrentIndex(page.kind.findData("all"))

    # Sorting: a click on a header, again for the other way; rows by number, not as text.
    header = page.table.horizontalHeader()

    def shown(column: int) -> list[str]:
        return [page.proxy.index(i, column).data() for i in range(page.proxy.rowCount())]

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header(bm.COL_ROW)
    first = shown(bm.COL_ROW)
    click_header(bm.COL_ROW)
    numbers = [str(n) for n in range(2, 12)]
    assert {tuple(first), tuple(shown(bm.COL_ROW))} == {tuple(numbers), tuple(numbers[::-1])}
    click_header(bm.COL_NAME)
    names = shown(bm.COL_NAME)
    assert names in (sorted(names, key=str.casefold), sorted(names, key=str.casefold, reverse=True))
    page.table.selectRow(0)
    current = page.current_row()
    page.table.sortByColumn(bm.COL_ROW, Qt.SortOrder.DescendingOrder)
    assert page.current_row() is current  # the selection follows its row
    assert shown(bm.COL_ROW)[0] == "11"

    # Editing the mapping: "Code" was not taken for the vendor code; mapped by hand, then
    # the VAT number column dropped, which makes the rows unmatched again.
    assert page.mapping.isEnabled() and row(page, "2").row.vendor_code == ""
    page.mapping.set_column(Field.VENDOR_CODE, 3)
    assert row(page, "2").row.vendor_code == "K-0"
    page.mapping.set_column(Field.VAT, None)
    assert row(page, "11").row.vat_number == "" and row(page, "11").state == RowState.UNMATCHED
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    assert row(page, "11").vat_problem is None


def test_the_preview_in_polish_has_no_english_left(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, bulk_customers: Iterator[Customer]
) -> None:
    c7, c8 = next(bulk_customers), next(bulk_customers)
    foreign = "DE" if c8.country != "DE" else "FR"
    lines = [
        "Nazwa;NIP;Numer w sieci;Kraj",
        f"{c7.name};;{c7.network_number};",  # exact
        f"{c7.name};{c7.vat_number};;",  # the same customer again
        "Żółta Łódkaa;;;PL",  # probable
        "Qxv Nikt;;;PL",  # not found
        f"{c8.name};{c8.vat_number};;{foreign}",  # VAT number of another country
        f"{c7.name};;{c7.network_number};",  # the same line again
    ]
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, write_list(tmp_path / "pl.csv", lines))
    columns = (bm.COL_MATCH, bm.COL_COUNTRY, bm.COL_OUTCOME)

    def texts() -> list[str]:
        found = [str(page.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(11)]
        for i in range(page.model.rowCount()):
            found += [str(page.model.index(i, c).data() or "") for c in columns]
        return found + [page.summary.text(), page.connect_button.text(), page.match_button.text()]

    english = texts()
    assert "Duplicate of row 2" in english and "VAT number of another country" in english
    if not (QM_DIR / "supplier_desk_pl.qm").exists():
        from scripts.build_translations import main as build

        build()
    translations = Translations()
    translations.install("pl")
    try:
        qtbot.waitUntil(lambda: page.match_button.text() == "DOPASUJ", timeout=TIMEOUT_MS)
        polish = texts()
    finally:
        translations.remove()
    same = [
        (en, pl)
        for en, pl in zip(english, polish, strict=True)
        if en == pl and any(ch.isalpha() for ch in en)
    ]
    assert same == [], same
    assert "Powtórzenie wiersza 2" in polish


def test_matching_500_rows_waits_longer_than_an_ordinary_call(portal_url: str) -> None:
    client = PortalClient(portal_url, retries=1)
    client.sign_in("elise", "sandbox")
    try:
        client.timeout = (3.05, 0.001)  # an ordinary call's answer would come too late
        rows = [
            w.MatchRow(ref=str(i), name=f"Nordwind {i}", country="DE")
            for i in range(MATCH_ROWS_MAX)
        ]
        answer = client.match_directory(rows)
        assert [r.ref for r in answer.results] == [str(i) for i in range(MATCH_ROWS_MAX)]
    finally:
        client.close()


def test_after_a_restart_the_page_shows_the_last_lists_requests_again(
    qtbot: QtBot,
    portal_url: str,
    tmp_path: Path,
    bulk_customers: Iterator[Customer],
) -> None:
    c9 = next(bulk_customers)
    path = write_list(
        tmp_path / "before.csv",
        ["Name;Network number", "Qxv Nobody Here;", f"{c9.name};{c9.network_number}"],
    )
    cache_path = tmp_path / "restart.db"

    def start() -> tuple[AppContext, Cache, PortalClient]:
        cache = Cache.open(cache_path)
        client = PortalClient(portal_url, retries=1, backoff=0.05)
        client.sign_in("elise", "sandbox")
        ctx = AppContext(
            cache, client, SyncEngine(client, cache), user_display_name="elise",
            retry_interval_ms=300,
        )  # fmt: skip
        synced(qtbot, ctx)
        return ctx, cache, client

    def stop(ctx: AppContext, cache: Cache, client: PortalClient) -> None:
        ctx._retry.stop()
        ctx.tasks.wait()
        client.close()
        cache.close()

    first = start()
    ctx = first[0]
    page = page_for(qtbot, ctx)
    open_and_match(qtbot, page, path)
    ctx.client.base_url = closed_port_url()  # offline: the request waits in the outbox
    synced(qtbot, ctx)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row(page, "3").outcome == RowOutcome.QUEUED, timeout=TIMEOUT_MS)
    page.close()
    stop(*first)

    second = start()  # the app again, online
    try:
        ctx = second[0]
        page = page_for(qtbot, ctx)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT_MS)
        assert page.file_info.text().startswith(
            "before.csv: the rows sent from it last time, 1 row"
        )
        assert row(page, "3").chosen is not None and row(page, "3").chosen.id == c9.id  # type: ignore[union-attr]
        qtbot.waitUntil(
            lambda: row(page, "3").outcome == RowOutcome.TICKET_OPENED, timeout=TIMEOUT_MS
        )
        assert not page.match_button.isEnabled() and "1 sent" in page.summary.text()
        out = tmp_path / "after.csv"
        with qtbot.waitSignal(page.exported, timeout=TIMEOUT_MS):
            page.words.export_to(out)
        exported = out.read_text(encoding="utf-8-sig").splitlines()
        ticket = row(page, "3").item.ticket_number  # type: ignore[union-attr]
        assert (
            exported[1].startswith(f"{c9.name};{c9.network_number};") and str(ticket) in exported[1]
        )

        # Another list: a new session, and the kept rows are forgotten.
        synced(qtbot, ctx)
        with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
            page.open_file(path)
        ctx.tasks.wait()
        assert not last_list_path(cache_path).exists()
    finally:
        page.close()
        stop(*second)


def test_a_broken_or_foreign_last_list_file_is_ignored(tmp_path: Path) -> None:
    cache_path = tmp_path / "c.db"
    assert load_last_list(cache_path) is None  # none kept
    last_list_path(cache_path).write_text("{not json", encoding="utf-8")
    assert load_last_list(cache_path) is None
    for record in ({}, {"version": 99, "rows": [{}]}, {"version": 1, "rows": [{"ref": "2"}]}):
        assert restore_last_list(record) is None
