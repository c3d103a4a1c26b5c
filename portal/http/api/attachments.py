"""POST /v1/attachments: a supporting document, judged by its content;
GET /v1/attachments/{id}: its bytes back, to the user who uploaded it only."""

from __future__ import annotations

import hashlib
import threading
import uuid
from datetime import timedelta
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request, Response, UploadFile
from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.errors import ApiError, not_found
from portal.http.api.deps import CurrentUser, ReadSession, WriteSession, current_user, database
from portal.store import models as m
from portal.store import serialize
from wire.filetypes import (
    ALLOWED_CONTENT_TYPES,
    ATTACHMENT_MAX_BYTES,
    name_for_type,
    safe_name,
    sniff,
)
from wire.schemas import Attachment, ErrorResponse

router = APIRouter(prefix="/v1", tags=["attachments"])
_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorResponse},
    413: {"model": ErrorResponse},
    415: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
}
# What one user's uploads may hold in all; uploads no request refers to go after a day.
ATTACHMENT_QUOTA_BYTES = 100 * 1024 * 1024
UNREFERENCED_TTL = timedelta(days=1)
# Uploads held in memory at once by one process (read, judged, stored): the others wait their
# turn, so a burst of 10 MB uploads costs a few buffers, not one per request.
_IN_MEMORY = threading.BoundedSemaphore(2)


def remove_unreferenced(db: Session) -> int:
    """Delete uploads older than a day that no connection request refers to (the caller
    commits): the number removed."""
    used = select(m.ConnectionRequest.attachment_id).where(
        m.ConnectionRequest.attachment_id.is_not(None)
    )
    result = db.execute(
        delete(m.StoredAttachment)
        .where(m.StoredAttachment.created_at < utcnow() - UNREFERENCED_TTL)
        .where(m.StoredAttachment.id.not_in(used))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _stored_bytes(db: Session | Connection, user_id: str) -> int:
    total = db.scalar(
        select(func.coalesce(func.sum(m.StoredAttachment.size), 0)).where(
            m.StoredAttachment.user_id == user_id
        )
    )
    return int(total or 0)


def _too_large() -> ApiError:
    return ApiError(413, "attachment_too_large", "The attachment is larger than 10 MB.")


def _over_quota(quota: int) -> ApiError:
    return ApiError(
        413,
        "attachment_quota_exceeded",
        f"Your attachments would take more than {quota // (1024 * 1024)} MB on the portal. "
        "Attachments not used by a request are removed after a day.",
    )


@router.post("/attachments", status_code=201, response_model=Attachment, responses=_ERRORS)
def upload_attachment(
    file: UploadFile,
    request: Request,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> Attachment:
    """A plain function, so FastAPI runs it in its threadpool: reading the spooled file, the
    content check (an archive is inflated to judge it) and the database work never hold up the
    event loop and every other request with it.

    What the quota or the size limit refuses is refused from the spooled file's size, before
    its bytes are read into memory: a client at its quota costs no 10 MB buffer per try."""
    quota = int(getattr(request.app.state, "attachment_quota", ATTACHMENT_QUOTA_BYTES))
    if file.size is not None:
        if file.size > ATTACHMENT_MAX_BYTES:
            raise _too_large()
        with database(request).engine.connect() as conn:
            if _stored_bytes(conn, user.user_id) + file.size > quota:
                raise _over_quota(quota)
    with _IN_MEMORY:
        return _judge_and_store(file, user, db, quota)


def _judge_and_store(file: UploadFile, user: CurrentUser, db: Session, quota: int) -> Attachment:
    data = file.file.read(ATTACHMENT_MAX_BYTES + 1)
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise _too_large()
    if not data:
        raise ApiError(422, "empty_attachment", "The attachment is empty.")
    content_type = sniff(data)
    if content_type is None:
        raise ApiError(
            415,
            "unsupported_attachment",
            "Only PDF, PNG, JPEG, TIFF, XML, CSV, XLSX and DOCX documents can be attached.",
        )
    # The user's row is the lock (FOR NO KEY UPDATE: sign-ins inserting tokens do not wait;
    # SQLite's write transaction is a lock already): one user's parallel uploads are counted
    # one after the other, never each against the same sum. A refusal rolls back: no trace.
    db.execute(select(m.User.id).where(m.User.id == user.user_id).with_for_update(key_share=True))
    remove_unreferenced(db)
    if _stored_bytes(db, user.user_id) + len(data) > quota:
        db.commit()  # the clean-up stays
        raise _over_quota(quota)
    row = m.StoredAttachment(
        id=str(uuid.uuid4()),
        user_id=user.user_id,
        name=name_for_type(safe_name(file.filename or ""), content_type),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content_type=content_type,
        data=data,
        created_at=utcnow(),
    )
    db.add(row)
    db.commit()
    return serialize.attachment(row)


def content_disposition(name: str) -> str:
    """`attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987)."""
    clean = safe_name(name)
    ascii_name = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\;' else "_" for ch in clean)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(clean, safe='')}"


@router.get(
    "/attachments/{attachment_id}",
    response_class=Response,
    responses={
        200: {
            "description": "The stored bytes, with the content type they were judged to be.",
            "content": {
                content_type: {"schema": {"type": "string", "format": "binary"}}
                for content_type in sorted(ALLOWED_CONTENT_TYPES)
            },
        },
        401: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
    },
)
def download_attachment(
    attachment_id: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
) -> Response:
    """The stored bytes with their sniffed content type; someone else's is 404, as unknown."""
    row = db.get(m.StoredAttachment, attachment_id)
    if row is None or row.user_id != user.user_id:
        raise not_found("attachment")
    return Response(
        content=row.data,
        media_type=row.content_type,
        headers={
            "Content-Disposition": content_disposition(row.name),
            "X-Content-Type-Options": "nosniff",
        },
    )
