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
