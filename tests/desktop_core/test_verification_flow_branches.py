"""Every branch of the verification flow's navmap, driven without a GUI: the path the wizard
is given to show, what Next sends and where it leads, with no page numbers compared."""

from __future__ import annotations

from desktop.domain.verification_flow import (
    NAVMAP,
    Notice,
    Send,
    Step,
    VerificationFlow,
    road_to,
)
from tests.desktop_core.test_verification_flow import answer, challenge, verification
from wire import schemas as w

INTRO, INV, CH, DONE, LOCK, TICKET = (
    Step.INTRO,
    Step.INVOICE,
    Step.CHALLENGE,
    Step.DONE,
    Step.LOCKED,
    Step.FALLEN_BACK,
)


def fallback() -> w.VerificationFallback:
    return w.VerificationFallback(
        ticket_number="T-1",
        verification=verification("fallen_back", 0, ticket_number="T-1"),
    )


def walk(flow: VerificationFlow) -> list[Step]:
    """The pages Next passes from the intro without sending anything (the wizard's walk)."""
    shown = [Step.INTRO]
    while flow.moved_past(shown[-1]):
        following = flow.next_step(shown[-1])
        assert following is not None
        shown.append(following)
    return shown


def test_the_navmap_names_every_step_once_with_next_accept_and_last() -> None:
    assert set(NAVMAP) == set(Step)
    assert [s for s, nav in NAVMAP.items() if nav.last] == [DONE, TICKET]
    assert all(nav.next is None and nav.accept is None for nav in NAVMAP.values() if nav.last)
    assert {s: NAVMAP[s].accept for s in (INTRO, INV, CH, LOCK)} == {
        INTRO: Send.LOAD,
        INV: Send.INVOICE,
        CH: Send.CHALLENGE,
        LOCK: Send.FALLBACK,
    }
    assert road_to(DONE) == [INTRO, INV, CH, DONE]
    assert road_to(LOCK) is None and road_to(TICKET) is None  # branches, off the road


def test_the_road_intro_invoice_challenge_done() -> None:
    flow = VerificationFlow("v1", "B")
    assert flow.path == [INTRO] and flow.accept(INTRO) == Send.LOAD and not flow.moved_past(INTRO)
    flow.loaded(verification("awaiting_invoice"))
    assert flow.path == [INTRO, INV] and walk(flow) == [INTRO, INV]
    assert flow.accept(INV) == Send.INVOICE and not flow.moved_past(INV)
    flow.invoice_answered(answer("accepted", challenge()))
    assert flow.path == [INTRO, INV, CH] and flow.accept(CH) == Send.CHALLENGE
    flow.challenge_answered(answer("accepted", verification("passed", 0)))
    assert flow.path == [INTRO, INV, CH, DONE] and walk(flow) == flow.path
    assert flow.is_last(DONE) and flow.next_step(DONE) is None


def test_a_wrong_answer_stays_on_its_page() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(verification("awaiting_invoice", 5))
    flow.invoice_answered(answer("mismatch", verification("awaiting_invoice", 4)))
    assert flow.path == [INTRO, INV] and not flow.moved_past(INV)
    flow.invoice_answered(answer("accepted", challenge()))
    moved = flow.challenge_answered(answer("mismatch", challenge(attempts=2)))
    assert moved.notice == Notice.WRONG_CHALLENGE and flow.path == [INTRO, INV, CH]


def test_a_lock_branches_off_the_page_it_happened_on_then_only_the_fallback_leads_on() -> None:
    for on_page in (INV, CH):
        flow = VerificationFlow("v1", "B")
        flow.loaded(verification("awaiting_invoice"))
        if on_page == CH:
            flow.invoice_answered(answer("accepted", challenge()))
        locked = verification("locked", 0)
        moved = (
            flow.invoice_answered(answer("locked", locked))
            if on_page == INV
            else flow.challenge_answered(answer("locked", locked))
        )
        assert moved.step == LOCK
        assert flow.path == [*road_to(on_page), LOCK]  # type: ignore[misc]
        assert flow.next_step(on_page) == LOCK and flow.accept(LOCK) == Send.FALLBACK
        flow.fell_back(fallback())
        assert flow.path[-2:] == [LOCK, TICKET] and flow.is_last(TICKET)
        assert walk(flow) == flow.path


def test_the_fallback_branches_off_any_unfinished_page() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(verification("awaiting_invoice"))
    flow.invoice_answered(answer("accepted", challenge()))
    assert flow.can_fall_back
    flow.fell_back(fallback())
    assert flow.path == [INTRO, INV, CH, TICKET] and flow.next_step(CH) == TICKET


def test_an_expired_challenge_goes_back_along_the_path_to_step_1() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(verification("awaiting_invoice"))
    flow.invoice_answered(answer("accepted", challenge()))
    flow.challenge_answered(answer("expired", verification("awaiting_invoice")))
    assert flow.path == [INTRO, INV] and not flow.moved_past(INV)
    flow.invoice_answered(answer("accepted", challenge()))
    assert flow.challenge_timed_out().step == INV and flow.path == [INTRO, INV]


def test_reopened_on_a_later_state_the_path_branches_off_the_intro() -> None:
    for state, step in (
        ("awaiting_challenge", CH),
        ("passed", DONE),
        ("locked", LOCK),
        ("fallen_back", TICKET),
    ):
        flow = VerificationFlow("v1", "B")
        flow.loaded(challenge() if state == "awaiting_challenge" else verification(state, 0))
        assert flow.path == [INTRO, step], state
        assert flow.moved_past(INTRO) and walk(flow) == [INTRO, step]


def test_reopened_on_the_challenge_which_then_expires_takes_the_road_to_step_1() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(challenge())
    assert flow.path == [INTRO, CH]
    flow.challenge_timed_out()
    assert flow.path == [INTRO, INV]  # along the road, not [INTRO, CH, INV]


def test_a_failed_call_stays_where_the_flow_is() -> None:
    flow = VerificationFlow("v1", "B")
    flow.loaded(verification("awaiting_invoice"))
    assert flow.failed(Notice.OFFLINE).step == INV and flow.path == [INTRO, INV]
