"""Directory search and groups: `GET /v1/directory`, `GET /v1/directory/groups/{id}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from portal.errors import not_found
from portal.http.api.deps import CurrentUser, ReadSession, bearer, current_user, database
from portal.http.pg_read_pool import PgReadPool
from portal.http.read_pool import ReadPool
from portal.search import QUERY_MAX, group_detail, search_directory
from portal.search.query import search_json
from wire.schemas import DIRECTORY_LIMIT_MAX, DirectoryPage, GroupDetail

router = APIRouter(prefix="/v1/directory", tags=["directory"])


def _json(body: DirectoryPage | GroupDetail) -> Response:
    # Serialised once by pydantic-core; skips FastAPI's re-validation of the model.
    return Response(body.model_dump_json(), media_type="application/json")


def _pool(request: Request) -> ReadPool | PgReadPool | None:
    """The app's read-only connection pool (None for :memory: or another database)."""
    pool: ReadPool | PgReadPool | None = request.app.state.directory_pool
    return pool


def _search(
    request: Request, token: str, q: str, country: str | None, limit: int, cursor: str | None
) -> bytes:
    """Check the token, search, serialise (orjson, from the rows): one worker-thread hop."""
    pool = _pool(request)
    if pool is None:
        current_user(request)
        with database(request).session() as session:
            page = search_directory(session, q, country=country, limit=limit, cursor=cursor)
        return page.model_dump_json().encode()
    with pool.connection() as db:
        pool.user(db, token)  # type: ignore[arg-type]
        return search_json(db, q, country=country, limit=limit, cursor=cursor)


@router.get("", response_model=DirectoryPage)
async def search(
    request: Request,
    token: Annotated[str, Depends(bearer)],
    q: Annotated[str, Query(max_length=QUERY_MAX)] = "",
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
    limit: Annotated[int, Query(ge=1, le=DIRECTORY_LIMIT_MAX)] = 20,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
) -> Response:
    """Legal entities and groups matching `q` by name, VAT number or network number.

    The access token is checked with the same query as `current_user` (expiry and
    revocation every time) on the search's own connection, in the same worker call.
    """
    body = await run_in_threadpool(_search, request, token, q, country, limit, cursor)
    return Response(body, media_type="application/json")


@router.get("/groups/{group_id}", response_model=GroupDetail)
def group(
    group_id: str,
    _user: Annotated[CurrentUser, Depends(current_user)],
    session: ReadSession,
) -> Response:
    """The group's legal entities by country."""
    detail = group_detail(session, group_id)
    if detail is None:
        raise not_found("group")
    return _json(detail)
