"""The verification wizard as plain data: which step to show, what a portal answer means.

Modelled on Electrum's `electrum/wizard.py`: the flow knows the steps and how answers move
between them; the QWizard pages are a thin skin that asks it. No Qt here, so a test drives
the whole flow without widgets.

awaiting_invoice -> (intro) invoice -> challenge -> done; a lock leads to `locked`, where only
the fallback (a support ticket) remains; the fallback is open from every unfinished step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum, StrEnum

from wire import schemas as w


class Step(IntEnum):
    """The wizard's pages, in the order a supplier meets them (also the QWizard page ids)."""

    INTRO = 0
    INVOICE = 1
    CHALLENGE = 2
    DONE = 3
    LOCKED = 4
    FALLEN_BACK = 5


# Where Next goes from a step while the flow has not moved elsewhere.
_NEXT: dict[Step, Step | None] = {
    Step.INTRO: Step.INVOICE,
    Step.INVOICE: Step.CHALLENGE,
    Step.CHALLENGE: Step.DONE,
    Step.LOCKED: Step.FALLEN_BACK,
    Step.DONE: None,
    Step.FALLEN_BACK: None,
}

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
        """Where Next leads from `current`: where the flow now is, or the usual next page."""
        if self.step > current:
            return self.step
        return _NEXT[current]

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
        self.step = step
        self.notice = notice
        return Transition(step, notice, self.attempts_left)
