"""Cancel a waiting connection request from its detail dialog, and open its document.

A sent request is cancelled on the portal (its ticket closed, its history says Cancelled); a
queued one is removed from the outbox and never sent. The document comes from the outbox's
copy or from the portal, is written to a private folder and handed to the desktop to open."""

from __future__ import annotations

import struct
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path

import requests
from connect_helpers import TIMEOUT_MS, closed_port_url, portal_get, synced
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.domain.types import ConnectionRequestRow, RequestDraft
from desktop.models.row_table_model import RowRole
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.pages.connection_requests_page import ConnectionRequestsPage


def png_bytes() -> bytes:
    """A real one-pixel PNG (the portal judges documents by their content)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


class OpenedFiles(QObject):
    """Stands in for the desktop's file opener: Qt hands it every file:// URL."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


def _open_details(
    qtbot: QtBot, page: ConnectionRequestsPage, local_id: str
) -> ConnectionRequestDialog:
    def row_index() -> int:
        for r in range(page.proxy.rowCount()):
            row = page.proxy.index(r, 0).data(RowRole)
            if isinstance(row, ConnectionRequestRow) and local_id in (row.local_id, row.remote_id):
                return r
        return -1

    qtbot.waitUntil(lambda: row_index() >= 0, timeout=TIMEOUT_MS)
    page.table.setCurrentIndex(page.proxy.index(row_index(), 0))
    qtbot.mouseClick(page.details, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _answer_confirmation(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """When the confirmation comes up, note its default and press `button_text`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_cancel_a_sent_request_closes_its_ticket(
    qtbot: QtBot, ctx: AppContext, portal_url: str, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    buyer_id = next(free_buyers)[0]
    tokens = ctx.client.tokens
    assert tokens is not None
    r = requests.post(
        portal_url + "/v1/connection-requests",
        json={"account_id": ctx.accounts[0].id, "buyer_ids": [buyer_id]},
        headers={
            "Authorization": f"Bearer {tokens.access_token}",
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=15,
    )
    assert r.status_code == 201, r.text
    request_id, ticket = r.json()["id"], r.json()["items"][0]["ticket_number"]
    synced(qtbot, ctx)
    page = ConnectionRequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = _open_details(qtbot, page, request_id)
    assert dialog.cancel_request.isVisible()

    # Enter on the confirmation keeps the request.
    seen: list[str] = []
    _answer_confirmation(qtbot, "&Keep request", seen)
    qtbot.mouseClick(dialog.cancel_request, Qt.MouseButton.LeftButton)
    assert seen == ["&Keep request"]
    assert dialog.isVisible() and ctx.cache.connection_requests()[0].state == "open"

    _answer_confirmation(qtbot, "&Cancel request", seen)
    qtbot.mouseClick(dialog.cancel_request, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=TIMEOUT_MS)  # closed

    def status_of(request: str) -> str | None:
        for row in range(page.model.rowCount()):
            if page.model.index(row, 0).data(RowRole).remote_id == request:
                return str(page.model.index(row, 0).data())
        return None

    qtbot.waitUntil(lambda: status_of(request_id) == "Cancelled", timeout=TIMEOUT_MS)
    again = _open_details(qtbot, page, request_id)
    events = [
        again.history.topLevelItem(i).text(1) for i in range(again.history.topLevelItemCount())
    ]
    assert "Cancelled" in events
    assert not again.cancel_request.isVisible()  # nothing waits any more
    again.close()
    tickets = portal_get(portal_url, ctx, "/v1/sync/tickets?limit=1000").json()["items"]
    assert next(t for t in tickets if t["id"] == ticket)["data"]["state"] == "closed"


def test_cancel_a_queued_request_it_is_never_sent(
    qtbot: QtBot, ctx: AppContext, portal_url: str, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    buyer_id = next(free_buyers)[0]
    ctx.client.base_url = closed_port_url()  # offline: the request waits in the outbox
    synced(qtbot, ctx)
    local_id = ctx.cache.enqueue_request(RequestDraft(ctx.accounts[0].id, (buyer_id,)))
    page = ConnectionRequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = _open_details(qtbot, page, local_id)
    seen: list[str] = []
    _answer_confirmation(qtbot, "&Cancel request", seen)
    qtbot.mouseClick(dialog.cancel_request, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=TIMEOUT_MS)  # closed
    assert ctx.cache.outbox() == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 or all(
        page.model.index(r, 0).data(RowRole).local_id != local_id
        for r in range(page.model.rowCount())
    ), timeout=TIMEOUT_MS)  # fmt: skip

    ctx.client.base_url = portal_url  # back online: nothing goes out
    synced(qtbot, ctx)
    items = portal_get(portal_url, ctx, "/v1/sync/connection-requests?limit=1000").json()["items"]
    assert not any(
        e["data"] and any(i["buyer_id"] == buyer_id for i in e["data"]["items"]) for e in items
    )


def test_open_the_document_from_the_outbox_and_from_the_portal(
    qtbot: QtBot,
    ctx: AppContext,
    portal_url: str,
    tmp_path: Path,
    free_buyers: Iterator[tuple[str, str, str]],
) -> None:
    opened = OpenedFiles()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        data = png_bytes()
        document = tmp_path / "Umowa zółta.png"
        document.write_bytes(data)
        buyer_id = next(free_buyers)[0]
        ctx.client.base_url = closed_port_url()
        synced(qtbot, ctx)
        local_id = ctx.cache.enqueue_request(
            RequestDraft(ctx.accounts[0].id, (buyer_id,)), document
        )
        page = ConnectionRequestsPage(ctx)
        qtbot.addWidget(page)
        page.show()

        # Queued: the outbox's copy, no network needed.
        dialog = _open_details(qtbot, page, local_id)
        qtbot.mouseClick(dialog.open_document, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(opened.paths) == 1, timeout=TIMEOUT_MS)
        first = opened.paths[0]
        assert first.name == "Umowa zółta.png" and first.read_bytes() == data
        assert ctx.cache.path.parent in first.parents
        assert (first.stat().st_mode & 0o077) == 0  # only this user may read it
        dialog.close()

        # Sent: the portal keeps it (the outbox lets go of its copy once it is accepted).
        ctx.client.base_url = portal_url
        synced(qtbot, ctx)
        item = ctx.cache.outbox_item(local_id)
        assert item is not None and item.remote_id is not None
        assert ctx.cache.attachment_bytes(local_id) is None
        dialog = _open_details(qtbot, page, item.remote_id)
        qtbot.mouseClick(dialog.open_document, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(opened.paths) == 2, timeout=TIMEOUT_MS)
        assert opened.paths[1].read_bytes() == data and opened.paths[1] != first
        dialog.close()
    finally:
        QDesktopServices.unsetUrlHandler("file")
