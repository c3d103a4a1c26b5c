"""When the app syncs by itself: the policy, Qt-free.

Every minute while the portal answers; after a failure again after the retry interval, twice as
long after each further failure up to a ceiling; never beside another sync (a request during one
runs once it ends); never under a modal dialog (the sync waits until it closes); at once when
the user comes back to the window after a while. A sign-in the portal asks for during a
background sync waits while the user is typing, so no dialog ever lands under their keys.

The app's driver (`desktop/app/sync_driver.py`) owns the timer and the widgets; it asks this
object what to do and tells it what happened. Tests drive it with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

SYNC_INTERVAL_MS = 60_000  # online: pull what the network changed every minute
RETRY_INTERVAL_MS = 15_000  # the first retry after a failure
MAX_BACKOFF_MS = 600_000  # failing: wait twice as long each time, at most ten minutes
STALE_AFTER_MS = 30_000  # the window comes back after this long: sync at once


class TimerAction(Enum):
    """What the background timer's tick leads to."""

    SYNC = "sync"
    WAIT_FOR_DIALOG = "wait_for_dialog"  # a modal dialog is open: sync once it closes
    NOTHING = "nothing"  # a sync runs: its end schedules the next one


class SyncScheduler:
    """The state of background syncing and its timing rules; no timer, no widget."""

    def __init__(
        self,
        *,
        interval_ms: int = SYNC_INTERVAL_MS,
        retry_ms: int = RETRY_INTERVAL_MS,
        max_backoff_ms: int = MAX_BACKOFF_MS,
        stale_after_ms: int = STALE_AFTER_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval_ms = interval_ms
        self.retry_ms = retry_ms
        self.max_backoff_ms = max_backoff_ms
        self.stale_after_ms = stale_after_ms
        self._clock = clock
        self.syncing = False
        self.attempted = False  # until the first attempt ends, neither online nor offline
        self.background = False  # the running sync was the timer's, not the user's
        self.due = False  # the timer fired under a modal dialog: sync once it closes
        self.sign_in_waits = False  # the portal asked for a sign-in while the user typed
        self.next_delay_ms = 0  # the delay last scheduled (the backoff, for the status and tests)
        self._again = False
        self._failures = 0
        self._problem = ""
        self._last_end = clock()

    # --- one sync's life ------------------------------------------------------
    def begin(self, *, background: bool = False) -> bool:
        """A sync is asked for: True to start it now; False while one runs (it runs again
        once that one ends, so a burst of requests makes one more sync, not many)."""
        if self.syncing:
            self._again = True
            return False
        self.syncing = True
        self.background = background
        return True

    def end(self, *, failed: bool) -> int:
        """A sync ended: the delay (ms) until the next one, the interval or the backoff."""
        self.syncing = False
        self.attempted = True
        self._last_end = self._clock()
        self.due = False
        if failed:
            self._failures += 1
            delay = self.retry_ms * 2 ** min(self._failures - 1, 20)
            self.next_delay_ms = min(delay, max(self.max_backoff_ms, self.retry_ms))
        else:
            self._failures = 0
            self.next_delay_ms = self.interval_ms
        return self.next_delay_ms

    def throttled(self, retry_after_s: int) -> int:
        """The portal said how long to wait (429): the next sync waits at least that long."""
        self.next_delay_ms = max(self.next_delay_ms, retry_after_s * 1000)
        return self.next_delay_ms

    def forget_again(self) -> None:
        """A cancelled sync or a refused sign-in: the queued "once more" is dropped."""
        self._again = False

    def take_again(self) -> bool:
        """True once if a request came while the last sync ran: start it now."""
        again, self._again = self._again, False
        return again

    # --- the background timer --------------------------------------------------
    def timer_fired(self, *, modal_open: bool) -> TimerAction:
        if self.syncing:
            return TimerAction.NOTHING
        if modal_open:
            self.due = True
            return TimerAction.WAIT_FOR_DIALOG
        return TimerAction.SYNC

    def dialog_closed(self) -> bool:
        """The modal dialog a due sync waited for closed: True to run it now."""
        due, self.due = self.due, False
        return due

    def back_after_a_while(self) -> bool:
        """The window was activated: True if the last sync ended long enough ago to sync now."""
        return (self._clock() - self._last_end) * 1000 >= self.stale_after_ms

    def stop(self) -> None:
        self.due = False

    # --- asking to sign in -----------------------------------------------------
    def sign_in_now(self, *, typing: bool) -> bool:
        """The portal refused the session: True to ask for a sign-in now; False to wait until
        the user stops typing (only for the timer's sync: the user asked for theirs)."""
        if self.background and typing:
            self.sign_in_waits = True
            return False
        return True

    def typing_stopped(self) -> bool:
        """The keyboard left a field: True once if a sign-in waited for it."""
        waits, self.sign_in_waits = self.sign_in_waits, False
        return waits

    # --- the status bar's problem word -------------------------------------------
    def new_problem(self, kind: str) -> bool:
        """True when `kind` differs from the last one said: a failing sync says it once."""
        if kind == self._problem:
            return False
        self._problem = kind
        return True
