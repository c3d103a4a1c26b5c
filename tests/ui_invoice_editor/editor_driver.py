"""Drives the invoice editor as a user would: open it from the window, type into its fields
and lines, press its buttons; waits on what the editor shows, never on timers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.models.invoice_lines_model import COLUMNS
from desktop.views.dialogs.invoice_editor_dialog import InvoiceEditorDialog

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def open_editor(qtbot: QtBot, session, **kwargs) -> InvoiceEditorDialog:  # type: ignore[no-untyped-def]
    window = session.window
    if kwargs:
        window.create_invoice(**kwargs)
    else:
        qtbot.mouseClick(window.pages["home"].create_invoice_button, Qt.MouseButton.LeftButton)
    editor = window.invoice_editor
    assert isinstance(editor, InvoiceEditorDialog)
    qtbot.waitUntil(lambda: editor.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    return editor


def type_cell(qtbot: QtBot, editor: InvoiceEditorDialog, row: int, column: str, text: str) -> None:
    """Type into a line's cell through its editor widget, keystroke by keystroke."""
    view = editor.ui.linesView
    index = editor.model.index(row, COLUMNS.index(column))
    view.setCurrentIndex(index)
    view.edit(index)
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), type(widget)
    widget.selectAll()
    widget.del_()
    qtbot.keyClicks(widget, text)
    view.commitData(widget)
    view.setFocus()


def type_field(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def fill_simple_invoice(qtbot: QtBot, editor: InvoiceEditorDialog) -> None:
    type_cell(qtbot, editor, 0, "description", "Copy paper A4, 500 sheets")
    type_cell(qtbot, editor, 0, "quantity", "10")
    type_cell(qtbot, editor, 0, "price", "12.50")
    type_field(qtbot, editor.fields.edit("buyer_reference"), "PO-2026-17")


def press_check(qtbot: QtBot, editor: InvoiceEditorDialog):  # type: ignore[no-untyped-def]
    """Check, and the result the editor showed."""
    with qtbot.waitSignal(editor.commands.checked, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(editor.ui.checkButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]
