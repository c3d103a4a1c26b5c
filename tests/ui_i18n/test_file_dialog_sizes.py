"""Qt's file dialog under a Polish window on a system of another language: sizes in Polish
("9,04 KiB", "5 bajty"), not the system's "9.04 KiB" and "bytes"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.views.file_dialogs import file_dialog


def test_the_file_dialog_writes_sizes_the_polish_way(
    qtbot: QtBot, switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    switcher.switch("pl")
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "klienci.csv").write_bytes(b"x" * 9257)
    (folder / "maly.csv").write_bytes(b"x" * 5)
    dialog = file_dialog(None, "Otwórz", ["*.csv"])
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(folder))
    dialog.setViewMode(dialog.ViewMode.Detail)
    dialog.show()
    view = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    model = view.model()

    def sizes() -> dict[str, str]:
        root = view.rootIndex()
        return {
            model.index(r, 0, root).data(): model.index(r, 1, root).data()
            for r in range(model.rowCount(root))
        }

    qtbot.waitUntil(lambda: len(sizes()) == 2, timeout=10000)  # read by a Qt thread
    found = sizes()
    assert found["klienci.csv"] == "9,04 KiB", found
    assert "byte" not in found["maly.csv"] and found["maly.csv"].startswith("5 "), found
    dialog.close()
