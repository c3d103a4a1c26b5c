"""Attachment: CHOOSE a supporting document, checked at once for size and type by content.

A refused file never blocks the form: Remove takes it away, and a cancelled file dialog
goes back to the last accepted file (or to none), without the refusal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.validation import AttachmentCheck
from desktop.operations import directory
from desktop.views.file_dialogs import choose_file_to_open
from desktop.views.retranslate import Retranslating
from wire.filetypes import ATTACHMENT_MAX_BYTES

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class AttachmentField(Retranslating, QWidget):
    """Holds at most one accepted file; `changed` fires when it is chosen, refused or removed."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._wanted: Path | None = None  # the file whose check is awaited (None: none)
        self.path: Path | None = None
        self.checking = False
        self._accepted: tuple[Path, int] | None = None  # the last accepted file and its size

        self.caption = QLabel(self)
        self.caption.setObjectName("fieldLabel")
        self.name = QLabel(self)
        self.name.setObjectName("attachmentName")
        self.choose = QPushButton(self)
        self.choose.setObjectName("chooseButton")
        self.remove = QPushButton(self)
        self.remove.setObjectName("removeAttachment")
        self.remove.hide()
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.caption.setBuddy(self.choose)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose)
        row.addWidget(self.name, 1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.choose.clicked.connect(self.pick)
        self.remove.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Attachment"))
        self.choose.setText(self.tr("CHOOSE"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the attachment"))
        self.choose.setAccessibleDescription(
            self.tr("Choose a supporting document of at most {size}").format(
                size=QLocale().formattedDataSize(ATTACHMENT_MAX_BYTES)
            )
        )
        if self.path is None and not self.checking:
            self.name.setText(self.tr("No file chosen"))

    @property
    def problem(self) -> str | None:
        return None if self.message.isHidden() else self.message.text()

    def pick(self) -> None:
        path = choose_file_to_open(
            self,
            self.tr("Choose a supporting document"),
            [
                self.tr(
                    "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xml *.csv *.xlsx *.docx)"
                ),
                self.tr("All files (*)"),
            ],
        )
        if path is not None:
            self.set_file(path)
        elif self.problem or self.checking:
            self._restore_accepted()  # cancelled: back to the last good state, no stale refusal

    def set_file(self, path: Path) -> None:
        """Check `path` off the GUI thread; accept it or say clearly why not."""
        self._wanted = path
        self.path = None
        self.checking = True
        self.name.setText(self.tr("Checking {name}…").format(name=path.name))
        self.message.hide()
        self.remove.show()
        self.changed.emit()
        directory.check_attachment(self._ctx, path, parent=self).success(
            lambda check: self._checked(path, check)
        ).failure(lambda _exc: self._unreadable(path)).latest_only().run()

    def clear(self) -> None:
        """Remove: no attachment, no refusal."""
        self._accepted = None
        self._restore_accepted()

    def _restore_accepted(self) -> None:
        self._wanted = None  # a check still running is no longer wanted
        self.checking = False
        self.message.clear()
        self.message.hide()
        if self._accepted is None:
            self.path = None
            self.name.setText(self.tr("No file chosen"))
            self.remove.hide()
        else:
            self._show_accepted(*self._accepted)
        self.changed.emit()

    def _show_accepted(self, path: Path, size: int) -> None:
        self.path = path
        shown = QLocale().formattedDataSize(size)
        self.name.setText(self.tr("{name} ({size})").format(name=path.name, size=shown))
        self.remove.show()

    def _checked(self, path: Path, check: AttachmentCheck) -> None:
        if path != self._wanted:
            return
        self._wanted = None
        self.checking = False
        problem = self._problem_text(check, path)
        if problem:
            self._refuse(path, problem)
            return
        self._accepted = (path, check.size)
        self._show_accepted(path, check.size)
        self.changed.emit()

    def _unreadable(self, path: Path) -> None:
        if path != self._wanted:
            return
        self._wanted = None
        self.checking = False
        self._refuse(path, self.tr("The file {name} cannot be read.").format(name=path.name))

    def _refuse(self, path: Path, problem: str) -> None:
        self.path = None
        self.name.setText(self.tr("No file chosen"))
        self.message.setText(problem)
        self.message.show()
        self.remove.show()  # takes the refused file away; CONNECT follows the form again
        self.changed.emit()

    def _problem_text(self, check: AttachmentCheck, path: Path) -> str | None:
        """A clear, translated reason when the check refused the file."""
        if check.ok:
            return None
        code = check.problem.code if check.problem is not None else "wrong_type"
        if code == "too_big":
            limit = QLocale().formattedDataSize(ATTACHMENT_MAX_BYTES)
            return self.tr("{name} is too large: attachments may be at most {limit}.").format(
                name=path.name, limit=limit
            )
        if code == "empty":
            return self.tr("{name} is empty.").format(name=path.name)
        if code in ("unreadable", "not_found"):
            return self.tr("The file {name} cannot be read.").format(name=path.name)
        return self.tr(
            "{name} is not a supported document. Attach a PDF, PNG, JPEG, TIFF, XML, CSV, "
            "XLSX or DOCX file."
        ).format(name=path.name)
