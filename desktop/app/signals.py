"""The app-wide signal hub: what happened, for every page that cares.

Writers (the sync driver, operations, the account chooser) emit here; pages connect here.
`AppContext` shows these same signals under the same names, so a page connects to
`ctx.changed` without knowing where it lives.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    changed = Signal(object)  # Changed: a frozenset of Collection / LocalChange members
    status_changed = Signal(object)  # SyncStatus
    ticket_resolved = Signal(object)  # TicketRow
    account_changed = Signal(str)
    sync_progress = Signal(str, int)  # collection, items so far
    # collection, items so far, items in all (0 while unknown): the status bar's progress bar
    sync_counts = Signal(str, int, int)
    sync_cancelled = Signal()  # cancel_sync() stopped a sync after a committed page
    display_name_changed = Signal(str)
    # invoices still waiting for the search's index after a batch (0: all indexed)
    invoices_indexed = Signal(int)
    session_expired = Signal()  # the portal refused our token: sign in again
    operation_failed = Signal(str)  # an operation without its own failure handler: the sentence
    # What a sync waits for before its first page: "sandbox" (the embedded network starts),
    # "sign_in", "sync"; emitted on the worker, shown by the status bar.
    sync_step = Signal(str)
    # Why the last sync failed while the portal did answer: "bad_answer" (malformed or
    # oversized), "refused" (an error answer), "failed" (anything else); "" once a sync works.
    sync_problem = Signal(str)
