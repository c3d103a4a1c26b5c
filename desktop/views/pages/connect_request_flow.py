"""What happens after CONNECT on the Connect page, apart from the form itself.

Warn when a chosen buyer is already connected or requested for the account, write the
request (with its attachment copy and a fresh idempotency key) to the local outbox in one
transaction, ask for a sync, and follow the request by its local id until the network's
answer is in the cache. The reads and the write are operations (`desktop.operations.directory`),
never run on the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.types import Changed, ConnectionRequestRow, DirectoryEntry, RequestDraft
from desktop.domain.validation import validate_draft
from desktop.operations import directory
from desktop.views.dialogs.connect_messages import confirm_despite_existing
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

log = logging.getLogger(__name__)


class ConnectRequestFlow(QObject):
    busy_changed = Signal(bool)
    queued = Signal(str)  # local id
    failed = Signal(str)  # a message for the user
    answered = Signal(object, object)  # ConnectionRequestRow, {buyer id: name}

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self._ctx = ctx
        self._page = page  # parent of the question box; owner of the tasks
        self.busy = False
        self.local_id: str | None = None
        self._names: dict[str, str] = {}
        ctx.changed.connect(self._on_changed)

    def start(
        self,
        account_id: str,
        buyers: list[DirectoryEntry],
        vendor_code: str | None,
        notes: str | None,
        attachment: Path | None,
    ) -> None:
        """Check, confirm, queue. The page has validated the form already."""
        if self.busy:
            return
        self._set_busy(True)
        draft = RequestDraft(
            account_id=account_id,
            buyer_ids=tuple(b.id for b in buyers),
            vendor_code=vendor_code,
            notes=notes,
        )
        names = {b.id: b.name for b in buyers}
        directory.already_taken(self._ctx, account_id, buyers, parent=self._page).success(
            lambda found: self._confirm(draft, names, attachment, found)
        ).failure(self._failed).run()

    def _confirm(
        self,
        draft: RequestDraft,
        names: dict[str, str],
        attachment: Path | None,
        found: list[tuple[DirectoryEntry, str]],
    ) -> None:
        found_names = [(b.name, why) for b, why in found]
        if found and not confirm_despite_existing(self._page, found_names):
            self._set_busy(False)
            return
        if validate_draft(draft):  # the page's own checks said yes; this is the last gate
            self._set_busy(False)
            return
        directory.queue_request(self._ctx, draft, attachment, parent=self._page).success(
            lambda local_id: self._queued(local_id, names)
        ).failure(self._failed).run()

    def _queued(self, local_id: str, names: dict[str, str]) -> None:
        self.local_id = local_id
        self._names = names
        self._set_busy(False)
        self.queued.emit(local_id)  # then the outbox's change goes out, and a sync is asked for

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        log.warning("request not queued: %s", type(exc).__name__)
        if isinstance(exc, OSError):  # the document was moved or deleted after it was chosen
            message = self.tr("The supporting document could not be read. Choose it again.")
        else:
            message = self.tr("The request could not be saved on this computer. Try again.")
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    # --- following the request -----------------------------------------------------
    def _on_changed(self, collections: Changed) -> None:
        if self.local_id is None or Collection.CONNECTION_REQUESTS not in collections:
            return
        local_id = self.local_id
        directory.find_request(self._ctx, local_id, parent=self._page).success(
            lambda row: self._answered(local_id, row)
        ).latest_only().run()

    def _answered(self, local_id: str, row: ConnectionRequestRow | None) -> None:
        if row is None or local_id != self.local_id:
            return
        self.answered.emit(row, dict(self._names))
