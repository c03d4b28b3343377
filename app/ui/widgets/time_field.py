"""A time field that takes a typed "14:00" wherever the cursor was."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget


class TimeField(QTimeEdit):
    """HH:mm. On focus the hour is selected, so typing replaces the whole time;
    a digit typed while the minutes are selected after a click starts again at the hour."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.setDisplayFormat("HH:mm")
        self._fresh = False  # focus just arrived: the next digit begins a new time

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh = True
        QTimer.singleShot(0, self._select_hour)

    def _select_hour(self) -> None:
        self.setCurrentSection(QDateTimeEdit.Section.HourSection)
        self.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._fresh and event.text().isdigit():
            self._select_hour()
        self._fresh = False
        super().keyPressEvent(event)
