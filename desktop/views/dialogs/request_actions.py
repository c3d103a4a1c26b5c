"""What a user can do with one connection request: cancel it while it waits, open its document.

Shared by the request's detail dialog and the Connection requests table's context menu. The
work is an operation (`desktop.operations.requests`: a cancel on the serial lane, so it never
races the outbox's push); the words and the confirmation stay on the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.types import ConnectionRequestRow
from desktop.operations import requests as operations
from desktop.operations.requests import DOCUMENTS_FOLDER, forget_old_documents
from desktop.sync.errors import PortalRefused, PortalUnreachable
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

# The app's start clears old copies of opened documents (they live with the operation).
__all__ = [
    "DOCUMENTS_FOLDER",
    "RequestActions",
    "can_cancel",
    "forget_old_documents",
    "has_document",
]

log = logging.getLogger(__name__)

WAITING_ITEM_STATES = frozenset({"submitted", "verification_required", "ticket_opened"})


def can_cancel(row: ConnectionRequestRow) -> bool:
    """Queued on this computer, or sent with a customer still waiting."""
    if row.state == "queued":
        return True
    return row.remote_id is not None and any(
        item.state.value in WAITING_ITEM_STATES for item in row.items
    )


def has_document(row: ConnectionRequestRow) -> bool:
    return bool(row.attachment_name or row.attachment_id)


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
        operations.cancel_request(self._ctx, row, self).success(
            lambda local: self._cancelled(row, local)
        ).failure(self._cancel_failed).run()

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
        operations.open_document(self._ctx, row, self).success(self._document_saved).failure(
            self._document_failed
        ).run()

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
