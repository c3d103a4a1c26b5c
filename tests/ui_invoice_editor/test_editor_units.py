"""The unit combo finds a UN/ECE Rec. 20 unit by part of its name in the user's language or
by its code; what is not a listed unit is refused at the line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop.models.invoice_lines_model import COLUMNS, ProblemRole
from tests.ui.conftest import StartApp
from tests.ui_invoice_editor.editor_driver import TIMEOUT_MS, open_editor


@pytest.mark.parametrize(
    ("language", "typed", "code"),
    [("en", "kilog", "KGM"), ("pl", "godz", "HUR"), ("en", "MTQ", "MTQ")],
    indirect=["language"],
)
def test_a_unit_is_found_by_name_or_code(
    qtbot: QtBot, start_app: StartApp, editor_portal, language: str, typed: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    view = editor.ui.linesView
    index = editor.model.index(0, COLUMNS.index("unit"))
    view.setCurrentIndex(index)
    view.edit(index)
    combo = QApplication.focusWidget()
    if not isinstance(combo, QComboBox):
        combo = combo.parent()  # the combo's line edit has the focus
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=TIMEOUT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    view.commitData(combo)
    assert editor.model.data(index, Qt.ItemDataRole.EditRole) == code
    assert editor.model.data(index, ProblemRole) is None
    editor.reject()
