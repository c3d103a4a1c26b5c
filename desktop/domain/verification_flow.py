"""The verification wizard as plain data: which step to show, what a portal answer means.

Modelled on Electrum's `electrum/wizard.py`: the flow knows the steps and how answers move
between them; the QWizard pages are a thin skin that asks it. No Qt here, so a test drives
the whole flow without widgets.

The road is a table (`NAVMAP`, Electrum's navmap): per step, where Next leads (`next`), what
Next sends to the portal (`accept`) and whether it ends the wizard (`last`). The portal's
answers branch off the road by name (`locked`, `expired`, a reopened verification), and the
flow keeps the `path` the wizard shows: the pages from the intro to where the supplier is.
The wizard never works this out from page numbers or by replaying Back.

awaiting_invoice -> (intro) invoice -> challenge -> done; a lock leads to `locked`, where only
the fallback (a support ticket) remains; the fallback is open from every unfinished step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum, StrEnum

from wire import schemas as w


class Step(IntEnum):
    """The wizard's pages (their values are the QWizard page ids, never compared as an order)."""

    INTRO = 0
    INVOICE = 1
    CHALLENGE = 2
    DONE = 3
    LOCKED = 4
    FALLEN_BACK = 5


class Send(StrEnum):
    """What Next sends to the portal from a step (`Nav.accept`)."""

    LOAD = "load"  # the verification as the portal has it
    INVOICE = "invoice"  # step 1's invoice details
    CHALLENGE = "challenge"  # step 2's date and amount
    FALLBACK = "fallback"  # give up: the network opens a support ticket


@dataclass(frozen=True)
class Nav:
    """One step of the navmap: where Next leads on the usual road, what Next sends there,
    and whether the step is the last (Finish, nothing left to send)."""

    next: Step | None = None
    accept: Send | None = None
    last: bool = False


NAVMAP: dict[Step, Nav] = {
    Step.INTRO: Nav(next=Step.INVOICE, accept=Send.LOAD),
    Step.INVOICE: Nav(next=Step.CHALLENGE, accept=Send.INVOICE),
    Step.CHALLENGE: Nav(next=Step.DONE, accept=Send.CHALLENGE),
    Step.DONE: Nav(last=True),
    Step.LOCKED: Nav(next=Step.FALLEN_BACK, accept=Send.FALLBACK),
    Step.FALLEN_BACK: Nav(last=True),
}


def road_to(step: Step) -> list[Step] | None:
    """The usual road from the intro to `step` along the navmap's `next`; None off the road."""
    road = [Step.INTRO]
    while road[-1] != step:
        following = NAVMAP[road[-1]].next
        if following is None or following in road:
            return None
        road.append(following)
    return road


# The three numbered steps of the "Activation workflow" panel (1 enter an invoice,
# 2 pass a challenge, 3 complete); 0 where none is current.
_WORKFLOW_STEP = {
    Step.INTRO: 1,
    Step.INVOICE: 1,
    Step.CHALLENGE: 2,
    Step.DONE: 3,
    Step.LOCKED: 0,
    Step.FALLEN_BACK: 4,  # the ticket beside the three steps (the panel's hint)
}
TICKET_STEP = 4  # the side panel's "raise a ticket" line, current once the ticket is open


class Notice(StrEnum):
    """What the page explains after an answer (worded by the view in the user's language)."""

    NONE = "none"
    WRONG_INVOICE = "wrong_invoice"  # the same whether or not the invoice number exists
    WRONG_CHALLENGE = "wrong_challenge"
    EXPIRED = "expired"  # the challenge's time ran out: enter an invoice again
    LOCKED = "locked"  # too many wrong answers: only the fallback remains
    ALREADY_PASSED = "already_passed"
    ALREADY_FALLEN_BACK = "already_fallen_back"
    OFFLINE = "offline"  # verification needs the network
    NOT_FOUND = "not_found"  # not this supplier's verification (or gone)
    FAILED = "failed"  # any other refusal or nonsense


_STEP_OF_STATE: dict[str, Step] = {
    "awaiting_invoice": Step.INVOICE,
    "awaiting_challenge": Step.CHALLENGE,
    "passed": Step.DONE,
    "locked": Step.LOCKED,
    "fallen_back": Step.FALLEN_BACK,
}


@dataclass(frozen=True)
class Transition:
    """What one event meant: the step to show now and what to explain there."""

    step: Step
    notice: Notice = Notice.NONE
    attempts_left: int = 0


class VerificationFlow:
    """The state of one verification as the wizard sees it.

    Feed it the portal's answers (`loaded`, `invoice_answered`, `challenge_answered`,
    `fell_back`, `closed`, `failed`); read `step`, `attempts_left`, `ticket_number`,
    `challenge_invoice_number` and `seconds_left(now)`.
    """

    def __init__(self, verification_id: str, buyer_name: str) -> None:
        self.verification_id = verification_id
        self.buyer_name = buyer_name
        self.verification: w.Verification | None = None
        self.step = Step.INTRO
        self.notice = Notice.NONE
        self.path: list[Step] = [Step.INTRO]  # what the wizard shows: intro .. current step

    # --- what the pages read ---------------------------------------------------------
    @property
    def loaded_from_portal(self) -> bool:
        return self.verification is not None

    @property
    def attempts_left(self) -> int:
        return self.verification.attempts_left if self.verification else 0

    @property
    def ticket_number(self) -> str | None:
        return self.verification.ticket_number if self.verification else None

    @property
    def locked_until(self) -> datetime | None:
        """When the lock on this account and buyer ends (aware UTC); None unless locked."""
        v = self.verification
        return v.locked_until if v is not None and v.state == "locked" else None

    @property
    def challenge_invoice_number(self) -> str | None:
        return self.verification.challenge_invoice_number if self.verification else None

    @property
    def finished(self) -> bool:
        return self.step in (Step.DONE, Step.FALLEN_BACK)

    @property
    def can_fall_back(self) -> bool:
        """The ticket fallback is open until the verification passed or already fell back."""
        return self.step not in (Step.DONE, Step.FALLEN_BACK)

    def seconds_left(self, now: datetime | None = None) -> int:
        """Whole seconds until the challenge expires (0 when there is none or it ran out)."""
        v = self.verification
        if v is None or v.state != "awaiting_challenge" or v.challenge_expires_at is None:
            return 0
        expires = v.challenge_expires_at
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        now = now or datetime.now(UTC)
        return max(0, int((expires - now).total_seconds()))

    def next_step(self, current: Step) -> Step | None:
        """Where Next leads from `current`: the next page of the path when the flow has moved
        past `current`, else the navmap's usual next page."""
        if self.moved_past(current):
            return self.path[self.path.index(current) + 1]
        return NAVMAP[current].next

    def moved_past(self, current: Step) -> bool:
        """The portal's answer took the flow beyond page `current` (Next may go on)."""
        return current in self.path[:-1]

    def accept(self, current: Step) -> Send | None:
        """What Next sends from page `current` while the flow is still there."""
        return NAVMAP[current].accept

    def is_last(self, current: Step) -> bool:
        return NAVMAP[current].last

    def workflow_step(self, current: Step) -> int:
        """Which of the panel's three steps is current on page `current` (0: none)."""
        return _WORKFLOW_STEP[current]

    # --- what the portal answered ----------------------------------------------------
    def loaded(self, verification: w.Verification) -> Transition:
        """The verification as the portal has it now (on opening, or after a refusal)."""
        self.verification = verification
        step = _STEP_OF_STATE[verification.state]
        notice = {
            Step.DONE: Notice.ALREADY_PASSED,
            Step.LOCKED: Notice.LOCKED,
            Step.FALLEN_BACK: Notice.ALREADY_FALLEN_BACK,
        }.get(step, Notice.NONE)
        if step == Step.CHALLENGE and self.seconds_left() == 0:
            # The portal issues a new challenge on the next correct invoice.
            step, notice = Step.INVOICE, Notice.EXPIRED
        return self._move(step, notice)

    def invoice_answered(self, answer: w.VerificationAnswer) -> Transition:
        return self._answered(answer, wrong=Notice.WRONG_INVOICE)

    def challenge_answered(self, answer: w.VerificationAnswer) -> Transition:
        return self._answered(answer, wrong=Notice.WRONG_CHALLENGE)

    def fell_back(self, fallback: w.VerificationFallback) -> Transition:
        self.verification = fallback.verification
        return self._move(Step.FALLEN_BACK)

    def challenge_timed_out(self) -> Transition:
        """The countdown reached zero before an answer: back to step 1 for a new challenge."""
        return self._move(Step.INVOICE, Notice.EXPIRED)

    def failed(self, notice: Notice) -> Transition:
        """A call did not get an answer (offline, not found, refused): stay, explain."""
        return self._move(self.step, notice)

    # --- internals -------------------------------------------------------------------
    def _answered(self, answer: w.VerificationAnswer, *, wrong: Notice) -> Transition:
        self.verification = answer.verification
        state_step = _STEP_OF_STATE[answer.verification.state]
        if answer.result == "locked" or state_step == Step.LOCKED:
            return self._move(Step.LOCKED, Notice.LOCKED)
        if answer.result == "expired":
            return self._move(Step.INVOICE, Notice.EXPIRED)
        if answer.result == "mismatch":
            return self._move(state_step, wrong)
        return self._move(state_step)

    def _move(self, step: Step, notice: Notice = Notice.NONE) -> Transition:
        self.path = self._path_to(step)
        self.step = step
        self.notice = notice
        return Transition(step, notice, self.attempts_left)

    def _path_to(self, step: Step) -> list[Step]:
        """The pages to show to reach `step`: back along the path when it was on it, back
        along the road when it lies before here (an expired challenge), else a branch off
        where the supplier is (an answer, a lock, the fallback)."""
        if step in self.path:
            return self.path[: self.path.index(step) + 1]
        road = road_to(self.path[-1]) or []
        if step in road:
            return road[: road.index(step) + 1]
        return [*self.path, step]
