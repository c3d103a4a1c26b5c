"""QWizard's own buttons (Back, Next, Finish, Cancel) in the language spoken now.

QWizard words its buttons from Qt's catalogue (qtbase) when it is made and never again: after
a language switch they stayed in the old language. These are QWizard's own source texts, per
wizard style, so Qt's catalogue gives them again in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

Button = QWizard.WizardButton
# Each button's possible source texts in QWizard (classic/modern, Vista, macOS styles).
_SOURCES: dict[QWizard.WizardButton, tuple[str, ...]] = {
    Button.BackButton: ("< &Back", "&Back", "Go Back"),
    Button.NextButton: ("&Next >", "&Next", "Continue"),
    Button.FinishButton: ("&Finish", "Done"),
    Button.CancelButton: ("Cancel",),
    Button.HelpButton: ("&Help", "Help"),
}


def _qt_words(source: str) -> str:
    return QCoreApplication.translate("QWizard", source)


class WizardButtonWords:
    """Remembers which of QWizard's texts each button shows, to say it again after a switch."""

    def __init__(self, wizard: QWizard) -> None:
        self.wizard = wizard
        self.sources: dict[QWizard.WizardButton, str] = {}
        for which, sources in _SOURCES.items():
            shown = wizard.buttonText(which)
            found = next((s for s in sources if shown in (s, _qt_words(s))), None)
            if found is not None:
                self.sources[which] = found

    def retranslate(self) -> None:
        for which, source in self.sources.items():
            self.wizard.setButtonText(which, _qt_words(source))
