"""Checks the Connect page runs before anything is queued or sent.

Problems carry a machine `code` and `params`; the UI turns them into sentences in the
user's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from wire.filetypes import ALLOWED_CONTENT_TYPES, ATTACHMENT_MAX_BYTES, sniff
from wire.schemas import BUYERS_PER_REQUEST_MAX, NOTES_MAX, VENDOR_CODE_MAX

from .types import RequestDraft

__all__ = [
    "ATTACHMENT_MAX_BYTES",
    "AttachmentCheck",
    "Problem",
    "RequestDraft",
    "check_attachment",
    "validate_draft",
    "validate_request_draft",
]


@dataclass(frozen=True)
class Problem:
    code: str  # no_account | no_buyers | too_many_buyers | vendor_code_too_long | notes_too_long
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class AttachmentCheck:
    """ok, or a problem code: not_found | unreadable | empty | too_big(max, size) | wrong_type."""

    path: Path
    ok: bool
    size: int = 0
    content_type: str | None = None
    problem: Problem | None = None


def validate_request_draft(
    account_id: str | None,
    buyer_ids: Sequence[str],
    vendor_code: str | None,
    notes: str | None,
) -> list[Problem]:
    problems: list[Problem] = []
    if not account_id:
        problems.append(Problem("no_account"))
    unique = {b for b in buyer_ids if b}
    if not unique:
        problems.append(Problem("no_buyers"))
    elif len(unique) > BUYERS_PER_REQUEST_MAX:
        problems.append(
            Problem("too_many_buyers", MappingProxyType({"max": BUYERS_PER_REQUEST_MAX}))
        )
    if vendor_code and len(vendor_code.strip()) > VENDOR_CODE_MAX:
        problems.append(Problem("vendor_code_too_long", MappingProxyType({"max": VENDOR_CODE_MAX})))
    if notes and len(notes.strip()) > NOTES_MAX:
        problems.append(Problem("notes_too_long", MappingProxyType({"max": NOTES_MAX})))
    return problems


def validate_draft(draft: RequestDraft) -> list[Problem]:
    return validate_request_draft(draft.account_id, draft.buyer_ids, draft.vendor_code, draft.notes)


def check_attachment(path: Path) -> AttachmentCheck:
    """Size first (without reading a huge file), then the type judged by content, not by name."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            return AttachmentCheck(path, False, problem=Problem("not_found"))
    except FileNotFoundError:
        return AttachmentCheck(path, False, problem=Problem("not_found"))
    except OSError:
        return AttachmentCheck(path, False, problem=Problem("unreadable"))
    if size == 0:
        return AttachmentCheck(path, False, size=0, problem=Problem("empty"))
    if size > ATTACHMENT_MAX_BYTES:
        return AttachmentCheck(
            path,
            False,
            size=size,
            problem=Problem(
                "too_big", MappingProxyType({"max": ATTACHMENT_MAX_BYTES, "size": size})
            ),
        )
    try:
        data = path.read_bytes()
    except OSError:
        return AttachmentCheck(path, False, size=size, problem=Problem("unreadable"))
    content_type = sniff(data)
    if content_type is None or content_type not in ALLOWED_CONTENT_TYPES:
        return AttachmentCheck(path, False, size=size, problem=Problem("wrong_type"))
    return AttachmentCheck(path, True, size=len(data), content_type=content_type)
