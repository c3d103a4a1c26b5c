"""Matching a customer list on the portal, `MATCH_ROWS_MAX` rows per call."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.domain.bulk_rows import BulkRow
from desktop.sync.client import PortalClient
from wire import schemas as w

Progress = Callable[[int, int], None]  # rows matched so far, rows in all


def to_wire(row: BulkRow) -> w.MatchRow:
    return w.MatchRow(
        ref=row.ref,
        name=row.name or None,
        vat_number=row.vat_number or None,
        network_number=row.network_number or None,
        country=row.country,
    )


def match_all(
    client: PortalClient,
    rows: Sequence[BulkRow],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, w.MatchResult]:
    """ref -> the portal's answer, for every row that is neither blank nor a duplicate."""
    wanted = [r for r in rows if not r.is_blank and r.duplicate_of is None]
    results: dict[str, w.MatchResult] = {}
    for start in range(0, len(wanted), w.MATCH_ROWS_MAX):
        if cancelled():
            break
        chunk = wanted[start : start + w.MATCH_ROWS_MAX]
        answer = client.match_directory([to_wire(r) for r in chunk])
        results.update((result.ref, result) for result in answer.results)
        if progress is not None:
            progress(len(results), len(wanted))
    return results
