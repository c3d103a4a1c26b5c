"""A data folder that cannot be made: a message in the user's language, exit 1, no traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.main import main


def test_unusable_data_dir_is_told_not_raised(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # main() starts its log there
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    seen: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, answer_the_box)

    QTimer.singleShot(20, answer_the_box)
    try:
        code = main(["--data-dir", str(blocker / "data"), "--portal", "http://127.0.0.1:9"])
    finally:
        for handler in set(root.handlers) - set(handlers):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert code == 1
    assert seen == [
        f"Supplier Desk cannot keep its data in {blocker / 'data'}. "
        "Choose another folder with --data-dir."
    ]
