"""POST /v1/connection-requests: idempotent, so a retried request is never made twice;
POST /v1/connection-requests/{id}/cancel: what still waits in a request ends."""

from __future__ import annotations

import hashlib
import json
import re
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from portal import models as m
from portal import serialize
from portal.api.deps import CurrentUser, current_user, database, get_write_db
from portal.auth import utcnow
from portal.cancellation import cancel_request
from portal.errors import ApiError
from portal.workflows import submit_request
from wire.schemas import ConnectionRequest, ConnectionRequestCreate, ErrorResponse

router = APIRouter(prefix="/v1", tags=["connection requests"])

_KEY = re.compile(r"^[\x21-\x7e]{1,128}$")
# How long a retry waits for the first of its twins to finish.
REPLAY_WAIT_SECONDS = 30.0


def body_fingerprint(body: ConnectionRequestCreate) -> str:
    canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(record: m.IdempotencyRecord, fingerprint: str) -> JSONResponse:
    if record.body_sha256 != fingerprint:
        raise ApiError(
            422,
            "idempotency_key_reused",
            "This Idempotency-Key was already used for a different request.",
        )
    return JSONResponse(json.loads(record.response_json), status_code=record.status_code)


def _create(
    db: Session,
    user: CurrentUser,
    key: str,
    fingerprint: str,
    body: ConnectionRequestCreate,
    ticket_delay: float,
) -> JSONResponse:
    """One transaction: the key's row first (it is the lock), the request, then the answer."""
    record = m.IdempotencyRecord(
        user_id=user.user_id,
        key=key,
        body_sha256=fingerprint,
        status_code=0,
        response_json="",
        created_at=utcnow(),
    )
    db.add(record)
    db.flush()  # a twin in another transaction collides here (IntegrityError)
    req = submit_request(db, user.user_id, user.account_ids, body, ticket_delay)
    db.flush()
    db.expire(req, ["items", "events"])
    answer = serialize.connection_request(req).model_dump(mode="json")
    record.status_code = 201
    record.response_json = json.dumps(answer, separators=(",", ":"))
    db.commit()
    return JSONResponse(answer, status_code=201)


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
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JSONResponse:
    if idempotency_key is None or not idempotency_key.strip():
        raise ApiError(422, "idempotency_key_required", "The Idempotency-Key header is required.")
    key = idempotency_key.strip()
    if not _KEY.match(key):
        raise ApiError(
            422,
            "invalid_idempotency_key",
            "The Idempotency-Key must be 1 to 128 visible ASCII characters.",
        )
    fingerprint = body_fingerprint(body)
    db = database(request)
    ticket_delay: float = request.app.state.ticket_delay
    deadline = time.monotonic() + REPLAY_WAIT_SECONDS
    while True:
        with db.write_session() as session:
            existing = session.get(m.IdempotencyRecord, (user.user_id, key))
            if existing is not None and existing.status_code:
                return _replay(existing, fingerprint)
            if existing is None:
                try:
                    return _create(session, user, key, fingerprint, body, ticket_delay)
                except IntegrityError:
                    session.rollback()  # a twin got there first: wait for its answer
        if time.monotonic() > deadline:
            raise ApiError(
                409, "request_in_progress", "The same request is still being processed; retry."
            )
        time.sleep(0.05)


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
    db: Annotated[Session, Depends(get_write_db)],
) -> ConnectionRequest:
    """Owner only; what still waits ends as cancelled. A repeat answers the same request."""
    req = cancel_request(db, user.account_ids, request_id)
    db.flush()
    db.expire(req, ["items", "events"])
    answer = serialize.connection_request(req)
    db.commit()
    return answer
