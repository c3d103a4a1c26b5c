"""Directory cursors: `[tier, position]` as URL-safe base64 JSON.

A cursor comes back from the client, so it is checked against the shape the engine
issues for that tier (types, lengths, integer range, no NUL) before any value reaches
SQL: anything else is 422 `bad_cursor`, never a 500.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from typing import Any

from portal.errors import ApiError

INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1
TEXT_MAX = 512

# One check per tier: is this position one the engine could have issued?
PositionCheck = Callable[[list[Any]], bool]


def is_text(value: object) -> bool:
    return isinstance(value, str) and len(value) <= TEXT_MAX and "\x00" not in value


def is_int64(value: object) -> bool:
    return type(value) is int and INT64_MIN <= value <= INT64_MAX


def shape(*checks: Callable[[object], bool]) -> PositionCheck:
    """A position check: a list of exactly these values, in order."""

    def check(position: list[Any]) -> bool:
        return len(position) == len(checks) and all(
            ok(value) for ok, value in zip(checks, position, strict=True)
        )

    return check


def bad_cursor() -> ApiError:
    return ApiError(422, "bad_cursor", "The cursor is not valid.")


def encode_cursor(tier: int, position: list[Any] | None) -> str:
    raw = json.dumps([tier, position], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(
    cursor: str, checks: Sequence[PositionCheck] | None = None, tiers: int = 5
) -> tuple[int, list[Any] | None]:
    """(tier, position) of a cursor this engine issued; 422 `bad_cursor` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        tier, position = json.loads(raw)
    except (ValueError, TypeError, binascii.Error, RecursionError) as exc:
        raise bad_cursor() from exc
    if type(tier) is not int or not 0 <= tier < (len(checks) if checks else tiers):
        raise bad_cursor()
    if position is None:
        return tier, None
    if not isinstance(position, list):
        raise bad_cursor()
    if checks is not None and not checks[tier](position):
        raise bad_cursor()
    return tier, position
