"""Exporting an invoice to a place that cannot be written says so in the user's language and
reports nothing as exported (was: a traceback from the slot, and a PDF silently not written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.document_export import save_document
from tests.einvoice_core.builders import invoice
from tests.file_dialog_driver import answer_file_dialog


def _close_warning(said: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _close_warning(said))
        return
    said.append(box.text())
    box.button(QMessageBox.StandardButton.Ok).click()


@pytest.mark.parametrize("kind", ["pdf", "ubl"])
def test_an_export_to_a_folder_that_is_gone_is_told_not_raised(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "gone" / f"out.{'pdf' if kind == 'pdf' else 'xml'}"
    answer_file_dialog(target)  # a folder that is not there (an unplugged drive, a share gone)
    said: list[str] = []
    QTimer.singleShot(0, lambda: _close_warning(said))
    written = save_document(parent, invoice(), kind)
    assert written is None
    assert len(said) == 1 and "out." in said[0] and "could not be written" in said[0]
    assert not target.exists()


def test_a_pdf_export_writes_a_whole_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "invoice.pdf"
    answer_file_dialog(target)
    assert save_document(parent, invoice(), "pdf") == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
