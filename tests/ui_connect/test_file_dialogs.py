"""File dialogs: Documents first, then the last folder used (kept in the settings), never the
working folder; Qt's own dialog in Polish, its columns wide enough for their titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from connect_helpers import TIMEOUT_MS
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot
from test_attachment_field import PDF
from test_connect_page import _page

from desktop.app.context import AppContext
from desktop.app.i18n import Translations
from desktop.app.settings import AppSettings
from desktop.views.file_dialogs import file_dialog, remember_folders_in
from tests.file_dialog_driver import answer_file_dialog, columns_of


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user's home with a Documents folder; the process works somewhere else."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    yield home
    remember_folders_in(None)


@pytest.fixture
def polish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.install("pl")
    yield
    translations.remove()


def test_dialog_opens_in_documents_then_in_the_last_folder(
    qtbot: QtBot, ctx: AppContext, home: Path, tmp_path: Path
) -> None:
    remember_folders_in(AppSettings(tmp_path / "data"))
    page = _page(qtbot, ctx)
    invoices = tmp_path / "invoices"
    invoices.mkdir()
    (invoices / "po.pdf").write_bytes(PDF)

    seen = answer_file_dialog(invoices / "po.pdf")
    qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    assert seen[0].folder == home / "Documents"
    assert seen[0].folder != Path.cwd()
    qtbot.waitUntil(lambda: page.attachment.path == invoices / "po.pdf", timeout=TIMEOUT_MS)

    seen = answer_file_dialog(None)
    qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    assert seen[0].folder == invoices  # where the user went last time

    # Kept for the next run, and used by every dialog (the CSV export's too).
    assert AppSettings(tmp_path / "data").last_folder() == invoices
    remember_folders_in(AppSettings(tmp_path / "data"))
    dialog = file_dialog(None, "Export", ["CSV files (*.csv)"], save=True)
    assert Path(dialog.directory().absolutePath()) == invoices
    dialog.deleteLater()

    # A remembered folder that is gone: Documents again, never the working folder.
    (invoices / "po.pdf").unlink()
    invoices.rmdir()
    seen = answer_file_dialog(None)
    qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    assert seen[0].folder == home / "Documents"


def test_file_dialog_speaks_polish_and_its_columns_fit(
    qtbot: QtBot, ctx: AppContext, home: Path, polish: None
) -> None:
    page = _page(qtbot, ctx)
    assert page.attachment.choose.text() == "WYBIERZ"
    seen = answer_file_dialog(None)
    qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    labels = seen[0].labels
    assert "&Szukaj w:" in labels and "Pliki &typu:" in labels, labels
    assert "Nazwa &pliku:" in labels
    titles = [title for title, _width, _needs in seen[0].columns]
    assert titles == ["Nazwa", "Rozmiar", "Rodzaj", "Data modyfikacji"]
    for title, width, needs in seen[0].columns:
        assert width >= needs, f"{title} clipped: {width} < {needs}"

    # Whatever width Qt restored from its own settings: fitted again when shown.
    dialog = file_dialog(page, "Wybierz", ["Wszystkie pliki (*)"])
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    assert view is not None
    view.header().resizeSection(1, 20)
    dialog.hide()
    dialog.show()
    for title, width, needs in columns_of(dialog):
        assert width >= needs, f"{title} clipped: {width} < {needs}"
    folder_kind = QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
    assert folder_kind == "Katalog"  # the Type column of a folder, in Polish too
    dialog.reject()
