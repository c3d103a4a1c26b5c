"""What a user can do with one connection request: cancel it while it waits, open its document.

Shared by the request's detail dialog and the Connection requests table's context menu. The
work runs on the task runner (cache writes on the serial lane, so a cancel never races the
outbox's push); the words and the confirmation stay on the GUI thread.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.lanes import Lane
from desktop.domain.types import ConnectionRequestRow, OutboxState
from desktop.sync.errors import PortalRefused, PortalUnreachable
from wire import filetypes
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

log = logging.getLogger(__name__)

WAITING_ITEM_STATES = frozenset({"submitted", "verification_required", "ticket_opened"})
DOCUMENTS_FOLDER = "opened-documents"  # under the app's data dir, private to the user
_EXTENSIONS = {
    filetypes.PDF: ".pdf",
    filetypes.PNG: ".png",
    filetypes.JPEG: ".jpg",
    filetypes.TIFF: ".tif",
    filetypes.XML: ".xml",
    filetypes.CSV: ".csv",
    filetypes.XLSX: ".xlsx",
    filetypes.DOCX: ".docx",
}


def can_cancel(row: ConnectionRequestRow) -> bool:
    """Queued on this computer, or sent with a customer still waiting."""
    if row.state == "queued":
        return True
    return row.remote_id is not None and any(
        item.state.value in WAITING_ITEM_STATES for item in row.items
    )


def has_document(row: ConnectionRequestRow) -> bool:
    return bool(row.attachment_name or row.attachment_id)


def document_name(data: bytes, name: str | None) -> str:
    """The file's own name where this computer knows it, else one with the right extension."""
    if name:
        return filetypes.safe_name(name)
    kind = filetypes.sniff(data)
    return "document" + _EXTENSIONS.get(kind or "", "")


def save_private_copy(folder: Path, data: bytes, name: str | None) -> Path:
    """Write the document into a fresh folder only this user may read; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    target = Path(tempfile.mkdtemp(prefix="doc-", dir=folder)) / document_name(data, name)
    with open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
        handle.write(data)
    return target


def forget_old_documents(folder: Path, older_than: float = 24 * 3600) -> int:
    """Remove the private copies opened more than `older_than` seconds ago; returns how many.

    A viewer may still hold a recent one open, so only old ones go; one that cannot be
    removed (still open on Windows) stays until a later start.
    """
    if not folder.is_dir():
        return 0
    limit = time.time() - older_than
    removed = 0
    for copy in folder.glob("doc-*"):
        try:
            if copy.is_dir() and copy.stat().st_mtime < limit:
                shutil.rmtree(copy)
                removed += 1
        except OSError:
            continue
    return removed


class RequestActions(QObject):
    """`cancel(row)` and `open_document(row)`; `problem(text)` says what went wrong, in words."""

    cancelled = Signal(str)  # the request's local id
    document_opened = Signal(str)  # the file's path
    problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.busy = False

    # --- cancel -----------------------------------------------------------------------
    def confirm_cancel(self, row: ConnectionRequestRow) -> bool:
        """Ask first; Enter and Esc keep the request."""
        names = ", ".join(item.buyer_name for item in row.items)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel request"),
            self.tr(
                "Cancel the connection request to {customers}? The network stops working on "
                "it and its open support requests are closed."
            ).format(customers=names),
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setObjectName("confirmCancelRequest")
        cancel = box.addButton(self.tr("&Cancel request"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep request"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # the safe answer on Enter
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton() is cancel
        box.deleteLater()
        return chosen

    def cancel(self, row: ConnectionRequestRow, *, confirm: bool = True) -> None:
        if self.busy or not can_cancel(row):
            return
        if confirm and not self.confirm_cancel(row):
            return
        if row.state != "queued" and not self._ctx.status.online:
            self.problem.emit(
                self.tr(
                    "You are offline. A request already sent can be cancelled once the network "
                    "is reachable again."
                )
            )
            return
        self.busy = True
        cache, client = self._ctx.cache, self._ctx.client

        def work() -> bool:
            """True when the request was still queued here and is now gone for good."""
            remote_id = row.remote_id
            if row.state == "queued":
                item = cache.withdraw_request(row.local_id)
                if item is not None and item.state == OutboxState.QUEUED:
                    return True
                remote_id = item.remote_id if item is not None else None  # sent meanwhile
            if remote_id is None:
                raise PortalRefused("not_cancellable", "", 409)
            client.cancel_connection_request(remote_id)
            return False

        self._ctx.tasks.run(
            work,
            lambda local: self._cancelled(row, bool(local)),
            self._cancel_failed,
            lane=Lane.SERIAL,
            owner=self,
        )

    def _cancelled(self, row: ConnectionRequestRow, local: bool) -> None:
        self.busy = False
        if local:
            self._ctx.notify_local_change(frozenset({Collection.CONNECTION_REQUESTS}))
        else:
            self._ctx.request_sync()  # bring the closed tickets and relationships too
        self.cancelled.emit(row.local_id)

    def _cancel_failed(self, exc: BaseException) -> None:
        self.busy = False
        log.info("cancel failed: %s", type(exc).__name__)
        if isinstance(exc, PortalUnreachable):
            text = self.tr("The network could not be reached. Try again in a moment.")
        elif isinstance(exc, PortalRefused) and exc.code == "not_cancellable":
            text = self.tr("Nothing in this request is waiting any more: it cannot be cancelled.")
        else:
            text = self.tr("The request could not be cancelled. Try again in a moment.")
        self.problem.emit(text)

    # --- the supporting document ------------------------------------------------------
    def open_document(self, row: ConnectionRequestRow) -> None:
        if self.busy or not has_document(row):
            return
        self.busy = True
        cache, client = self._ctx.cache, self._ctx.client
        folder = cache.path.parent / DOCUMENTS_FOLDER
        queued = row.remote_id is None

        def work() -> Path:
            data = cache.attachment_bytes(row.local_id)  # a copy kept in the outbox
            if data is None and row.attachment_id and not queued:
                data = client.download_attachment(row.attachment_id)
            if data is None:
                raise FileNotFoundError(row.local_id)
            return save_private_copy(folder, data, row.attachment_name)

        self._ctx.tasks.run(
            work, self._document_saved, self._document_failed, lane=Lane.POOL, owner=self
        )

    def _document_saved(self, path: Path) -> None:
        self.busy = False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.problem.emit(self.tr("No program on this computer opens this kind of document."))
            return
        self.document_opened.emit(str(path))

    def _document_failed(self, exc: BaseException) -> None:
        self.busy = False
        log.info("opening the document failed: %s", type(exc).__name__)
        if isinstance(exc, PortalUnreachable):
            text = self.tr(
                "The document is kept by the network, which cannot be reached. Try again once "
                "you are online."
            )
        elif isinstance(exc, PortalRefused | FileNotFoundError):
            text = self.tr("The document is no longer available.")
        elif isinstance(exc, OSError):
            text = self.tr("The document could not be saved on this computer.")
        else:
            text = self.tr("The document could not be opened. Try again in a moment.")
        self.problem.emit(text)
