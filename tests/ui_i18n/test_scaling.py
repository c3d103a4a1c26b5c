"""A system font one size larger (and the 150%/200% window that goes with it): every page in
both languages and looks, nothing cut off."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.app.theme import ThemeManager
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui_i18n.clipping import clipped


@pytest.mark.parametrize("font_scale", [1.25, 1.5])
def test_larger_fonts_cut_no_text_off_on_any_page(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    switcher: LanguageSwitcher,
    font_scale: float,
) -> None:
    looks = ThemeManager("dark", font_scale=font_scale)
    session = start_app(portal_url)
    window = session.window
    try:
        looks.apply()
        window.resize(1280, 720)  # a 1920x1080 screen at 150%
        window.show()
        wait_for_rows(qtbot, session)
        problems = {}
        for language in ("pl", "en"):
            switcher.switch(language)
            for key in window.page_keys():
                window.show_page(key)
                try:  # item views place the widgets in their cells a moment after a layout
                    qtbot.waitUntil(lambda: not clipped(window), timeout=3000)
                except qtbot.TimeoutError:
                    problems[f"{language}:{key}"] = clipped(window)
        assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())
    finally:
        looks.choose("light")
        looks.font_scale = 1.0
