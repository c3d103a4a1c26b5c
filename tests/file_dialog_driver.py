"""Answer the app's next file dialog as a user would: pick a file, or Cancel.

The app's dialogs are real `QFileDialog`s (Qt's own, offscreen) run modally; a timer finds
the one open and answers it, after noting what it showed (its folder, its labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QTreeView


@dataclass
class SeenDialog:
    folder: Path
    labels: list[str] = field(default_factory=list)
    title: str = ""
    # The detail view's columns: (title, width, the width Qt's header needs for the title).
    columns: list[tuple[str, int, int]] = field(default_factory=list)


def columns_of(dialog: QFileDialog) -> list[tuple[str, int, int]]:
    found = []
    for view in dialog.findChildren(QTreeView):
        header, model = view.header(), view.model()
        for section in range(header.count()):
            title = str(model.headerData(section, Qt.Orientation.Horizontal))
            found.append((title, header.sectionSize(section), header.sectionSizeHint(section)))
    return found


def answer_file_dialog(choose: Path | None) -> list[SeenDialog]:
    """Choose `choose` in the next file dialog (None: Cancel); -> what it showed, once done."""
    seen: list[SeenDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(
            SeenDialog(
                Path(dialog.directory().absolutePath()),
                [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()],
                dialog.windowTitle(),
                columns_of(dialog),
            )
        )
        if choose is None:
            dialog.reject()
        else:
            # Typed into "File name:" as a user would (selectFile() reads a path in a folder
            # that does not exist as relative to the current one).
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name is not None
            name.setText(str(choose))
            dialog.accept()

    QTimer.singleShot(0, answer)
    return seen
