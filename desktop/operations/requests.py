"""Connection requests: read them, cancel one, open its supporting document.

The document is written as a private copy under the app's data dir (`DOCUMENTS_FOLDER`), in a
fresh folder only this user may read; `forget_old_documents` clears old copies at start.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.domain.types import ConnectionRequestRow, OutboxState
from desktop.operations.op import CollectionOp, QueryOp
from desktop.sync.errors import PortalRefused
from wire import filetypes

if TYPE_CHECKING:
    from desktop.app.context import AppContext

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

# The requests and the user's account names (id -> name), read together.
RequestsRead = tuple[list[ConnectionRequestRow], dict[str, str]]


def load_requests(ctx: AppContext, parent: QObject) -> QueryOp[RequestsRead]:
    """Every connection request, with the names of the accounts they were sent from."""
    cache = ctx.cache
    return QueryOp(
        ctx,
        lambda: (cache.connection_requests(), {a.id: a.name for a in cache.accounts()}),
        parent=parent,
        name="requests.load",
    )


def cancel_request(
    ctx: AppContext, row: ConnectionRequestRow, parent: QObject
) -> CollectionOp[bool]:
    """Withdraw a queued request from the outbox, or ask the network to cancel a sent one.

    The result is True when the request was still queued here and is now gone for good; then
    the caller tells the app (`ctx.notify_local_change`, which also recounts the outbox). When
    False the network cancelled it and only a sync brings the closed tickets back, so nothing
    changed here yet: the operation announces no collection itself."""
    cache, client = ctx.cache, ctx.client

    def work() -> bool:
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

    return CollectionOp(ctx, work, parent=parent, name="requests.cancel")


def open_document(ctx: AppContext, row: ConnectionRequestRow, parent: QObject) -> QueryOp[Path]:
    """The request's supporting document as a private copy on disk (the outbox keeps a copy of
    a request's own upload; a sent one's comes from the network); the result is the file."""
    cache, client = ctx.cache, ctx.client
    folder = cache.path.parent / DOCUMENTS_FOLDER
    queued = row.remote_id is None

    def work() -> Path:
        data = cache.attachment_bytes(row.local_id)  # a copy kept in the outbox
        if data is None and row.attachment_id and not queued:
            data = client.download_attachment(row.attachment_id)
        if data is None:
            raise FileNotFoundError(row.local_id)
        return save_private_copy(folder, data, row.attachment_name)

    return QueryOp(ctx, work, parent=parent, name="requests.open_document")


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
