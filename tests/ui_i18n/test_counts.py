"""Counts of a thousand and more are grouped the language's way wherever they are shown: the
status table and chart, the long sync's progress, the outbox, Home's summaries and the
Where is my invoice? total ("12 345" in Polish, "12,345" in English)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.types import SyncStatus
from desktop.models.formats import format_count, with_count
from desktop.models.invoice_status_model import COUNT, InvoiceStatusModel
from desktop.views.widgets.invoice_summary_table import InvoiceSummaryTable
from desktop.views.widgets.status_chart import ChartBar, StatusChart
from desktop.views.widgets.sync_status import SyncStatusWidgets

NBSP = "\u00a0"  # CLDR's Polish group separator
GROUPED = {
    "pl": {12_345: f"12{NBSP}345", 1_078: f"1{NBSP}078", 1_000_000: f"1{NBSP}000{NBSP}000"},
    "en": {12_345: "12,345", 1_078: "1,078", 1_000_000: "1,000,000"},
}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_counts_are_grouped_in_the_language_spoken(
    qtbot: QtBot, switcher: LanguageSwitcher, language: str
) -> None:
    switcher.switch(language)
    grouped = GROUPED[language]
    assert {n: format_count(n) for n in grouped} == grouped

    model = InvoiceStatusModel()
    model.set_counts({"delivered": 12_345, "failed": 1_078})
    shown = {model.index(r, COUNT).data(Qt.ItemDataRole.DisplayRole) for r in range(2)}
    assert shown == {grouped[12_345], grouped[1_078]}

    chart = StatusChart()
    qtbot.addWidget(chart)
    chart.set_bars(
        [ChartBar("delivered", "Delivered", 12_345, "good"), ChartBar("failed", "F", 1_078, "bad")]
    )
    assert grouped[12_345] in chart.accessibleDescription()
    total = "13" + (NBSP if language == "pl" else ",") + "423"  # 12,345 + 1,078
    assert total in chart.toolTip() and "13423" not in chart.toolTip()

    summary = InvoiceSummaryTable("Failed invoices", ["Number", "Account", "Buyer"])
    qtbot.addWidget(summary)
    summary.set_rows([["INV-1", "Main", "Buyer"]], 1_078)
    assert summary.count.text() == f"({grouped[1_078]})"

    bar = QStatusBar()
    qtbot.addWidget(bar)
    widgets = SyncStatusWidgets(bar)
    progress = widgets.counts_text("invoices", 12_345, 1_000_000)
    assert grouped[12_345] in progress and grouped[1_000_000] in progress
    assert grouped[1_078] in widgets.syncing_text("invoices", 1_078)
    widgets.on_status(
        SyncStatus(
            online=True, last_synced_at=datetime(2026, 12, 6, tzinfo=UTC), queued_requests=1_078
        )
    )
    assert grouped[1_078] in widgets.queued.text() and "1078" not in widgets.queued.text()

    # Where is my invoice?'s total: Qt's plural text, its number then grouped ("1234" alone).
    found = QCoreApplication.translate("InvoicesPage", "%Ln invoice(s) found", "", 1_078)
    assert grouped[1_078] in with_count(found, 1_078)
    found = QCoreApplication.translate("InvoicesPage", "%Ln invoice(s) found", "", 12_345)
    assert grouped[12_345] in with_count(found, 12_345)


def test_with_count_touches_only_the_count() -> None:
    assert with_count("12345 of 5000 rows", 12_345) == f"{format_count(12_345)} of 5000 rows"
    assert with_count("Row 112345 and 12345", 12_345) == f"Row 112345 and {format_count(12_345)}"
    assert with_count("nothing to group", 12_345) == "nothing to group"
