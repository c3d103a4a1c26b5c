"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a generation
fills up: a worker of the task runner, the embedded portal's server threads. A widget or
QObject caught in a reference cycle (a lambda connected to its own signal, a page holding a
callback that holds the page) is then destroyed from that thread while the GUI thread still
has events queued for it, and the process crashes later inside the event loop. So automatic
collection is off and a timer on the GUI thread collects the young generation, and the older
ones by the interpreter's own thresholds (the idiom of pyqtgraph's and Camelot's GarbageCollector)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000
_PROPERTY = "supplierDeskGarbageCollector"


class GarbageCollector(QObject):
    """Collects the due generations every `interval_ms` on the thread it lives in (the GUI's)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the young generation (cheap: only what was made since), then an older one
        when its count passed the interpreter's threshold; the unreachable objects found."""
        found = gc.collect(0)
        for generation in (1, 2):
            if gc.get_count()[generation] <= self._thresholds[generation]:
                break
            found += gc.collect(generation)
        return found


def install(app: QCoreApplication) -> GarbageCollector:
    """The application's one collector (made on the first call, the same one after)."""
    found = app.findChild(GarbageCollector, _PROPERTY)
    if isinstance(found, GarbageCollector):
        return found
    collector = GarbageCollector(app)
    collector.setObjectName(_PROPERTY)
    return collector


def freeze_start_up() -> int:
    """Everything the start-up made (modules, classes, the window and its pages) lives as long
    as the process: moved out of the collector's sight (`gc.freeze`), so that a collection of
    the oldest generation reads only what came after (over the 1M cache a full collection
    held the GUI thread 106-151 ms, most of it in objects made once at start). A reference
    cycle among them would never be collected; the start-up leaves none that matters. The
    objects frozen."""
    gc.freeze()
    return gc.get_freeze_count()


def thaw() -> None:
    """What `freeze_start_up` set aside is collected again (its window closed)."""
    gc.unfreeze()
