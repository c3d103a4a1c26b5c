"""Where is my invoice? against the real portal: the one search box finds by invoice number,
PO number and transaction id, by prefix, inner fragment and `*`; the header's search opens the
page with the results; odd input gets a sensible answer; another supplier's invoices never
show; the detail's timeline is the portal's history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.app.startup import Session
from desktop.models.formats import compare_text
from tests.ui.conftest import StartApp
from tests.ui_invoices.invoice_app import (
    TIMEOUT_MS,
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
    session.window.show_page("invoices")
    return session


@pytest.fixture(scope="module")
def truth(invoice_url: str) -> list[w.Invoice]:
    return portal_invoices(invoice_url)


def _sent(truth: list[w.Invoice]) -> list[w.Invoice]:
    return [i for i in truth if i.transaction_id and i.po_number]


def test_the_page_shows_every_invoice_the_portal_has(
    qtbot: QtBot, app: Session, truth: list[w.Invoice]
) -> None:
    page = invoices_page(app)
    qtbot.waitUntil(lambda: page.matches == len(truth), timeout=TIMEOUT_MS)
    assert page.count_label.text() == f"{QLocale().toString(len(truth))} invoices found"
    chart = {bar.key: bar.count for bar in page.chart.bars() if bar.count}
    expected: dict[str, int] = {}
    for invoice in truth:
        expected[invoice.status] = expected.get(invoice.status, 0) + 1
    assert chart == expected


def test_search_by_number_po_and_transaction_id(
    qtbot: QtBot, app: Session, truth: list[w.Invoice]
) -> None:
    page = invoices_page(app)
    invoice = _sent(truth)[0]
    for text in (invoice.number, invoice.po_number, invoice.transaction_id):
        assert text
        search(qtbot, page, text)
        numbers = shown_numbers(qtbot, page)
        want = {
            i.number
            for i in truth
            if any(
                text.lower() in (f or "").lower() for f in (i.number, i.po_number, i.transaction_id)
            )
        }
        assert invoice.number in numbers
        assert set(numbers) == want


def test_prefix_fragment_and_wildcards(qtbot: QtBot, app: Session, truth: list[w.Invoice]) -> None:
    page = invoices_page(app)
    invoice = _sent(truth)[0]
    number = invoice.number
    prefix, fragment, tail = number[:5], number[2:-1], number[-3:]
    for text, matches in (
        (prefix, lambda f: prefix.lower() in f.lower()),
        (fragment, lambda f: fragment.lower() in f.lower()),
        (f"{prefix}*", lambda f: f.lower().startswith(prefix.lower())),
        (f"*{tail}", lambda f: f.lower().endswith(tail.lower())),
        (
            f"{number[:3]}*{tail}",
            lambda f: f.lower().startswith(number[:3].lower()) and f.lower().endswith(tail.lower()),
        ),
    ):
        count = search(qtbot, page, text)
        want = {
            i.number
            for i in truth
            if any(f and matches(f) for f in (i.number, i.po_number, i.transaction_id))
        }
        assert number in want
        assert count == len(want), text
        assert set(shown_numbers(qtbot, page)) == want, text


def test_odd_input_gets_a_sensible_answer(
    qtbot: QtBot, app: Session, truth: list[w.Invoice]
) -> None:
    page = invoices_page(app)
    assert search(qtbot, page, "*") == len(truth)  # `*` alone: every invoice
    for text in ("%", "_", "'", '"', "' OR 1=1 --", "INV%", "x_y"):
        assert search(qtbot, page, text) == 0, text  # literal characters, found nowhere
        assert page.stack.currentWidget() is page.empty_label
        assert "No invoice matches" in page.empty_label.text()
    # A pattern no index narrows (it would read every invoice): answered at once with what
    # to type instead.
    for text in ("*7", "*0*"):
        assert search(qtbot, page, text) == 0, text
        assert page.stack.currentWidget() is page.empty_label
        assert "at least 3 characters" in page.empty_label.text()
    # 10,000 characters: the box takes what an identifier can be, the search answers.
    page.filters.search.setText("9" * 10_000)
    assert len(page.filters.search.text()) <= 200
    qtbot.waitUntil(lambda: page.filters.values().text.startswith("999"), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: page.matches == 0, timeout=TIMEOUT_MS)


def test_header_search_enter_opens_the_page_with_the_results(
    qtbot: QtBot, app: Session, truth: list[w.Invoice]
) -> None:
    window = app.window
    window.show_page("home")
    invoice = _sent(truth)[0]
    page = invoices_page(app)
    box = window.header.search
    box.setFocus()
    qtbot.keyClicks(box, invoice.transaction_id or "")
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        qtbot.keyClick(box, "\r")
    assert window.current_page_key() == "invoices"
    assert page.filters.search.text() == invoice.transaction_id
    qtbot.waitUntil(lambda: not app.ctx.tasks.busy(), timeout=TIMEOUT_MS)
    assert invoice.number in shown_numbers(qtbot, page)


def test_another_suppliers_invoices_never_appear(
    qtbot: QtBot, app: Session, truth: list[w.Invoice], invoice_url: str
) -> None:
    page = invoices_page(app)
    theirs = portal_invoices(invoice_url, "oskar")
    assert theirs
    mine = {i.id for i in truth}
    assert not mine & {i.id for i in theirs}
    foreign = next(i for i in theirs if i.transaction_id)
    assert search(qtbot, page, foreign.transaction_id or "") == 0
    assert search(qtbot, page, "*") == len(truth)
    assert set(shown_numbers(qtbot, page)) == {i.number for i in truth}


def test_the_buyer_filter_offers_every_buyer_by_name_and_narrows_the_list(
    qtbot: QtBot, app: Session, truth: list[w.Invoice]
) -> None:
    page = invoices_page(app)
    combo = page.filters.buyer_combo
    names = {i.buyer_id: i.buyer_name for i in truth}
    qtbot.waitUntil(lambda: combo.count() == len(names) + 1, timeout=TIMEOUT_MS)
    assert combo.itemText(0) == "All" and combo.itemData(0) is None
    offered = [(combo.itemData(r), combo.itemText(r)) for r in range(1, combo.count())]
    assert dict(offered) == names
    shown = [name for _id, name in offered]
    assert all(compare_text(a, b) <= 0 for a, b in zip(shown, shown[1:], strict=False)), shown

    # The user picks the buyer with the most invoices: only theirs are listed.
    most = max(names, key=lambda b: sum(i.buyer_id == b for i in truth))
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        combo.setCurrentIndex(combo.findText(names[most]))
    assert sorted(shown_numbers(qtbot, page)) == sorted(
        i.number for i in truth if i.buyer_id == most
    )

    # A sync reads the buyers again: the choice and its list stay.
    sync_now(qtbot, app)
    assert combo.currentData() == most and page.filters.values().buyer_id == most
    assert sorted(shown_numbers(qtbot, page)) == sorted(
        i.number for i in truth if i.buyer_id == most
    )
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.matches == len(truth), timeout=TIMEOUT_MS)
