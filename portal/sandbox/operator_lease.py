"""Which process runs the sandbox operator when several workers serve one database.

PostgreSQL: the worker holding a session-level advisory lock (on a connection of its own,
kept while it leads) runs the rounds; the others stand by and take over when its connection
goes (the server releases the lock when a process dies). SQLite: one process, always leads.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from portal.store.db import Database

log = logging.getLogger("portal.operator")

OPERATOR_LOCK = 0x5D_0002  # pg advisory lock key (see portal.store.migrate for 0x5D_0001)


class OperatorLease:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Connection | None = None

    def held(self) -> bool:
        """True when this process may run a round now (taking the lease when it is free)."""
        if self._db.is_sqlite:
            return True
        try:
            if self._conn is not None:
                self._conn.execute(text("SELECT 1"))  # still ours while the session lives
                self._conn.commit()
                return True
            conn = self._db.engine.connect()
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": OPERATOR_LOCK})
            taken = bool(got.scalar())
            conn.commit()
        except DBAPIError as exc:
            log.warning("sandbox operator lease lost: %s", type(exc).__name__)
            self.release()
            return False
        if not taken:
            conn.close()
            return False
        self._conn = conn
        return True

    def release(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": OPERATOR_LOCK})
            self._conn.commit()
        except DBAPIError:
            pass  # the connection is gone, and the lock with it
        finally:
            self._conn.invalidate()
            self._conn.close()
            self._conn = None
