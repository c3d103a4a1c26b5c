"""Bad input for the language: an OS locale we do not know, a settings file naming a language
we do not have, a missing catalogue. The app takes the closest language it has, quietly; the
log says why."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.app.i18n import Translations, pick_language
from desktop.app.language import LanguageSwitcher
from desktop.app.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import logging, sys\n"
    "logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='LOG %(message)s')\n"
    "from desktop.app.i18n import pick_language, locale_for\n"
    "language = pick_language(None)\n"
    "print('LANGUAGE', language, locale_for(language).language().name)\n"
)


@pytest.mark.parametrize(
    ("os_locale", "language", "noted"),
    [
        ("pl_DE.UTF-8", "pl", False),  # Polish spoken in Germany: Polish
        ("en_PL.UTF-8", "en", False),  # English in Poland: English
        ("C", "en", True),  # no language at all: English, and the log says so
        ("de_DE.UTF-8", "en", True),  # a language we do not have
    ],
)
def test_the_os_locale_picks_the_closest_language(
    os_locale: str, language: str, noted: bool
) -> None:
    env = {**os.environ, "LC_ALL": os_locale, "LANG": os_locale, "LANGUAGE": ""}
    run = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    said = [line for line in run.stdout.splitlines() if line.startswith("LANGUAGE")]
    assert said and said[0].split()[1] == language
    expected = "Polish" if language == "pl" else "English"
    assert said[0].split()[2] == expected  # dates and numbers in that language too
    assert ("LOG" in run.stdout) == noted
    assert "Traceback" not in run.stderr


def test_a_settings_file_naming_a_language_we_do_not_have(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=tlh\n", encoding="utf-8")
    settings = AppSettings(tmp_path)
    assert settings.language() == "tlh"
    with caplog.at_level(logging.INFO):
        chosen = pick_language(None, settings.language())
    assert chosen in ("en", "pl")  # the OS's, as if nothing had been chosen
    assert "tlh" in caplog.text
    # A language code with a region in it is still understood.
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=pl_PL\n", encoding="utf-8")
    assert pick_language(None, AppSettings(tmp_path).language()) == "pl"


def test_a_missing_catalogue_leaves_the_app_in_english(
    qapp, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qm_dir=tmp_path)  # no .qm files here
    try:
        with caplog.at_level(logging.WARNING):
            spoken = translations.install("pl")
        assert spoken == "en"
        assert "no compiled translation for pl" in caplog.text
        assert QLocale().language() == QLocale.Language.English  # no Polish dates under English
        assert QCoreApplication.translate("NavBar", "&Home") == "&Home"
    finally:
        translations.remove()


def test_switching_to_a_language_we_do_not_have_changes_nothing(
    switcher: LanguageSwitcher, tmp_path: Path
) -> None:
    switcher.switch("pl")
    assert switcher.switch("de") == "pl"
    assert QCoreApplication.translate("NavBar", "&Home") != "&Home"
    assert AppSettings(tmp_path / "data").language() == "pl"  # the last real choice stays
