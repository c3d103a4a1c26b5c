"""One task runner: blocking work runs off the GUI thread, results come back as signals.

A serial lane (one thread) takes cache writes and sync, so they never race;
a pool takes network look-ups (directory search, groups). Callbacks run on the
GUI thread. A task whose owner widget was destroyed has its callbacks dropped.

Nothing the GUI owns is ever freed by a worker thread. A Qt object freed there while the GUI
thread still has events queued for it crashes the process later, in the event loop. So:
- no QObject is made per task;
- the GUI thread keeps its own reference to each task's function (whose closure may hold a
  page) and to its owner until the callbacks have run, and drops them itself;
- a worker hands its result or exception over through a queue, holding no reference after
  the hand-over; an exception goes without its traceback, whose frames hold the closure's
  locals (only its type and words are used).
"""

from __future__ import annotations

import itertools
import logging
import queue
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from shiboken6 import isValid

from desktop.domain.lanes import Lane

log = logging.getLogger(__name__)

# (task number, True and the result | False and the exception), from a worker to the GUI.
_Outcome = tuple[int, bool, Any]


@dataclass
class _Pending:
    fn: Callable[[], Any] | None  # the GUI thread's own reference, dropped by it
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    owner: QObject | None


class _Job(QRunnable):
    def __init__(
        self,
        number: int,
        fn: Callable[[], Any],
        outbox: queue.SimpleQueue[_Outcome],
        ready: Callable[[], None],
    ) -> None:
        super().__init__()
        self._number = number
        self._fn: Callable[[], Any] | None = fn
        self._outbox = outbox
        self._ready = ready
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None
        try:
            outcome: _Outcome = (self._number, True, fn())
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            log.debug("task failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            outcome = (self._number, False, exc.with_traceback(None))
        del fn  # the GUI thread still holds it: this is never the last reference
        self._outbox.put(outcome)
        del outcome  # from here on the queue, then the GUI thread, holds the result
        try:
            self._ready()
        except RuntimeError:  # the app closed while this ran: nobody is left to tell
            log.debug("task finished after its runner was gone")


class TaskRunner(QObject):
    """`run(fn, on_success, on_failure, lane=Lane.SERIAL | Lane.POOL)`.

    `idle` is emitted once every task's callbacks have run (screenshots and tests wait on it).
    """

    idle = Signal()
    _ready = Signal()  # an outcome is in the outbox

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._pending: dict[int, _Pending] = {}
        self._numbers = itertools.count(1)
        self._outbox: queue.SimpleQueue[_Outcome] = queue.SimpleQueue()
        queued = Qt.ConnectionType.QueuedConnection  # always on the GUI thread, always later
        self._ready.connect(self._deliver, queued)

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
        self._pending[number] = _Pending(fn, on_success, on_failure, owner)
        pool = self._serial if Lane(lane) is Lane.SERIAL else self._pool
        pool.start(_Job(number, fn, self._outbox, self._ready.emit))

    def _deliver(self) -> None:
        """On the GUI thread: one outcome a worker handed over (each worker puts one, then
        signals once), to its callbacks."""
        number, ok, value = self._outbox.get_nowait()
        pending = self._pending.get(number)
        try:
            if pending is not None:
                self._call(pending, ok, value)
        finally:
            del value, pending  # dropped here, on the GUI thread
            self._finished(number)

    def _call(self, pending: _Pending, ok: bool, value: Any) -> None:
        if pending.owner is not None and not isValid(pending.owner):
            return  # its widget is gone: nobody to tell
        if ok:
            if pending.on_success is not None:
                pending.on_success(value)
        elif pending.on_failure is not None:
            pending.on_failure(value)
        else:
            log.warning("background task failed: %s", type(value).__name__)

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
