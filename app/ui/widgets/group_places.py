"""Where a group meets: one fixed place, or an ordered list the meetings rotate through."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_PLACE = 200


class PlacesEditor(QWidget):
    """``values()`` gives the places in order; ``set_rotating`` switches between the two forms."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed = QLineEdit(objectName="place_fixed", maxLength=MAX_PLACE)
        self.fixed.setPlaceholderText(self.tr("Practice room, a member's home, Online \u2026"))
        self.fixed.textChanged.connect(self.changed)
        self.list = QListWidget(objectName="places_list")
        self.list.setAccessibleName(self.tr("Places, in rotation order"))
        self.list.setMaximumHeight(112)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.list.itemChanged.connect(lambda _: self.changed.emit())
        self.new_place = QLineEdit(objectName="new_place", maxLength=MAX_PLACE)
        self.new_place.setPlaceholderText(self.tr("Add a place to the rotation"))
        self.new_place.returnPressed.connect(self.add_place)
        self.add_button = QPushButton(self.tr("Add"), objectName="add_place")
        self.add_button.clicked.connect(self.add_place)
        self.up_button = QToolButton(objectName="place_up", text="\u2191")
        self.down_button = QToolButton(objectName="place_down", text="\u2193")
        self.remove_button = QToolButton(objectName="place_remove", text="\u2715")
        for button, tip in ((self.up_button, self.tr("Earlier in the rotation")), (self.down_button, self.tr("Later in the rotation")),
                            (self.remove_button, self.tr("Remove this place"))):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for button in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch()
        list_row = QHBoxLayout()
        list_row.setContentsMargins(0, 0, 0, 0)
        list_row.addWidget(self.list, 1)
        list_row.addLayout(side)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.new_place, 1)
        add_row.addWidget(self.add_button)
        rotating = QWidget()
        column = QVBoxLayout(rotating)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(list_row)
        column.addLayout(add_row)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.fixed)
        self.stack.addWidget(rotating)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_rotating(False)

    def is_rotating(self) -> bool:
        return self.stack.currentIndex() == 1

    def set_rotating(self, rotating: bool) -> None:
        """Switch form, carrying the places over (the fixed place becomes the first of the list)."""
        if rotating != self.is_rotating():
            self.blockSignals(True)
            listed = [self.list.item(i).text() for i in range(self.list.count())]
            fixed = self.fixed.text().strip()
            if rotating and fixed and fixed not in listed:
                self.list.insertItem(0, self._item(fixed))
            elif not rotating and listed:
                self.fixed.setText(listed[0])
            self.stack.setCurrentIndex(1 if rotating else 0)
            self.blockSignals(False)
        self.stack.setMaximumHeight(16777215 if rotating else self.fixed.sizeHint().height())

    def values(self) -> tuple[str, ...]:
        if not self.is_rotating():
            text = self.fixed.text().strip()
            return (text,) if text else ()
        return tuple(t for t in (self.list.item(i).text().strip() for i in range(self.list.count())) if t)

    def set_values(self, places: tuple[str, ...] | list[str]) -> None:
        self.blockSignals(True)
        self.fixed.setText(places[0] if places else "")
        self.list.clear()
        for place in places:
            self._append(place)
        self.blockSignals(False)

    def add_place(self) -> None:
        text = " ".join(self.new_place.text().split())
        if not text:
            return
        self._append(text)
        self.new_place.clear()
        self.changed.emit()

    def _append(self, text: str) -> None:
        self.list.addItem(self._item(text))

    @staticmethod
    def _item(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
