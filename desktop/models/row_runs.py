"""Rows that changed as runs of consecutive rows: one `dataChanged` a run, so a view repaints
the rows it shows that changed (Qt clips each run to the viewport) and nothing else."""

from __future__ import annotations

from collections.abc import Iterable


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows, last inclusive."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out
