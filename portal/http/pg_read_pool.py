"""A small pool of read-only psycopg connections for the directory's hot path on PostgreSQL.

Like `pool.ReadPool` for SQLite: the token check (`portal.rules.auth.LIVE_ACCESS`, compiled once for
PostgreSQL) and the search run on one pooled connection, with no ORM session and no pre-ping;
psycopg prepares the repeated statements server-side by itself.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine

from portal.clock import utcnow
from portal.rules.access import CurrentUser, user_from_rows
from portal.rules.auth import LIVE_ACCESS, token_hash

if (
    TYPE_CHECKING
):  # imported when a pool opens: the SQLite sandbox (and its bundle) needs no psycopg
    import psycopg


@cache
def _live_access_sql() -> str:
    return str(LIVE_ACCESS.compile(dialect=postgresql.psycopg.dialect()))  # type: ignore[attr-defined]


def live_access_pg(db: psycopg.Connection[Any], token: str) -> list[Any]:
    """`portal.rules.auth.live_access` on a plain psycopg connection (same query, same checks)."""
    params = {"token_hash": token_hash(token), "kind": "access", "now": utcnow()}
    return [tuple(row) for row in db.execute(_live_access_sql(), params)]


class PgReadPool:
    def __init__(self, conninfo: str, size: int = 8) -> None:
        self.conninfo = conninfo
        self._idle: queue.LifoQueue[psycopg.Connection[Any]] = queue.LifoQueue(maxsize=size)

    @classmethod
    def for_engine(cls, engine: Engine) -> PgReadPool | None:
        """A pool over the engine's PostgreSQL database; None for other databases."""
        if engine.dialect.name != "postgresql":
            return None
        url = engine.url.set(drivername="postgresql")
        return cls(url.render_as_string(hide_password=False))

    def _open(self) -> psycopg.Connection[Any]:
        import psycopg

        db = psycopg.connect(self.conninfo, autocommit=True)
        db.execute("SET default_transaction_read_only = on")
        # Directory reads only: never a sequential scan of the directory, no JIT start-up.
        db.execute("SET enable_seqscan = off")
        db.execute("SET jit = off")
        return db

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        import psycopg

        try:
            db = self._idle.get_nowait()
        except queue.Empty:
            db = self._open()
        try:
            yield db
        except psycopg.OperationalError:
            db.close()  # a broken connection is not put back
            raise
        if db.closed or db.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            db.close()
            return
        try:
            self._idle.put_nowait(db)
        except queue.Full:
            db.close()

    def user(self, db: psycopg.Connection[Any], token: str) -> CurrentUser:
        return user_from_rows(live_access_pg(db, token))

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
