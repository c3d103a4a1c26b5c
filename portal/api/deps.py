"""Request dependencies: a database session per request and the signed-in user."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from fastapi import Request
from sqlalchemy.orm import Session

from portal.auth import live_access, live_access_sqlite
from portal.db import Database
from portal.errors import ApiError


@dataclass(frozen=True)
class CurrentUser:
    user_id: str
    username: str
    account_ids: frozenset[str]
    display_name: str = ""
    token_family: str = field(default="", repr=False)


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_db(request: Request) -> Iterator[Session]:
    """A session for reading (and light writes); closed when the request ends."""
    session = database(request).session()
    try:
        yield session
    finally:
        session.close()


def get_write_db(request: Request) -> Iterator[Session]:
    """A session whose transaction takes the write lock at once (SQLite: BEGIN IMMEDIATE)."""
    session = database(request).write_session()
    try:
        yield session
    finally:
        session.close()


def unauthorized(message: str = "Sign in first: a valid access token is required.") -> ApiError:
    return ApiError(401, "unauthorized", message)


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized()
    return token.strip()


Access = list[tuple[str, str, str, str, str | None]]


def user_from_rows(rows: Access) -> CurrentUser:
    """The `CurrentUser` from `live_access` rows (one per account); 401 when there are none."""
    if not rows:
        raise unauthorized("The access token is invalid or has expired; sign in again.")
    user_id, username, display_name, family, _ = rows[0]
    return CurrentUser(
        user_id=user_id,
        username=username,
        account_ids=frozenset(row[4] for row in rows if row[4] is not None),
        display_name=display_name,
        token_family=family,
    )


def current_user(request: Request) -> CurrentUser:
    """The user behind a valid, unexpired, unrevoked access token; 401 otherwise.

    One indexed Core query per request (no ORM objects, no cache): expiry and
    revocation are read from the database every time, so a revoked token fails at once.
    """
    token = bearer_token(request)
    with database(request).engine.connect() as conn:
        return user_from_rows(live_access(conn, token))


async def bearer(request: Request) -> str:
    """`bearer_token` as an async dependency (no thread hop); check it with `user_on`."""
    return bearer_token(request)


def user_on(db: object, token: str) -> CurrentUser:
    """`current_user` on a plain sqlite3 connection (same query, same checks)."""
    return user_from_rows(live_access_sqlite(db, token))
