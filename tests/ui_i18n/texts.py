"""What a user sees, read off the real widgets; and the English the Polish catalogue replaces."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Without mnemonics, markup and surrounding space."""
    text = TAG.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("&nbsp;", " ").strip()


@cache
def catalogue(name: str = "supplier_desk_pl.ts") -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message."""
    found = []
    for ctx in ET.parse(ROOT / "i18n" / name).getroot().iter("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            forms = [] if tr is None else tr.findall("numerusform")
            texts = (
                [f.text or "" for f in forms]
                if forms
                else [(tr.text or "") if tr is not None else ""]
            )
            found.append((ctx.findtext("name") or "", msg.findtext("source") or "", texts))
    return found


def _pattern(text: str) -> re.Pattern[str]:
    parts = PLACEHOLDER.split(plain(text))
    return re.compile(r"\s*" + r".+?".join(re.escape(p) for p in parts) + r"\s*", re.DOTALL)


@cache
def words_of(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """Patterns of the texts only `language` says: English sources whose Polish differs, or
    those Polish translations. A visible text matching one is in that language."""
    out = []
    for _ctx, source, texts in catalogue():
        for text in texts:
            if not text or plain(text) == plain(source):
                continue
            said = source if language == "en" else text
            if len(PLACEHOLDER.sub("", plain(said)).strip()) < 3:
                continue  # "{n} min": too little of its own to tell
            out.append((said, _pattern(said)))
            break
    return out


def in_language(text: str, language: str) -> str | None:
    """The catalogue text `text` is (one of `language`'s own), else None."""
    flat = plain(text)
    if not flat:
        return None
    for said, pattern in words_of(language):
        if pattern.fullmatch(flat):
            return said
    return None


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def visible_texts(root: QWidget, *, hidden_texts: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear under `root`: labels, buttons,
    placeholders, titles, headers, menus, and (`hidden_texts`) tooltips and accessible names."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str | None) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__}#{widget.objectName()}.{kind}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not shown(w) and not isinstance(w, QMenu):
            continue
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        if isinstance(w, QLabel | QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
        if isinstance(w, QMenuBar | QMenu):
            for action in w.actions():
                add(w, "action", action.text())
                if action.menu() is not None:
                    add(w, "menu", action.menu().title())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for section in range(model.columnCount()):
                add(w, f"header{section}", model.headerData(section, Qt.Orientation.Horizontal))
        if hidden_texts:
            add(w, "toolTip", w.toolTip())
            add(w, "accessibleName", w.accessibleName())
            add(w, "accessibleDescription", w.accessibleDescription())
    return out


def speaking(root: QWidget, language: str, **kwargs: bool) -> list[str]:
    """The visible texts under `root` that are in `language` (words only it says)."""
    return [
        f"{where}: {text!r} (= {said!r})"
        for where, text in visible_texts(root, **kwargs)
        if (said := in_language(text, language)) is not None
    ]
