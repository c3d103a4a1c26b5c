"""The verification flow as plain data, driven without widgets (Electrum's tests/test_wizard.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain.verification_flow import Notice, Step, VerificationFlow
from wire import schemas as w

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def verification(state: str, attempts: int = 5, **extra: object) -> w.Verification:
    return w.Verification(
        id="v1",
        account_id="a1",
        buyer_id="b1",
        buyer_name="Demonstration Example Buyer",
        state=state,  # type: ignore[arg-type]
        attempts_left=attempts,
        updated_at=NOW,
        **extra,  # type: ignore[arg-type]
    )


def challenge(attempts: int = 3, expires_in: int = 900) -> w.Verification:
    return verification(
        "awaiting_challenge",
        attempts,
        challenge_invoice_number="INV-2026-0042",
        challenge_expires_at=datetime.now(UTC) + timedelta(seconds=expires_in),
    )


def answer(result: str, v: w.Verification) -> w.VerificationAnswer:
    return w.VerificationAnswer(result=result, verification=v)  # type: ignore[arg-type]


def test_a_full_pass_walks_intro_invoice_challenge_done() -> None:
    flow = VerificationFlow("v1", "Demonstration Example Buyer")
    assert flow.step == Step.INTRO and not flow.loaded_from_portal
    assert flow.next_step(Step.INTRO) == Step.INVOICE
    assert flow.loaded(verification("awaiting_invoice")).step == Step.INVOICE
    assert flow.next_step(Step.INTRO) == Step.INVOICE
    moved = flow.invoice_answered(answer("accepted", challenge()))
    assert moved.step == Step.CHALLENGE and moved.notice == Notice.NONE
    assert flow.next_step(Step.INVOICE) == Step.CHALLENGE
    assert flow.challenge_invoice_number == "INV-2026-0042"
    assert 890 <= flow.seconds_left() <= 900
    done = flow.challenge_answered(answer("accepted", verification("passed", 0)))
    assert done.step == Step.DONE and flow.finished and not flow.can_fall_back
    assert flow.next_step(Step.CHALLENGE) == Step.DONE
    assert flow.next_step(Step.DONE) is None
    assert [flow.workflow_step(s) for s in (Step.INVOICE, Step.CHALLENGE, Step.DONE)] == [1, 2, 3]


def test_a_wrong_invoice_stays_on_step_1_with_the_attempts_left() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(verification("awaiting_invoice", 5))
    wrong = flow.invoice_answered(answer("mismatch", verification("awaiting_invoice", 4)))
    assert (wrong.step, wrong.notice, wrong.attempts_left) == (
        Step.INVOICE,
        Notice.WRONG_INVOICE,
        4,
    )
    # Next still leads to the challenge page once an answer is accepted, not before.
    assert flow.next_step(Step.INVOICE) == Step.CHALLENGE


def test_the_last_wrong_answer_locks_and_only_the_fallback_remains() -> None:
    flow = VerificationFlow("v1", "B")
    flow.invoice_answered(answer("accepted", challenge(attempts=1)))
    locked = flow.challenge_answered(answer("locked", verification("locked", 0)))
    assert (locked.step, locked.notice, locked.attempts_left) == (Step.LOCKED, Notice.LOCKED, 0)
    assert flow.next_step(Step.CHALLENGE) == Step.LOCKED
    assert flow.can_fall_back
    assert flow.workflow_step(Step.LOCKED) == 0
    fallback = w.VerificationFallback(
        ticket_number="T-123456",
        verification=verification("fallen_back", 0, ticket_number="T-123456"),
    )
    assert flow.fell_back(fallback).step == Step.FALLEN_BACK
    assert flow.ticket_number == "T-123456"
    assert flow.next_step(Step.LOCKED) == Step.FALLEN_BACK
    assert flow.next_step(Step.FALLEN_BACK) is None


def test_a_mismatch_whose_state_is_locked_counts_as_the_lock() -> None:
    flow = VerificationFlow("v1", "B")
    moved = flow.invoice_answered(answer("mismatch", verification("locked", 0)))
    assert moved.step == Step.LOCKED and moved.notice == Notice.LOCKED


def test_an_expired_challenge_goes_back_to_step_1() -> None:
    flow = VerificationFlow("v1", "B")
    flow.invoice_answered(answer("accepted", challenge()))
    moved = flow.challenge_answered(answer("expired", verification("awaiting_invoice", 5)))
    assert (moved.step, moved.notice) == (Step.INVOICE, Notice.EXPIRED)
    flow.invoice_answered(answer("accepted", challenge()))
    assert flow.challenge_timed_out().notice == Notice.EXPIRED
    assert flow.step == Step.INVOICE


def test_reopening_finds_the_portals_state() -> None:
    cases = {
        "awaiting_challenge": (Step.CHALLENGE, Notice.NONE),
        "passed": (Step.DONE, Notice.ALREADY_PASSED),
        "locked": (Step.LOCKED, Notice.LOCKED),
        "fallen_back": (Step.FALLEN_BACK, Notice.ALREADY_FALLEN_BACK),
    }
    for state, expected in cases.items():
        flow = VerificationFlow("v1", "B")
        v = challenge() if state == "awaiting_challenge" else verification(state, 0)
        moved = flow.loaded(v)
        assert (moved.step, moved.notice) == expected, state
        assert flow.next_step(Step.INTRO) == expected[0]


def test_a_challenge_that_expired_while_closed_reopens_on_step_1() -> None:
    flow = VerificationFlow("v1", "B")
    moved = flow.loaded(challenge(expires_in=-5))
    assert (moved.step, moved.notice) == (Step.INVOICE, Notice.EXPIRED)
    assert flow.seconds_left() == 0


def test_seconds_left_counts_down_with_the_clock() -> None:
    flow = VerificationFlow("v1", "B")
    flow.invoice_answered(answer("accepted", challenge(expires_in=600)))
    now = datetime.now(UTC)
    assert flow.seconds_left(now + timedelta(seconds=100)) in (499, 500)
    assert flow.seconds_left(now + timedelta(seconds=700)) == 0


def test_failures_keep_the_step_and_say_why() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(verification("awaiting_invoice"))
    moved = flow.failed(Notice.OFFLINE)
    assert (moved.step, moved.notice, moved.attempts_left) == (Step.INVOICE, Notice.OFFLINE, 5)
