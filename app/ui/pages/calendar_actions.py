"""What the calendar does to one session: its menu, status, edit, cancel and delete.

Every question is a dialog opened with ``open()`` (window-modal, not
blocking), kept on this object so it can be answered, and driven in tests.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox

from app.core import recurrence
from app.core.services.scheduling import Scheduled
from app.core.services.series import SeriesData, SeriesRecord
from app.core.services.session_records import SessionRecord
from app.core.services.sessions import SessionData, SessionRow

from ..controllers.schedule_request import schedule_command
from ..dialogs.edit_scope import ALL, FOLLOWING, THIS, EditScopeDialog
from ..dialogs.schedule_dialog import edit_request, load_for_edit
from ..models.session_rows import format_day
from ..status import confirm
from ..widgets.calendar_common import time_span, title_of, when_text
from ..widgets.recurrence_editor import position_of

if TYPE_CHECKING:
    from .calendar import CalendarPage


class SessionActions(QObject):
    def __init__(self, page: CalendarPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.menu: QMenu | None = None
        self.scope_dialog: EditScopeDialog | None = None
        self.confirm_box: QMessageBox | None = None

    def close_all(self) -> None:
        for widget in (self.menu, self.scope_dialog, self.confirm_box):
            if widget is not None:
                widget.close()
        self.menu = self.scope_dialog = self.confirm_box = None

    # ---- the context menu ---------------------------------------------------------
    def show_menu(self, session_id: int, where: QPoint) -> QMenu | None:
        row = self.page.row(session_id)
        if row is None:
            return None
        menu = QMenu(self.page)
        menu.setObjectName("session_menu")
        menu.setToolTipsVisible(True)
        opened = menu.addAction(self.tr("Open record"), lambda: self.page.open_session(session_id))
        menu.setDefaultAction(opened)
        menu.addAction(self.tr("Edit time/place\u2026"), lambda: self.edit(session_id))
        menu.addSeparator()
        for status, label in (("held", self.tr("Mark held")), ("no_show", self.tr("Mark no-show"))):
            action = menu.addAction(label, lambda s=status: self.set_status(session_id, s))
            action.setEnabled(row.status != status)
        if row.status != "scheduled":
            menu.addAction(self.tr("Mark as scheduled again"), lambda: self.set_status(session_id, "scheduled"))
        cancel = menu.addAction(self.tr("Cancel session\u2026"), lambda: self.cancel(session_id))
        cancel.setEnabled(row.status != "cancelled")
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete this occurrence\u2026") if row.series_id
                                else self.tr("Delete session\u2026"),
                                lambda: self.delete(session_id))
        delete.setToolTip(self.tr("Only this session; the rest of the series stays.") if row.series_id else "")
        self.menu = menu
        menu.popup(where)
        return menu

    def action(self, text: str) -> QAction:
        """The menu entry with this text (for keyboard users' scripts and tests)."""
        assert self.menu is not None
        return next(a for a in self.menu.actions() if a.text() == text)

    # ---- status ----------------------------------------------------------------------
    def set_status(self, session_id: int, status: str) -> None:
        self.ctx.command(lambda p: p.sessions.set_status(session_id, status))

    def cancel(self, session_id: int) -> None:
        row = self.page.row(session_id)
        if row is None:
            return
        text = self.tr("Cancel the session with {who} on {when}?\n\n"
                       "It stays in the calendar, struck through, and counts as cancelled.").format(
            who=title_of(row, self.page.group_names), when=_when(row))
        if row.series_id:
            text += "\n" + self.tr("The other sessions of the series are not changed.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel session"), text, parent=self.page)
        box.setObjectName("confirm_cancel")
        by_me = box.addButton(self.tr("Cancelled by me"), QMessageBox.ButtonRole.AcceptRole)
        by_them = box.addButton(self.tr("Cancelled by the supervisee"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep the session"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(by_me)

        def answered(button: QAbstractButton) -> None:
            who = {by_me: "supervisor", by_them: "supervisee"}.get(button)
            if who:
                self.ctx.command(lambda p: p.sessions.cancel(session_id, by=who))
        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    # ---- delete -----------------------------------------------------------------------
    def delete(self, session_id: int) -> None:
        row = self.page.row(session_id)
        if row is None:
            return
        notes = self.tr("Its notes are deleted with it.") if row.has_notes else ""
        if row.series_id is None:
            text = self.tr("Delete the session with {who} on {when}?").format(
                who=title_of(row, self.page.group_names), when=_when(row))
            text += ("\n\n" + notes if notes else "") + "\n\n" + self.tr("This cannot be undone.")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete session"), text, parent=self.page)
            box.setObjectName("confirm_delete")
            delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda b: self._delete(session_id, None, THIS) if b is delete else None)
            self.confirm_box = box
            box.open()
            return
        dialog = EditScopeDialog("delete", self.page, warning=notes)
        dialog.chosen.connect(lambda scope: self._delete(session_id, row.series_id, scope))
        self.scope_dialog = dialog
        dialog.open()

    def _delete(self, session_id: int, series_id: int | None, scope: str) -> None:
        if scope == THIS:
            self.ctx.command(lambda p: p.sessions.delete(session_id))
        elif scope == ALL and series_id is not None:
            self.ctx.command(lambda p: p.series.delete(series_id))
        elif scope == FOLLOWING and series_id is not None:
            def run(p):
                record, series = p.sessions.get(session_id), p.series.get(series_id)
                original = record.original_start or record.start
                wall = original.astimezone(ZoneInfo(series.data.tz)).replace(tzinfo=None)
                split = p.series.edit_following(session_id, replace(series.data, start_local=wall))
                return split.changes | p.series.delete(split.id)  # the part from here on ends
            self.ctx.command(run)

    # ---- edit --------------------------------------------------------------------------
    def edit(self, session_id: int) -> None:
        self.ctx.query(lambda p: load_for_edit(p, session_id), lambda found: self._edit(*found))

    def _edit(self, record: SessionRecord, series: SeriesRecord | None) -> None:
        self.page.open_schedule(edit_request(record, series))

    # ---- a drag ended: move or resize ---------------------------------------------------
    def move(self, session_id: int, start: datetime, minutes: int) -> None:
        """Move a session to ``start`` (naive, the calendar's zone) for ``minutes``.

        The same change as Edit time/place: a single session moves at once; a
        session of a series asks this / following / all first (Cancel changes nothing).
        """
        self.ctx.query(lambda p: load_for_edit(p, session_id), lambda found: self._move(*found, start, minutes),
                       self._move_failed)

    def _move(self, record: SessionRecord, series: SeriesRecord | None, start: datetime, minutes: int) -> None:
        row = self.page.row(record.id)
        wall = _in_zone(start, self.page.tz, record.tz)
        request = edit_request(record, series)
        data = SessionData(start_local=wall, tz=record.tz, duration_minutes=minutes, kind=record.kind,
                           supervisee_id=record.supervisee_id, group_id=record.group_id,
                           location=record.location, fee=record.data.fee)
        resized = wall == request.start and minutes != record.duration_minutes
        who = title_of(row, self.page.group_names) if row else self.tr("the session")
        if resized:
            end = start + timedelta(minutes=minutes)
            done = self.tr("{who} now ends at {end} ({minutes} min)").format(
                who=who, end=f"{end:%H:%M}", minutes=minutes)
        else:
            done = self.tr("Moved {who} to {when}").format(who=who, when=when_text(start))

        def series_data(start: datetime | None = None) -> SeriesData:
            """"all" passes the series' new first start; "following" starts here."""
            assert series is not None
            rrule = follow_day(series.data.rrule, request.start.date(), wall.date()) if start is not None \
                else following_rule(record, series, wall)
            return SeriesData(start_local=start or wall, rrule=rrule, tz=record.tz, duration_minutes=minutes,
                              kind=record.kind, supervisee_id=record.supervisee_id, group_id=record.group_id,
                              location=record.location, fee=series.data.fee)

        def run(scope: str | None) -> None:
            command = schedule_command(request, scope, repeating=scope in (FOLLOWING, ALL), start=wall,
                                       series_data=series_data, session_data=data)
            self.ctx.command(command, lambda scheduled: self._moved(scheduled, done), self._move_failed)

        if series is None:
            run(None)
            return
        kept = record.status != "scheduled" or record.data.has_notes or record.detached
        warning = self.tr("This session is held, has notes or was changed on its own: only "
                          "\u201cThis session\u201d moves it.") if kept else ""
        end = start + timedelta(minutes=minutes)
        detail = self.tr("{who}: to {when}\u2013{end} (was {before})").format(
            who=who, when=when_text(start), end=f"{end:%H:%M}", before=when_text(row.start) if row else "")
        dialog = EditScopeDialog("edit", self.page, warning=warning, detail=detail)
        dialog.chosen.connect(run)
        dialog.rejected.connect(self.page.clear_previews)
        self.scope_dialog = dialog
        dialog.open()

    def _moved(self, scheduled: Scheduled, done: str) -> None:
        self.page.clear_previews()
        clashes = len(scheduled.conflicts)
        if clashes:
            done += " \u2014 " + self.tr("clashes with %n session(s)", "", clashes)
        confirm(self.page, done)

    def _move_failed(self, exc: BaseException) -> None:
        self.page.clear_previews()
        self.ctx.show_error(exc)


def follow_day(rrule: str, old: date, new: date) -> str:
    """The series rule with ``old``'s weekday or day of the month become ``new``'s (as the
    schedule dialog's repeat choices follow a new date); the text itself when nothing follows."""
    if old == new:
        return rrule
    try:
        rule = recurrence.Rule.parse(rrule)
        was, now = recurrence.WEEKDAYS[old.weekday()], recurrence.WEEKDAYS[new.weekday()]
        if rule.freq == "WEEKLY" and was in rule.by_weekday:
            days = tuple(now if d == was else d for d in rule.by_weekday)
            return replace(rule, by_weekday=days).to_rrule()
        if rule.freq == "MONTHLY" and rule.by_month_day == (old.day,):
            return replace(rule, by_month_day=(new.day,)).to_rrule()
        if rule.freq == "MONTHLY" and rule.by_weekday == (was,) and rule.by_set_pos == (position_of(old),):
            return replace(rule, by_weekday=(now,), by_set_pos=(position_of(new),)).to_rrule()
    except recurrence.RecurrenceError:
        pass
    return rrule


def following_rule(record: SessionRecord, series: SeriesRecord, wall: datetime) -> str:
    """The rule of the part of a series that starts at ``record``, moved to ``wall``.

    Unchanged, the series' own text (the core then shares a COUNT between the
    two parts); when the weekday follows the move, the rest of the count only.
    """
    rrule = series.data.rrule
    if record.original_start is None:
        return rrule
    try:
        origin = record.original_start.astimezone(ZoneInfo(series.data.tz)).replace(tzinfo=None)
    except (KeyError, ValueError):
        return rrule
    followed = follow_day(rrule, origin.date(), wall.date())
    if followed == rrule:
        return rrule
    try:
        rest = recurrence.split_rule(recurrence.Rule.parse(rrule), series.data.start_local, origin)[1]
    except recurrence.RecurrenceError:  # the first occurrence: the whole series follows
        return followed
    return follow_day(rest.to_rrule(), origin.date(), wall.date())


def _in_zone(start: datetime, shown_in: str, zone: str) -> datetime:
    """A naive time shown in the calendar's zone as wall-clock time in the session's own zone."""
    if shown_in == zone:
        return start
    try:
        return start.replace(tzinfo=ZoneInfo(shown_in)).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    except (KeyError, ValueError):
        return start


def _when(row: SessionRow) -> str:
    return f"{format_day(row.start, 'dddd d MMMM')}, {time_span(row)}"
