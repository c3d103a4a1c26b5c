"""The invoice widgets on their own, driven as a user would: the status chart painted with
the style sheet's colours and clickable, the date range refused when it ends before it
starts, amounts in the user's locale."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.resources import style_sheet
from desktop.models.invoice_words import format_amount
from desktop.views.widgets.invoice_filters import InvoiceFilters
from desktop.views.widgets.status_chart import ChartBar, StatusChart


@pytest.fixture
def styled(qapp: QApplication):  # type: ignore[no-untyped-def]
    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet(before)


def test_chart_paints_each_status_in_its_colour_and_a_click_asks_for_it(
    qtbot: QtBot, styled: None
) -> None:
    chart = StatusChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars(
        [
            ChartBar("paid", "Paid", 30, "good"),
            ChartBar("failed", "Failed", 10, "bad"),
            ChartBar("saved", "Saved", 0, "neutral"),
        ]
    )
    chart.show()
    qtbot.waitExposed(chart)
    image: QImage = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert "#2a8f3e" in colours  # the style sheet's green for paid
    assert "#d23c3c" in colours  # and its red for failed
    assert "Paid: 30" in chart.accessibleDescription()

    row = chart.fontMetrics().height()  # within the first bar's line
    with qtbot.waitSignal(chart.status_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() // 2, row))
    assert clicked.args == ["paid"]


def test_an_end_date_before_the_start_is_refused_with_a_message_and_no_search(
    qtbot: QtBot,
) -> None:
    filters = InvoiceFilters()
    qtbot.addWidget(filters)
    filters.show()
    searched: list[object] = []
    filters.changed.connect(searched.append)
    qtbot.mouseClick(filters.date_check, Qt.MouseButton.LeftButton)
    assert filters.date_check.isChecked()
    filters.date_from.setDate(QDate(2026, 6, 1))
    searched.clear()
    with qtbot.waitSignal(filters.refused) as refused:
        filters.date_to.setDate(QDate(2026, 5, 1))
    assert searched == []  # nothing was searched
    assert filters.problem.isVisible()
    assert "before the start date" in filters.problem.text()
    assert refused.args[0] == filters.problem.text()

    with qtbot.waitSignal(filters.changed) as changed:
        filters.date_to.setDate(QDate(2026, 6, 30))
    assert not filters.problem.isVisible()
    values = changed.args[0]
    assert (values.issued_from, values.issued_to) == (date(2026, 6, 1), date(2026, 6, 30))


@pytest.mark.parametrize("language", ["pl"], indirect=True)
def test_the_date_range_message_is_polish(qtbot: QtBot, language: str) -> None:
    filters = InvoiceFilters()
    qtbot.addWidget(filters)
    filters.date_check.setChecked(True)
    filters.date_from.setDate(QDate(2026, 6, 1))
    filters.date_to.setDate(QDate(2026, 5, 1))
    assert filters.problem.text().startswith("Data końcowa")


def test_typing_searches_once_the_user_pauses(qtbot: QtBot) -> None:
    filters = InvoiceFilters()
    qtbot.addWidget(filters)
    seen: list[str] = []
    filters.changed.connect(lambda v: seen.append(v.text))
    with qtbot.waitSignal(filters.changed):
        qtbot.keyClicks(filters.search, "INV-0033")
    assert seen == ["INV-0033"]  # one search for the whole word, not one per key


def test_amounts_follow_the_locale_exactly() -> None:
    assert format_amount("1234567.5", "EUR", QLocale("pl_PL")) == "1\u00a0234\u00a0567,50\u00a0EUR"
    assert format_amount("1234567.5", "EUR", QLocale("en_US")) == "1,234,567.50\u00a0EUR"
    assert format_amount("1078", "PLN", QLocale("pl_PL")) == "1\u00a0078,00\u00a0PLN"
    assert format_amount("-1078.125", "PLN", QLocale("pl_PL")) == "-1\u00a0078,125\u00a0PLN"
    assert format_amount("0.1234", "GBP", QLocale("en_GB")) == "0.1234\u00a0GBP"
