"""Start-up marks for bench/bench_start.py: when the window first painted, when Home filled.

Set `SUPPLIER_DESK_START_MARKS=<file>` and the app appends one line per first
event, `<name> <unix time>`; without it nothing is written. Standard library only:
it is imported before anything heavy.
"""

from __future__ import annotations

import os
import time

ENV = "SUPPLIER_DESK_START_MARKS"
_done: set[str] = set()


def mark(name: str) -> None:
    """The first `name` of this process (e.g. "window", "home") into the marks file."""
    path = os.environ.get(ENV)
    if not path or name in _done:
        return
    _done.add(name)
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"{name} {time.time():.6f}\n")
