"""When the app syncs by itself, without Qt: the interval, the backoff, one sync at a time, the
modal dialog, the window coming back and the sign-in that waits for the user's typing."""

from __future__ import annotations

import subprocess
import sys

from desktop.sync.scheduler import SyncScheduler, TimerAction


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def scheduler(clock: Clock | None = None) -> SyncScheduler:
    return SyncScheduler(
        interval_ms=60_000,
        retry_ms=1_000,
        max_backoff_ms=5_000,
        stale_after_ms=30_000,
        clock=clock or Clock(),
    )


def test_the_interval_while_it_works_and_a_doubling_backoff_up_to_the_ceiling() -> None:
    s = scheduler()
    delays = []
    for _ in range(5):
        assert s.begin()
        delays.append(s.end(failed=True))
    assert delays == [1_000, 2_000, 4_000, 5_000, 5_000]
    assert s.begin()
    assert s.end(failed=False) == 60_000  # a sync that works resets the backoff
    assert s.begin()
    assert s.end(failed=True) == 1_000
    assert s.attempted and s.next_delay_ms == 1_000


def test_a_retry_interval_above_the_ceiling_is_kept() -> None:
    s = SyncScheduler(retry_ms=9_000, max_backoff_ms=5_000, clock=Clock())
    s.begin()
    assert s.end(failed=True) == 9_000


def test_requests_during_a_sync_make_one_more_sync_not_many() -> None:
    s = scheduler()
    assert s.begin()
    assert not s.begin() and not s.begin(background=True)
    s.end(failed=False)
    assert s.take_again()
    assert not s.take_again()
    assert s.begin()
    assert not s.begin()
    s.forget_again()  # cancelled, or the portal wants a sign-in first
    s.end(failed=False)
    assert not s.take_again()


def test_the_portal_s_wait_is_kept_when_it_is_longer() -> None:
    s = scheduler()
    s.begin()
    s.end(failed=True)
    assert s.throttled(300) == 300_000
    assert s.throttled(0) == 300_000


def test_the_timer_never_syncs_beside_a_sync_nor_under_a_modal_dialog() -> None:
    s = scheduler()
    s.begin()
    assert s.timer_fired(modal_open=False) is TimerAction.NOTHING
    s.end(failed=False)
    assert s.timer_fired(modal_open=True) is TimerAction.WAIT_FOR_DIALOG
    assert s.due
    assert s.dialog_closed()  # the due sync runs once the dialog closes
    assert not s.dialog_closed()
    assert s.timer_fired(modal_open=False) is TimerAction.SYNC
    assert not s.due


def test_a_sync_s_end_clears_a_due_sync() -> None:
    s = scheduler()
    s.timer_fired(modal_open=True)
    s.begin()
    s.end(failed=False)
    assert not s.dialog_closed()


def test_coming_back_after_a_while_syncs_at_once() -> None:
    clock = Clock()
    s = scheduler(clock)
    s.begin()
    s.end(failed=False)
    clock.now += 29.9
    assert not s.back_after_a_while()
    clock.now += 0.1
    assert s.back_after_a_while()


def test_a_sign_in_waits_for_the_typing_only_in_a_background_sync() -> None:
    s = scheduler()
    s.begin(background=False)  # the user asked: they are told at once
    s.end(failed=True)
    assert s.sign_in_now(typing=True)
    s.begin(background=True)
    s.end(failed=True)
    assert s.sign_in_now(typing=False)
    assert not s.sign_in_now(typing=True)
    assert s.sign_in_waits
    assert s.typing_stopped()
    assert not s.typing_stopped()  # asked once


def test_a_problem_is_said_once() -> None:
    s = scheduler()
    assert not s.new_problem("")
    assert s.new_problem("refused")
    assert not s.new_problem("refused")
    assert s.new_problem("")


def test_the_policy_needs_no_qt() -> None:
    code = (
        "import sys; import desktop.sync.scheduler; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
