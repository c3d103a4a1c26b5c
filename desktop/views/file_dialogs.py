"""Every file dialog of the app: it opens in the user's Documents folder, then where the
user last chose a file, never in the process's working folder.

Windows and macOS get their native dialog (Qt's default there); elsewhere Qt draws its own,
translated by `desktop.app.i18n` and with its columns wide enough for their titles.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QEvent,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QListView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)


class FolderMemory(Protocol):
    """Where the last folder is kept (`desktop.app.settings.AppSettings` in the app)."""

    def last_folder(self) -> Path | None: ...

    def set_last_folder(self, folder: Path) -> None: ...


class _SessionMemory:
    """Until the app hands over its settings: remembered for this run only."""

    def __init__(self) -> None:
        self._folder: Path | None = None

    def last_folder(self) -> Path | None:
        return self._folder

    def set_last_folder(self, folder: Path) -> None:
        self._folder = folder


_memory: FolderMemory = _SessionMemory()


def remember_folders_in(memory: FolderMemory | None) -> None:
    """Keep the last folder in `memory` (None: for this run only)."""
    global _memory
    _memory = memory if memory is not None else _SessionMemory()


def documents_folder() -> Path:
    """The user's Documents folder; the home folder where there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path(QDir.homePath())


def start_folder() -> Path:
    """The last folder the user chose a file in while it still exists, else Documents."""
    last = _memory.last_folder()
    if last is not None and last.is_dir():
        return last
    return documents_folder()


class _FitColumns(QObject):
    """Widens the detail view's columns to their titles ("Rozmiar", not "Rozmi") once Qt's
    own dialog has built its widgets (at its first show; a native dialog has none)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            fit_columns(watched)
        return False


class LocalSizes(QIdentityProxyModel):
    """Qt's file model writes sizes and dates the operating system's way ("9.04 KiB" under a
    Polish window on an English system): here they follow the language the app speaks."""

    SIZE, MODIFIED = 1, 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        files = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(files, QFileSystemModel):
            source = self.mapToSource(index)
            if index.column() == self.SIZE and not files.isDir(source):
                return QLocale().formattedDataSize(files.size(source))
            if index.column() == self.MODIFIED:
                return QLocale().toString(
                    files.lastModified(source), QLocale.FormatType.ShortFormat
                )
        return super().data(index, role)


def fit_columns(dialog: QFileDialog) -> None:
    for view in dialog.findChildren(QTreeView):
        header: QHeaderView = view.header()
        for section in range(header.count()):
            wanted = header.sectionSizeHint(section)
            if header.sectionSize(section) < wanted:
                header.resizeSection(section, wanted)
    # The places on the left ("Komputer", not "Kompu..."), the files taking the rest.
    splitter = dialog.findChild(QSplitter, "splitter")
    sidebar = dialog.findChild(QListView, "sidebar")
    if splitter is not None and sidebar is not None and splitter.count() == 2:
        wanted = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8
        sizes = splitter.sizes()
        if sizes[0] < wanted:
            splitter.setSizes([wanted, max(sizes[1] - (wanted - sizes[0]), 1)])


def file_dialog(
    parent: QWidget | None,
    title: str,
    filters: Sequence[str],
    *,
    save: bool = False,
    suggested_name: str = "",
) -> QFileDialog:
    """A dialog in the start folder; `exec()` it, or use `choose_file_to_open/save`."""
    dialog = QFileDialog(parent, title, str(start_folder()), ";;".join(filters))
    dialog.setObjectName("fileDialog")
    dialog.setProxyModel(LocalSizes(dialog))  # Qt's own dialog only: a native one has its own
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if suggested_name:
        dialog.selectFile(suggested_name)
    dialog.installEventFilter(_FitColumns(dialog))
    return dialog


def chosen_path(dialog: QFileDialog) -> Path | None:
    """Run `dialog`; the file chosen (its folder remembered), None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    if not files:
        return None
    path = Path(files[0])
    remember_choice(path)
    return path


def remember_choice(path: Path) -> None:
    """The next dialog opens where this file was chosen (for dialogs shown with `open()`)."""
    _memory.set_last_folder(path.parent)


def choose_file_to_open(parent: QWidget | None, title: str, filters: Sequence[str]) -> Path | None:
    dialog = file_dialog(parent, title, filters)
    try:
        return chosen_path(dialog)
    finally:
        dialog.deleteLater()


def choose_file_to_save(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    filters: Sequence[str],
    *,
    suffix: str = "",
) -> Path | None:
    dialog = file_dialog(parent, title, filters, save=True, suggested_name=suggested_name)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    try:
        return chosen_path(dialog)
    finally:
        dialog.deleteLater()


def choose_csv_to_save(parent: QWidget | None, title: str, suggested_name: str) -> Path | None:
    """Where an export's CSV goes: the chosen path, ending in .csv whatever was typed; None
    when the user cancelled."""
    csv_files = QCoreApplication.translate("FileDialogs", "CSV files (*.csv)")
    target = choose_file_to_save(parent, title, suggested_name, [csv_files], suffix="csv")
    if target is None or target.suffix.lower() == ".csv":
        return target
    return target.with_suffix(".csv")


def write_failure_reason(exc: BaseException) -> str:
    """Why a file could not be written, in the user's language (the system's own error text
    may be in another)."""
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "FileDialogs", "you may not write to that place or the file is open elsewhere."
        )
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return QCoreApplication.translate("FileDialogs", "the folder does not exist.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("FileDialogs", "the disk is full.")
    return QCoreApplication.translate("FileDialogs", "choose another place and try again.")


def tell_write_failed(parent: QWidget, title: str, target: Path, exc: BaseException) -> str:
    """A warning that `target` could not be written, and why; the reason is returned. Every
    export (CSV, UBL, PDF) tells a failed write this one way, never with a traceback."""
    reason = write_failure_reason(exc)
    text = QCoreApplication.translate(
        "FileDialogs", "The file {file} could not be written: {reason}"
    )
    QMessageBox.warning(parent, title, text.format(file=str(target), reason=reason))
    return reason
