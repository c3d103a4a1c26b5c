"""GUI-thread time of the bulk connect preview with a 5,000-row customer list.

Builds the real `BulkConnectPage` over a real `AppContext` (real `Cache` in a temporary
directory; a `PortalClient` pointed at a closed port: nothing here needs the network), loads a
generated 5,000-row list, and times on the GUI thread what a user waits for:

- `matched`: the portal's answers applied (a third exact, a third probable with three
  candidates, the rest not found or an invalid VAT number) until the preview is ready;
- `outcomes read`: one read of the requests' outcomes (as after every sync while sending);
- `sort by <column>`: a click on a column's header (ascending, then descending).

Beside it, the baseline: what the page did before (`resizeColumnsToContents` measuring up
to Qt's default of 1,000 rows, several times per match and on every outcome read; and `QSortFilterProxyModel` sorting that asks the model for each row's text per comparison).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_bulk_preview [--rows 5000]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app.context import AppContext  # noqa: E402
from desktop.cache import Cache  # noqa: E402
from desktop.domain.bulk_import import ImportedTable  # noqa: E402
from desktop.models import bulk_preview_model as bm  # noqa: E402
from desktop.sync import PortalClient, SyncEngine  # noqa: E402
from desktop.views.pages.bulk_connect_page import BulkConnectPage  # noqa: E402
from wire import schemas as w  # noqa: E402

COLUMNS = {"Row": bm.COL_ROW, "Name in file": bm.COL_NAME, "Match": bm.COL_MATCH}


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def make_table(rows: int) -> ImportedTable:
    cells = [
        (f"Customer {i:05d} {'ABCDEFGH'[i % 8]} Sp. z o.o.", f"PL{5260000000 + i}", "PL")
        for i in range(rows)
    ]
    return ImportedTable(
        name="bench.csv",
        kind="csv",
        headers=("Nazwa", "NIP", "Kraj"),
        rows=tuple(cells),
        encoding="UTF-8",
        delimiter=";",
    )


def entry(i: int, k: int = 0) -> w.DirectoryEntry:
    return w.DirectoryEntry(
        id=f"b{i}-{k}",
        kind="entity",
        name=f"Customer {i:05d} {'ABCDEFGH'[(i + k) % 8]} Sp. z o.o. oddział {k}",
        network_number=f"0PL{7000000 + i}",
        vat_number=f"PL{5260000000 + i}",
        country="PL",
    )


def make_results(rows: int) -> dict[str, w.MatchResult]:
    results = {}
    for i in range(rows):
        ref, kind = str(i + 2), i % 6
        if kind in (0, 1):
            results[ref] = w.MatchResult(
                ref=ref, state="exact", candidates=[w.MatchCandidate(buyer=entry(i), score=1.0)]
            )
        elif kind in (2, 3):
            found = [w.MatchCandidate(buyer=entry(i, k), score=0.9 - k / 10) for k in range(3)]
            results[ref] = w.MatchResult(ref=ref, state="probable", candidates=found)
        elif kind == 4:
            results[ref] = w.MatchResult(ref=ref, state="not_found")
        else:
            results[ref] = w.MatchResult(ref=ref, state="invalid_vat", vat_problem="invalid")
    return results


def timed(app: QApplication, work: Callable[[], object], repeat: int = 3) -> float:
    """Median ms of `work` on the GUI thread (events processed between runs, not timed)."""
    runs = []
    for _ in range(repeat):
        app.processEvents()
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        cache = Cache.open(Path(folder) / "cache.db")
        client = PortalClient(closed_port_url(), retries=1)
        ctx = AppContext(cache, client, SyncEngine(client, cache), user_display_name="bench")
        page = BulkConnectPage(ctx)
        page.resize(1200, 900)
        page.show()
        page._imported(make_table(args.rows))
        results = make_results(args.rows)
        app.processEvents()

        def matched() -> None:
            page._matched(results)
            ctx.tasks.wait()
            app.processEvents()  # the cache's answer: the preview is ready

        figures = [("matched (answers applied, preview ready)", timed(app, matched), None)]
        figures.append(("outcomes read", timed(app, lambda: page._requests_read({})), None))

        # Baseline: the same view, columns fitted over every row, and the proxy sorting by
        # the model's text (a data() call for both rows of each comparison).
        header = page.table.horizontalHeader()
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(1000)  # Qt's default, which the page used
        fit_all = timed(app, page.table.resizeColumnsToContents)
        header.setResizeContentsPrecision(precision)
        fit_now = timed(app, page.table.resizeColumnsToContents)
        figures.append(("fit columns to contents", fit_now, fit_all))

        plain = QSortFilterProxyModel()
        plain.setSourceModel(page.model)
        plain.setSortRole(Qt.ItemDataRole.DisplayRole)
        for title, column in COLUMNS.items():

            def sort_now(column: int = column) -> None:
                page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
                page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)

            def sort_plain(column: int = column) -> None:
                plain.sort(column, Qt.SortOrder.AscendingOrder)
                plain.sort(column, Qt.SortOrder.DescendingOrder)

            figures.append(
                (f"sort by {title} (both ways)", timed(app, sort_now), timed(app, sort_plain))
            )
        print(f"{args.rows} rows, GUI thread, median of 3 (ms)")
        print(f"{'':44} {'now':>9} {'baseline':>9}")
        for label, now, base in figures:
            print(f"{label:44} {now:9.1f} {'' if base is None else f'{base:9.1f}':>9}")
        ctx.tasks.wait()
        page.close()
        client.close()
        cache.close()


if __name__ == "__main__":
    main()
