"""Language: the OS locale unless --lang says otherwise; our .qm plus Qt's own qtbase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parents[1] / "translations"
LANGUAGES = ("en", "pl")


def pick_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested  # type: ignore[return-value]
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def locale_for(language: str) -> QLocale:
    """The OS locale when it speaks this language (keeps its date formats), else a default."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "pl":
        return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class Translations:
    """Installs and removes the translators for one language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> str:
        app = QCoreApplication.instance()
        assert app is not None
        self.remove()
        self.language = language
        QLocale.setDefault(locale_for(language))
        ours = QTranslator(app)
        if ours.load(str(QM_DIR / f"supplier_desk_{language}.qm")):
            self._installed.append(ours)
        else:
            log.warning(
                "no compiled translation for %s (run scripts/build_translations.py)", language
            )
        # English is the source language: its .qm only holds the plural forms.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        return language

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale.system())
