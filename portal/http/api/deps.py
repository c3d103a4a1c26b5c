"""Request dependencies: a database session per request and the signed-in user.

A route gets its sessions one way: `ReadSession` / `WriteSession` parameters (a write session's
transactions take the write lock at BEGIN). A route that needs several short transactions
commits and goes on with the same session; the Idempotency-Key protocol
(`portal.http.api.idempotency.Idempotent`) is built on the same two.

Who a token belongs to (`CurrentUser`, `user_from_rows`, `user_on`) lives below, in
`portal.rules.access`, so the search pools check tokens without importing the HTTP room.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from portal.rules.access import CurrentUser, unauthorized, user_from_rows, user_on
from portal.rules.auth import live_access
from portal.store.db import Database


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


ReadSession = Annotated[Session, Depends(get_db)]
WriteSession = Annotated[Session, Depends(get_write_db)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized()
    return token.strip()


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


__all__ = [
    "CurrentUser",
    "ReadSession",
    "WriteSession",
    "bearer",
    "bearer_token",
    "current_user",
    "database",
    "get_db",
    "get_write_db",
    "unauthorized",
    "user_from_rows",
    "user_on",
]
