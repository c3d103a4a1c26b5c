"""The notices list (the header's bell): what sync told the user, newest first; the unread
ones in bold as the list opens. The layout is the Designer form ui/notices.ui."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop.domain.notices import Notice
from desktop.forms.ui_notices import Ui_NoticesDialog
from desktop.models.local_time import format_datetime
from desktop.views.notifier import ticket_message
from desktop.views.retranslate import Retranslating
from desktop.views.wrapped_text import keep_wrapped_lines


class NoticesDialog(Retranslating, QDialog):
    open_support_requested = Signal()

    def __init__(self, notices: list[Notice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticesDialog()
        self.ui.setupUi(self)
        self.setObjectName("noticesDialog")
        self.ui.titleLabel.setObjectName("dialogTitle")
        self.ui.hintLabel.setObjectName("muted")
        self.ui.emptyLabel.setObjectName("muted")
        self.notices = list(notices)  # as they were when the list opened (unread in bold)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.openSupportButton.clicked.connect(self._open_support)
        self.retranslate()
        keep_wrapped_lines(self)

    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Notices"))
        ui.titleLabel.setText(self.tr("Notices"))
        ui.hintLabel.setText(
            self.tr("What the network told you lately: the last {count} notices.").format(count=50)
        )
        ui.emptyLabel.setText(self.tr("No notices yet."))
        ui.openSupportButton.setText(self.tr("Open &support requests"))
        ui.noticeList.setAccessibleName(self.tr("Notices, newest first"))
        self._fill()

    def _fill(self) -> None:
        view = self.ui.noticeList
        view.clear()
        for notice in self.notices:
            _title, text = ticket_message(
                notice.ticket_number, notice.buyer_name, notice.resolution
            )
            when = format_datetime(notice.at)
            item = QListWidgetItem(f"{when}\n{text}")
            item.setData(Qt.ItemDataRole.UserRole, notice.ticket_number)
            if not notice.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, self.tr("Unread: {text}").format(text=text)
                )
            view.addItem(item)
        view.setVisible(bool(self.notices))
        self.ui.emptyLabel.setVisible(not self.notices)

    def texts(self) -> list[str]:
        view = self.ui.noticeList
        return [view.item(row).text() for row in range(view.count())]

    def unread_rows(self) -> list[int]:
        view = self.ui.noticeList
        return [row for row in range(view.count()) if view.item(row).font().bold()]

    def _open_support(self) -> None:
        self.open_support_requested.emit()
        self.accept()
