"""One task runner: blocking work runs off the GUI thread, results come back as signals.

A serial lane (one thread) takes cache writes and sync, so they never race;
a pool takes network look-ups (directory search, groups). Callbacks run on the
GUI thread. A task whose owner widget was destroyed has its callbacks dropped.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Carrier(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self._fn = fn
        self._carrier = carrier
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            log.debug("task failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            self._deliver(self._carrier.failed, exc)
        else:
            self._deliver(self._carrier.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app closed while this ran: nobody is left to tell
            log.debug("task finished after its runner was gone")


class TaskRunner(QObject):
    """`run(fn, on_success, on_failure, lane="serial"|"pool")`.

    `idle` is emitted once every task's callbacks have run (screenshots and tests wait on it).
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._carriers: set[_Carrier] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        lane: str = "serial",
        owner: QObject | None = None,
    ) -> None:
        carrier = _Carrier()  # lives on the GUI thread: its signals are delivered there
        self._carriers.add(carrier)
        alive = [True]
        if owner is not None:
            owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

        @Slot(object)
        def done(result: object) -> None:
            try:
                if alive[0] and on_success is not None:
                    on_success(result)
            finally:
                self._finished(carrier)

        @Slot(object)
        def fail(exc: object) -> None:
            try:
                if not alive[0]:
                    return
                if on_failure is not None:
                    on_failure(exc)  # type: ignore[arg-type]
                else:
                    log.warning("background task failed: %s", type(exc).__name__)
            finally:
                self._finished(carrier)

        carrier.succeeded.connect(done)
        carrier.failed.connect(fail)
        pool = self._serial if lane == "serial" else self._pool
        pool.start(_Job(fn, carrier))

    def busy(self) -> bool:
        """True while a task runs or its callbacks have not been delivered yet."""
        return bool(self._carriers)

    def _finished(self, carrier: _Carrier) -> None:
        self._carriers.discard(carrier)
        if not self._carriers:
            self.idle.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for all work to finish (shutdown and tests only)."""
        return self._serial.waitForDone(msecs) and self._pool.waitForDone(msecs)
