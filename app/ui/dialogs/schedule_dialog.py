"""Schedule a session or a recurring series, or change one.

The repeat rule reads back as a sentence while it is edited, and clashes with
other sessions are listed as they appear: shown, never blocking. A rule that
can't be used says why and disables saving.
"""
from __future__ import annotations

import html
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import recurrence
from app.core.services.base import ValidationError
from app.core.services.scheduling import MAX_CONFLICTS, ConflictInfo
from app.core.services.series import SeriesData, SeriesPreview, SeriesRecord
from app.core.services.session_records import SessionRecord
from app.core.services.sessions import SessionData

from ..context import AppContext

if TYPE_CHECKING:
    from app.core.practice import Practice
from ..controllers.schedule_request import ScheduleRequest, schedule_command, zone_names
from ..errors import describe
from ..models.session_rows import format_day
from ..widgets.calendar_common import KIND_LABELS, kind_label
from ..widgets.recurrence_editor import RecurrenceEditor
from ..widgets.time_field import TimeField
from .edit_scope import ALL, FOLLOWING, THIS, EditScopeDialog

PREVIEW_DELAY_MS = 250
GROUP_KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def load_for_edit(p: Practice, session_id: int) -> tuple[SessionRecord, SeriesRecord | None]:
    """The session and its series (for :func:`edit_request`); runs on the lane."""
    record = p.sessions.get(session_id)
    return record, (p.series.get(record.series_id) if record.series_id else None)


def edit_request(record: SessionRecord, series: SeriesRecord | None) -> ScheduleRequest:
    """What "Edit time/place" (and Reschedule, and a drag) starts from: the session as saved."""
    start = record.start.replace(tzinfo=None)
    return ScheduleRequest(
        start=start, duration_minutes=record.duration_minutes, tz=record.tz, kind=record.kind,
        supervisee_id=record.supervisee_id, supervisee_name=record.supervisee_name,
        group_id=record.group_id, location=record.location, fee=record.data.fee,
        rrule=series.data.rrule if series else None, session_id=record.id,
        series_id=series.id if series else None, series_start=series.data.start_local if series else None,
        series_fee=series.data.fee if series else None, occurrence_start=start,
        can_repeat=series is not None or (record.status == "scheduled" and not record.data.has_notes))


class ScheduleDialog(QDialog):
    """Open with ``open()``; ``saved`` carries the core's ``Scheduled`` result."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, request: ScheduleRequest, practice_tz: str,
                 parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("schedule_dialog")
        self.ctx, self.request, self.practice_tz = ctx, request, practice_tz
        self.scope_dialog: EditScopeDialog | None = None
        self.preview: SeriesPreview | None = None
        self.conflicts: list[ConflictInfo] = []
        self.busy = False
        self._generation = 0
        self._local_error = ""
        self._remote_error = ""
        self._has_groups = request.group_id is not None
        editing = request.session_id is not None
        in_series = request.series_id is not None
        self.setWindowTitle(self.tr("Change session") if editing else self.tr("Schedule a session"))
        heading = (self.tr("Change a session of a series") if in_series else self.tr("Change session")) \
            if editing else self.tr("New session")
        self.heading = QLabel(f"<h3>{heading}</h3>", objectName="schedule_heading")
        self.note = QLabel(note, objectName="draft_note", wordWrap=True, visible=bool(note))

        self.supervisee = QComboBox(objectName="supervisee")
        self.supervisee.addItem(self.tr("Choose a supervisee\u2026"), None)
        if request.supervisee_id is not None:
            self.supervisee.addItem(request.supervisee_name
                                    or self.tr("Supervisee #{id}").format(id=request.supervisee_id),
                                    request.supervisee_id)
            self.supervisee.setCurrentIndex(1)
        self.group = QComboBox(objectName="group")
        self.group.addItem(self.tr("No particular group"), None)
        if request.group_id is not None:
            self.group.addItem(self.tr("Group #{id}").format(id=request.group_id), request.group_id)
            self.group.setCurrentIndex(1)
        self.group.setAccessibleName(self.tr("Group"))
        self.kind = QComboBox(objectName="kind")
        for key in KIND_LABELS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(request.kind)))
        self.date = QDateEdit(objectName="date", calendarPopup=True, displayFormat="dddd d MMMM yyyy")
        self.date.setDate(QDate(request.start.year, request.start.month, request.start.day))
        self.start_time = TimeField(objectName="start_time")
        self.start_time.setTime(QTime(request.start.hour, request.start.minute))
        self.duration = QSpinBox(objectName="duration", minimum=5, maximum=600, singleStep=5, suffix=self.tr(" min"))
        self.duration.setValue(min(600, max(5, request.duration_minutes)))
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.end_label = QLabel(objectName="end_time")
        self.end_label.setProperty("muted", True)
        self.location = QLineEdit(request.location, objectName="location", maxLength=200)
        self.location.setPlaceholderText(self.tr("Practice room, Online, a café \u2026"))
        self.tz = QComboBox(objectName="time_zone", editable=True)
        self.tz.addItems(zone_names())
        self.tz.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(zone_names(), self.tz)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tz.setCompleter(completer)
        self.tz.setCurrentText(request.tz)
        self.tz.setToolTip(self.tr("The zone the session's clock time is kept in (across summer time changes)."))

        time_row = QHBoxLayout()
        time_row.addWidget(self.start_time)
        time_row.addWidget(QLabel(self.tr("for")))
        time_row.addWidget(self.duration)
        time_row.addWidget(self.end_label, 1)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("With"), self.supervisee)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Starts"), time_row)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Time zone"), self.tz)

        self.recurrence = RecurrenceEditor()
        self.recurrence.load(request.rrule, request.start, request.tz)
        if request.rule_touched:
            self.recurrence._touched = True
        repeat_box = QGroupBox(self.tr("Repeat"), objectName="repeat_box")
        QVBoxLayout(repeat_box).addWidget(self.recurrence)
        repeat_box.setVisible(request.can_repeat)

        self.sentence = QLabel(objectName="rule_sentence", wordWrap=True)
        self.first_sessions = QLabel(objectName="first_sessions", wordWrap=True)
        self.first_sessions.setProperty("muted", True)
        self.error = QLabel(objectName="schedule_error", wordWrap=True)
        self.error.setProperty("role", "field-error")
        self.conflict_heading = QLabel(objectName="conflict_heading", wordWrap=True)
        self.conflict_list = QListWidget(objectName="conflicts")
        self.conflict_list.setMaximumHeight(110)
        self.conflict_list.setAccessibleName(self.tr("Clashes with other sessions"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save changes") if editing else self.tr("Schedule"))
        self.ok_button.setObjectName("schedule_ok")
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(repeat_box)
        layout.addWidget(self.sentence)
        layout.addWidget(self.first_sessions)
        layout.addWidget(self.error)
        layout.addWidget(self.conflict_heading)
        layout.addWidget(self.conflict_list)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self.check_now)
        self.group.currentIndexChanged.connect(self._group_chosen)
        for signal in (self.supervisee.currentIndexChanged, self.kind.currentIndexChanged,
                       self.start_time.timeChanged, self.duration.valueChanged, self.location.textChanged,
                       self.tz.currentTextChanged, self.recurrence.changed):
            signal.connect(self.refresh)
        self.date.dateChanged.connect(self._date_changed)
        def load(p):
            groups = getattr(p, "groups", None)  # groups arrive with their own page
            return p.supervisees.list(), (groups.list() if groups is not None else [])
        self.ctx.query(load, lambda found: self._fill_choices(*found), lambda exc: None)
        self.refresh()

    # ---- values --------------------------------------------------------------
    def start_local(self) -> datetime:
        """The chosen date and time (naive, in the chosen zone).

        The fields cannot tell the two 02:30s of a fall-back night apart, so a time picked here is the
        first; an unchanged one stays the one the session has (its ``fold``), not an hour earlier.
        """
        picked = datetime.combine(self.date.date().toPython(), self.start_time.time().toPython().replace(second=0))
        kept = self.request.start
        if picked == kept and self.time_zone() == self.request.tz:  # (== does not compare fold)
            return picked.replace(fold=kept.fold)
        return picked

    def time_zone(self) -> str:
        return self.tz.currentText().strip()

    def group_id(self) -> int | None:
        return None if self.kind.currentData() == "individual" else self.group.currentData()

    def supervisee_id(self) -> int | None:
        """The supervisee of an individual session; a group session is the group's."""
        if self.kind.currentData() != "individual":
            return None
        return self.supervisee.currentData()

    def series_data(self, start: datetime | None = None) -> SeriesData:
        return SeriesData(start_local=start or self.start_local(), rrule=self.recurrence.rrule_text() or "",
                          tz=self.time_zone(), duration_minutes=self.duration.value(),
                          kind=self.kind.currentData(), supervisee_id=self.supervisee_id(),
                          group_id=self.group_id(), location=self.location.text(),
                          fee=self.request.series_fee if self.request.series_id else self.request.fee)

    def session_data(self) -> SessionData:
        return SessionData(start_local=self.start_local(), tz=self.time_zone(),
                           duration_minutes=self.duration.value(), kind=self.kind.currentData(),
                           supervisee_id=self.supervisee_id(), group_id=self.group_id(),
                           location=self.location.text(), fee=self.request.fee)

    def current_request(self) -> ScheduleRequest:
        """The dialog's state as a request (a draft across a lock)."""
        return replace(self.request, start=self.start_local(), duration_minutes=self.duration.value(),
                       tz=self.time_zone(), kind=self.kind.currentData(), supervisee_id=self.supervisee_id(),
                       supervisee_name=self.supervisee.currentText() if self.supervisee_id() else "",
                       group_id=self.group_id(),
                       location=self.location.text(), rrule=self.recurrence.rrule_text(),
                       occurrence_start=self.request.occurrence_start or self.request.start,
                       rule_touched=self.recurrence.is_touched())

    # ---- live checks -------------------------------------------------------------
    def _date_changed(self) -> None:
        self.recurrence.set_start(self.date.date().toPython())
        self.refresh()

    def _fill_choices(self, supervisees: list, groups: list) -> None:
        wanted = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("No particular group"), None)
        for row in groups:
            self.group.addItem(row.name, row.id)
            self.group.setItemData(self.group.count() - 1, row.kind, GROUP_KIND_ROLE)
        if wanted is not None and self.group.findData(wanted) < 0:
            self.group.addItem(self.tr("Group #{id}").format(id=wanted), wanted)
        self.group.setCurrentIndex(max(0, self.group.findData(wanted)))
        self.group.blockSignals(False)
        self._has_groups = self.group.count() > 1
        self._fill_supervisees(supervisees)

    def _group_chosen(self) -> None:
        kind = self.group.currentData(GROUP_KIND_ROLE)
        if kind in KIND_LABELS and kind != "individual":
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.refresh()

    def _fill_supervisees(self, rows: list) -> None:
        wanted = self.supervisee.currentData()
        self.supervisee.blockSignals(True)
        extra = {self.supervisee.itemData(i): self.supervisee.itemText(i) for i in range(1, self.supervisee.count())}
        self.supervisee.clear()
        self.supervisee.addItem(self.tr("Choose a supervisee\u2026"), None)
        for row in rows:
            label = row.full_name + (f" ({row.preferred_name})" if row.preferred_name
                                     and row.preferred_name != row.full_name else "")
            self.supervisee.addItem(label, row.id)
        if wanted is not None and self.supervisee.findData(wanted) < 0:
            self.supervisee.addItem(extra.get(wanted, self.tr("Supervisee #{id}").format(id=wanted)), wanted)
        self.supervisee.setCurrentIndex(max(0, self.supervisee.findData(wanted)))
        self.supervisee.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read back what the widgets say now; ask the vault about clashes a moment later."""
        individual = self.kind.currentData() == "individual"
        self.form.setRowVisible(self.supervisee, individual)
        self.form.setRowVisible(self.group, not individual and self._has_groups)
        start = self.start_local()
        end = start + timedelta(minutes=self.duration.value())
        self.end_label.setText((self.tr("until {time} the next day") if end.date() != start.date()
                                else self.tr("until {time}")).format(time=f"{end:%H:%M}"))
        self._local_error, sentence = self._read_back(start)
        self.sentence.setText(sentence)
        self._remote_error = ""
        self.first_sessions.clear()
        self._show_state()
        self._generation += 1
        if not self._local_error:
            self._timer.start()

    def _read_back(self, start: datetime) -> tuple[str, str]:
        tz = self.time_zone()
        if tz not in zone_names():
            return self.tr("Choose a time zone from the list (for example Europe/Berlin)."), ""
        if self.kind.currentData() == "individual" and self.supervisee.currentData() is None:
            error = self.tr("Choose the supervisee.")
        else:
            error = ""
        end = start + timedelta(minutes=self.duration.value())
        try:
            rule = self.recurrence.rule()
            if rule is None:
                sentence = f"{format_day(start, 'dddd d MMMM yyyy')}, {start:%H:%M}\u2013{end:%H:%M}"
            else:
                sentence = recurrence.describe(rule, start, self.duration.value(), tz)
        except recurrence.RecurrenceError as exc:
            return self.tr("This repeat rule can't be used: {reason}.").format(reason=exc), ""
        if tz != self.practice_tz:
            here = start.replace(tzinfo=ZoneInfo(tz)).astimezone(ZoneInfo(self.practice_tz))
            sentence += " " + self.tr("({zone}) \u2014 {start}\u2013{end} in your calendar ({calendar})").format(
                zone=tz, start=f"{here:%H:%M}", end=f"{here + (end - start):%H:%M}", calendar=self.practice_tz)
        return error, sentence

    def check_now(self) -> None:
        """Validate against the vault and list clashes (series preview or one session)."""
        self._timer.stop()
        if self._local_error:
            return
        generation = self._generation
        tz = self.time_zone()
        exclude_session = self.request.session_id
        if self.recurrence.is_repeating():
            data = self.series_data()
            exclude_series = self.request.series_id

            def run(p):
                return p.series.preview(data, exclude_series_id=exclude_series)
        else:
            start = self.start_local().replace(tzinfo=ZoneInfo(tz))
            end = start + timedelta(minutes=self.duration.value())
            supervisee, group = self.supervisee_id(), self.group_id()

            def run(p):
                return p.sessions.conflicts(start, end, supervisee_id=supervisee, group_id=group,
                                            exclude_session_id=exclude_session)
        self.ctx.query(run, lambda result: self._checked(generation, result),
                       lambda exc: self._check_failed(generation, exc))

    def _checked(self, generation: int, result: SeriesPreview | list[ConflictInfo]) -> None:
        if generation != self._generation:
            return
        if isinstance(result, SeriesPreview):
            self.preview = result
            self.conflicts = list(result.conflicts)
            if result.first:
                dates = ", ".join(format_day(d, "ddd d MMM") for d in result.first[:5])
                more = " \u2026" if len(result.first) > 5 else ""
                label = self.tr("Sessions from this date: {dates}") if self.request.session_id is not None \
                    else self.tr("First sessions: {dates}")
                self.first_sessions.setText(label.format(dates=dates + more))
        else:
            self.preview = None
            self.conflicts = list(result)
        self._show_state()

    def _check_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._remote_error = describe(exc) if isinstance(exc, ValidationError) else ""
        self.conflicts = []
        self._show_state()

    def _show_state(self) -> None:
        error = self._local_error or self._remote_error
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self.ok_button.setEnabled(not error and not self.busy)
        self.conflict_list.clear()
        shown = self.conflicts if not error else []
        for conflict in shown:
            self.conflict_list.addItem(conflict.message)
        if shown:
            if len(shown) >= MAX_CONFLICTS:
                clashes = self.tr("Clashes with {n} or more sessions").format(n=len(shown))
            else:
                clashes = self.tr("Clashes with %n session(s)", "", len(shown))
            self.conflict_heading.setText(f"<b>\u26a0 {html.escape(clashes)}</b> \u2014 "
                                          + html.escape(self.tr("you can still save.")))
        self.conflict_heading.setVisible(bool(shown))
        self.conflict_list.setVisible(bool(shown))

    # ---- saving ----------------------------------------------------------------------
    def submit(self) -> None:
        if self._local_error or self._remote_error or self.busy:
            return
        request = self.request
        if request.session_id is not None and request.series_id is not None:
            disabled: dict[str, str] = {}
            if self.recurrence.is_touched():
                disabled[THIS] = self.tr("The repeat rule changed, so the change is for the series.")
            if not self.recurrence.is_repeating():
                disabled[FOLLOWING] = disabled[ALL] = self.tr(
                    "\u201cDoes not repeat\u201d changes only this session; delete the following ones to end "
                    "the series.")
            self.scope_dialog = EditScopeDialog("edit", self, disabled=disabled)
            self.scope_dialog.chosen.connect(self.save)
            self.scope_dialog.open()
            return
        self.save(None)

    def save(self, scope: str | None) -> None:
        """Run the change: ``scope`` is "this", "following", "all", or None (new / one-off)."""
        run = schedule_command(self.request, scope, repeating=self.recurrence.is_repeating(),
                               start=self.start_local(), series_data=self.series_data,
                               session_data=self.session_data())
        self.busy = True
        self._show_state()
        self.ctx.command(run, self._saved, self._failed)

    def _saved(self, scheduled: object) -> None:
        self.busy = False
        self.saved.emit(scheduled)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, ValidationError):
            self._remote_error = describe(exc)
            self._show_state()
        else:
            self._show_state()
            self.ctx.show_error(exc)

