"""Who a bearer token belongs to: the `CurrentUser` from the live-access rows (no HTTP here).

`portal.http.api.deps` turns a request into one; the search pools check a token on their own
pooled connection with `user_on` / `user_from_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from portal.errors import ApiError
from portal.rules.auth import live_access_sqlite


@dataclass(frozen=True)
class CurrentUser:
    user_id: str
    username: str
    account_ids: frozenset[str]
    display_name: str = ""
    token_family: str = field(default="", repr=False)


def unauthorized(message: str = "Sign in first: a valid access token is required.") -> ApiError:
    return ApiError(401, "unauthorized", message)


Access = list[tuple[str, str, str, str, str | None]]


def user_from_rows(rows: Access) -> CurrentUser:
    """The `CurrentUser` from `live_access` rows (one per account); 401 when there are none."""
    if not rows:
        raise unauthorized("The access token is invalid or has expired; sign in again.")
    user_id, username, display_name, family, _ = rows[0]
    return CurrentUser(
        user_id=user_id,
        username=username,
        account_ids=frozenset(row[4] for row in rows if row[4] is not None),
        display_name=display_name,
        token_family=family,
    )


def user_on(db: object, token: str) -> CurrentUser:
    """`current_user` on a plain sqlite3 connection (same query, same checks)."""
    return user_from_rows(live_access_sqlite(db, token))
