"""A small pool of query-only sqlite3 connections for the directory's hot path.

Searching through a pooled raw connection skips the ORM session a request would
otherwise build; `PRAGMA query_only` makes sure nothing is written through it.
"""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from portal.search.schema import tune_connection

if TYPE_CHECKING:
    from portal.rules.access import CurrentUser


class ReadPool:
    def __init__(self, path: str, size: int = 8) -> None:
        self.path = path
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue(maxsize=size)

    @classmethod
    def for_engine(cls, engine: Engine) -> ReadPool | None:
        """A pool over the engine's SQLite file; None for other databases or :memory:."""
        path = engine.url.database
        if engine.dialect.name != "sqlite" or not path or path == ":memory:":
            return None
        return cls(path)

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        tune_connection(db)
        db.execute("PRAGMA query_only=1")
        return db

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        try:
            db = self._idle.get_nowait()
        except queue.Empty:
            db = self._open()
        try:
            yield db
        finally:
            try:
                self._idle.put_nowait(db)
            except queue.Full:
                db.close()

    def user(self, db: sqlite3.Connection, token: str) -> CurrentUser:
        from portal.rules.access import user_on

        return user_on(db, token)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
