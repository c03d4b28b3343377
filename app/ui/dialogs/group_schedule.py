"""Scheduling a group's meetings: the ordinary schedule dialog with the group chosen.

Saving goes through ``practice.groups.schedule_meetings`` (a series) or
``schedule_meeting`` (a one-off) so the group's kind, place and expected
attendees are set by the core exactly as for any group meeting.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QWidget

from app.core.services.groups import GroupRecord

from ..context import AppContext
from ..controllers.schedule_request import ScheduleRequest
from ..widgets.recurrence_editor import position_of
from .schedule_dialog import ScheduleDialog

DEFAULT_RULE = "FREQ=WEEKLY;INTERVAL=2"  # a common peer-group rhythm; the user changes it freely
DEFAULT_HOUR = 18
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "other": 2, "second": 2, "third": 3}
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def rule_from_words(words: str, start: date) -> str:
    """The series rule that the group's "how often" (in words) most likely means.

    "weekly", "every 3 weeks", "fortnightly", "twice a month", "monthly",
    "every 2 months"; anything else falls back to every two weeks.
    """
    text = re.sub(r"\s+", " ", words.lower()).strip()
    if not text:
        return DEFAULT_RULE
    if re.search(r"fortnight|bi-?weekly|twice a month|every other week", text):
        return "FREQ=WEEKLY;INTERVAL=2"
    match = re.search(r"every (\d+|one|two|three|four|other|second|third) (week|month)", text)
    if match:
        count = int(match.group(1)) if match.group(1).isdigit() else _NUMBERS[match.group(1)]
        count = max(1, min(count, 12))
        if match.group(2) == "week":
            return f"FREQ=WEEKLY;INTERVAL={count}"
        return _monthly(start, count)
    if re.search(r"week", text):
        return "FREQ=WEEKLY;INTERVAL=1"
    if re.search(r"month", text):
        return _monthly(start, 1)
    return DEFAULT_RULE


def _monthly(start: date, interval: int) -> str:
    """Monthly on the same weekday of the month as ``start`` (e.g. the first Thursday)."""
    return (f"FREQ=MONTHLY;INTERVAL={interval};BYDAY={_DAY_CODES[start.weekday()]};"
            f"BYSETPOS={position_of(start)}")


def group_request(record: GroupRecord, tz: str, today: date | None = None) -> ScheduleRequest:
    """A new series for the group: next week, early evening, the agreed length and fixed place."""
    data = record.data
    day = (today or date.today()) + timedelta(days=7)
    place = data.places[0] if data.place_mode == "fixed" and data.places else ""
    return ScheduleRequest(start=datetime.combine(day, time(DEFAULT_HOUR)),
                           duration_minutes=data.meeting_minutes or 90, tz=tz, kind=data.kind,
                           group_id=record.id, location=place, rrule=rule_from_words(data.frequency, day))


class GroupScheduleDialog(ScheduleDialog):
    """Open with ``open()``; ``saved`` carries the core's ``Scheduled`` result."""

    def __init__(self, ctx: AppContext, record: GroupRecord, practice_tz: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, group_request(record, practice_tz), practice_tz, parent)
        self.record = record
        self.setWindowTitle(self.tr("Schedule group meetings"))
        self.heading.setText(self.tr("<h3>Meetings of {0}</h3>").format(_escape(record.data.name)))
        self.group.setItemText(self.group.currentIndex(), record.data.name)
        self.kind.setEnabled(False)
        self.group.setEnabled(False)
        self.kind.setToolTip(self.tr("The group's kind; change it on the group's page."))
        if record.data.place_mode == "rotating":
            self.location.setPlaceholderText(self.tr("The place rotates: ") + ", ".join(record.data.places))
        self.ok_button.setText(self.tr("Schedule meetings"))

    def _fill_choices(self, supervisees: list, groups: list) -> None:
        super()._fill_choices(supervisees, groups)
        index = self.group.findData(self.record.id)
        if index >= 0:
            self.group.setItemText(index, self.record.data.name)

    def save(self, scope: str | None) -> None:
        group_id = self.record.id
        if self.recurrence.is_repeating():
            data = self.series_data()

            def run(p):
                scheduled = p.groups.schedule_meetings(group_id, data)
                return scheduled, scheduled.changes
        else:
            one = self.session_data()

            def run(p):
                scheduled = p.groups.schedule_meeting(group_id, one)
                return scheduled, scheduled.changes
        self.busy = True
        self._show_state()
        self.ctx.command(run, self._saved, self._failed)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
