"""One supervisee's history: themes over time, and every session as a light row.

Self-contained: give it the context and an ``open_session`` callback, then
call ``set_supervisee(id)`` (or ``None``) as the selection changes. It
refreshes itself when sessions or themes change, and ``clear()`` drops
everything when the vault locks.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.services.rows import SessionRow

from ..context import AppContext
from ..i18n import noop, tr
from ..models.session_rows import ID_ROLE, SessionRowDelegate, SessionRowModel, format_day
from .theme_chart import ThemeChart

RANGES = ((noop("12 months"), 12), (noop("2 years"), 24), (noop("5 years"), 60), (noop("All"), 0))


@dataclass(frozen=True)
class HistoryData:
    supervisee_id: int
    rows: list[SessionRow]  # up to today, newest first
    upcoming: list[SessionRow]  # after today, soonest first
    counts: dict[date, dict[str, int]]
    colours: dict[str, str]
    start: date
    end: date
    today: date


def months_back(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def load_history(practice, supervisee_id: int, months: int) -> HistoryData:
    tz = practice.settings.get().time_zone or "UTC"
    today = datetime.now(ZoneInfo(tz)).date()
    start = months_back(today, months) if months else None
    rows = practice.sessions.history(supervisee_id)
    counts = practice.sessions.theme_counts(supervisee_id, start, None)
    colours = {t.name: t.color for t in practice.themes.list(include_archived=True)}
    if start is None:
        past = [r.start.date() for r in rows if r.start.date() <= today]
        start = min(past + list(counts)) if past or counts else today
    past = [r for r in rows if r.start.date() <= today]
    upcoming = sorted((r for r in rows if r.start.date() > today and r.status == "scheduled"),
                      key=lambda r: r.start)
    return HistoryData(supervisee_id, past, upcoming, {m: c for m, c in counts.items() if m <= today},
                       colours, start.replace(day=1), today.replace(day=1), today)


def summary(data: HistoryData) -> str:
    held = sum(1 for r in data.rows if r.status == "held")
    due = sum(1 for r in data.rows if r.status == "held" and not r.has_notes)
    context = "SuperviseeHistoryPanel"
    parts = [tr("{count} held", context).format(count=held)]
    if due:
        parts.append(tr("{count} without notes", context).format(count=due))
    if data.upcoming:
        parts.append(tr("next {day}", context).format(day=format_day(data.upcoming[0].start, "ddd d MMM")))
    return " \u00b7 ".join(parts)


class SuperviseeHistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, open_session: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_session = open_session
        self.supervisee_id: int | None = None
        self._generation = 0
        self.setObjectName("supervisee_history")
        self.heading = QLabel(self.tr("Themes over time"), objectName="history_heading")
        self.summary = QLabel(objectName="history_summary")
        self.summary.setProperty("muted", True)
        self.months = RANGES[0][1]
        self.range_buttons: list[QToolButton] = []
        self.range = QWidget(objectName="history_range")
        range_layout = QHBoxLayout(self.range)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.setSpacing(0)
        for i, (label, months) in enumerate(RANGES):
            button = QToolButton(text=self.tr(label), checkable=True, checked=i == 0, objectName=f"range_{i}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, m=months: self.set_range(m))
            self.range_buttons.append(button)
            range_layout.addWidget(button)
        self.caption = QLabel(self.tr("Sessions per month by theme; a session can carry several themes."),
                              objectName="history_caption")
        self.caption.setProperty("muted", True)
        self.chart = ThemeChart()
        self.model = SessionRowModel("date", show_who=False)
        self.list = QListView(objectName="history_list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(SessionRowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._open_index)
        self.list.doubleClicked.connect(self._open_index)
        self.list_heading = QLabel(self.tr("Sessions"), objectName="history_list_heading")
        self.empty = QLabel(self.tr("Choose a supervisee to see their sessions and themes."), objectName="history_empty",
                            alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setProperty("muted", True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.range)
        chart_box = QFrame(objectName="history_chart_card")
        chart_box.setProperty("card", True)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(12, 10, 12, 8)
        chart_layout.addLayout(top)
        chart_layout.addWidget(self.caption)
        chart_layout.addWidget(self.chart, 1)
        list_box = QFrame(objectName="history_list_card")
        list_box.setProperty("card", True)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(12, 10, 12, 8)
        list_top = QHBoxLayout()
        list_top.addWidget(self.list_heading)
        list_top.addStretch()
        list_top.addWidget(self.summary)
        list_layout.addLayout(list_top)
        list_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chart_box)
        splitter.addWidget(list_box)
        splitter.setSizes([300, 360])
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.subscribe(self.on_changes)

    def set_supervisee(self, supervisee_id: int | None) -> None:
        if supervisee_id != self.supervisee_id:
            self.model.clear()
            self.chart.clear()
        self.supervisee_id = supervisee_id
        if supervisee_id is None:
            self._generation += 1
            self.stack.setCurrentWidget(self.empty)
            self.summary.setText("")
            return
        self.reload()

    def set_range(self, months: int) -> None:
        """Show the last ``months`` months (0: everything)."""
        self.months = months
        for button, (_label, m) in zip(self.range_buttons, RANGES):
            button.setChecked(m == months)
        self.reload()

    def reload(self) -> None:
        sid = self.supervisee_id
        if sid is None:
            return
        months = self.months
        self._generation += 1
        generation = self._generation
        self.ctx.query(lambda p: load_history(p, sid, months),
                       lambda data: self._fill(data) if generation == self._generation else None,
                       lambda exc: None)

    def _fill(self, data: HistoryData) -> None:
        self.stack.setCurrentIndex(1)
        self.model.set_rows(data.rows)
        self.chart.set_data(data.counts, data.colours, data.start, data.end)
        self.list_heading.setText(self.tr("Sessions ({count})").format(count=len(data.rows)))
        self.summary.setText(summary(data))

    def clear(self) -> None:
        """The vault locked: drop every record."""
        self.set_supervisee(None)

    def on_changes(self, changes: Changes) -> None:
        if self.supervisee_id is not None and (changes.sessions or changes.themes or changes.supervisees):
            self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session(int(index.data(ID_ROLE)))
