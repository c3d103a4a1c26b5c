"""A part of the app made when first wanted, with its imports: the portal client and the sync
engine (requests, the wire models) are made by the first sync, behind the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Later(Generic[T]):
    """`make()` runs once, on whichever thread first asks for the part; every caller gets the
    same one."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._made: list[T] = []
        self._lock = threading.Lock()

    def get(self) -> T:
        if not self._made:
            with self._lock:
                if not self._made:
                    self._made.append(self._make())
        return self._made[0]

    @property
    def made(self) -> T | None:
        """The part if it was made, else None (nothing is made by asking)."""
        return self._made[0] if self._made else None


def now(part: T | Later[T]) -> T:
    """The part itself, made now if it waited."""
    return part.get() if isinstance(part, Later) else part
