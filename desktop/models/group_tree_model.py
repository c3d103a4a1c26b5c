"""A customer's group as a checkable tree: countries (tristate) over legal entities.

What is checked lives in one place, a set of entity ids; a country's state is
computed from its entities, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.directory import GroupCountries
from desktop.domain.types import DirectoryEntry
from desktop.models.countries import country_name
from desktop.models.formats import sorted_by_name
from desktop.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex
_COUNTRY = 0  # internalId of a country node; an entity's is its country's row + 1


def taken_text(why: str) -> str:
    """What the tree says beside an entity the account already has."""
    if why == "connected":
        return QCoreApplication.translate("GroupTreeModel", "already connected")
    return QCoreApplication.translate("GroupTreeModel", "already requested")


class GroupTreeModel(QAbstractItemModel):
    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countries: list[tuple[str, list[DirectoryEntry]]] = []
        self._checked: set[str] = set()
        # Entities the account is already connected with or has asked for: marked, never
        # checked (id -> "connected" or "requested").
        self._taken: dict[str, str] = {}

    # --- content -------------------------------------------------------------
    def set_group(
        self,
        countries: GroupCountries,
        checked: Iterable[str] = (),
        taken: Mapping[str, str] | None = None,
    ) -> None:
        """`taken`: entity id -> "connected" or "requested" for the chosen account."""
        self.beginResetModel()
        # Countries by their names in the user's language ("Hiszpania, Niemcy, Szwajcaria"),
        # never by code (CH, DE, ES).
        by_name = sorted_by_name(countries, lambda country: country_name(country[0]))
        self._countries = [(code, list(entities)) for code, entities in by_name]
        known = {e.id for _, entities in self._countries for e in entities}
        self._taken = {i: why for i, why in (taken or {}).items() if i in known}
        self._checked = (set(checked) & known) - set(self._taken)
        self.endResetModel()
        self.checked_changed.emit()

    def clear(self) -> None:
        self.set_group([])

    def taken(self, entity_id: str) -> str | None:
        """ "connected" or "requested" when the account has that entity already."""
        return self._taken.get(entity_id)

    def _free_ids(self, row: int) -> set[str]:
        return {e.id for e in self._countries[row][1] if e.id not in self._taken}

    def checked_ids(self) -> set[str]:
        return set(self._checked)

    def checked_entries(self) -> list[DirectoryEntry]:
        """The checked legal entities, in the tree's order."""
        return [e for _, entities in self._countries for e in entities if e.id in self._checked]

    def entity_count(self) -> int:
        return sum(len(entities) for _, entities in self._countries)

    def set_checked(self, entity_id: str, checked: bool) -> None:
        for row, (_, entities) in enumerate(self._countries):
            for child, entity in enumerate(entities):
                if entity.id == entity_id:
                    self.setData(
                        self.index(child, 0, self.index(row, 0)),
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                        Qt.ItemDataRole.CheckStateRole,
                    )
                    return

    # --- structure -------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._countries):
                return QModelIndex()
            return self.createIndex(row, 0, _COUNTRY)
        if parent.internalId() != _COUNTRY or parent.row() >= len(self._countries):
            return QModelIndex()
        if row >= len(self._countries[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _COUNTRY:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _COUNTRY)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._countries)
        if parent.column() != 0 or parent.internalId() != _COUNTRY:
            return 0
        return len(self._countries[parent.row()][1])

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        if index.internalId() == _COUNTRY:
            if not self._free_ids(index.row()):
                return Qt.ItemFlag.ItemIsEnabled  # everyone there is connected or asked for
            return base | Qt.ItemFlag.ItemIsAutoTristate
        if self._entity(index).id in self._taken:
            # Shown (greyed, its box empty) but not checkable: nothing to ask for again.
            return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- data ------------------------------------------------------------------
    def _entity(self, index: _Index) -> DirectoryEntry:
        return self._countries[index.internalId() - 1][1][index.row()]

    def _country_state(self, row: int) -> Qt.CheckState:
        free = self._free_ids(row)
        count = len(free & self._checked)
        if count == 0:
            return Qt.CheckState.Unchecked
        if count == len(free):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _COUNTRY:
            code = self._countries[index.row()][0]
            if role == Qt.ItemDataRole.DisplayRole:
                return country_name(code).upper()
            if role == Qt.ItemDataRole.CheckStateRole:
                return self._country_state(index.row())
            if role == Roles.COUNTRY_CODE:
                return code
            return None
        entity = self._entity(index)
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = f"{entity.network_number} - " if entity.network_number else ""
            why = self._taken.get(entity.id)
            return prefix + entity.name + (f" — {taken_text(why)}" if why else "")
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = entity.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            why = self._taken.get(entity.id)
            return taken_text(why) if why else entity.vat_number
        if role == Roles.ENTRY:
            return entity
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) != Qt.CheckState.Unchecked
        if index.internalId() == _COUNTRY:
            row = index.row()
            ids = self._free_ids(row)
            if Qt.CheckState(value) == Qt.CheckState.PartiallyChecked:
                checked = True  # a click on a partial country checks all of it
            if checked:
                self._checked |= ids
            else:
                self._checked -= ids
            country = self.index(row, 0)
            self.dataChanged.emit(country, country, [role])
            size = len(self._countries[row][1])
            if size:
                first, last = self.index(0, 0, country), self.index(size - 1, 0, country)
                self.dataChanged.emit(first, last, [role])
        else:
            entity = self._entity(index)
            if entity.id in self._taken:
                return False
            if checked:
                self._checked.add(entity.id)
            else:
                self._checked.discard(entity.id)
            self.dataChanged.emit(index, index, [role])
            country = self.parent(index)
            self.dataChanged.emit(country, country, [role])
        self.checked_changed.emit()
        return True
