"""Switching the language while the app runs, without a restart and without losing input.

The switcher swaps the translators (ours and Qt's qtbase), sets the default QLocale (dates,
numbers and amounts follow), then lets every widget hear ONE `QEvent.LanguageChange` (Qt
would send one per translator added or removed): each widget that holds text answers it in
`changeEvent` with its `retranslate()` (or a form's `retranslateUi`). Item models are not
widgets and never hear it, so the switcher asks every view's model to say that its headers
and data changed: the views ask again, in the new language, and sorted proxies re-sort.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication
from shiboken6 import isValid

from desktop.app.i18n import LANGUAGES, Translations
from desktop.app.settings import AppSettings

log = logging.getLogger(__name__)

# Each language named in itself, as language menus do: a user who cannot read the current
# language still finds their own.
LANGUAGE_NAMES = {"en": "English", "pl": "Polski"}


class _OneLanguageChange(QObject):
    """Swallows the LanguageChange events Qt sends the application while translators change."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange and watched is QCoreApplication.instance()


@contextmanager
def one_language_change() -> Iterator[None]:
    """Within: no LanguageChange reaches the widgets. After: exactly one, delivered at once."""
    app = QCoreApplication.instance()
    assert app is not None
    quiet = _OneLanguageChange()
    app.installEventFilter(quiet)
    try:
        yield
    finally:
        app.removeEventFilter(quiet)
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        # QApplication posts it on to every top-level window; deliver those now, so the whole
        # UI speaks the new language when switch() returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def root_model(model: QAbstractItemModel) -> QAbstractItemModel:
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def announce_texts_changed(model: QAbstractItemModel, parent: QModelIndex | None = None) -> None:
    """Headers and every cell may read differently now (language, date and number formats)."""
    parent = parent or QModelIndex()
    rows = model.rowCount(parent)
    # A list model keeps columnCount private: one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    if not parent.isValid() and columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(
            model.index(0, 0, parent), model.index(rows - 1, columns - 1, parent)
        )
        if isinstance(model, QAbstractListModel | QAbstractTableModel):
            return  # flat: no children to tell about
        for row in range(rows):
            child = model.index(row, 0, parent)
            if model.hasChildren(child):
                announce_texts_changed(model, child)


def refresh_item_views() -> int:
    """Every view's model (its source, below proxies) announces new texts; how many models."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 0
    seen: set[int] = set()
    for widget in app.allWidgets():
        if not isinstance(widget, QAbstractItemView) or not isValid(widget):
            continue
        view_model = widget.model()
        if view_model is None or not isValid(view_model):
            continue  # a view whose model went before it: nothing to tell
        model = root_model(view_model)
        if id(model) in seen or not isValid(model):
            continue
        seen.add(id(model))
        words_again = getattr(model, "retranslate", None)
        if callable(words_again):  # a model keeping words or formats cached renews them first
            words_again()
        announce_texts_changed(model)
    return len(seen)


class LanguageSwitcher(QObject):
    """The one place that changes the language; remembered in the settings when chosen."""

    language_changed = Signal(str)

    def __init__(
        self, translations: Translations | None = None, settings: AppSettings | None = None
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self.translations = translations or Translations()
        self.settings = settings

    @property
    def language(self) -> str:
        return self.translations.language

    def start(self, language: str) -> str:
        """At start-up, before any window: no events to spare, nothing to remember."""
        return self.translations.install(language)

    def switch(self, language: str, *, remember: bool = True) -> str:
        """Speak `language` from now on, in every open window; the language now spoken."""
        if language not in LANGUAGES:
            log.info("language %r is not available; staying with %s", language, self.language)
            return self.language
        if remember and self.settings is not None:
            self.settings.set_language(language)
        if language == self.language and self.translations.installed():
            return language
        with one_language_change():
            spoken = self.translations.install(language)
        models = refresh_item_views()
        log.info("language switched to %s (%d item models refreshed)", spoken, models)
        self.language_changed.emit(spoken)
        return spoken

    def settle_settings(self, settings: AppSettings) -> None:
        """From now on remember choices in `settings` (a session knows its data folder)."""
        self.settings = settings


_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    """The application's switcher (made on first use: a test or a script without main())."""
    global _switcher
    if _switcher is None or not _alive(_switcher):
        _switcher = LanguageSwitcher()
    return _switcher


def install_switcher(switcher_: LanguageSwitcher | None) -> LanguageSwitcher | None:
    """The app's switcher from now on (None: the next `switcher()` makes a fresh one)."""
    global _switcher
    _switcher = switcher_
    return switcher_


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # its C++ side went with an earlier QApplication
        return False
    return True


class Texts:
    """A widget's translated texts, each said once and said again on a language change:
    `texts.say(label.setText, lambda: self.tr("Status:"))` sets it now; `texts.again()` in
    `retranslate()` sets every one in the language now installed."""

    def __init__(self) -> None:
        self._said: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def say(self, setter: Callable[[str], object], words: Callable[[], str]) -> None:
        self._said.append((setter, words))
        setter(words())

    def again(self) -> None:
        for setter, words in self._said:
            setter(words())
