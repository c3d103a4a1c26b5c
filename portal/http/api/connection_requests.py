"""POST /v1/connection-requests: idempotent, so a retried request is never made twice;
POST /v1/connection-requests/{id}/cancel: what still waits in a request ends."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from portal.http.api.deps import CurrentUser, WriteSession, current_user
from portal.http.api.idempotency import Idempotent, json_fingerprint
from portal.rules.cancellation import cancel_request
from portal.rules.workflows import submit_request
from portal.store import serialize
from wire.schemas import ConnectionRequest, ConnectionRequestCreate, ErrorResponse

router = APIRouter(prefix="/v1", tags=["connection requests"])


@router.post(
    "/connection-requests",
    status_code=201,
    response_model=ConnectionRequest,
    responses={
        401: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
        422: {"model": ErrorResponse},
    },
)
def create_connection_request(
    body: ConnectionRequestCreate,
    request: Request,
    user: Annotated[CurrentUser, Depends(current_user)],
    once: Idempotent,
) -> JSONResponse:
    ticket_delay: float = request.app.state.ticket_delay

    def create(session: Session) -> tuple[int, Any]:
        req = submit_request(session, user.user_id, user.account_ids, body, ticket_delay)
        session.flush()
        session.expire(req, ["items", "events"])
        return 201, serialize.connection_request(req).model_dump(mode="json")

    return once.run(json_fingerprint(body.model_dump(mode="json")), create)


@router.post(
    "/connection-requests/{request_id}/cancel",
    response_model=ConnectionRequest,
    responses={
        401: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
        409: {"model": ErrorResponse},
    },
)
def cancel_connection_request(
    request_id: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> ConnectionRequest:
    """Owner only; what still waits ends as cancelled. A repeat answers the same request."""
    req = cancel_request(db, user.account_ids, request_id)
    db.flush()
    db.expire(req, ["items", "events"])
    answer = serialize.connection_request(req)
    db.commit()
    return answer
