"""The list of groups beside the group view: search, active or archived, a new group."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.groups import GroupRow

from ..models.group_tables import ID_ROLE, GroupListModel, make_group_proxy


class GroupListPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GroupListModel()
        self.proxy = make_group_proxy(self.model)
        self.search = QLineEdit(objectName="group_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search groups"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.which = QComboBox(objectName="group_archive_filter")
        self.which.addItem(self.tr("Active"), False)
        self.which.addItem(self.tr("Archived"), True)
        self.table = QTableView(objectName="group_table", sortingEnabled=True)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel(objectName="group_count")
        self.count_label.setProperty("muted", True)
        self.new_button = QPushButton(self.tr("New group"), objectName="new_group")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.which)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch()
        bottom.addWidget(self.new_button)
        self.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def sizeHint(self) -> QSize:
        return QSize(320, super().sizeHint().height())

    def archived(self) -> bool:
        return bool(self.which.currentData())

    def set_rows(self, rows: list[GroupRow]) -> None:
        self.model.today = date.today()
        self.model.set_rows(rows)
        self.count_label.setText((self.tr("{n} archived") if self.archived() else self.tr("{n} active"))
                                 .format(n=len(rows)))

    def id_at(self, index) -> int:
        return int(self.proxy.data(index, ID_ROLE))

    def select_id(self, group_id: int) -> None:
        """Show ``group_id`` as the chosen row without announcing it."""
        row = self.model.row_of(group_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)

    def clear(self) -> None:
        self.model.clear()
        self.search.clear()
