"""Scheduling a group's meetings: the ordinary schedule dialog with the group chosen.

Saving goes through ``practice.groups.schedule_meetings`` (a series) or
``schedule_meeting`` (a one-off) so the group's kind, place and expected
attendees are set by the core exactly as for any group meeting.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QWidget

from app.core.services.groups import GroupRecord

from ..context import AppContext
from .schedule_dialog import ScheduleDialog
from ..controllers.schedule_request import ScheduleRequest

DEFAULT_RULE = "FREQ=WEEKLY;INTERVAL=2"  # a common peer-group rhythm; the user changes it freely
DEFAULT_HOUR = 18


def group_request(record: GroupRecord, tz: str, today: date | None = None) -> ScheduleRequest:
    """A new series for the group: next week, early evening, the agreed length and fixed place."""
    data = record.data
    day = (today or date.today()) + timedelta(days=7)
    place = data.places[0] if data.place_mode == "fixed" and data.places else ""
    return ScheduleRequest(start=datetime.combine(day, time(DEFAULT_HOUR)),
                           duration_minutes=data.meeting_minutes or 90, tz=tz, kind=data.kind,
                           group_id=record.id, location=place, rrule=DEFAULT_RULE)


class GroupScheduleDialog(ScheduleDialog):
    """Open with ``open()``; ``saved`` carries the core's ``Scheduled`` result."""

    def __init__(self, ctx: AppContext, record: GroupRecord, practice_tz: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, group_request(record, practice_tz), practice_tz, parent)
        self.record = record
        self.setWindowTitle("Schedule group meetings")
        self.heading.setText(f"<h3>Meetings of {_escape(record.data.name)}</h3>")
        self.group.setItemText(self.group.currentIndex(), record.data.name)
        self.kind.setEnabled(False)
        self.group.setEnabled(False)
        self.kind.setToolTip("The group's kind; change it on the group's page.")
        if record.data.place_mode == "rotating":
            self.location.setPlaceholderText("The place rotates: " + ", ".join(record.data.places))
        self.ok_button.setText("Schedule meetings")

    def _fill_choices(self, supervisees: list, groups: list) -> None:
        super()._fill_choices(supervisees, groups)
        index = self.group.findData(self.record.id)
        if index >= 0:
            self.group.setItemText(index, self.record.data.name)

    def save(self, scope: str | None) -> None:
        group_id = self.record.id
        if self.recurrence.is_repeating():
            data = self.series_data()

            def run(p):  # type: ignore[no-untyped-def]
                scheduled = p.groups.schedule_meetings(group_id, data)
                return scheduled, scheduled.changes
        else:
            one = self.session_data()

            def run(p):  # type: ignore[no-untyped-def]
                scheduled = p.groups.schedule_meeting(group_id, one)
                return scheduled, scheduled.changes
        self.busy = True
        self._show_state()
        self.ctx.command(run, self._saved, self._failed)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
