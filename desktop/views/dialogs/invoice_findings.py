"""The editor's Check panel: one row per finding (rule id, fatal or warning, a plain sentence
naming the field, the rule's own text); activating a row asks the editor for that field."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem

from desktop.domain.finding_fields import FieldRef, field_of
from desktop.views.invoice_editor_words import InvoiceEditorWords

RefRole = Qt.ItemDataRole.UserRole + 1


class FindingsPanel:
    def __init__(
        self,
        tree: QTreeWidget,
        summary: QLabel,
        words: InvoiceEditorWords,
        go_to: Callable[[FieldRef], None],
    ) -> None:
        self.tree = tree
        self.summary = summary
        self.words = words
        self._go_to = go_to
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        tree.setColumnWidth(2, 320)
        tree.itemActivated.connect(self._activated)
        self.refs: list[FieldRef | None] = []

    def show(self, findings: Sequence[object], *, checked: bool = True) -> list[FieldRef | None]:
        """`findings`: einvoice Findings (or the network's, with the same attributes)."""
        self.tree.clear()
        self.refs = []
        fatal_count = 0
        for finding in findings:
            rule = str(getattr(finding, "rule", ""))
            fatal = str(getattr(finding, "flag", "fatal")) == "fatal"
            text = str(getattr(finding, "text", ""))
            terms = tuple(getattr(finding, "terms", ()) or ())
            path = str(getattr(finding, "path", "") or getattr(finding, "location", ""))
            ref = field_of(terms, path, text)
            fatal_count += fatal
            item = QTreeWidgetItem(
                [rule, self.words.flag_text(fatal), self.words.finding_sentence(ref, fatal), text]
            )
            item.setData(0, RefRole, ref)
            item.setToolTip(3, text)
            self.tree.addTopLevelItem(item)
            self.refs.append(ref)
        warnings = len(self.refs) - fatal_count
        self.summary.setText(self.words.findings_summary(fatal_count, warnings) if checked else "")
        return self.refs

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(0, RefRole)
        if isinstance(ref, FieldRef):
            self._go_to(ref)
