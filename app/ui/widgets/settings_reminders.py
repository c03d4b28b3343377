"""Settings ▸ Reminders: how long before a session or group meeting to be reminded (or Off).

Kept on this computer (QSettings), applied at once through the main window's
``ReminderController`` when there is one.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ..reminders import CHOICES, reminder_minutes, set_reminder_minutes


class RemindersSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reminders_section")
        self.setTitle(self.tr("Reminders"))
        self.choice = QComboBox(objectName="reminder_minutes")
        for minutes in CHOICES:
            self.choice.addItem(self.tr("Off") if minutes == 0
                                else self.tr("{n} minutes before").format(n=minutes), minutes)
        self.choice.setToolTip(self.tr("A reminder of the next session or group meeting, on this computer"))
        self.privacy = QLabel(self.tr(
            "Anyone near the screen can read a reminder, so it shows only the time, the kind of session and "
            "the supervisee\u2019s initials \u2014 never a full name or notes."),
            objectName="reminder_privacy", wordWrap=True)
        self.privacy.setProperty("muted", True)
        form = QFormLayout(self)
        form.addRow(self.tr("Remind me"), self.choice)
        form.addRow(self.privacy)
        self.load()
        self.choice.currentIndexChanged.connect(self._chosen)

    def load(self) -> None:
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(reminder_minutes())))
        self.choice.blockSignals(False)

    def minutes(self) -> int:
        return int(self.choice.currentData())

    def _chosen(self, _index: int) -> None:
        controller = getattr(self.window(), "reminders", None)
        if controller is not None:
            controller.set_minutes(self.minutes())
        else:
            set_reminder_minutes(self.minutes())
