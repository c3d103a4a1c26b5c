"""Sign in, refresh (rotating the refresh token), sign out (revoking the whole sign-in)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response
from sqlalchemy.orm import Session

from portal.api.deps import CurrentUser, current_user, get_write_db
from portal.auth import authenticate, find_token, is_live, issue_tokens, revoke_family
from portal.errors import ApiError
from wire.schemas import ErrorResponse, SessionCreate, SessionRefresh, SessionTokens

router = APIRouter(prefix="/v1/session", tags=["session"])
_ERRORS: dict[int | str, dict[str, object]] = {401: {"model": ErrorResponse}}


@router.post("", response_model=SessionTokens, responses=_ERRORS)
def sign_in(body: SessionCreate, db: Annotated[Session, Depends(get_write_db)]) -> SessionTokens:
    user = authenticate(db, body.username, body.password)
    if user is None:
        raise ApiError(401, "invalid_credentials", "The username or password is not correct.")
    tokens = issue_tokens(db, user.id)
    db.commit()
    return tokens


@router.post("/refresh", response_model=SessionTokens, responses=_ERRORS)
def refresh(body: SessionRefresh, db: Annotated[Session, Depends(get_write_db)]) -> SessionTokens:
    row = find_token(db, body.refresh_token, "refresh")
    if row is None:
        raise ApiError(401, "invalid_refresh_token", "The session has ended; sign in again.")
    if not is_live(row):
        if row.revoked:
            # A used refresh token came back: someone may hold a copy. End the sign-in.
            revoke_family(db, row.family)
            db.commit()
        raise ApiError(401, "invalid_refresh_token", "The session has ended; sign in again.")
    row.revoked = True
    tokens = issue_tokens(db, row.user_id, row.family)
    db.commit()
    return tokens


@router.delete("", status_code=204, responses=_ERRORS)
def sign_out(
    user: Annotated[CurrentUser, Depends(current_user)],
    db: Annotated[Session, Depends(get_write_db)],
) -> Response:
    revoke_family(db, user.token_family)
    db.commit()
    return Response(status_code=204)
