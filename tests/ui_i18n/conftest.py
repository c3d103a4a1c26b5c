"""A signed-in session against the real sandbox portal (tests/ui's fixtures), and a language
switcher remembering into the session's settings; English again after every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.i18n import QM_DIR, Translations
from desktop.app.language import LanguageSwitcher, install_switcher
from desktop.app.settings import AppSettings
from tests.ui.conftest import memory_keyring, start_app  # noqa: F401 - fixtures


@pytest.fixture
def switcher(qapp, tmp_path: Path) -> Iterator[LanguageSwitcher]:  # type: ignore[no-untyped-def]
    if not (QM_DIR / "supplier_desk_pl.qm").exists():
        from scripts.build_translations import main as build

        build()
    made = LanguageSwitcher(Translations(), AppSettings(tmp_path / "data"))
    install_switcher(made)
    made.start("en")
    yield made
    made.translations.remove()
    install_switcher(None)
