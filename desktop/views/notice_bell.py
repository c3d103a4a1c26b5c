"""The header's bell: the notices list with its unread count.

Every resolved support request a sync finds becomes a notice (newest first, the last 50,
read or unread), kept in a file beside the user's cache (`desktop.domain.notices`), so it
outlives the 10-second status-bar message and a restart. Opening the list marks them read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.app.resources import icon
from desktop.domain.notices import Notice, NoticeList
from desktop.domain.types import TicketRow
from desktop.operations.account import notices_path, save_notices
from desktop.views.dialogs.notices_dialog import NoticesDialog
from desktop.views.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class NoticeBell(Retranslating, QToolButton):
    open_support_requested = Signal()
    count_changed = Signal(int)  # unread notices

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBell")
        self.setProperty("role", "link")
        self.setAutoRaise(True)
        self.setIcon(icon("bell"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._ctx = ctx
        self.path: Path = notices_path(ctx)
        self.notices = NoticeList.load(self.path)  # a small file: read once, at start
        self.dialog: NoticesDialog | None = None
        ctx.ticket_resolved.connect(self.ticket_resolved)
        self.clicked.connect(self.open_list)
        self.retranslate()

    def unread(self) -> int:
        return self.notices.unread_count()

    def retranslate(self) -> None:
        count = self.unread()
        self.setText(
            self.tr("Notices ({count})").format(count=count) if count else self.tr("Notices")
        )
        self.setToolTip(self.tr("Notices"))
        self.setAccessibleName(
            self.tr("Notices, %n unread", "", count) if count else self.tr("Notices")
        )

    def ticket_resolved(self, ticket: TicketRow) -> None:
        notice = Notice(
            ticket_number=ticket.number,
            buyer_name=ticket.buyer_name,
            resolution=ticket.resolution,
            at=datetime.now(UTC),
        )
        if self.notices.add(notice):
            self._changed()

    def open_list(self) -> None:
        """The list as it stands (unread in bold); then they are read."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = NoticesDialog(self.notices.notices, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_support_requested.connect(self.open_support_requested)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        if self.notices.mark_all_read():
            self._changed()

    def _closed(self) -> None:
        self.dialog = None

    def _changed(self) -> None:
        self.retranslate()
        self.count_changed.emit(self.unread())
        path, text = self.path, self.notices.to_json()
        save_notices(self._ctx, self, path, text).run()
