"""Password hashing and bearer tokens (only the SHA-256 of a token is stored)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from portal.models import AuthToken, User
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
