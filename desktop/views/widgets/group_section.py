"""View group: offered only when the chosen customer's group has other legal entities.

A buyer can sit in a group of its own; then "This legal entity is part of a group" would be
false. When a legal entity with a group is chosen, the group is fetched off the GUI thread
first and the section appears only if it holds someone besides that entity.
A chosen group shows its tree at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.types import DirectoryEntry, SyncStatus
from desktop.operations import directory
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.group_tree import GroupTreePanel

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class GroupSection(Retranslating, QWidget):
    # Whether the chosen entity's group holds other entities, once the network has said so.
    known = Signal(bool)
    reveal_requested = Signal()  # SHOW GROUP's tree is loaded: the page scrolls to it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._entry: DirectoryEntry | None = None
        self.has_others: bool | None = None  # None: not known yet (or not reachable)

        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("primaryButton")
        self.show_button.clicked.connect(self._show_clicked)
        # The account the request is for: its connections are marked in the tree.
        self.account_of: Callable[[], str | None] = lambda: None
        self.reveal_wanted = False
        self.panel = GroupTreePanel(ctx, self)
        self.panel.hide()
        self.panel.loaded.connect(self._loaded)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.panel)
        ctx.status_changed.connect(self._status_changed)
        self.retranslate()
        self._apply()

    def retranslate(self) -> None:
        self.title.setText(self.tr("View group"))
        self.hint.setText(
            self.tr(
                "This legal entity is part of a group. This option lets you select other "
                "legal entities of the group besides the one shown above."
            )
        )
        self.show_button.setText(self.tr("SHOW GROUP"))

    # --- the chosen customer ---------------------------------------------------------
    def set_entry(self, entry: DirectoryEntry | None) -> None:
        """A new customer (None: none); hides the tree and finds out about the group."""
        self._entry = entry
        self.panel.reset()
        self.panel.hide()
        self.has_others = None
        if entry is not None and entry.kind == "group":
            self.has_others = True
            self.show_tree()  # a group is chosen by checking its entities
        elif entry is not None and entry.group_id:
            self._probe(entry)
        self._apply()

    def group_id(self) -> str | None:
        entry = self._entry
        if entry is None:
            return None
        return entry.id if entry.kind == "group" else entry.group_id

    def tree_shown(self) -> bool:
        return not self.panel.isHidden() and self.panel.group_id is not None

    def show_tree(self) -> None:
        group_id, entry = self.group_id(), self._entry
        if group_id is None or entry is None:
            return
        checked = {entry.id} if entry.kind == "entity" else set()
        self.panel.show()
        self.panel.load(group_id, checked, self.account_of())

    def _show_clicked(self) -> None:
        """SHOW GROUP: the tree, brought into view once loaded (`reveal_requested`)."""
        self.reveal_wanted = True
        self.show_tree()

    def _loaded(self, _group_id: str) -> None:
        if self.reveal_wanted:
            self.reveal_wanted = False
            self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reveal_requested.emit()

    def account_changed(self) -> None:
        """Another account: the marks follow it (the checks made so far stay)."""
        group_id = self.group_id()
        if self.tree_shown() and group_id is not None:
            self.panel.load(group_id, self.panel.model.checked_ids(), self.account_of())

    # --- finding out -------------------------------------------------------------------
    def _probe(self, entry: DirectoryEntry) -> None:
        group_id = entry.group_id
        assert group_id is not None
        directory.group_has_others(self._ctx, group_id, entry.id, parent=self).success(
            lambda others: self._probed(entry, others)
        ).failure(
            lambda _exc: None  # unreachable: stays unknown, asked again once online
        ).latest_only().run()

    def _probed(self, entry: DirectoryEntry, others: bool) -> None:
        if entry is not self._entry:
            return  # another customer (or none) was chosen meanwhile
        self.has_others = others
        self._apply()
        self.known.emit(others)

    def _status_changed(self, status: SyncStatus) -> None:
        entry = self._entry
        if status.online and self.has_others is None and entry is not None and entry.group_id:
            self._probe(entry)

    def _apply(self) -> None:
        self.show_button.setEnabled(bool(self.has_others))
        self.setVisible(bool(self.has_others))
