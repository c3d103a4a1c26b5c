"""One task runner: blocking work runs off the GUI thread, results come back as signals.

A serial lane (one thread) takes cache writes and sync, so they never race;
a pool takes network look-ups (directory search, groups). Callbacks run on the
GUI thread. A task whose owner widget was destroyed has its callbacks dropped.

Every result travels on the runner's own two signals, tagged with the task's number: no
QObject is made per task, so none can be freed by a worker thread (or by the garbage
collector running in one) while the GUI thread still has its events queued.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from desktop.domain.lanes import Lane

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    alive: list[bool] = field(default_factory=lambda: [True])


class _Job(QRunnable):
    def __init__(
        self, number: int, fn: Callable[[], Any], done: Callable[[int, object], None], failed: Any
    ) -> None:
        super().__init__()
        self._number = number
        self._fn = fn
        self._done = done
        self._failed = failed
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            log.debug("task failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            self._deliver(self._failed, exc)
        else:
            self._deliver(self._done, result)
        finally:
            self._fn = self._done = self._failed = None  # type: ignore[assignment]

    def _deliver(self, emit: Callable[[int, object], None], value: object) -> None:
        try:
            emit(self._number, value)
        except RuntimeError:  # the app closed while this ran: nobody is left to tell
            log.debug("task finished after its runner was gone")


class TaskRunner(QObject):
    """`run(fn, on_success, on_failure, lane=Lane.SERIAL | Lane.POOL)`.

    `idle` is emitted once every task's callbacks have run (screenshots and tests wait on it).
    """

    idle = Signal()
    _succeeded = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._pending: dict[int, _Pending] = {}
        self._numbers = itertools.count(1)
        queued = Qt.ConnectionType.QueuedConnection  # always on the GUI thread, always later
        self._succeeded.connect(self._on_succeeded, queued)
        self._failed.connect(self._on_failed, queued)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        lane: Lane = Lane.SERIAL,
        owner: QObject | None = None,
    ) -> None:
        number = next(self._numbers)
        pending = _Pending(on_success, on_failure)
        self._pending[number] = pending
        if owner is not None:
            alive = pending.alive
            owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        pool = self._serial if Lane(lane) is Lane.SERIAL else self._pool
        pool.start(_Job(number, fn, self._succeeded.emit, self._failed.emit))

    def _on_succeeded(self, number: int, result: object) -> None:
        pending = self._pending.get(number)
        try:
            if pending is not None and pending.alive[0] and pending.on_success is not None:
                pending.on_success(result)
        finally:
            self._finished(number)

    def _on_failed(self, number: int, exc: object) -> None:
        pending = self._pending.get(number)
        try:
            if pending is None or not pending.alive[0]:
                return
            if pending.on_failure is not None:
                pending.on_failure(exc)  # type: ignore[arg-type]
            else:
                log.warning("background task failed: %s", type(exc).__name__)
        finally:
            self._finished(number)

    def busy(self) -> bool:
        """True while a task runs or its callbacks have not been delivered yet."""
        return bool(self._pending)

    def _finished(self, number: int) -> None:
        self._pending.pop(number, None)
        if not self._pending:
            self.idle.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for all work to finish (shutdown and tests only)."""
        return self._serial.waitForDone(msecs) and self._pool.waitForDone(msecs)
