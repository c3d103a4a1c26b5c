"""Wrong verification answers counted per (account, buyer), across its verifications.

Cancelling a request and asking for the same buyer again carries the count on: the new
verification has only the attempts the old one left, and while a lock holds (until
`locked_until`, VERIFY_LOCK_SECONDS after the last allowed wrong answer) it starts locked; the
support-ticket fallback stays open. A verification started after the lock ended starts afresh.

Every answer takes the pair's row lock first (`hold`, `SELECT ... FOR UPDATE`; on SQLite the
write transaction's lock at BEGIN does the same), then reads the verification again: answers at
the same moment, on several workers too, are evaluated one by one against the count the last
one left, so no more answers are evaluated than the limit allows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from portal.store import models as m
from wire import schemas as w

LIMITS = {"invoice": w.VERIFY_INVOICE_ATTEMPTS, "challenge": w.VERIFY_CHALLENGE_ATTEMPTS}


def hold(session: Session, v: m.Verification) -> m.VerificationLock:
    """The row of `v`'s account and buyer (made when new), locked until the caller commits;
    `v` is read again under the lock, as the answer before this one left it."""
    row = m.VerificationLock
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(row)
        .values(
            account_id=v.account_id, buyer_id=v.buyer_id, invoice_failures=0, challenge_failures=0
        )
        .on_conflict_do_nothing()
    )
    lock = session.scalars(
        select(row)
        .where(row.account_id == v.account_id, row.buyer_id == v.buyer_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    session.refresh(v)
    # A verification opened before the counts moved here brings its own (the higher wins).
    lock.invoice_failures = max(lock.invoice_failures, v.failed_attempts)
    lock.challenge_failures = max(lock.challenge_failures, v.challenge_failures)
    return lock


def holds(lock: m.VerificationLock, now: datetime) -> bool:
    return lock.locked_until is not None and lock.locked_until > now


def lock_verification(v: m.Verification, lock: m.VerificationLock) -> None:
    v.state = "locked"
    v.locked_until = lock.locked_until
    v.challenge_invoice_id = v.challenge_invoice_number = v.challenge_expires_at = None


def count_failure(
    lock: m.VerificationLock, v: m.Verification, step: str, period: float, now: datetime
) -> bool:
    """One more wrong answer at `step` ("invoice" or "challenge"); True when it locks."""
    if step == "invoice":
        lock.invoice_failures += 1
        failures = v.failed_attempts = lock.invoice_failures
    else:
        lock.challenge_failures += 1
        failures = v.challenge_failures = lock.challenge_failures
    if failures < LIMITS[step]:
        return False
    lock.locked_until = now + timedelta(seconds=period)
    lock_verification(v, lock)
    return True


def release(session: Session, lock: m.VerificationLock) -> None:
    """Passed: the relationship is proven, the count is over."""
    session.delete(lock)


def start(session: Session, v: m.Verification, now: datetime) -> None:
    """A new verification of its account and buyer carries their count and lock on; after a
    lock ended, the count starts again."""
    lock = session.get(m.VerificationLock, (v.account_id, v.buyer_id))
    if lock is None:
        return
    if lock.locked_until is not None and not holds(lock, now):
        lock.invoice_failures = lock.challenge_failures = 0
        lock.locked_until = None
        return
    v.failed_attempts, v.challenge_failures = lock.invoice_failures, lock.challenge_failures
    if holds(lock, now):
        lock_verification(v, lock)
