"""A Qt table model over the supervisee list rows (light rows, no notes)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.core.services.supervisees import SuperviseeRow

from ..i18n import noop, tr

STATUSES = (("active", noop("Active")), ("paused", noop("Paused")), ("ended", noop("Ended")))


def status_label(status: str, archived: bool) -> str:
    """How a supervisee's status is shown: an archived one is "Archived" whatever it was."""
    if archived:
        return tr("Archived", "SuperviseeStatus")
    return tr(dict(STATUSES).get(status, status.capitalize()), "SuperviseeStatus")


COLUMNS = (("full_name", "Name"), ("discipline", "Discipline"), ("status", "Status"))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SuperviseeTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SuperviseeRow] = []

    def set_rows(self, rows: list[SuperviseeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, supervisee_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == supervisee_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "full_name" and row.preferred_name and row.preferred_name != row.full_name:
                return f"{row.full_name} ({row.preferred_name})"
            value = getattr(row, key)
            if key == "status":  # an archived supervisee is "Archived", whatever its status was
                return status_label(value, row.archived)
            return value
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None


def make_proxy(model: SuperviseeTableModel) -> QSortFilterProxyModel:
    """Search as you type across every column, case-insensitively, sorted by locale."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy
