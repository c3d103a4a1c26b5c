"""A long first sync as the status bar shows it: a real progress bar with counts ("Invoices
50 of 612") and Cancel, which stops it between pages; the next sync resumes and brings the
rest, and every invoice is then found."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.domain.invoices import InvoiceQuery
from desktop.sync import PortalClient, SyncEngine
from desktop.views.main_window import MainWindow
from tests.ui_invoices.invoice_app import TIMEOUT_MS
from tests.ui_invoices.invoice_truth import portal_invoices

PAGE = 50  # invoices per page here, so a few hundred make a long sync


def test_cancel_stops_a_long_sync_and_the_next_one_resumes(
    qtbot: QtBot, fresh_portal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = fresh_portal().base_url
    truth = portal_invoices(url)
    assert len(truth) > 500 + PAGE
    cache = Cache.open(tmp_path / "cache.db")
    client = PortalClient(url, retries=1, backoff=0.05)
    client.sign_in("elise", "sandbox")
    engine = SyncEngine(client, cache, page_limits={"invoices": PAGE})
    ctx = AppContext(cache, client, engine, user_display_name="elise", sync_interval_ms=3_600_000)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        bar = window.status_widgets
        seen: list[str] = []
        pressed = threading.Event()

        def cancel_once_shown(collection: str, _items: int, _total: int) -> None:
            # The user sees the bar and presses Cancel.
            if collection == "invoices" and bar.long_sync.isVisible():
                seen.append(bar.counts.text())
                if bar.cancel_button.isEnabled():
                    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
                    pressed.set()

        def slow_reader(collection: str, _items: int, _total: int) -> None:
            # On the worker, after the first invoice page: the sync waits until the user has
            # read the bar and pressed Cancel (however busy the machine, no race).
            if collection == "invoices":
                pressed.wait(TIMEOUT_MS / 1000)

        ctx.sync_counts.connect(cancel_once_shown)
        ctx.sync_counts.connect(slow_reader, Qt.ConnectionType.DirectConnection)
        with qtbot.waitSignal(ctx.sync_cancelled, timeout=TIMEOUT_MS):
            ctx.request_sync()
        assert seen and re.fullmatch(r"Invoices [\d,]+ of [\d,]+", seen[0]), seen
        assert bar.progress_bar.maximum() > 0
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
        assert not bar.long_sync.isVisible()
        assert bar.progress.text().startswith("Sync cancelled.")
        held = cache.count_invoices(InvoiceQuery())
        assert PAGE <= held < len(truth)  # what came before Cancel stays

        ctx.sync_counts.disconnect(cancel_once_shown)
        ctx.sync_counts.disconnect(slow_reader)
        with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
            ctx.request_sync()
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
        assert cache.count_invoices(InvoiceQuery()) == len(truth)  # resumed, nothing twice
        page = window.pages["invoices"]
        qtbot.waitUntil(lambda: page.matches == len(truth), timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    finally:
        ctx.shutdown()
        client.close()
        cache.close()
