"""Calendar: day, week and month views and an agenda, with navigation,
drag-to-create and a menu on every session."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.services.rows import SessionRow
from app.core.services.scheduling import add_months

from ..context import AppContext
from ..dialogs.schedule_dialog import ScheduleDialog, ScheduleRequest
from ..drafts import Draft
from ..i18n import noop
from ..widgets.agenda_view import AgendaView
from ..widgets.calendar_common import month_grid_start, range_heading, week_start
from ..widgets.fit_label import FitLabel
from ..widgets.month_view import MonthView
from ..widgets.week_view import WeekView
from .base import Page
from .calendar_actions import SessionActions

DRAFT_KIND = "schedule"
AGENDA_DAYS = 28
MODES = (("day", noop("Day"), "D"), ("week", noop("Week"), "W"), ("month", noop("Month"), "M"),
         ("agenda", noop("Agenda"), "A"))
STEP_TIPS = {  # the tooltips of the previous and next buttons
    "day": (noop("Previous day (Ctrl+Left or Page Up)"), noop("Next day (Ctrl+Right or Page Down)")),
    "week": (noop("Previous week (Ctrl+Left or Page Up)"), noop("Next week (Ctrl+Right or Page Down)")),
    "month": (noop("Previous month (Ctrl+Left or Page Up)"), noop("Next month (Ctrl+Right or Page Down)")),
    "agenda": (noop("Previous four weeks (Ctrl+Left or Page Up)"), noop("Next four weeks (Ctrl+Right or Page Down)")),
}


class CalendarPage(Page):
    title = noop("Calendar")  # shown through tr(); the English title is the key

    def __init__(self, ctx: AppContext, open_session: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.open_session = open_session
        self.mode = "week"
        self.anchor = date.today()
        self.tz = "UTC"
        self.default_minutes = 60
        self.first_weekday = 0  # Monday
        self.rows: list[SessionRow] = []
        self.group_names: dict[int, str] = {}  # one dict, shared by the views
        self.loaded_range: tuple[date, date] | None = None
        self._wanted: tuple[str, date, date] | None = None
        self.schedule_dialog: ScheduleDialog | None = None
        self.actions = SessionActions(self)

        self.today_button = QPushButton(self.tr("Today"), objectName="calendar_today")
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.prev_button = QToolButton(objectName="calendar_prev", text="\u2039", autoRaise=True)
        self.next_button = QToolButton(objectName="calendar_next", text="\u203a", autoRaise=True)
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button.setAccessibleName(self.tr("Next"))
        # The heading shows the range whole where there is room, else without its year (then elided);
        # the count of sessions sits under it rather than competing with it for the row's width.
        self.heading = FitLabel(objectName="calendar_heading")
        self.summary = FitLabel(objectName="calendar_summary")
        self.summary.setProperty("muted", True)
        self.view_buttons: dict[str, QToolButton] = {}
        self.view_group = QButtonGroup(self)
        switcher = QHBoxLayout()
        switcher.setSpacing(0)
        for mode, label, key in MODES:
            button = QToolButton(objectName=f"view_{mode}", text=self.tr(label), checkable=True)
            button.setToolTip(self.tr("{view} view ({key})").format(view=self.tr(label), key=key))
            button.setProperty("segment", mode)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.view_group.addButton(button)
            self.view_buttons[mode] = button
            switcher.addWidget(button)
        self.new_button = QPushButton(self.tr("New session"), objectName="calendar_new")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Schedule a session or a recurring series (Ctrl+N).\n"
                                           "Or drag across empty time in the day or week view.\n"
                                           "Drag a session to move it; drag its bottom edge to change its length."))
        self.today_button.clicked.connect(self.go_today)
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.new_button.clicked.connect(lambda: self.new_session())

        self.week_view = WeekView()
        self.month_view = MonthView()
        self.agenda_view = AgendaView()
        for holder in (self.week_view.grid, self.month_view, self.agenda_view.model):
            holder.group_names = self.group_names
        self.stack = QStackedWidget(objectName="calendar_stack")
        for view in (self.week_view, self.month_view, self.agenda_view):
            self.stack.addWidget(view)
            view.activated.connect(self._activate)
            view.context_requested.connect(self.actions.show_menu)
            view.delete_requested.connect(self.actions.delete)
        for view in (self.week_view, self.month_view):
            view.create_requested.connect(self.new_session)
            view.day_requested.connect(self.show_day)
            view.move_requested.connect(self.actions.move)
        self.week_view.slot_context_requested.connect(self._slot_menu)

        top = QHBoxLayout()
        top.addWidget(self.today_button)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        top.addLayout(switcher)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        for keys, slot in ((("Ctrl+Left", "PgUp"), lambda: self.go(-1)),
                           (("Ctrl+Right", "PgDown"), lambda: self.go(1)),
                           (("Ctrl+T",), self.go_today), (("Ctrl+N",), lambda: self.new_session()),
                           *(((key,), lambda m=mode: self.set_mode(m)) for mode, _, key in MODES)):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_mode()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the page is chosen: the view, so D/W/M/A and arrows work."""
        view = self.stack.currentWidget()
        grid = getattr(view, "grid", None)
        if isinstance(grid, QWidget) and grid.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return grid
        return view if view is not None else self

    # ---- range and heading --------------------------------------------------------
    def visible_range(self) -> tuple[date, date]:
        """First day and the day after the last, for the current view."""
        if self.mode == "day":
            return self.anchor, self.anchor + timedelta(days=1)
        if self.mode == "week":
            first = week_start(self.anchor, self.first_weekday)
            return first, first + timedelta(days=7)
        if self.mode == "month":
            first = month_grid_start(self.anchor, self.first_weekday)
            return first, first + timedelta(days=42)
        return self.anchor, self.anchor + timedelta(days=AGENDA_DAYS)

    def heading_texts(self) -> list[str]:
        """The range, longest first: with its year, then without."""
        first, end = self.visible_range()
        if self.mode == "month":
            return [f"{self.anchor:%B %Y}", f"{self.anchor:%b %Y}"]
        full = range_heading(first, end - timedelta(days=1))
        short = full.removesuffix(f" {(end - timedelta(days=1)).year}")
        return [full, short] if short != full else [full]

    def today(self) -> date:
        try:
            return datetime.now(ZoneInfo(self.tz)).date()
        except (KeyError, ValueError):
            return date.today()

    # ---- navigation -------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._show_mode()
            self.reload()

    def go(self, step: int) -> None:
        if self.mode == "month":
            self.anchor = add_months(self.anchor.replace(day=1), step)
        else:
            days = {"day": 1, "week": 7, "agenda": AGENDA_DAYS}[self.mode]
            self.anchor += timedelta(days=days * step)
        self._show_mode()
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.today()
        self._show_mode()
        self.reload()

    def show_day(self, day: date) -> None:
        self.anchor, self.mode = day, "day"
        self._show_mode()
        self.reload()

    def _show_mode(self) -> None:
        self.view_buttons[self.mode].setChecked(True)
        first, end = self.visible_range()
        self.heading.set_texts(self.heading_texts())
        previous, following = STEP_TIPS[self.mode]
        self.prev_button.setToolTip(self.tr(previous))
        self.next_button.setToolTip(self.tr(following))
        if self.mode in ("day", "week"):
            self.week_view.set_days(first, (end - first).days)
            self.stack.setCurrentWidget(self.week_view)
        elif self.mode == "month":
            self.month_view.set_month(self.anchor, first)
            self.stack.setCurrentWidget(self.month_view)
        else:
            self.stack.setCurrentWidget(self.agenda_view)
        if self.loaded_range != (first, end):
            self._set_rows([])

    # ---- loading -------------------------------------------------------------------
    def on_unlocked(self) -> None:
        def load(p):
            settings = p.settings.get()
            return settings.time_zone, settings.default_session_minutes
        self.ctx.query(load, self._settings_loaded)

    def _settings_loaded(self, values: tuple[str, int]) -> None:
        first_load = self.loaded_range is None
        self.tz, self.default_minutes = values
        self.week_view.set_time_zone(self.tz)
        self.month_view.set_time_zone(self.tz)
        if first_load:
            self.anchor = self.today()
            self._show_mode()
        self.reload()

    def reload(self) -> None:
        first, end = self.visible_range()
        wanted = (self.mode, first, end)
        self._wanted = wanted
        start, stop = datetime.combine(first, time()), datetime.combine(end, time())
        def load(p):
            rows = p.sessions.sessions_between(start, stop)
            groups = getattr(p, "groups", None) if any(r.group_id for r in rows) else None
            return rows, ({g.id: g.name for g in groups.list(include_archived=True)} if groups else {})
        self.ctx.query(load, lambda found: self._loaded(wanted, *found))

    def _loaded(self, wanted: tuple[str, date, date], rows: list[SessionRow], names: dict[int, str]) -> None:
        if wanted != self._wanted:
            return  # the user moved on; a newer query is on its way
        self.loaded_range = wanted[1:]
        self.group_names.clear()
        self.group_names.update(names)
        self._set_rows(rows)

    def _set_rows(self, rows: list[SessionRow]) -> None:
        self.rows = list(rows)
        if self.mode in ("day", "week"):
            self.week_view.set_rows(self.rows)
        elif self.mode == "month":
            self.month_view.set_rows(self.rows)
        else:
            self.agenda_view.set_rows(self.rows, self.today())
        active = [r for r in self.rows if r.status != "cancelled"]
        cancelled = len(self.rows) - len(active)
        count = len(active)
        text = self.tr("%n session(s)", "", count) if self.loaded_range else ""
        if cancelled and text:
            text += " \u00b7 " + self.tr("{n} cancelled").format(n=cancelled)
        self.summary.set_texts([text])

    def row(self, session_id: int) -> SessionRow | None:
        return next((r for r in self.rows if r.id == session_id), None)

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.on_unlocked()
        elif (changes.sessions or changes.supervisees or changes.groups) and self.ctx.practice is not None:
            self.reload()

    def clear(self) -> None:
        self.actions.close_all()
        if self.schedule_dialog is not None:
            self.schedule_dialog.done(0)
            self.schedule_dialog = None
        self.rows, self.loaded_range, self._wanted = [], None, None
        for view in (self.week_view, self.month_view, self.agenda_view):
            view.clear()
        self.summary.clear()

    # ---- sessions ---------------------------------------------------------------------
    def _activate(self, session_id: int) -> None:
        self.open_session(session_id)

    def new_session(self, start: datetime | None = None, minutes: int | None = None) -> None:
        if start is None:  # the next full hour today when today is shown, else 10:00 on the first day
            now = datetime.now(ZoneInfo(self.tz)).replace(tzinfo=None)
            first, end = self.visible_range()
            day = now.date() if first <= now.date() < end else self.anchor if self.mode == "day" else first
            hour = 10
            if day == now.date():
                hour = now.hour + 1 if 7 <= now.hour < 20 else 10
                day += timedelta(days=1 if now.hour >= 20 else 0)
            start = datetime.combine(day, time(hour))
        self.open_schedule(ScheduleRequest(start=start, duration_minutes=minutes or self.default_minutes,
                                           tz=self.tz))

    def open_schedule(self, request: ScheduleRequest, note: str = "") -> ScheduleDialog:
        if self.schedule_dialog is not None:
            self.schedule_dialog.done(0)
        dialog = ScheduleDialog(self.ctx, request, self.tz, self, note=note)
        dialog.finished.connect(lambda _: self._schedule_closed(dialog))
        self.schedule_dialog = dialog
        dialog.open()
        return dialog

    def _schedule_closed(self, dialog: ScheduleDialog) -> None:
        self.week_view.grid.clear_draft()
        if self.schedule_dialog is dialog:
            self.schedule_dialog = None

    def clear_previews(self) -> None:
        """A drag was answered (or cancelled): the views show the sessions as they are."""
        self.week_view.clear_preview()
        self.month_view.clear_preview()

    def _slot_menu(self, start: datetime, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("slot_menu")
        menu.addAction(self.tr("New session at {time}\u2026").format(time=f"{start:%H:%M}"),
                       lambda: self.new_session(start))
        menu.popup(where)
        self.actions.menu = menu

    # ---- drafts across a lock ---------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        return self.schedule_dialog is not None and self.schedule_dialog.isVisible()

    def drafts(self) -> list[Draft]:
        if not self.has_unsaved_edits():
            return []
        assert self.schedule_dialog is not None
        request = self.schedule_dialog.current_request()
        ref = str(request.session_id) if request.session_id is not None else "new"
        return [(DRAFT_KIND, ref, {"request": request.to_json()})]

    def restore_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> bool:
        if kind != DRAFT_KIND:
            return False
        try:
            request = ScheduleRequest.from_json(payload.get("request", {}))
        except (TypeError, ValueError):
            return True  # ours, but unreadable: nothing to bring back
        self.open_schedule(request, note=self.tr("Your unsaved scheduling from before the lock is back. "
                                                 "Save it, or cancel to drop it."))
        return True
