"""Sign in, refresh (rotating the refresh token), sign out (revoking the whole sign-in).

Failed sign-ins and refreshes are throttled (portal/rules/throttle.py): 429 with Retry-After. The
client address is the peer's, or the one a proxy named by `--forwarded-allow-ips` forwards.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from portal.clock import utcnow
from portal.errors import ApiError
from portal.http.api.deps import CurrentUser, ReadSession, WriteSession, current_user
from portal.rules import throttle
from portal.rules.auth import authenticate, find_token, issue_tokens, revoke_family, rotate_refresh
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
    body: SessionCreate, request: Request, write: WriteSession, read: ReadSession
) -> SessionTokens:
    """The same 401 (and the same cost) whether or not the user name exists.

    The attempt is reserved (checked and counted in one short transaction) before the
    password is hashed, so a burst evaluates no more than the free tries plus one; the hash
    (Argon2, tens of ms) runs outside any write transaction."""
    address = client_address(request)
    keys = throttle.sign_in_keys(body.username, address)
    known = throttle.known_key(body.username, address)
    now = utcnow()
    throttle.reserve(write, _policy(request), keys, known, now)
    write.commit()  # the write lock goes before the hash
    user_id = authenticate(read, body.username, body.password)  # a read, then the hash
    if user_id is None:
        raise ApiError(401, "invalid_credentials", "The username or password is not correct.")
    throttle.succeeded(write, _policy(request), keys, known, now)
    tokens = issue_tokens(write, user_id)
    write.commit()
    return tokens


@router.post("/refresh", response_model=SessionTokens, responses=_ERRORS)
def refresh(body: SessionRefresh, request: Request, db: WriteSession) -> SessionTokens:
    """A new pair; the same token again shortly after (its answer lost) gets a new pair too.

    A valid token is never throttled: only failures are counted, and only they wait."""
    row = find_token(db, body.refresh_token, "refresh")
    tokens = rotate_refresh(db, row) if row is not None else None
    if tokens is not None:
        db.commit()
        return tokens
    keys = throttle.refresh_keys(client_address(request))
    now = utcnow()
    try:
        throttle.check(db, keys, now)
    except throttle.TooManyAttempts:
        db.commit()  # a replayed token's sign-in stays ended
        raise
    throttle.record_failure(db, _policy(request), keys, now)
    db.commit()
    raise ApiError(401, "invalid_refresh_token", "The session has ended; sign in again.")


@router.delete("", status_code=204, responses={401: {"model": ErrorResponse}})
def sign_out(
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> Response:
    revoke_family(db, user.token_family)
    db.commit()
    return Response(status_code=204)
