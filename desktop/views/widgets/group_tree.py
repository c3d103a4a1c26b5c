"""Show group: the customer's legal entities by country, as a checkbox tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from desktop.models.group_tree_model import GroupTreeModel
from desktop.operations import directory
from desktop.operations.directory import GroupLoad
from desktop.sync.errors import PortalUnreachable
from desktop.views.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class GroupTreePanel(Retranslating, QWidget):
    """Loads a group off the GUI thread (`operations.directory.load_group`), shows it checkable."""

    loaded = Signal(str)  # group id
    failed = Signal(str)  # message

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.group_id: str | None = None
        self.model = GroupTreeModel(self)

        self.intro = QLabel(self)
        self.intro.setObjectName("groupTreeIntro")
        self.intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("groupTreeStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.view = QTreeView(self)
        self.view.setObjectName("groupTree")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(100)
        self.view.setMaximumHeight(280)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Select the entities you want to connect with. "
                "You can also select a group of buyers."
            )
        )
        self.view.setAccessibleName(self.tr("Legal entities of the group, by country"))

    def load(
        self, group_id: str, checked: set[str] | None = None, account_id: str | None = None
    ) -> None:
        """Fetch the group; `checked` entity ids start checked (the selected entity). With
        `account_id`, the entities it is connected with or has asked for are marked and
        left unchecked."""
        self.group_id = group_id
        self.model.clear()
        self._show_status(self.tr("Loading the group…"))
        preset = set(checked or ())
        directory.load_group(self._ctx, group_id, account_id, parent=self).success(
            lambda got: self._loaded(group_id, got, preset)
        ).failure(lambda exc: self._failed(group_id, exc)).latest_only().run()

    def reset(self) -> None:
        self.group_id = None
        self.model.clear()
        self.status.hide()

    def _loaded(self, group_id: str, got: GroupLoad, preset: set[str]) -> None:
        if group_id != self.group_id:
            return  # reset (another customer) while it loaded
        self.model.set_group(got.countries, preset, got.taken)
        self.view.expandAll()
        self._fit_rows(sum(1 + len(entities) for _country, entities in got.countries))
        self.status.hide()
        self.loaded.emit(group_id)

    def _fit_rows(self, rows: int) -> None:
        """Tall enough for a small group without a scroll bar; a big one scrolls."""
        row = max(self.view.sizeHintForRow(0), self.view.fontMetrics().height())
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(max(100, min(rows * row + frame, 280)))

    def _failed(self, group_id: str, exc: BaseException) -> None:
        if group_id != self.group_id:
            return
        if isinstance(exc, PortalUnreachable):
            message = self.tr("The group cannot be shown while the network is unreachable.")
        else:
            message = self.tr("The group could not be loaded. Please try again.")
        self._show_status(message)
        self.failed.emit(message)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
