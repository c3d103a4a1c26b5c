"""Request dependencies: a database session per request and the signed-in user."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.auth import find_token, is_live
from portal.db import Database
from portal.errors import ApiError
from portal.models import User, UserAccount


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


def current_user(request: Request) -> CurrentUser:
    """The user behind a valid, unexpired, unrevoked access token; 401 otherwise."""
    token = bearer_token(request)
    with database(request).session() as session:
        row = find_token(session, token, "access")
        if row is None or not is_live(row):
            raise unauthorized("The access token is invalid or has expired; sign in again.")
        user = session.get(User, row.user_id)
        if user is None:
            raise unauthorized()
        account_ids = frozenset(
            session.scalars(
                select(UserAccount.account_id).where(UserAccount.user_id == user.id)
            ).all()
        )
        return CurrentUser(
            user_id=user.id,
            username=user.username,
            account_ids=account_ids,
            display_name=user.display_name,
            token_family=row.family,
        )
