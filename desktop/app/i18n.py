"""Language: the OS locale unless --lang says otherwise; our .qm plus Qt's own qtbase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parents[1] / "translations"
LANGUAGES = ("en", "pl")

# Qt's own strings that its catalogue misses in Qt 6: labels that gained a mnemonic ("&Look in:";
# qtbase_pl.qm still has "Look in:") and file kinds that moved from QFileDialog to
# QAbstractFileIconProvider. Without these Qt's file dialog shows them in English.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "pl": {
        ("QFileDialog", "&Look in:"): "&Szukaj w:",
        ("QFileDialog", "Files of &type:"): "Pliki &typu:",
    },
}
MOVED_QT_CONTEXTS = {"QAbstractFileIconProvider": "QFileDialog"}


def closest_language(name: str | None) -> str | None:
    """ "pl_DE" -> "pl", "en-PL" -> "en", "PL" -> "pl"; None for "C", "de_DE" or rubbish."""
    if not name:
        return None
    first = name.replace("-", "_").split("_")[0].split(".")[0].strip().lower()
    return first if first in LANGUAGES else None


def pick_language(requested: str | None, saved: str | None = None) -> str:
    """--lang, else the language chosen in the app (settings), else the OS's, else English.
    Whatever we do not have is passed over quietly; the log says so."""
    if requested:
        found = closest_language(requested)
        if found:
            return found
        log.info("language %r asked for is not available; trying the next choice", requested)
    if saved:
        found = closest_language(saved)
        if found:
            return found
        log.info("the settings name language %r, which is not available", saved)
    system = QLocale.system().name()
    found = closest_language(system)
    if found is None:
        log.info("no translation for the system locale %r; using English", system)
        return "en"
    return found


def locale_for(language: str) -> QLocale:
    """The OS locale when it speaks this language (keeps its date formats), else a default."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "pl":
        return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class QtGapsTranslator(QTranslator):
    """Answers only what the translators installed after it left open (Qt asks the last
    installed first): the `QT_GAPS` table, then a moved context looked up where Qt's
    catalogue still has it."""

    def __init__(self, language: str, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._gaps = QT_GAPS.get(language, {})
        self._qt = qt

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:  # type: ignore[override]
        # None (a null QString), never "": PySide's tr() asks again in the base classes'
        # contexts when a translation equals its source ("Status" -> "Status"), and an empty
        # answer there would blank the text.
        found = self._gaps.get((context, source))
        if found:
            return found
        old = MOVED_QT_CONTEXTS.get(context)
        if old is not None:
            return self._qt.translate(old, source, disambiguation, n) or None
        return None


class Translations:
    """Installs and removes the translators for one language."""

    def __init__(self, qm_dir: Path | None = None) -> None:
        self._qm_dir = qm_dir or QM_DIR
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> str:
        """The language now spoken: `language`, or English when its catalogue is missing."""
        app = QCoreApplication.instance()
        assert app is not None
        self.remove()
        self.language = language
        QLocale.setDefault(locale_for(language))
        ours = QTranslator(app)
        if ours.load(str(self._qm_dir / f"supplier_desk_{language}.qm")):
            self._installed.append(ours)
        elif language != "en":
            # The closest language we have is the source language: English throughout,
            # rather than English words under Polish dates.
            log.warning(
                "no compiled translation for %s (run scripts/build_translations.py); using English",
                language,
            )
            return self.install("en")
        else:
            log.info("no compiled English plurals (run scripts/build_translations.py)")
        # English is the source language: its .qm only holds the plural forms.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
            # Installed first, so asked last: it fills only what the others miss.
            self._installed.insert(0, QtGapsTranslator(language, qt, app))
            self._installed.append(qt)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        return language

    def installed(self) -> bool:
        return bool(self._installed)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"  # the source language is what is left
        QLocale.setDefault(QLocale.system())
