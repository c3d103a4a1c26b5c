"""A disabled control looks disabled under the app's style sheet (the wizard's Back, for one)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from desktop.app.resources import style_sheet


def darkest(widget: QWidget, parent: QWidget) -> int:
    """Lightness of the darkest pixel inside the widget: its text."""
    image = parent.grab().toImage()
    rect = widget.geometry()
    top_left = widget.mapTo(parent, rect.topLeft() - widget.pos())
    return min(
        QColor(image.pixel(top_left.x() + x, top_left.y() + y)).lightness()
        for x in range(2, rect.width() - 2)
        for y in range(2, rect.height() - 2)
    )


def test_a_disabled_button_is_lighter_than_an_enabled_one(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    try:
        wizard = QWizard()
        qtbot.addWidget(wizard)
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        wizard.show()
        wizard.next()
        back = wizard.button(QWizard.WizardButton.BackButton)
        cancel = wizard.button(QWizard.WizardButton.CancelButton)
        back.setEnabled(False)
        assert isinstance(cancel, QPushButton) and cancel.isEnabled()
        # The enabled button's text is dark; the disabled one's clearly lighter.
        assert darkest(back, wizard) > darkest(cancel, wizard) + 60
    finally:
        app.setStyleSheet(before)
