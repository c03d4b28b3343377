"""Today: today's and the rest of this week's sessions, what still needs doing
(held without notes, past sessions awaiting an outcome, follow-ups due) and
group reviews due. Every item opens its session."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.services.rows import FollowUpRow
from app.core.services.today import ATTENTION_LIMIT, FOLLOW_UP_DAYS, TodayData

from ..backup_prefs import last_backup_text
from ..context import AppContext
from ..i18n import noop
from ..models.session_rows import (
    ID_ROLE,
    ROW_ROLE,
    SessionRowModel,
    format_day,
)
from ..widgets.today_rows import TodayRowDelegate, session_list
from .base import Page

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class Section(QFrame):
    """A titled card with a count and an empty-state line."""

    def __init__(self, title: str, name: str, empty: str, body: QWidget) -> None:
        super().__init__(objectName=name)
        self.setProperty("card", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.heading = QLabel(title, objectName="section_title")
        self.count = QLabel(objectName="section_count")
        self.count.setProperty("muted", True)
        self.empty = QLabel(empty, objectName="section_empty", wordWrap=True)
        self.empty.setProperty("muted", True)
        self.body = body
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stack)

    def set_count(self, n: int, more: bool = False) -> None:
        self.count.setText("" if n == 0 else f"{n}{'+' if more else ''}")
        self.stack.setCurrentWidget(self.body if n else self.empty)
        rows = max(1, min(n, 8))
        if isinstance(self.body, QListView):
            self.body.setFixedHeight(rows * 34 + 4)
        self.stack.setFixedHeight(self.body.height() if n else self.empty.sizeHint().height())


class TodayPage(Page):
    title = noop("Today")  # shown through tr(); the English title is the key

    def __init__(self, ctx: AppContext, open_session: Callable[[int], None], parent: QWidget | None = None,
                 review_sync: Callable[[], None] | None = None) -> None:
        super().__init__(ctx, parent)
        self.open_session = open_session
        # Changes made on another device (calendar sync) that wait for review.
        self.sync_banner = QPushButton(objectName="sync_banner", visible=False, flat=True)
        if review_sync is not None:
            self.sync_banner.clicked.connect(review_sync)
        self.day: date | None = None
        self.tz = "UTC"
        self.heading = QLabel(self.tr("Today"), objectName="today_heading")
        self.subheading = QLabel(objectName="today_subheading")
        self.subheading.setProperty("muted", True)
        self.backup_line = QLabel(objectName="today_backup", wordWrap=True)
        self.models = {"today": SessionRowModel("time"), "week": SessionRowModel("day"),
                       "without_notes": SessionRowModel("day"), "awaiting": SessionRowModel("day")}
        self.views = {key: session_list(model, f"{key}_list", self._open_index)
                      for key, model in self.models.items()}
        self.follow_ups = QListWidget(objectName="follow_ups_list")
        self.follow_ups.setFrameShape(QFrame.Shape.NoFrame)
        self.follow_ups.itemChanged.connect(self._follow_up_ticked)
        self.follow_ups.itemActivated.connect(self._open_follow_up)
        self.follow_ups.itemDoubleClicked.connect(self._open_follow_up)
        self.reviews = QListWidget(objectName="reviews_list")
        self.reviews.setFrameShape(QFrame.Shape.NoFrame)
        self.sections = {
            "today": Section(self.tr("Today\u2019s sessions"), "today_card", self.tr("No sessions today."),
                             self.views["today"]),
            "week": Section(self.tr("Later this week"), "week_card", self.tr("Nothing else this week."),
                            self.views["week"]),
            "without_notes": Section(self.tr("Held, notes still to write"), "without_notes_card",
                                     self.tr("Every held session has its notes."),
                                     self.views["without_notes"]),
            "awaiting": Section(self.tr("Past sessions awaiting an outcome"), "awaiting_card",
                                self.tr("Nothing to mark: every past session has an outcome."),
                                self.views["awaiting"]),
            "follow_ups": Section(self.tr("Follow-ups due"), "follow_ups_card",
                                  self.tr("No follow-ups due in the next {n} days.").format(n=FOLLOW_UP_DAYS),
                                  self.follow_ups),
            "reviews": Section(self.tr("Reviews due"), "reviews_card",
                               self.tr("No group reviews due. Groups with a review date will show here."),
                               self.reviews),
        }
        left = QVBoxLayout()
        right = QVBoxLayout()
        for key in ("today", "week"):
            left.addWidget(self.sections[key])
        for key in ("without_notes", "awaiting", "follow_ups", "reviews"):
            right.addWidget(self.sections[key])
        left.addStretch()
        right.addStretch()
        # Two columns when each has room for a row with its name; one column (the attention cards
        # below today's) when the window is narrower, so names are never cut next to empty space.
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        inner = QWidget(objectName="today_inner")
        self.inner_layout = inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(24, 18, 24, 18)
        inner_layout.addWidget(self.heading)
        inner_layout.addWidget(self.subheading)
        inner_layout.addWidget(self.backup_line)
        inner_layout.addWidget(self.sync_banner, 0, Qt.AlignmentFlag.AlignLeft)
        inner_layout.addSpacing(8)
        inner_layout.addLayout(columns)
        inner_layout.addStretch(1)
        self.scroll = scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._generation = 0
        self.midnight = QTimer(self, interval=60_000)
        self.midnight.timeout.connect(self._check_day)
        self.set_reviews([])
        self.clear()

    # ---- loading ------------------------------------------------------------
    def on_unlocked(self) -> None:
        self.reload()
        self.midnight.start()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ctx.query(lambda p: p.today(), lambda data: self._fill(data) if generation == self._generation else None)
        self.reload_backup_line()

    def show_first_look(self, data: TodayData) -> None:
        """A cold start's Today, read before the vault finished opening (``app.core.first_look``); the
        page loads again as usual once it has."""
        self._generation += 1
        self._fill(data)
        self._show_backup(data.last_backup)

    def reload_backup_line(self) -> None:
        generation = self._generation
        self.ctx.query(lambda p: p.backups.last_backup(),
                       lambda last: self._show_backup(last) if generation == self._generation else None)

    def _show_backup(self, last: datetime | None) -> None:
        text, warn = last_backup_text(last, self.tz)
        self.backup_line.setText(text)
        self.backup_line.setProperty("warning", warn)  # the style sheet shows a warning in the error colour
        self.backup_line.style().polish(self.backup_line)

    def _fill(self, data: TodayData) -> None:
        self.day, self.tz = data.day, data.tz
        self.heading.setText(format_day(datetime.combine(data.day, datetime.min.time()), "dddd d MMMM yyyy"))
        held_today = sum(1 for r in data.today if r.status != "cancelled")
        self.subheading.setText(self.tr("%n session(s) today", "", held_today))
        for key in ("today", "week", "without_notes", "awaiting"):
            rows = getattr(data, key)
            self.models[key].set_rows(rows)
            self.sections[key].set_count(len(rows), more=key in ("without_notes", "awaiting")
                                         and len(rows) >= ATTENTION_LIMIT)
        self._fill_follow_ups(data.follow_ups, data.day)
        self.set_reviews(data.reviews)

    def _fill_follow_ups(self, rows: list[FollowUpRow], day: date) -> None:
        self.follow_ups.blockSignals(True)
        self.follow_ups.clear()
        for row in rows:
            when = format_day(row.due, "ddd d MMM") if row.due else ""
            due = (self.tr("overdue since {day}").format(day=when) if row.due and row.due < day
                   else self.tr("due today") if row.due == day else self.tr("due {day}").format(day=when))
            who = row.supervisee_name or self.tr("Group session")
            item = QListWidgetItem(f"{row.text}\n{who} \u00b7 {due}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, row.id)
            item.setData(SESSION_ROLE, row.session_id)
            item.setToolTip(self.tr("Tick when done; double-click to open the session"))
            self.follow_ups.addItem(item)
        self.follow_ups.blockSignals(False)
        self.follow_ups.setFixedHeight(max(1, min(len(rows), 6)) * 46 + 4)
        self.sections["follow_ups"].set_count(len(rows), more=len(rows) >= ATTENTION_LIMIT)

    def set_reviews(self, reviews: list[tuple[str, date]]) -> None:
        """Groups whose review (re-evaluation) date is due: (group name, date)."""
        self.reviews.clear()
        for name, when in reviews:
            item = QListWidgetItem(self.tr("{group} \u2014 review {day}").format(
                group=name, day=format_day(datetime.combine(when, datetime.min.time()))))
            self.reviews.addItem(item)
        self.reviews.setFixedHeight(max(1, min(len(reviews), 6)) * 30 + 4)
        self.sections["reviews"].set_count(len(reviews))

    def set_sync_pending(self, count: int) -> None:
        self.sync_banner.setText(self.tr("%n change(s) from your calendar to review…", "", count))
        self.sync_banner.setVisible(count > 0)

    def clear(self) -> None:
        self._generation += 1
        self.midnight.stop()
        self.day = None
        for model in self.models.values():
            model.clear()
        for key in self.models:
            self.sections[key].set_count(0)
        self.follow_ups.clear()
        self.sections["follow_ups"].set_count(0)
        self.set_reviews([])
        self.heading.setText(self.tr("Today"))
        self.subheading.setText("")
        self.backup_line.setText("")

    # ---- layout -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Two columns only if a card in each would still give a name its room."""
        margins = self.inner_layout.contentsMargins()
        side = margins.left() + margins.right()
        # The width without a scroll bar's, whether or not one shows: one column's extra height
        # brings the bar, which must not flip the layout back and forth.
        width = self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width()
        column = (width - side - self.columns.spacing()) // 2 - 28
        two = column >= TodayRowDelegate.wanted_width(self.font())
        direction = QBoxLayout.Direction.LeftToRight if two else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def elided_names(self) -> list[tuple[str, str]]:
        """(full, drawn) for every session row whose name is drawn cut short (for tests and looks)."""
        out = []
        for view in self.views.values():
            model, delegate = view.model(), view.itemDelegate()
            if not isinstance(delegate, TodayRowDelegate):
                continue
            for r in range(model.rowCount()):
                index = model.index(r, 0)
                option = QStyleOptionViewItem()
                option.initFrom(view)
                option.rect = view.visualRect(index)
                option.font = view.font()
                parts = delegate.layout(option, index)
                full = model.texts(index.data(ROW_ROLE))[0]
                if parts is not None and parts.name_text != full:
                    out.append((full, parts.name_text))
        return out

    def on_changes(self, changes: Changes) -> None:
        if changes.sessions or changes.supervisees or changes.themes or changes.settings or changes.groups:
            self.reload()
        elif changes.audit:
            self.reload_backup_line()

    def _check_day(self) -> None:
        if self.day is not None and self.day != datetime.now(ZoneInfo(self.tz)).date():
            self.reload()

    # ---- actions ---------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session(int(index.data(ID_ROLE)))

    def _open_follow_up(self, item: QListWidgetItem) -> None:
        self.open_session(int(item.data(SESSION_ROLE)))

    def _follow_up_ticked(self, item: QListWidgetItem) -> None:
        follow_up_id = int(item.data(ID_ROLE))
        done = item.checkState() == Qt.CheckState.Checked
        self.ctx.command(lambda p: p.sessions.set_follow_up_done(follow_up_id, done))
