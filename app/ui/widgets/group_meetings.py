"""A group's meetings: scheduling, the list with leader, place, guest and who is coming,
invitations and replies. Double-click a meeting to open the live meeting view."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError
from app.core.services.groups import GroupRecord
from app.core.services.invitations import answers_by_meeting

from ..context import AppContext
from ..errors import describe
from ..i18n import noop
from ..models.group_tables import ROW_ROLE, MeetingLine, MeetingTableModel, day_text
from .group_answers import GroupAnswersPanel

RANGES = (("next6", noop("Next 6 months")), ("next12", noop("Next 12 months")), ("past6", noop("Past 6 months")))


class GroupMeetingsPanel(QWidget):
    def __init__(self, ctx: AppContext, open_meeting: Callable[[int], None],
                 import_replies: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_meeting = open_meeting
        self.record: GroupRecord | None = None
        self.schedule_dialog = None
        self.send_dialog = None
        self.smtp_dialog = None
        self._select: int | None = None
        self.model = MeetingTableModel()
        self.schedule_button = QPushButton(self.tr("Schedule meetings\u2026"), objectName="schedule_meetings")
        self.schedule_button.setProperty("primary", True)
        self.send_button = QPushButton(self.tr("Send invitations\u2026"), objectName="send_invitations")
        self.import_button = QPushButton(self.tr("Import replies\u2026"), objectName="import_replies")
        self.import_button.setToolTip(self.tr("Apply the .ics answers invitees sent back (you can also drop them here)"))
        self.smtp_button = QPushButton(self.tr("E-mail settings\u2026"), objectName="smtp_settings")
        self.range = QComboBox(objectName="meeting_range")
        for key, label in RANGES:
            self.range.addItem(self.tr(label), key)
        self.schedule = QLabel(objectName="group_schedule", wordWrap=True)
        self.table = QTableView(objectName="meeting_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # when narrow, the place gives way first
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.guest_button = QPushButton(self.tr("Invite guest to this meeting"), objectName="invite_guest", checkable=True)
        self.guest_button.setToolTip(self.tr("The group's guest or consulting supervisor joins this meeting "
                                             "(and gets its invitation)"))
        self.open_button = QPushButton(self.tr("Open live meeting\u2026"), objectName="open_meeting")
        self.message = QLabel(objectName="meetings_message", wordWrap=True, visible=False)
        self.message.setProperty("role", "field-error")
        self.answers = GroupAnswersPanel(ctx)
        self.schedule_button.clicked.connect(self.schedule_meetings)
        self.send_button.clicked.connect(lambda: self.send_invitations())
        self.import_button.clicked.connect(import_replies)
        self.smtp_button.clicked.connect(lambda: self.smtp_settings())
        self.range.currentIndexChanged.connect(lambda _: self.reload())
        self.guest_button.clicked.connect(self.toggle_guest)
        self.open_button.clicked.connect(self.open_current)

        # Two short rows rather than one long one: the page must fit 1024 px beside the group list.
        tools = QHBoxLayout()
        tools.addWidget(self.schedule_button)
        tools.addWidget(self.send_button)
        tools.addWidget(self.import_button)
        tools.addStretch()
        shown = QHBoxLayout()
        shown.addWidget(self.schedule, 1)
        shown.addWidget(self.smtp_button)
        shown.addWidget(self.range)
        under = QHBoxLayout()
        under.addWidget(self.guest_button)
        under.addWidget(self.message, 1)
        under.addStretch()
        under.addWidget(self.open_button)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(shown)
        column.addWidget(self.table, 1)
        column.addLayout(under)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="meetings_split")
        splitter.addWidget(top)
        splitter.addWidget(self.answers)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        self._enable()

    # ---- loading -------------------------------------------------------------------------
    def set_group(self, record: GroupRecord | None) -> None:
        changed = record is None or self.record is None or record.id != self.record.id
        self.record = record
        if record is None:
            self.model.clear()
            self.answers.clear()
            self.schedule.clear()
            self._enable()
            return
        self.schedule.setText(self._schedule_text(record))
        if changed:
            self.model.clear()
            self.answers.clear()
        self.reload()

    def _schedule_text(self, record: GroupRecord) -> str:
        if not record.series_ids:
            return self.tr("No meetings scheduled yet: \u201cSchedule meetings\u2026\u201d sets the group\u2019s rhythm.")
        return self.tr("Meets: {schedule}").format(schedule=record.schedule) if record.schedule else ""

    def window_range(self) -> tuple[datetime, datetime]:
        today = datetime.combine(datetime.now().date(), time())
        key = self.range.currentData()
        if key == "past6":
            return today - timedelta(days=183), today
        return today, today + timedelta(days=366 if key == "next12" else 183)

    def reload(self) -> None:
        if self.record is None:
            return
        group_id = self.record.id
        start, end = self.window_range()

        def load(p):
            rows = p.groups.meetings(group_id, start, end)
            invited = p.invitations.responses(group_id=group_id)
            names = {m.key: m.name for m in p.groups.members(group_id, include_former=True)}
            names.update({r.person_key: r.name for r in invited})
            answers = answers_by_meeting([r for r in rows if r.status != "cancelled"], invited)
            return [MeetingLine(r, answers.get(r.session_id)) for r in rows], names
        self.ctx.query(load, lambda found: self._fill(group_id, *found))

    def _fill(self, group_id: int, lines: list[MeetingLine], names: dict[str, str]) -> None:
        if self.record is None or group_id != self.record.id:
            return
        current = self.current()
        wanted = self._select if self._select is not None else (current.row.session_id if current else None)
        self._select = None
        self.model.names = names
        self.model.set_rows(lines)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and lines:
            row = next((i for i, line in enumerate(lines) if line.row.status != "cancelled"), 0)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.answers.set_meeting(None)
        self._enable()

    def clear(self) -> None:
        for dialog in (self.schedule_dialog, self.send_dialog, self.smtp_dialog):
            if dialog is not None:
                dialog.done(0)
        self.schedule_dialog = self.send_dialog = self.smtp_dialog = None
        self.set_group(None)

    # ---- the chosen meeting ----------------------------------------------------------------
    def current(self) -> MeetingLine | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _current_changed(self) -> None:
        line = self.current()
        self.message.hide()
        if line is None:
            self.answers.set_meeting(None)
        else:
            day = day_text(line.row.start.date())
            title = self.tr("No. {number}, {day}").format(number=line.row.number, day=day) if line.row.number \
                else day
            if self.answers.session_id != line.row.session_id:
                self.answers.set_meeting(line.row.session_id, title)
        self._enable()

    def open_current(self) -> None:
        line = self.current()
        if line is not None:
            self.open_meeting(line.row.session_id)

    def toggle_guest(self) -> None:
        line = self.current()
        if line is None:
            return
        session_id, invited = line.row.session_id, self.guest_button.isChecked()
        self._select = session_id
        self.ctx.command(lambda p: p.groups.set_guest(session_id, invited), None, self._guest_failed)

    def _guest_failed(self, exc: BaseException) -> None:
        line = self.current()
        self.guest_button.setChecked(bool(line and line.row.guest_invited))
        if isinstance(exc, ValidationError):
            self.message.setText(describe(exc))
            self.message.show()
        else:
            self.ctx.show_error(exc)

    def _enable(self) -> None:
        line = self.current()
        has_group = self.record is not None
        archived = has_group and self.record.archived_at is not None
        self.schedule_button.setEnabled(has_group and not archived)
        self.send_button.setEnabled(has_group and bool(self.model.rows))
        self.import_button.setEnabled(has_group)
        usable = line is not None and line.row.status != "cancelled"
        self.guest_button.setEnabled(usable and line.row.status != "held")
        self.guest_button.setChecked(bool(line and line.row.guest_invited))
        self.open_button.setEnabled(usable)

    # ---- dialogs ---------------------------------------------------------------------------------
    def schedule_meetings(self) -> None:
        record = self.record
        if record is None:
            return

        def opened(tz: str) -> None:
            from ..dialogs.group_schedule import GroupScheduleDialog

            self.schedule_dialog = GroupScheduleDialog(self.ctx, record, tz, self)
            self.schedule_dialog.open()
        self.ctx.query(lambda p: p.settings.get().time_zone, opened)

    def send_invitations(self, session_id: int | None = None) -> None:
        from ..dialogs.send_invitations import SendInvitationsDialog

        if self.record is None:
            return
        line = self.current()
        if session_id is None and line is not None and line.row.series_id is None:
            session_id = line.row.session_id  # a one-off meeting has no series to invite to
        self.send_dialog = SendInvitationsDialog(self.ctx, self.record.id, self, session_id=session_id,
                                                 open_smtp=self.smtp_settings)
        self.send_dialog.open()

    def smtp_settings(self, then: Callable[[], None] | None = None) -> None:
        from ..dialogs.smtp_settings import SmtpSettingsDialog

        self.smtp_dialog = SmtpSettingsDialog(self.ctx, self)
        if then is not None:
            self.smtp_dialog.saved.connect(then)
        self.smtp_dialog.open()
