"""Password hashing and bearer tokens (only the SHA-256 of a token is stored)."""

from __future__ import annotations

import hashlib
import os
import secrets
import uuid
from datetime import timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, DateTime, bindparam, false, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.rules.throttle import HashingGate
from portal.store.models import AuthToken, User, UserAccount
from wire.schemas import SessionTokens

ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)
# A just-rotated refresh token is accepted again this long when its successor was never used:
# the answer to the refresh was lost on the way, not stolen.
REFRESH_GRACE = timedelta(minutes=2)

# OWASP's recommended Argon2id settings (19 MiB, 2 passes): a sign-in stays well under 100 ms.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# At most this many hashes at once, whatever the number of concurrent sign-ins.
hashing = HashingGate(min(4, max(2, os.cpu_count() or 2)))


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so both failures cost the same."""
    with hashing.slot():
        return _hasher.hash("no such user, same cost")


def hash_password(password: str) -> str:
    with hashing.slot():
        return _hasher.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def authenticate(session: Session, username: str, password: str) -> str | None:
    """The id of the user whose password this is, or None.

    The stored hash is read and the session's transaction ended before the hash is checked
    (Argon2: tens of ms, longer while other sign-ins hold the gate), so no database
    connection is held while hashing, and nothing afterwards loads through this session:
    a sign-in that holds a row lock never waits for a second connection from a pool that the
    requests queued behind its lock have taken (that waited out the pool's 30 s and answered
    500 to a burst on PostgreSQL)."""
    found = session.execute(
        select(User.id, User.password_hash).where(User.username == username)
    ).first()
    session.rollback()
    stored = found.password_hash if found else _dummy_hash()
    try:
        with hashing.slot():
            _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return found.id if found else None


def issue_tokens(session: Session, user_id: str, family: str | None = None) -> SessionTokens:
    """A new access and refresh token pair in `family` (one sign-in)."""
    family = family or str(uuid.uuid4())
    now = utcnow()
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(48)
    session.add_all(
        [
            AuthToken(
                token_hash=token_hash(access),
                kind="access",
                user_id=user_id,
                family=family,
                expires_at=now + ACCESS_TTL,
                revoked=False,
            ),
            AuthToken(
                token_hash=token_hash(refresh),
                kind="refresh",
                user_id=user_id,
                family=family,
                expires_at=now + REFRESH_TTL,
                revoked=False,
            ),
        ]
    )
    return SessionTokens(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(ACCESS_TTL.total_seconds()),
    )


def find_token(session: Session, token: str, kind: str) -> AuthToken | None:
    row = session.get(AuthToken, token_hash(token))
    if row is None or row.kind != kind:
        return None
    return row


def is_live(row: AuthToken) -> bool:
    return not row.revoked and row.expires_at > utcnow()


def revoke_family(session: Session, family: str) -> None:
    session.execute(update(AuthToken).where(AuthToken.family == family).values(revoked=True))


def rotate_refresh(session: Session, row: AuthToken) -> SessionTokens | None:
    """A new pair for a refresh token, or None when the token must not be used (the caller
    answers 401).

    Live: it is used up and replaced. Used up within REFRESH_GRACE while its successor was
    never used: the answer was lost, so the successor is revoked and replaced (one live pair
    per sign-in). Any other used-up token coming back may be a stolen copy: the sign-in ends.
    """
    now = utcnow()
    if row.expires_at <= now:
        return None
    if row.revoked:
        successor = session.get(AuthToken, row.successor) if row.successor else None
        lost_answer = (
            row.rotated_at is not None
            and now - row.rotated_at <= REFRESH_GRACE
            and successor is not None
            and is_live(successor)
        )
        if not lost_answer:
            revoke_family(session, row.family)
            return None
        assert successor is not None
        successor.revoked = True
    else:
        row.revoked = True
        row.rotated_at = now
    tokens = issue_tokens(session, row.user_id, row.family)
    row.successor = token_hash(tokens.refresh_token)
    return tokens


_tokens = AuthToken.__table__
_users = User.__table__
_links = UserAccount.__table__

# One indexed query (auth_tokens and users by primary key, user_accounts by its
# (user_id, account_id) key): one row per account, or one with a NULL account.
LIVE_ACCESS = (
    select(
        _users.c.id,
        _users.c.username,
        _users.c.display_name,
        _tokens.c.family,
        _links.c.account_id,
    )
    .select_from(
        _tokens.join(_users, _users.c.id == _tokens.c.user_id).outerjoin(
            _links, _links.c.user_id == _users.c.id
        )
    )
    .where(
        _tokens.c.token_hash == bindparam("token_hash"),
        _tokens.c.kind == bindparam("kind", "access"),
        _tokens.c.revoked == false(),
        _tokens.c.expires_at > bindparam("now", type_=_tokens.c.expires_at.type),
    )
)


def live_access(conn: Connection, token: str) -> list[tuple[str, str, str, str, str | None]]:
    """(user id, username, display name, token family, account id) rows for a live access token.

    Empty when the token is unknown, not an access token, revoked or expired:
    checked in the database on every call, so a revoked token fails at once.
    """
    rows = conn.execute(LIVE_ACCESS, {"token_hash": token_hash(token), "now": utcnow()})
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


@cache
def _live_access_sqlite() -> tuple[str, list[str], Any]:
    """`LIVE_ACCESS` compiled once for SQLite: (SQL, parameter order, datetime processor)."""
    dialect = sqlite.dialect()
    compiled = LIVE_ACCESS.compile(dialect=dialect)
    to_db = DateTime().dialect_impl(dialect).bind_processor(dialect)
    return str(compiled), list(compiled.positiontup or []), to_db


def live_access_sqlite(db: Any, token: str) -> list[tuple[str, str, str, str, str | None]]:
    """`live_access` on a plain sqlite3 connection (the directory's pooled connections)."""
    sql, order, to_db = _live_access_sqlite()
    values = {"token_hash": token_hash(token), "now": to_db(utcnow()), "kind": "access"}
    return [tuple(row) for row in db.execute(sql, [values[name] for name in order])]
