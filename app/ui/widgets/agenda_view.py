"""Agenda: the sessions of the coming weeks as a list grouped by day."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedLayout, QTreeView, QWidget

from app.core.services.rows import SessionRow

from ..models.agenda_model import ID_ROLE, AgendaModel


class _Tree(QTreeView):
    delete_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        session_id = index.data(ID_ROLE) if index.isValid() else None
        if event.key() == Qt.Key.Key_Delete and session_id is not None:
            self.delete_requested.emit(int(session_id))
            return
        super().keyPressEvent(event)


class AgendaView(QWidget):
    activated = Signal(int)
    context_requested = Signal(int, QPoint)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_view")
        self.model = AgendaModel()
        self.tree = _Tree(objectName="agenda_tree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Upcoming sessions by day"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setIndentation(18)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(True)
        self.tree.activated.connect(self._activated)
        self.tree.customContextMenuRequested.connect(self._context)
        self.tree.delete_requested.connect(self.delete_requested)
        self.empty = QLabel(self.tr("No sessions in these weeks."), objectName="agenda_empty",
                            alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("muted", True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

    @property
    def rows(self) -> list[SessionRow]:
        return self.model.rows

    def set_rows(self, rows: list[SessionRow], today: date | None = None) -> None:
        self.model.set_rows(rows, today)
        self.tree.expandAll()
        for top in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(top, QModelIndex(), True)
        self.stack.setCurrentWidget(self.tree if rows else self.empty)

    def clear(self) -> None:
        self.model.clear_rows()
        self.stack.setCurrentWidget(self.empty)

    def select(self, session_id: int) -> None:
        index = self.model.index_of(session_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _activated(self, index: QModelIndex) -> None:
        """Double-click or Enter (QAbstractItemView emits ``activated`` for both)."""
        session_id = index.data(ID_ROLE)
        if session_id is not None:
            self.activated.emit(int(session_id))

    def _context(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        session_id = index.data(ID_ROLE) if index.isValid() else None
        if session_id is not None:
            self.tree.setCurrentIndex(index)
            self.context_requested.emit(int(session_id), self.tree.viewport().mapToGlobal(pos))
