"""POST /v1/attachments: a supporting document, judged by its content."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, UploadFile
from sqlalchemy.orm import Session

from portal import models as m
from portal import serialize
from portal.api.deps import CurrentUser, current_user, get_write_db
from portal.auth import utcnow
from portal.errors import ApiError
from wire.filetypes import ATTACHMENT_MAX_BYTES, safe_name, sniff
from wire.schemas import Attachment, ErrorResponse

router = APIRouter(prefix="/v1", tags=["attachments"])
_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorResponse},
    413: {"model": ErrorResponse},
    415: {"model": ErrorResponse},
}


@router.post("/attachments", status_code=201, response_model=Attachment, responses=_ERRORS)
async def upload_attachment(
    file: UploadFile,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: Annotated[Session, Depends(get_write_db)],
) -> Attachment:
    data = await file.read(ATTACHMENT_MAX_BYTES + 1)
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise ApiError(413, "attachment_too_large", "The attachment is larger than 10 MB.")
    if not data:
        raise ApiError(422, "empty_attachment", "The attachment is empty.")
    content_type = sniff(data)
    if content_type is None:
        raise ApiError(
            415,
            "unsupported_attachment",
            "Only PDF, PNG, JPEG, TIFF, XML, CSV, XLSX and DOCX documents can be attached.",
        )
    row = m.StoredAttachment(
        id=str(uuid.uuid4()),
        user_id=user.user_id,
        name=safe_name(file.filename or ""),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content_type=content_type,
        data=data,
        created_at=utcnow(),
    )
    db.add(row)
    db.commit()
    return serialize.attachment(row)
