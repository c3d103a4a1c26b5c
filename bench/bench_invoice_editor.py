"""The invoice editor at 500 lines: totals per keystroke, and the GUI thread's longest stall
while typing into a line.

Builds the real `InvoiceEditorDialog` over a real `AppContext` (real `Cache` in a temporary
directory; the portal is not needed) on a 500-line invoice, then
- times one keystroke's work: the cell's text into the lines model, that line parsed, the
  totals recomputed with einvoice (Decimal) and shown (nets column, totals panel), 300
  keystrokes on lines spread over the invoice; beside it `compute_totals` alone on the same
  document (the baseline);
- types with `QTest.keyClicks` into a price cell's editor (keystroke by keystroke, as a user
  does) while a 1 ms `QTimer` heartbeat runs on the GUI thread: the longest gap between two
  heartbeats is the longest stall; beside it the same typing into a plain `QLineEdit`.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_invoice_editor [--lines 500]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from desktop.app.context import AppContext  # noqa: E402
from desktop.cache import Cache  # noqa: E402
from desktop.models.invoice_lines_model import COLUMNS  # noqa: E402
from desktop.sync import PortalClient, SyncEngine  # noqa: E402
from desktop.views.dialogs.invoice_editor_dialog import InvoiceEditorDialog  # noqa: E402
from einvoice.document import DocumentKind, InvoiceDocument, Line, Party  # noqa: E402
from einvoice.totals import compute_totals  # noqa: E402

BUDGET_TOTALS_MS = 5.0
BUDGET_STALL_MS = 16.0


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def document(lines: int) -> InvoiceDocument:
    rates = (Decimal("23"), Decimal("8"), Decimal("5"))
    return InvoiceDocument(
        kind=DocumentKind.INVOICE,
        number="BENCH-1",
        issue_date=date(2026, 12, 7),
        currency="PLN",
        seller=Party(name="Seller"),
        buyer=Party(name="Buyer"),
        lines=tuple(
            Line(
                line_id=str(n + 1),
                description=f"Item {n + 1}",
                quantity=Decimal(n % 7 + 1),
                unit_code="H87",
                net_price=Decimal("12.345") + n,
                vat_category="S",
                vat_rate=rates[n % 3],
                item_name=f"Item {n + 1}",
            )
            for n in range(lines)
        ),
    )


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def heartbeat_gaps(app: QApplication, typing: object) -> list[float]:
    """Gaps (ms) between 1 ms heartbeats while `typing()` runs its keystrokes."""
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(beat)
    timer.start()
    typing()  # type: ignore[operator]
    timer.stop()
    return gaps[1:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--keystrokes", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        cache = Cache.open(Path(folder) / "cache.db")
        client = PortalClient(closed_port_url(), retries=1)
        ctx = AppContext(cache, client, SyncEngine(client, cache), user_display_name="bench")
        doc = document(args.lines)
        editor = InvoiceEditorDialog(ctx, document=doc)
        editor.resize(1200, 900)
        editor.show()
        ctx.tasks.wait()
        deadline = time.monotonic() + 10
        while editor.model.rowCount() < args.lines and time.monotonic() < deadline:
            app.processEvents()
        assert editor.model.rowCount() == args.lines, editor.model.rowCount()

        # 1. one keystroke's work, at 500 lines
        price = COLUMNS.index("price")
        keystroke: list[float] = []
        keystroke_cpu: list[float] = []
        for k in range(args.keystrokes):
            row = (k * 37) % args.lines
            index = editor.model.index(row, price)
            text = f"{12 + k % 50}.{k % 10}"
            start, cpu = time.perf_counter(), time.thread_time()
            editor.model.setData(index, text)  # parse the line, recompute, show
            keystroke_cpu.append((time.thread_time() - cpu) * 1000)
            keystroke.append((time.perf_counter() - start) * 1000)
        baseline: list[float] = []
        for _ in range(args.keystrokes):
            start = time.perf_counter()
            compute_totals(doc)
            baseline.append((time.perf_counter() - start) * 1000)
        print(f"\ntotals per keystroke at {args.lines} lines (budget {BUDGET_TOTALS_MS} ms):")
        print(
            f"  editor (setData + parse + totals + show): median {statistics.median(keystroke):.2f} ms, "
            f"p95 {pct(keystroke, 95):.2f} ms, max {max(keystroke):.2f} ms"
        )
        print(
            f"  the same, GUI thread CPU time:          median {statistics.median(keystroke_cpu):.2f} ms, "
            f"p95 {pct(keystroke_cpu, 95):.2f} ms, max {max(keystroke_cpu):.2f} ms"
        )
        print(
            f"  baseline compute_totals alone:           median {statistics.median(baseline):.2f} ms, "
            f"p95 {pct(baseline, 95):.2f} ms, max {max(baseline):.2f} ms"
        )

        # 2. the longest stall while typing into a line
        view = editor.ui.linesView
        cell = editor.model.index(args.lines // 2, price)
        view.setCurrentIndex(cell)
        view.edit(cell)
        app.processEvents()
        cell_editor = QApplication.focusWidget()
        assert isinstance(cell_editor, QLineEdit), type(cell_editor)

        def type_into(widget: QLineEdit) -> None:
            for word in ("1234.56", "99.9", "7.25", "1000", "42.42") * 4:
                widget.selectAll()
                QTest.keyClicks(widget, word, delay=15)

        editor_gaps = heartbeat_gaps(app, lambda: type_into(cell_editor))
        plain = QLineEdit()
        plain.show()
        plain_gaps = heartbeat_gaps(app, lambda: type_into(plain))
        print(
            f"\nlongest GUI stall while typing into a {args.lines}-line invoice (budget {BUDGET_STALL_MS} ms):"
        )
        for label, gaps in (
            ("editor's price cell", editor_gaps),
            ("baseline plain QLineEdit", plain_gaps),
        ):
            over = sum(g > BUDGET_STALL_MS for g in gaps)
            print(
                f"  {label:26s} max {max(gaps):.1f} ms, p99 {pct(gaps, 99):.1f} ms, "
                f"{len(gaps)} beats, {over} over budget"
            )

        # The same typing, keystroke by keystroke, timed as the GUI thread's own CPU time (the
        # key event, the commit, the totals and the repaint it asks for): what the user waits
        # for on a quiet machine, whatever else the cores are busy with.
        def cpu_per_key(widget: QLineEdit) -> list[float]:
            times: list[float] = []
            for word in ("1234.56", "99.9", "7.25", "1000", "42.42") * 4:
                widget.selectAll()
                for ch in word:
                    start = time.thread_time()
                    QTest.keyClick(widget, ch)
                    app.processEvents()
                    times.append((time.thread_time() - start) * 1000)
            return times

        plain.hide()
        editor.activateWindow()
        view.setFocus()
        other = editor.model.index(args.lines // 3, price)
        view.setCurrentIndex(other)
        view.edit(other)
        app.processEvents()
        reopened = QApplication.focusWidget()
        assert isinstance(reopened, QLineEdit), type(reopened)
        editor_cpu = cpu_per_key(reopened)
        plain.show()
        plain.setFocus()
        plain_cpu = cpu_per_key(plain)
        print("\nGUI thread CPU per keystroke (key, commit, totals, repaint):")
        for label, times in (
            ("editor's price cell", editor_cpu),
            ("baseline plain QLineEdit", plain_cpu),
        ):
            print(
                f"  {label:26s} median {statistics.median(times):.2f} ms, p99 {pct(times, 99):.2f} ms, "
                f"max {max(times):.2f} ms over {len(times)} keys"
            )
        editor.close()
        ctx.shutdown()
        cache.close()


if __name__ == "__main__":
    main()
