"""A part of the app made when first wanted, with its imports: the portal client and the sync
engine (requests, the wire models) are made by the first sync, behind the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

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


class MadeWhenUsed(Generic[T]):
    """An attribute that holds a part or a `Later` of it and reads as the part, made at the
    first read (the services' client and sync engine)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}"

    def __get__(self, obj: Any, objtype: type | None = None) -> T:
        return now(getattr(obj, self._slot))

    def __set__(self, obj: Any, part: T | Later[T]) -> None:
        setattr(obj, self._slot, part)
