"""Sign-in throttling (OWASP ASVS 2.2.1): failed sign-ins and refreshes slow down, then lock.

Counted in the database (`sign_in_throttle`), so a restart or another worker sees the same
count. Keys: `user:<name>` (whether or not the user exists, so the answers never tell) and
`addr:<client address>` for sign-ins, `refresh:<client address>` for refresh tokens.

A sign-in reserves its attempt before the password is hashed (`reserve`: each key's row
locked, checked and counted, committed at once), so a burst at any concurrency evaluates at
most the free tries plus one; a correct password then gives the address its attempt back and
clears its user name's count (`succeeded`). A blocked address does not block a user name that
signed in from it before (`known:<address> <name>`, kept `known_for`): one noisy client behind
an address cannot lock out everyone else there. The client address is the peer's unless the
operator names trusted proxies (`supplier-portal --forwarded-allow-ips`).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from portal.errors import ApiError
from portal.store.models import SignInThrottle


@dataclass(frozen=True)
class ThrottlePolicy:
    """`free` failures pass; then each waits `base_delay` * 2**n seconds, up to `lock` seconds
    after `free` + `delays` failures. A count older than `window` seconds starts again."""

    user_free: int = 5
    address_free: int = 30
    refresh_free: int = 30
    delays: int = 5
    base_delay: float = 2.0
    lock: float = 15 * 60.0
    window: float = 15 * 60.0
    known_for: float = 30 * 24 * 3600.0

    def delay(self, failures: int, free: int) -> float:
        over = failures - free
        if over <= 0:
            return 0.0
        if over > self.delays:
            return self.lock
        return min(self.lock, self.base_delay * 2 ** (over - 1))


class TooManyAttempts(ApiError):
    """429 with Retry-After (whole seconds)."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after: int = max(1, math.ceil(retry_after))
        super().__init__(
            429,
            "too_many_attempts",
            f"Too many attempts; try again in {self.retry_after} seconds.",
            {"Retry-After": str(self.retry_after)},
        )


def sign_in_keys(username: str, address: str) -> list[str]:
    return [f"user:{username.strip().casefold()[:150]}", f"addr:{address}"]


def refresh_keys(address: str) -> list[str]:
    return [f"refresh:{address}"]


def known_key(username: str, address: str) -> str:
    return f"known:{address} {username.strip().casefold()}"[:200]


def _free(policy: ThrottlePolicy, key: str) -> int:
    if key.startswith("user:"):
        return policy.user_free
    if key.startswith("refresh:"):
        return policy.refresh_free
    return policy.address_free


def check(session: Session, keys: list[str], now: datetime) -> None:
    """TooManyAttempts while any key is blocked; nothing is counted by asking."""
    waits = [
        (row.blocked_until - now).total_seconds()
        for key in keys
        if (row := session.get(SignInThrottle, key)) is not None
        and row.blocked_until is not None
        and row.blocked_until > now
    ]
    if waits:
        raise TooManyAttempts(max(waits))


def record_failure(
    session: Session, policy: ThrottlePolicy, keys: list[str], now: datetime
) -> None:
    """One more failure on each key (the caller commits), counted by the database itself:
    `INSERT ... ON CONFLICT DO UPDATE SET failures = failures + 1`, so concurrent failures on
    several workers (PostgreSQL) each count; the row stays locked until the caller commits."""
    row = SignInThrottle
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stale = row.last_failure_at < now - timedelta(seconds=policy.window)
    for key in keys:
        upsert = insert(row).values(key=key, failures=1, last_failure_at=now)
        failures = session.execute(
            upsert.on_conflict_do_update(
                index_elements=[row.key],
                set_={
                    "failures": case((stale, 1), else_=row.failures + 1),
                    "last_failure_at": now,
                },
            ).returning(row.failures)
        ).scalar_one()
        wait = policy.delay(failures, _free(policy, key))
        session.execute(
            update(row)
            .where(row.key == key)
            .values(blocked_until=now + timedelta(seconds=wait) if wait else None)
        )


def _insert(session: Session) -> Any:
    return postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _locked(session: Session, key: str, now: datetime) -> SignInThrottle:
    """The key's row (made when new), locked until the caller commits (SQLite: the write
    transaction already holds the database's lock)."""
    row = SignInThrottle
    session.execute(
        _insert(session)(row)
        .values(key=key, failures=0, last_failure_at=now)
        .on_conflict_do_nothing()
    )
    return session.scalars(
        select(row)
        .where(row.key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def _is_known(session: Session, policy: ThrottlePolicy, key: str, now: datetime) -> bool:
    seen = session.get(SignInThrottle, key)
    return seen is not None and seen.last_failure_at > now - timedelta(seconds=policy.known_for)


def reserve(
    session: Session, policy: ThrottlePolicy, keys: list[str], known: str, now: datetime
) -> None:
    """Count this sign-in as a failure on every key before its password is checked; the caller
    commits at once. TooManyAttempts (nothing counted) while a key is blocked; an address
    blocks no user name that signed in from it before (`known`)."""
    rows = [_locked(session, key, now) for key in sorted(keys)]
    waits = [
        (row.blocked_until - now).total_seconds()
        for row in rows
        if row.blocked_until is not None
        and row.blocked_until > now
        and not (row.key.startswith("addr:") and _is_known(session, policy, known, now))
    ]
    if waits:
        raise TooManyAttempts(max(waits))
    for row in rows:
        passed_a_block = row.blocked_until is not None and row.blocked_until > now  # known
        stale = row.last_failure_at < now - timedelta(seconds=policy.window)
        row.failures = 1 if stale else row.failures + 1
        row.last_failure_at = now
        if passed_a_block:
            continue  # a known name's try neither lifts nor lengthens the address's block
        wait = policy.delay(row.failures, _free(policy, row.key))
        row.blocked_until = now + timedelta(seconds=wait) if wait else None


def succeeded(
    session: Session, policy: ThrottlePolicy, keys: list[str], known: str, now: datetime
) -> None:
    """The password was right: its name's count is cleared, the address gets its reserved
    attempt back, and the name is known at this address. The caller commits."""
    for key in sorted(keys):
        if key.startswith("user:"):
            clear(session, key)
            continue
        row = _locked(session, key, now)
        row.failures = max(0, row.failures - 1)
        if not policy.delay(row.failures, _free(policy, key)):
            row.blocked_until = None
    seen = _locked(session, known, now)
    seen.last_failure_at = now  # here: when this name last signed in from this address


def clear(session: Session, key: str) -> None:
    session.execute(delete(SignInThrottle).where(SignInThrottle.key == key))


class HashingGate:
    """At most `limit` Argon2 hashes at once (19 MiB each): 40 concurrent sign-ins wait their
    turn instead of costing 40 x 19 MiB. `peak` is the most that ever ran together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self._running = 0
        self.peak = 0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                self._running += 1
                self.peak = max(self.peak, self._running)
            try:
                yield
            finally:
                with self._lock:
                    self._running -= 1
