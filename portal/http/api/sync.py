"""GET /v1/sync/{collection}: what changed after a cursor, in version order, with tombstones."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from portal.errors import ApiError, not_found
from portal.http.api.deps import CurrentUser, ReadSession, current_user
from portal.http.api.sync_collections import SYNC_FETCHES
from wire.collections import Collection
from wire.schemas import SYNC_PAGE_MAX, ErrorResponse, SyncPage

router = APIRouter(prefix="/v1/sync", tags=["sync"])

SYNC_PAGE_DEFAULT = 500

_HORIZON = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20")


def final_versions_below(db: Session) -> int | None:
    """PostgreSQL: a version below which no transaction can still add a row (None: SQLite).

    A version is (xid << 20) + low bits (`portal.store.models.PG_NEXT_VERSION`); every transaction
    with an id below the oldest one running has ended, so its rows are all visible to the
    page's query, which starts after this one.
    """
    if db.get_bind().dialect.name != "postgresql":
        return None  # one writer at a time: versions commit in order
    return int(db.execute(_HORIZON).scalar_one())


def parse_cursor(after: str | None) -> int:
    if after is None or after == "":
        return 0
    if not after.isascii() or not after.isdigit() or len(after) > 18:
        raise ApiError(422, "invalid_cursor", "The cursor is not valid; start again without one.")
    return int(after)


@router.get(
    "/{collection}",
    response_model=SyncPage[Any],
    responses={401: {"model": ErrorResponse}, 404: {"model": ErrorResponse}},
)
def sync_page(
    collection: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
    after: Annotated[str | None, Query(max_length=32)] = None,
    limit: Annotated[int, Query(ge=1, le=SYNC_PAGE_MAX)] = SYNC_PAGE_DEFAULT,
    count: Annotated[bool, Query()] = False,
) -> Response:
    try:
        declared = SYNC_FETCHES[Collection(collection)]
    except (ValueError, KeyError):
        raise not_found("collection") from None
    start = parse_cursor(after)
    horizon = final_versions_below(db)
    rows = declared.fetch(db, user.account_ids, start, limit + 1)
    has_more = len(rows) > limit
    rows = list(rows[:limit])
    if horizon is not None and rows and rows[-1][1] >= horizon:
        # Stop before the first version a transaction still running may share: the next
        # sync starts there, so a version committed late is never passed by.
        rows = [row for row in rows if row[1] < horizon]
        has_more = False
    next_cursor = str(rows[-1][1]) if rows else str(start)
    remaining: int | None = None if has_more else 0
    if has_more and (count or start == 0):
        remaining = declared.count(db, user.account_ids, int(next_cursor))
    body = {
        "items": [
            {"id": i, "version": v, "deleted": d, "data": _plain(data)} for i, v, d, data in rows
        ],
        "next_cursor": next_cursor,
        "has_more": has_more,
        "remaining": remaining,
    }
    # orjson writes the invoices' naive UTC datetimes as ...Z, dates as ISO 8601.
    return Response(
        orjson.dumps(body, option=orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z),
        media_type="application/json",
    )


def _plain(data: Any) -> Any:
    return data.model_dump(mode="json") if isinstance(data, BaseModel) else data
