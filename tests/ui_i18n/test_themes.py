"""Dark and high-contrast looks: they load, recolour, follow the OS live, and every status word
keeps a contrast of at least 4.5:1 on the surfaces it is shown on (WCAG AA for text); the
chart's bars and the status dots keep 3:1 against what they touch (WCAG 1.4.11, graphics)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from desktop.app.resources import ICONS
from desktop.app.theme import ENV, Theme, ThemeManager, parse_theme
from desktop.domain.types import RelationshipStatus
from desktop.models.relationships_model import Column, RelationshipsModel
from desktop.views.widgets.status_chart import StatusChart
from tests.ui.relationship_rows import CacheSource, cache_with, column
from tests.ui.test_relationships_models import ROWS
from tests.ui_i18n.qss_colours import contrast, rules

# Status words and links, each shown on one of the SURFACES below.
STATUS_WORDS = [
    *(f'QLabel#outcomeText[tone="{t}"]' for t in ("good", "warn", "bad", "info")),
    *(f'QLabel#invoiceStatus[tone="{t}"]' for t in ("good", "warn", "bad", "info")),
    "QLabel#errorLabel",
    'QLabel#errorLabel[tone="good"]',
    "QLabel#formError",
    'QLabel#charCounter[over="true"]',
    "QLabel#verifyProblem",
    'QLabel#verifyFileNote[tone="bad"]',
    'QLabel#verifyFileNote[tone="info"]',
    "QLabel#verifyBusy",
    'QLabel#verifyTimeLeft[urgent="true"]',
    'QLabel#customerSearchStatus[offline="true"]',
    "QLabel#offlineNote",
    "QLabel#muted",
    'QToolButton[role="link"]',
    'QPushButton[role="link"]',
    'QPushButton[role="cardAction"]',
]
SURFACES = [
    'QWidget[page="true"]',
    "QFrame#card",
    "QFrame#headerBar",
    "QDialog#signInDialog",
    "QDialog#invoiceDetailDialog",
]
# (text, background) pairs that live on their own surface.
OWN_SURFACE = [
    ("QLabel#offlineMessage", "QFrame#offlineBanner"),
    ("QLabel#failureTitle", "QFrame#failureBox"),
    ('QLabel#workflowStep[state="current"]', "QWidget#verificationSidePanel"),
    ("QLabel#workflowStep", "QWidget#verificationSidePanel"),
    ('QLabel#workflowText[state="current"]', "QWidget#verificationSidePanel"),
]

# The chart's bar colours (StatusChart's qproperty-*Color) and what a bar touches: the section
# the chart sits in, and the empty part of its own track.
CHART_TONES = ("good", "warn", "bad", "info", "neutral")
CHART_SURFACE = "QFrame#section"
# The status dots (the same SVGs in every look) and the backgrounds they are drawn on: table
# rows and their alternate rows, the status bar, the invoice detail's timeline.
DOTS = ("dot-active", "dot-pending", "dot-rejected", "dot-open", "dot-neutral")
DOT_BACKGROUNDS = [
    ("QTableView", "background"),
    ("QTableView", "alternate-background-color"),
    ("QStatusBar", "background"),
    ("QDialog#invoiceDetailDialog", "background"),
]
GRAPHICS = 3.0


def dot_colour(name: str) -> str:
    fill = re.search(r'fill="(#[0-9a-fA-F]{6})"', (ICONS / f"{name}.svg").read_text())
    assert fill, name
    return fill.group(1)


@pytest.fixture
def themes(qapp: QApplication) -> Iterator[list[ThemeManager]]:
    made: list[ThemeManager] = []
    yield made
    for manager in made:
        manager.choose("light")
        manager.deleteLater()


@pytest.mark.parametrize("theme", list(Theme))
def test_every_status_word_keeps_contrast_on_every_surface(theme: Theme) -> None:
    found = rules(theme)
    weak = []
    for word in STATUS_WORDS:
        for surface in SURFACES:
            fg, bg = found[word]["color"], found[surface]["background"]
            if (ratio := contrast(fg, bg)) < 4.5:
                weak.append(f"{word} {fg} on {surface} {bg}: {ratio:.2f}")
    for word, surface in OWN_SURFACE:
        fg, bg = found[word]["color"], found[surface]["background"]
        if (ratio := contrast(fg, bg)) < 4.5:
            weak.append(f"{word} {fg} on {surface} {bg}: {ratio:.2f}")
    assert not weak, "\n".join(weak)


@pytest.mark.parametrize("theme", list(Theme))
def test_chart_bars_and_status_dots_stand_out_in_every_look(theme: Theme) -> None:
    found = rules(theme)
    chart = found["StatusChart"]
    touching = {
        CHART_SURFACE: found[CHART_SURFACE]["background"],
        "track": chart["qproperty-trackColor"],
    }
    weak = []
    for tone in CHART_TONES:
        bar = chart[f"qproperty-{tone}Color"]
        for where, bg in touching.items():
            if (ratio := contrast(bar, bg)) < GRAPHICS:
                weak.append(f"chart {tone} {bar} on {where} {bg}: {ratio:.2f}")
    for dot in DOTS:
        fill = dot_colour(dot)
        for selector, prop in DOT_BACKGROUNDS:
            rule = found.get(selector, {})
            bg = rule.get(prop) or rule.get("background")
            assert bg, f"{theme}: no {prop} for {selector}"
            if (ratio := contrast(fill, bg)) < GRAPHICS:
                weak.append(f"{dot} {fill} on {selector} {prop} {bg}: {ratio:.2f}")
    assert not weak, "\n".join(weak)


@pytest.mark.parametrize("theme", list(Theme))
def test_the_chart_paints_with_the_looks_colours(
    qtbot: QtBot, themes: list[ThemeManager], theme: Theme
) -> None:
    """What the contrast check reads is what the chart is given by the style sheet."""
    manager = ThemeManager(theme.value)
    themes.append(manager)
    manager.apply()
    section = QFrame()
    section.setObjectName("section")
    qtbot.addWidget(section)
    chart = StatusChart(section)
    QVBoxLayout(section).addWidget(chart)
    section.show()
    chart.ensurePolished()
    sheet = rules(theme)["StatusChart"]
    for tone in (*CHART_TONES, "track"):
        painted = chart.property(f"{tone}Color").name()
        assert painted == sheet[f"qproperty-{tone}Color"].lower(), (theme, tone)


@pytest.mark.parametrize(
    ("theme", "bad_word"),
    [(Theme.LIGHT, "#b3261e"), (Theme.DARK, "#ff7b72"), (Theme.HIGH_CONTRAST, "#ff9e9e")],
)
def test_each_look_loads_and_recolours_the_widgets(
    qtbot: QtBot, qtlog, themes: list[ThemeManager], theme: Theme, bad_word: str
) -> None:  # type: ignore[no-untyped-def]
    manager = ThemeManager(theme.value)
    themes.append(manager)
    assert manager.apply() == theme
    card = QFrame()
    card.setObjectName("card")
    qtbot.addWidget(card)
    outcome = QLabel("Rejected by the customer", card)
    outcome.setObjectName("outcomeText")
    outcome.setProperty("tone", "bad")
    QVBoxLayout(card).addWidget(outcome)
    card.show()
    outcome.ensurePolished()
    assert outcome.palette().color(QPalette.ColorRole.WindowText).name() == bad_word
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert (window.lightness() < 60) == (theme != Theme.LIGHT)  # unstyled controls follow
    unparsed = [r.message for r in qtlog.records if "parse" in r.message.lower()]
    assert not unparsed, unparsed


def test_the_look_follows_the_os_while_the_app_runs(themes: list[ThemeManager]) -> None:
    manager = ThemeManager(None)
    themes.append(manager)
    assert manager.apply() == Theme.LIGHT
    hints = QGuiApplication.styleHints()
    # What the OS tells Qt when the user switches it to dark mode, then asks for contrast.
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert manager.theme == Theme.DARK
    assert "#11161d" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert manager.theme == Theme.HIGH_CONTRAST
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert manager.theme == Theme.LIGHT


def test_a_chosen_look_wins_over_the_os_and_nonsense_is_ignored(
    themes: list[ThemeManager], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(ENV, "high_contrast")
    manager = ThemeManager("dark")
    themes.append(manager)
    assert manager.apply() == Theme.HIGH_CONTRAST  # the environment first, then the setting
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert manager.theme == Theme.HIGH_CONTRAST
    with caplog.at_level(logging.INFO):
        assert parse_theme("purple") is None
    assert "purple" in caplog.text
    monkeypatch.delenv(ENV)
    assert ThemeManager("purple").wanted() == Theme.LIGHT  # follows the OS (light offscreen)


def test_a_status_dot_always_has_its_word_beside_it(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    cache = cache_with(tmp_path / "c.sqlite", ROWS)
    model = RelationshipsModel(CacheSource(cache))
    model.set_status_icons({s: QIcon() for s in RelationshipStatus})
    model.reload()
    words = column(qtbot, model, Column.STATUS)
    cache.close()
    assert len(words) == len(ROWS)
    for word in words:
        assert word in {"Active", "Pending", "Rejected"}
