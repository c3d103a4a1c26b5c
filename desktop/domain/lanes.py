"""Where a background task runs (`desktop.app.tasks.TaskRunner.run(..., lane=)`)."""

from __future__ import annotations

from enum import StrEnum


class Lane(StrEnum):
    SERIAL = "serial"  # one thread: cache writes and sync, so they never race
    POOL = "pool"  # several threads: reads and network look-ups
