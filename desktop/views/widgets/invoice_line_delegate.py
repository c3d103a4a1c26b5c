"""Editors for the invoice lines: a searchable unit combo (code or name, English or the
user's language), a VAT category combo, and line edits that commit every keystroke so the
totals follow the typing. A cell that does not pass or that a finding names is tinted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.invoice_codes import UNITS, VAT_CATEGORIES
from desktop.domain.invoice_form import TEXT_MAX
from desktop.models.invoice_lines_model import COLUMNS, MarkRole, ProblemRole
from desktop.views.invoice_editor_words import InvoiceEditorWords

Index = QModelIndex | QPersistentModelIndex
PROBLEM_TINT = QColor(179, 38, 30, 60)
MARK_TINT = QColor(230, 160, 0, 90)


class InvoiceLineDelegate(QStyledItemDelegate):
    def __init__(self, words: InvoiceEditorWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.retranslate()

    def retranslate(self) -> None:
        """The names in the language spoken now, read once (not per painted cell)."""
        self._units = self.words.unit_names()
        self._categories = self.words.category_names()

    def unit_label(self, code: str) -> str:
        name = self._units.get(code)
        return f"{name} ({code})" if name else code

    def displayText(self, value: Any, locale: Any) -> str:
        return str(value)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tint = None
        if index.data(ProblemRole):
            tint = PROBLEM_TINT
        elif index.data(MarkRole):
            tint = MARK_TINT
        if tint is not None:
            painter.fillRect(option.rect, tint)  # type: ignore[attr-defined]
        name = COLUMNS[index.column()]
        if name in ("unit", "category"):
            value = str(index.data() or "")
            text = self.unit_label(value) if name == "unit" else self._categories.get(value, value)
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = text  # type: ignore[attr-defined]
            style = opt.widget.style() if opt.widget else None  # type: ignore[attr-defined]
            if style is not None:
                style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
                return
        super().paint(painter, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name = COLUMNS[index.column()]
        if name == "unit":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, english in UNITS:
                label = self.unit_label(code)
                combo.addItem(label, code)
                combo.setItemData(
                    combo.count() - 1, f"{label} {english}", Qt.ItemDataRole.ToolTipRole
                )
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            combo.setAccessibleName(self.words.field_name("unit"))
            return combo
        if name == "category":
            combo = QComboBox(parent)
            for code, label in self._categories.items():
                if code in VAT_CATEGORIES:
                    combo.addItem(label, code)
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            combo.setAccessibleName(self.words.field_name("category"))
            return combo
        edit = QLineEdit(parent)
        edit.setMaxLength(TEXT_MAX if name == "description" else 40)
        edit.textEdited.connect(lambda _t, e=edit: self.commitData.emit(e))
        edit.setAccessibleName(self.words.field_name(name))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            return
        if isinstance(editor, QLineEdit) and editor.text() != value:
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            code = editor.currentData()
            if editor.isEditable():
                typed = editor.currentText().strip()
                match = editor.findText(typed, Qt.MatchFlag.MatchFixedString)
                code = editor.itemData(match) if match >= 0 else typed.upper()
            model.setData(index, code or "", Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
