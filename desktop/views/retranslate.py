"""One retranslation hook for every screen (after Frescobaldi's `translateUI(obj)`).

A screen mixes in `Retranslating` before its Qt class. On a live language switch Qt sends the
widget a LanguageChange event; the mixin then calls the form's `ui.retranslateUi(self)` (when
the screen has a Designer form) and the screen's own `retranslate()` for the words it sets in
Python. No screen writes its own `changeEvent` for this.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before QWidget/QDialog/QWizardPage: `class Page(Retranslating, QWidget)`."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            ui: Any = getattr(self, "ui", None)
            if ui is not None and hasattr(ui, "retranslateUi"):
                ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        """The words this screen sets in Python; the form's own are already done."""
