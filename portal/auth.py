"""Password hashing and bearer tokens (only the SHA-256 of a token is stored)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, DateTime, bindparam, false, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from portal.models import AuthToken, User, UserAccount
from wire.schemas import SessionTokens

ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)

# OWASP's recommended Argon2id settings (19 MiB, 2 passes): a sign-in stays well under 100 ms.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so both failures cost the same."""
    return _hasher.hash("no such user, same cost")


def utcnow() -> datetime:
    """Naive UTC, as the tables store it."""
    return datetime.now(UTC).replace(tzinfo=None)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.username == username)).first()
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return user


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
