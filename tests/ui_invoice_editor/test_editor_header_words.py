"""The invoice lines' column titles are shown whole in the house style, whose headers are
semi-bold with 8 px of padding each side ("VAT category" was cut to "/AT category")."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.resources import style_sheet
from tests.ui.conftest import StartApp
from tests.ui_invoice_editor.editor_driver import TIMEOUT_MS, open_editor

PADDING = 2 * 8  # QHeaderView::section { padding: 5px 8px }


def test_line_column_titles_fit_in_the_styled_header(
    qtbot: QtBot, start_app: StartApp, editor_portal
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    try:
        session = start_app(editor_portal.base_url)
        session.window.show()
        qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
        editor = open_editor(qtbot, session)
        header = editor.ui.linesView.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        for column, word in enumerate(editor.model.headers[1:], start=1):
            needed = metrics.horizontalAdvance(word) + PADDING
            assert header.sectionSize(column) >= needed, (word, header.sectionSize(column), needed)
        editor.reject()
    finally:
        app.setStyleSheet(before)
