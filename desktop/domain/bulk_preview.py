"""The preview of a bulk connect, as plain data: each row's state, what is ready, and the
connection requests the ticked rows make (grouped by account and vendor code, chunked)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.bulk_rows import BulkRow
from desktop.domain.directory import directory_entry
from desktop.domain.types import (
    Account,
    ConnectionRequestRow,
    DirectoryEntry,
    Outcome,
    RequestDraft,
    RequestItem,
    RequestItemState,
)
from wire.schemas import BUYERS_PER_REQUEST_MAX, VENDOR_CODE_MAX, MatchResult
from wire.text import compact_vat, fold


class RowState(StrEnum):
    UNMATCHED = "unmatched"  # not matched yet
    EXACT = "exact"  # by network number or VAT number
    PROBABLE = "probable"  # name candidates: the user chooses
    CHOSEN = "chosen"  # a candidate chosen (by the user, or the only perfect name)
    NOT_FOUND = "not_found"
    INVALID_VAT = "invalid_vat"
    ALREADY_CONNECTED = "already_connected"
    ALREADY_REQUESTED = "already_requested"
    DUPLICATE = "duplicate"
    NO_ACCOUNT = "no_account"
    BAD_VENDOR_CODE = "bad_vendor_code"
    EMPTY = "empty"


READY = frozenset({RowState.EXACT, RowState.CHOSEN})


class RowOutcome(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    CONNECTED = "connected"
    VERIFICATION_REQUIRED = "verification_required"
    TICKET_OPENED = "ticket_opened"
    REJECTED = "rejected"
    ALREADY_CONNECTED = "already_connected"
    ALREADY_REQUESTED = "already_requested"
    CANCELLED = "cancelled"
    REFUSED = "refused"


@dataclass(frozen=True)
class Candidate:
    buyer: DirectoryEntry
    score: float


@dataclass
class PreviewRow:
    """One row of the preview; lives on the GUI thread (workers get copies of its parts)."""

    row: BulkRow
    match_state: str | None = None  # the portal's word: exact | probable | not_found | invalid_vat
    vat_problem: str | None = None  # invalid | wrong_country
    candidates: tuple[Candidate, ...] = ()
    chosen: DirectoryEntry | None = None
    account_id: str | None = None
    existing: str | None = None  # "connected" | "requested" for (account, chosen buyer)
    checked: bool = False
    local_id: str | None = None  # the outbox request it went out in
    outcome: RowOutcome | None = None
    item: RequestItem | None = None  # the portal's answer for this buyer
    error: str | None = None  # the portal's refusal word
    same_customer_as: str | None = None  # ref of an earlier row whose customer it repeats

    @property
    def duplicate_of(self) -> str | None:
        """The earlier row this one repeats: the same line in the file, or the same customer."""
        return self.row.duplicate_of or self.same_customer_as

    @property
    def state(self) -> RowState:
        row = self.row
        if row.is_blank:
            return RowState.EMPTY
        if self.duplicate_of is not None:
            return RowState.DUPLICATE
        if self.match_state is None:
            return RowState.UNMATCHED
        if self.chosen is None:
            if self.match_state == "invalid_vat":
                return RowState.INVALID_VAT
            return RowState.PROBABLE if self.candidates else RowState.NOT_FOUND
        if self.existing == "connected":
            return RowState.ALREADY_CONNECTED
        if self.existing == "requested":
            return RowState.ALREADY_REQUESTED
        if self.account_id is None:
            return RowState.NO_ACCOUNT
        if len(row.vendor_code) > VENDOR_CODE_MAX:
            return RowState.BAD_VENDOR_CODE
        return RowState.EXACT if self.match_state == "exact" else RowState.CHOSEN

    @property
    def ready(self) -> bool:
        return self.state in READY and self.local_id is None

    @property
    def to_choose(self) -> bool:
        return (
            self.chosen is None
            and bool(self.candidates)
            and self.state
            in (
                RowState.PROBABLE,
                RowState.INVALID_VAT,
            )
        )

    def apply_match(
        self, state: str, vat_problem: str | None, candidates: tuple[Candidate, ...]
    ) -> None:
        """The portal's answer; an exact match or a single perfect name is chosen and ticked."""
        self.match_state, self.vat_problem, self.candidates = state, vat_problem, candidates
        self.chosen = None
        perfect = [c for c in candidates if c.score >= 1.0]
        if state == "exact" or (state == "probable" and len(perfect) == 1):
            self.chosen = candidates[0].buyer
        self.checked = self.chosen is not None


@dataclass(frozen=True)
class Summary:
    ready: int = 0
    to_choose: int = 0
    not_found: int = 0
    invalid_vat: int = 0
    already_connected: int = 0
    already_requested: int = 0
    duplicates: int = 0
    ticked: int = 0
    sent: int = 0


def summarize(rows: list[PreviewRow]) -> Summary:
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        state = r.state
        if r.local_id is not None:
            counts["sent"] += 1
        elif r.ready:
            counts["ready"] += 1
            counts["ticked"] += r.checked
        elif r.to_choose:
            counts["to_choose"] += 1
        elif state == RowState.NOT_FOUND:
            counts["not_found"] += 1
        elif state == RowState.INVALID_VAT:
            counts["invalid_vat"] += 1
        elif state == RowState.ALREADY_CONNECTED:
            counts["already_connected"] += 1
        elif state == RowState.ALREADY_REQUESTED:
            counts["already_requested"] += 1
        elif state == RowState.DUPLICATE:
            counts["duplicates"] += 1
    return Summary(**counts)


WAITING = frozenset(
    {
        RowOutcome.QUEUED,
        RowOutcome.SENT,
        RowOutcome.VERIFICATION_REQUIRED,
        RowOutcome.TICKET_OPENED,
    }
)


def waiting(rows: list[PreviewRow]) -> int:
    """Rows sent whose outcome the network has not settled yet."""
    return sum(1 for r in rows if r.local_id is not None and r.outcome in WAITING)


def file_order(row: PreviewRow) -> int:
    return int(row.row.ref)


def mark_same_customers(rows: list[PreviewRow]) -> bool:
    """A row whose chosen customer (for the same account) an earlier row already has is a
    duplicate of that row: one request per customer. Rows already sent keep their customer
    first. True when a row's mark changed."""
    first: dict[tuple[str, str], str] = {}
    changed = False
    for r in sorted(rows, key=lambda r: (r.local_id is None, file_order(r))):
        before = r.same_customer_as
        r.same_customer_as = None
        if r.chosen is not None and r.row.duplicate_of is None and not r.row.is_blank:
            holder = first.setdefault((r.account_id or "", r.chosen.id), r.row.ref)
            if holder != r.row.ref and r.local_id is None:
                r.same_customer_as = holder
        changed |= before != r.same_customer_as
    return changed


def account_for(text: str, accounts: list[Account]) -> str | None:
    """A row's account column: an account's id, network number or name (any case)."""
    wanted = fold(text)
    if not wanted:
        return None
    for account in accounts:
        if wanted in (fold(account.id), fold(account.network_number), fold(account.name)):
            return account.id
    compact = compact_vat(text)
    return next((a.id for a in accounts if compact_vat(a.network_number) == compact), None)


@dataclass(frozen=True)
class PlannedRequest:
    draft: RequestDraft
    refs: tuple[str, ...] = field(default_factory=tuple)  # rows it carries


def plan_requests(rows: list[PreviewRow]) -> list[PlannedRequest]:
    """Ticked, ready rows as connection requests: one per (account, vendor code), each at
    most `BUYERS_PER_REQUEST_MAX` buyers, a buyer once per account."""
    groups: dict[tuple[str, str], list[PreviewRow]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for r in rows:
        if not (r.checked and r.ready) or r.chosen is None or r.account_id is None:
            continue
        if (r.account_id, r.chosen.id) in seen:
            continue
        seen.add((r.account_id, r.chosen.id))
        groups[(r.account_id, r.row.vendor_code)].append(r)
    planned: list[PlannedRequest] = []
    for (account_id, vendor_code), members in groups.items():
        for start in range(0, len(members), BUYERS_PER_REQUEST_MAX):
            chunk = members[start : start + BUYERS_PER_REQUEST_MAX]
            draft = RequestDraft(
                account_id=account_id,
                buyer_ids=tuple(r.chosen.id for r in chunk if r.chosen is not None),
                vendor_code=vendor_code or None,
            )
            planned.append(PlannedRequest(draft, tuple(r.row.ref for r in chunk)))
    return planned


def outcome_of(item: RequestItem | None, request_state: str) -> RowOutcome:
    """What a row's buyer came to in its request (queued until the portal answered)."""
    if request_state == "failed":
        return RowOutcome.REFUSED
    if item is None or item.state == RequestItemState.QUEUED or request_state == "queued":
        return RowOutcome.QUEUED
    if item.outcome == Outcome.ALREADY_CONNECTED:
        return RowOutcome.ALREADY_CONNECTED
    if item.outcome == Outcome.ALREADY_REQUESTED:
        return RowOutcome.ALREADY_REQUESTED
    return {
        RequestItemState.SUBMITTED: RowOutcome.SENT,
        RequestItemState.VERIFICATION_REQUIRED: RowOutcome.VERIFICATION_REQUIRED,
        RequestItemState.TICKET_OPENED: RowOutcome.TICKET_OPENED,
        RequestItemState.CONNECTED: RowOutcome.CONNECTED,
        RequestItemState.REJECTED: RowOutcome.REJECTED,
        RequestItemState.CANCELLED: RowOutcome.CANCELLED,
        RequestItemState.FAILED: RowOutcome.REFUSED,
    }.get(item.state, RowOutcome.SENT)


def apply_result(row: PreviewRow, result: MatchResult | None) -> bool:
    """The portal's match for `row` (None: not asked, e.g. a duplicate)."""
    if result is None:
        return False
    found = tuple(Candidate(directory_entry(c.buyer), c.score) for c in result.candidates)
    row.apply_match(result.state, result.vat_problem, found)
    return True


def assign_account(
    row: PreviewRow, choice: str | None, accounts: list[Account], per_row: bool
) -> bool:
    """One account for all rows (`choice`), or each row's own from its Account column."""
    if row.local_id is not None:
        return False
    row.account_id = account_for(row.row.account, accounts) if per_row else choice
    return True


def mark_existing(row: PreviewRow, pairs: dict[tuple[str, str], str]) -> bool:
    """Already connected / requested for (account, chosen customer), as the cache knows it."""
    if row.local_id is not None:
        return False
    before = row.existing
    row.existing = pairs.get((row.account_id or "", row.chosen.id if row.chosen else ""))
    return before != row.existing


def queued_in(queued: list[tuple[PlannedRequest, str]]) -> dict[str, str]:
    """Row ref -> the local id of the request that carries its customer; also a ticked row
    whose customer another ticked row of the same account carries (key "account buyer")."""
    found = {ref: local_id for planned, local_id in queued for ref in planned.refs}
    for planned, local_id in queued:
        for buyer in planned.draft.buyer_ids:
            found[f"{planned.draft.account_id} {buyer}"] = local_id
    return found


def mark_queued(row: PreviewRow, queued: dict[str, str]) -> bool:
    local_id = queued.get(row.row.ref)
    if local_id is None and row.checked and row.ready and row.chosen and row.account_id:
        local_id = queued.get(f"{row.account_id} {row.chosen.id}")
    if local_id is None:
        return False
    row.local_id, row.outcome = local_id, RowOutcome.QUEUED
    return True


def apply_request(row: PreviewRow, request: ConnectionRequestRow | None) -> bool:
    """What the request carrying `row` came to, for its customer."""
    if request is None or row.chosen is None:
        return False
    buyer = row.chosen.id
    row.item = next((i for i in request.items if i.buyer_id == buyer), None)
    row.outcome = outcome_of(row.item, request.state)
    row.error = request.error
    return True
