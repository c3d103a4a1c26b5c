"""What a damaged installation lacks, found at start so the app can say so and carry on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.app.i18n import QM_DIR


def damaged_translation(language: str) -> Path | None:
    """Our .qm for `language` when Qt cannot load it (missing or damaged); English needs none."""
    if language == "en":
        return None
    path = QM_DIR / f"supplier_desk_{language}.qm"
    return None if QTranslator().load(str(path)) else path


def damaged_translation_text(path: Path) -> str:
    return QCoreApplication.translate(
        "Main",
        "The translation file {file} is missing or damaged, so Supplier Desk shows its own "
        "words in English. Reinstall Supplier Desk to repair it.",
    ).format(file=str(path))


def requested_language(asked: str | None, data_dir: Path) -> str:
    """The language the user wants (--lang, else the one chosen in the app, else the OS's),
    even where the app had to fall back to English for want of its translation."""
    from desktop.app.i18n import pick_language
    from desktop.app.settings import AppSettings

    return pick_language(asked, AppSettings(data_dir).language())
