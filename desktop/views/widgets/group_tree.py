"""Show group: the customer's legal entities by country, as a checkbox tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from desktop.domain.directory import group_countries
from desktop.domain.lanes import Lane
from desktop.domain.types import RelationshipStatus
from desktop.models.group_tree_model import GroupCountries, GroupTreeModel

if TYPE_CHECKING:
    from desktop.app.context import AppContext
    from desktop.cache import Cache


def taken_for(cache: Cache, account_id: str | None, countries: GroupCountries) -> dict[str, str]:
    """On a worker: the group's entities `account_id` is connected with or has asked for."""
    taken: dict[str, str] = {}
    if account_id is None:
        return taken
    for _code, entities in countries:
        for entity in entities:
            if cache.relationship_status(account_id, entity.id) == RelationshipStatus.ACTIVE:
                taken[entity.id] = "connected"
            elif cache.open_request_for(account_id, entity.id) is not None:
                taken[entity.id] = "requested"
    return taken


class GroupTreePanel(QWidget):
    """Loads a group through `ctx.client.group(id)` on the task runner and shows it checkable."""

    loaded = Signal(str)  # group id
    failed = Signal(str)  # message

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self._generation += 1
        generation = self._generation
        self.group_id = group_id
        self.model.clear()
        self._show_status(self.tr("Loading the group…"))
        client, cache = self._ctx.client, self._ctx.cache
        preset = set(checked or ())

        def fetch() -> tuple[GroupCountries, dict[str, str]]:
            countries = group_countries(client.group(group_id))
            return countries, taken_for(cache, account_id, countries)

        self._ctx.tasks.run(
            fetch,
            lambda got: self._loaded(generation, group_id, got[0], preset, got[1]),
            lambda exc: self._failed(generation, exc),
            lane=Lane.POOL,
            owner=self,
        )

    def reset(self) -> None:
        self._generation += 1
        self.group_id = None
        self.model.clear()
        self.status.hide()

    def _loaded(
        self,
        generation: int,
        group_id: str,
        countries: GroupCountries,
        preset: set[str],
        taken: dict[str, str],
    ) -> None:
        if generation != self._generation:
            return
        self.model.set_group(countries, preset, taken)
        self.view.expandAll()
        self._fit_rows(sum(1 + len(entities) for _country, entities in countries))
        self.status.hide()
        self.loaded.emit(group_id)

    def _fit_rows(self, rows: int) -> None:
        """Tall enough for a small group without a scroll bar; a big one scrolls."""
        row = max(self.view.sizeHintForRow(0), self.view.fontMetrics().height())
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(max(100, min(rows * row + frame, 280)))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from desktop.sync import PortalUnreachable

        if isinstance(exc, PortalUnreachable):
            message = self.tr("The group cannot be shown while the network is unreachable.")
        else:
            message = self.tr("The group could not be loaded. Please try again.")
        self._show_status(message)
        self.failed.emit(message)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
