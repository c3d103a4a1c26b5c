"""`QueryOp` and `CollectionOp`: a background read or write with its callbacks.

- The lane follows from the kind: a `QueryOp` reads on the pool, a `CollectionOp` writes on the
  serial lane (never racing the sync or another write).
- `.success(fn)` gets the result on the GUI thread.
- `.failure(fn)` gets the exception on the GUI thread. Without one, the user is told in their
  language (`AppContext.operation_failed`, shown in the window's status bar): a background
  failure is never only logged.
- `.latest_only()` drops an answer when a later run of the same operation for the same parent
  has started: no hand-written generation counters.
- A `CollectionOp` built with `changes=` emits them on `AppContext.changed` once it succeeds, so
  every page that watches those collections reloads.
- Callbacks of an operation whose parent widget was destroyed are dropped.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from PySide6.QtCore import QObject

from desktop.domain.lanes import Lane
from desktop.domain.types import LocalChange
from desktop.operations.failure_words import failure_sentence
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")

# (id of the parent, the operation's name) -> the number of its latest run.
_latest: weakref.WeakKeyDictionary[QObject, dict[str, int]] = weakref.WeakKeyDictionary()


class QueryOp(Generic[T]):
    """A read: `fn` runs on the pool, off the GUI thread."""

    lane: ClassVar[Lane] = Lane.POOL

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[[], T],
        *,
        parent: QObject | None,
        name: str,
    ) -> None:
        self._ctx = ctx
        self._fn = fn
        self._parent = parent
        self._name = name
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._latest_only = False

    def success(self, fn: Callable[[T], None]) -> Self:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Self:
        self._on_failure = fn
        return self

    def latest_only(self) -> Self:
        """Only the answer of the newest run of this operation for this parent is delivered."""
        self._latest_only = True
        return self

    def run(self) -> None:
        is_current: Callable[[], bool] = lambda: True  # noqa: E731
        if self._latest_only:
            is_current = self._claim_latest()
        self._ctx.tasks.run(
            self._fn,
            lambda result: self._succeeded(result) if is_current() else None,
            lambda exc: self._failed(exc) if is_current() else None,
            lane=self.lane,
            owner=self._parent,
        )

    def _claim_latest(self) -> Callable[[], bool]:
        key: Any = self._parent if self._parent is not None else self._ctx
        runs = _latest.setdefault(key, {})
        number = runs.get(self._name, 0) + 1
        runs[self._name] = number
        ref = weakref.ref(key)

        def is_current() -> bool:
            owner = ref()
            return owner is not None and _latest.get(owner, {}).get(self._name) == number

        return is_current

    def _succeeded(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        log.warning("%s failed: %s", self._name, type(exc).__name__)
        self._ctx.operation_failed.emit(failure_sentence(exc))


class CollectionOp(QueryOp[T]):
    """A write: `fn` runs on the serial lane; on success `changes` go out on `ctx.changed`."""

    lane: ClassVar[Lane] = Lane.SERIAL

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[[], T],
        *,
        parent: QObject | None,
        name: str,
        changes: Iterable[Collection | LocalChange] = (),
    ) -> None:
        super().__init__(ctx, fn, parent=parent, name=name)
        self._changes = frozenset(changes)

    def _succeeded(self, result: T) -> None:
        try:
            super()._succeeded(result)
        finally:
            if self._changes:
                self._ctx.changed.emit(self._changes)
