"""Sign in, refresh (rotating the refresh token), sign out (revoking the whole sign-in).

Failed sign-ins and refreshes are throttled (portal/throttle.py): 429 with Retry-After.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session

from portal import throttle
from portal.api.deps import CurrentUser, current_user, database, get_db, get_write_db
from portal.auth import (
    authenticate,
    find_token,
    issue_tokens,
    revoke_family,
    rotate_refresh,
    utcnow,
)
from portal.errors import ApiError
from wire.schemas import ErrorResponse, SessionCreate, SessionRefresh, SessionTokens

router = APIRouter(prefix="/v1/session", tags=["session"])
_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer"},
    }
}
_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorResponse},
    429: {"model": ErrorResponse, "headers": _RETRY_AFTER, "description": "Too many attempts."},
}


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _policy(request: Request) -> throttle.ThrottlePolicy:
    policy: throttle.ThrottlePolicy = request.app.state.throttle
    return policy


@router.post("", response_model=SessionTokens, responses=_ERRORS)
def sign_in(
    body: SessionCreate, request: Request, db: Annotated[Session, Depends(get_db)]
) -> SessionTokens:
    """The same 401 (and the same cost) whether or not the user name exists.

    The password is checked (Argon2, tens of ms) outside any write transaction: on SQLite the
    write lock is taken only afterwards, for the short transaction that records the outcome."""
    keys = throttle.sign_in_keys(body.username, client_address(request))
    now = utcnow()
    throttle.check(db, keys, now)
    user = authenticate(db, body.username, body.password)  # a read (WAL: blocks no writer)
    db.close()
    with database(request).write_session() as write:
        if user is None:
            throttle.record_failure(write, _policy(request), keys, now)
            write.commit()
            raise ApiError(401, "invalid_credentials", "The username or password is not correct.")
        throttle.clear(write, keys[0])
        tokens = issue_tokens(write, user.id)
        write.commit()
    return tokens


@router.post("/refresh", response_model=SessionTokens, responses=_ERRORS)
def refresh(
    body: SessionRefresh, request: Request, db: Annotated[Session, Depends(get_write_db)]
) -> SessionTokens:
    """A new pair; the same token again shortly after (its answer lost) gets a new pair too."""
    keys = throttle.refresh_keys(client_address(request))
    now = utcnow()
    throttle.check(db, keys, now)
    row = find_token(db, body.refresh_token, "refresh")
    tokens = rotate_refresh(db, row) if row is not None else None
    if tokens is None:
        throttle.record_failure(db, _policy(request), keys, now)
        db.commit()
        raise ApiError(401, "invalid_refresh_token", "The session has ended; sign in again.")
    db.commit()
    return tokens


@router.delete("", status_code=204, responses={401: {"model": ErrorResponse}})
def sign_out(
    user: Annotated[CurrentUser, Depends(current_user)],
    db: Annotated[Session, Depends(get_write_db)],
) -> Response:
    revoke_family(db, user.token_family)
    db.commit()
    return Response(status_code=204)
