"""Agreed follow-ups: text, an optional due date, done; add and remove rows."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.core.services.session_records import FollowUpData

from ..models.session_rows import format_day


class DueDateEdit(QToolButton):
    """A compact optional date: "Due 4 Dec 2026" or "No due date", chosen from a calendar pop-up."""

    changed = Signal()

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_button")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(self.tr("Due date: click to choose, or to clear"))
        self._value: date | None = None
        self.popup = menu = QMenu(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.addSeparator()
        self.clear_action = menu.addAction(self.tr("No due date"), lambda: self.set_value(None, user=True))
        menu.aboutToShow.connect(self._prepare)
        self.clicked.connect(lambda: menu.popup(self.mapToGlobal(self.rect().bottomLeft())))
        self.set_value(value)

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None, *, user: bool = False) -> None:
        self._value = value
        self.setText(self.tr("Due {0}").format(format_day(value, 'd MMM yyyy')) if value else self.tr("No due date"))
        self.setProperty("empty", value is None)
        self.style().unpolish(self)
        self.style().polish(self)
        if user:
            self.changed.emit()

    def _prepare(self) -> None:
        shown = self._value or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.clear_action.setEnabled(self._value is not None)

    def _picked(self, qd: QDate) -> None:
        self.popup.hide()
        self.set_value(date(qd.year(), qd.month(), qd.day()), user=True)


class FollowUpRowWidget(QWidget):
    edited = Signal()
    remove_requested = Signal(object)

    def __init__(self, item: FollowUpData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_row")
        self.follow_up_id = item.id
        self.done = QCheckBox(objectName="follow_up_done", checked=item.done)
        self.done.setToolTip(self.tr("Done"))
        self.text = QLineEdit(item.text, objectName="follow_up_text", placeholderText=self.tr("What was agreed"))
        self.text.setMaxLength(2000)
        self.text.setToolTip(item.text)
        self.due = DueDateEdit(item.due)
        self.due.setObjectName("follow_up_due")
        self.remove = QToolButton(text="\u2715", objectName="follow_up_remove", autoRaise=True)
        self.remove.setToolTip(self.tr("Remove this follow-up"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for signal in (self.done.toggled, self.text.textChanged, self.due.changed):
            signal.connect(self.edited)
        self.done.toggled.connect(self._style_done)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.done)
        top.addWidget(self.text, 1)
        top.addWidget(self.remove)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(22, 0, 0, 0)
        bottom.addWidget(self.due)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 4)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._style_done(item.done)

    def _style_done(self, done: bool) -> None:
        font = self.text.font()
        font.setStrikeOut(done)
        self.text.setFont(font)

    def value(self) -> FollowUpData:
        return FollowUpData(self.text.text(), self.due.value(), self.done.isChecked(), self.follow_up_id)


class FollowUpList(QWidget):
    """Rows of follow-ups plus an "Add follow-up" button; ``edited`` on any change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRowWidget] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(2)
        self.empty = QLabel(self.tr("Nothing agreed yet."), objectName="follow_ups_empty")
        self.empty.setProperty("muted", True)
        self.add_button = QToolButton(text=self.tr("+ Add follow-up"), objectName="add_follow_up")
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.add_new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_items(self, items: tuple[FollowUpData, ...]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for item in items:
            self._append(item)
        self._update_empty()

    def items(self) -> tuple[FollowUpData, ...]:
        return tuple(row.value() for row in self.rows)

    def add_new(self) -> None:
        row = self._append(FollowUpData(""))
        self._update_empty()
        row.text.setFocus()
        self.edited.emit()

    def _append(self, item: FollowUpData) -> FollowUpRowWidget:
        row = FollowUpRowWidget(item, self)
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def _remove(self, row: FollowUpRowWidget) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_empty()
        self.edited.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
