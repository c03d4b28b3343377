"""What the calendar views share: colours by kind, labels, headings, the
side-by-side layout of overlapping sessions, and the mouse: one place that
turns presses, moves and releases into clicks, double-clicks, context menus
and drags (move a session, resize it, draw a new one). No database."""
from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from app.core.services.rows import SessionRow

from ..i18n import noop, tr
from ..models.session_rows import format_day
from ..theme import manager as theme_manager
from .edge_scroll import EdgeScroll

T = TypeVar("T")

CONTEXT = "Calendar"  # the translation context of the calendar's texts outside QObjects
KIND_LABELS = {"individual": noop("Individual supervision"), "peer_group": noop("Peer group"),
               "group_supervision": noop("Group supervision")}
STATUS_LABELS = {"scheduled": noop("Scheduled"), "held": noop("Held"), "cancelled": noop("Cancelled"),
                 "no_show": noop("No-show")}
SNAP_MINUTES = 15


@dataclass(frozen=True)
class Palette:
    accent: QColor  # the left bar and the dot
    fill: QColor
    text: QColor


def _palette(accent: str, fill: str, text: str) -> Palette:
    return Palette(QColor(accent), QColor(fill), QColor(text))


# The calendar's colours in each scheme. The constants below are QColor objects that keep their
# identity; recolour() sets them in place when the scheme changes, so every view paints with the
# scheme in use without asking for its colours again.
_KINDS = {
    "light": {"individual": ("#2f6fb8", "#dde9f8", "#143760"), "peer_group": ("#23826a", "#d8efe6", "#114536"),
              "group_supervision": ("#8a56b8", "#ece2f6", "#43226a"), "cancelled": ("#a4abb3", "#f1f2f4", "#76808a")},
    "dark": {"individual": ("#5b9be6", "#223449", "#d3e5fb"), "peer_group": ("#3fb391", "#1d3931", "#bfeadb"),
             "group_supervision": ("#a77fd6", "#31284a", "#e3d3f5"), "cancelled": ("#6b737c", "#2b3138", "#a3adb7")},
}
_COLOURS = {
    "light": {"NO_SHOW_ACCENT": "#c0392b", "HELD_MARK": "#1e7b45", "GRID_LINE": "#e4e7eb", "HALF_LINE": "#f1f3f5",
              "OFF_HOURS": "#f7f8f9", "TODAY_TINT": "#fdf8e8", "NOW_LINE": "#d93025", "MUTED_TEXT": "#5f6d7b",
              "HEADING_TEXT": "#1f2d3a", "SELECTION": "#3c2f6fb8", "ACCENT": "#2f6fb8", "ON_ACCENT": "#ffffff",
              "BACKGROUND": "#ffffff"},
    "dark": {"NO_SHOW_ACCENT": "#e06c5e", "HELD_MARK": "#58c184", "GRID_LINE": "#363d46", "HALF_LINE": "#2b3138",
             "OFF_HOURS": "#20252b", "TODAY_TINT": "#2e2a1e", "NOW_LINE": "#ff6b5e", "MUTED_TEXT": "#9fabb7",
             "HEADING_TEXT": "#e6e9ed", "SELECTION": "#505b9be6", "ACCENT": "#5b9be6", "ON_ACCENT": "#ffffff",
             "BACKGROUND": "#252a31"},
}
KIND_PALETTES = {kind: _palette(*colours) for kind, colours in _KINDS["light"].items() if kind != "cancelled"}
CANCELLED_PALETTE = _palette(*_KINDS["light"]["cancelled"])
NO_SHOW_ACCENT = QColor()
HELD_MARK = QColor()
GRID_LINE = QColor()
HALF_LINE = QColor()
OFF_HOURS = QColor()
TODAY_TINT = QColor()
NOW_LINE = QColor()
MUTED_TEXT = QColor()
HEADING_TEXT = QColor()
SELECTION = QColor()
ACCENT = QColor()
ON_ACCENT = QColor()
BACKGROUND = QColor()


def recolour(scheme: str) -> None:
    """Set the calendar's colours for ``scheme`` ("light" or "dark") in place."""
    scheme = scheme if scheme in _COLOURS else "light"
    for name, value in _COLOURS[scheme].items():
        globals()[name].setRgba(QColor(value).rgba())
    for kind, (accent, fill, text) in _KINDS[scheme].items():
        palette = CANCELLED_PALETTE if kind == "cancelled" else KIND_PALETTES[kind]
        palette.accent.setRgba(QColor(accent).rgba())
        palette.fill.setRgba(QColor(fill).rgba())
        palette.text.setRgba(QColor(text).rgba())


_following: list[object] = []  # the theme manager whose scheme_changed recolour() follows


def follow_theme() -> None:
    """Paint in the scheme in use and follow a switch (views call this when built)."""
    themes = theme_manager()
    if themes is None:
        recolour("light")
        return
    recolour(themes.scheme or "light")
    if themes not in _following:
        _following[:] = [themes]
        themes.scheme_changed.connect(recolour)


recolour("light")


def palette_for(row: SessionRow) -> Palette:
    if row.status == "cancelled":
        return CANCELLED_PALETTE
    return KIND_PALETTES.get(row.kind, KIND_PALETTES["individual"])


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind], CONTEXT) if kind in KIND_LABELS else kind


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status], CONTEXT) if status in STATUS_LABELS else status


def title_of(row: SessionRow, group_names: Mapping[int, str] | None = None) -> str:
    """Whom the session is with: the supervisee, the group, else the kind of session."""
    if row.supervisee_name:
        return row.supervisee_name
    if row.group_id is not None and group_names and group_names.get(row.group_id):
        return group_names[row.group_id]
    return kind_label(row.kind) if row.kind in KIND_LABELS else tr("Session", CONTEXT)


def time_span(row: SessionRow) -> str:
    return f"{row.start:%H:%M}\u2013{row.end:%H:%M}"


def status_mark(row: SessionRow) -> str:
    """A short sign after the title: a tick when held, a note when not."""
    if row.status == "no_show":
        return tr("no-show", CONTEXT)
    if row.status == "cancelled":
        return tr("cancelled", CONTEXT)
    return "\u2713" if row.status == "held" else ""


def tooltip_html(row: SessionRow, group_names: Mapping[int, str] | None = None) -> str:
    """The full story of a session for a hover tooltip (escaped: names are user text)."""
    lines = [f"<b>{html.escape(title_of(row, group_names))}</b>",
             f"{format_day(row.start, 'dddd d MMMM yyyy')}, {time_span(row)}",
             html.escape(kind_label(row.kind))]
    status = status_label(row.status)
    if row.status == "cancelled" and row.cancelled_by == "supervisor":
        status = tr("Cancelled by the supervisor", CONTEXT)
    elif row.status == "cancelled" and row.cancelled_by == "supervisee":
        status = tr("Cancelled by the supervisee", CONTEXT)
    lines.append(html.escape(status))
    if row.location:
        lines.append(html.escape(row.location))
    if row.series_id is not None:
        lines.append(tr("Part of a series (changed on its own)", CONTEXT) if row.detached
                     else tr("Part of a series", CONTEXT))
    if row.has_notes:
        lines.append(tr("Notes recorded", CONTEXT))
    return "<br>".join(lines)


def accessible_text(row: SessionRow, group_names: Mapping[int, str] | None = None) -> str:
    return (f"{title_of(row, group_names)}, {format_day(row.start, 'dddd d MMMM')}, {time_span(row)}, "
            f"{status_label(row.status)}")


def when_text(start: datetime) -> str:
    """"Thu 3 Dec 14:00", in the user's locale (status-bar confirmations)."""
    return f"{format_day(start, 'ddd d MMM')} {start:%H:%M}"


# ---- dates and headings ------------------------------------------------------
def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day`` (0 = Monday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def month_grid_start(day: date, first_weekday: int = 0) -> date:
    return week_start(day.replace(day=1), first_weekday)


def range_heading(first: date, last: date) -> str:
    """"9 – 15 March 2026", "30 Mar – 5 Apr 2026", "29 Dec 2025 – 4 Jan 2026"."""
    if first == last:
        return f"{first:%A} {first.day} {first:%B %Y}"
    if first.year != last.year:
        return f"{first.day} {first:%b %Y} \u2013 {last.day} {last:%b %Y}"
    if first.month != last.month:
        return f"{first.day} {first:%b} \u2013 {last.day} {last:%b %Y}"
    return f"{first.day} \u2013 {last.day} {last:%B %Y}"


def naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    return int(minutes // step) * step


def moved_start(start: datetime, minutes: float, days: int = 0) -> datetime:
    """``start`` moved by ``days`` and ``minutes``: to the nearest quarter hour, on that day."""
    midnight = datetime.combine(start.date(), datetime.min.time())
    offset = round(((start - midnight).total_seconds() / 60 + minutes) / SNAP_MINUTES) * SNAP_MINUTES
    return midnight + timedelta(days=days, minutes=max(0, min(24 * 60 - SNAP_MINUTES, offset)))


def resized_minutes(start: datetime, minutes: int, delta: float, longest: int) -> int:
    """The length once the end moved by ``delta`` minutes: ends on a quarter hour, 15 to ``longest``."""
    offset = (start - datetime.combine(start.date(), datetime.min.time())).total_seconds() / 60
    end = round((offset + minutes + delta) / SNAP_MINUTES) * SNAP_MINUTES
    return int(max(SNAP_MINUTES, min(longest, end - offset)))


# ---- overlapping sessions side by side ---------------------------------------
@dataclass(frozen=True)
class Placed(Generic[T]):
    item: T
    start: float  # minutes from the day's midnight
    end: float
    column: int
    columns: int


def place_side_by_side(items: Iterable[tuple[float, float, T]], min_length: float = 15) -> list[Placed[T]]:
    """Give each interval a column so overlapping ones stand side by side.

    Intervals that overlap (directly or through a chain) form a cluster; each
    takes the first free column and the cluster shares its widest count.
    """
    ordered = sorted(items, key=lambda t: (t[0], -(t[1] - t[0])))
    placed: list[Placed[T]] = []
    cluster: list[tuple[float, float, T, int]] = []
    column_ends: list[float] = []
    cluster_end = 0.0
    for start, end, item in ordered:
        end = max(end, start + min_length)
        if cluster and start >= cluster_end:
            placed.extend(Placed(i, s, e, c, len(column_ends)) for s, e, i, c in cluster)
            cluster, column_ends = [], []
        for col, last in enumerate(column_ends):
            if last <= start:
                column_ends[col] = end
                break
        else:
            col = len(column_ends)
            column_ends.append(end)
        cluster.append((start, end, item, col))
        cluster_end = end if len(cluster) == 1 else max(cluster_end, end)
    placed.extend(Placed(i, s, e, c, len(column_ends)) for s, e, i, c in cluster)
    return placed


def day_segments(rows: Sequence[SessionRow], day: date) -> list[tuple[float, float, SessionRow]]:
    """The part of each session that falls on ``day``, as minutes from midnight."""
    midnight = datetime.combine(day, datetime.min.time())
    out = []
    for row in rows:
        start, end = naive(row.start), naive(row.end)
        if start >= midnight + timedelta(days=1) or (end <= midnight and start < midnight):
            continue
        lo = max(start, midnight)
        hi = min(end, midnight + timedelta(days=1))
        out.append(((lo - midnight).total_seconds() / 60, (hi - midnight).total_seconds() / 60, row))
    return out


# ---- the mouse: one set of gestures for the week and month views ------------------
MOVE, RESIZE, DRAW = "move", "resize", "draw"
DRAW_THRESHOLD = 4  # pixels down (or up) before a press on empty time starts drawing a session


@dataclass
class Drag:
    """A drag in progress: what it does, to which session, from where, and where the pointer is."""

    kind: str  # MOVE, RESIZE or DRAW
    row: SessionRow | None  # None while drawing on empty time
    origin: QPointF
    pos: QPointF


class GestureClient(Protocol):
    """What a view tells :class:`CalendarMouse`, and what it is told back."""

    def session_at(self, pos: QPointF) -> SessionRow | None: ...

    def grab_at(self, pos: QPointF, row: SessionRow | None) -> str | None:
        """The drag a left press here may start (MOVE, RESIZE, DRAW) or None."""

    def select(self, session_id: int | None) -> None: ...

    def pressed(self, pos: QPointF, row: SessionRow | None, button: Qt.MouseButton) -> None:
        """A press that is not a left press on a session (those select it)."""

    def double_clicked(self, pos: QPointF, row: SessionRow | None) -> None: ...

    def context_menu(self, pos: QPointF, global_pos: QPoint, row: SessionRow | None, keyboard: bool) -> None: ...

    def drag_moved(self, drag: Drag) -> None: ...

    def drag_finished(self, drag: Drag) -> None: ...

    def drag_cancelled(self, drag: Drag) -> None: ...


class CalendarMouse(QObject):
    """Presses, moves and releases on ``view`` turned into gestures for ``client``.

    A left press on a session selects it; moving it further than the
    platform's drag distance starts a MOVE or RESIZE drag (a DRAW on empty
    time starts after a few pixels up or down). Release finishes the drag,
    Esc cancels it. The pointer shows what a press would do. A view inside a
    scroll area (:meth:`scroll_with`) scrolls while a drag is held near its
    top or bottom edge, and the drag follows the content under the pointer.
    """

    def __init__(self, view: QWidget, client: GestureClient) -> None:
        super().__init__(view)
        self.view, self.client = view, client
        self.drag: Drag | None = None  # live: past the threshold
        self._pending: Drag | None = None  # pressed, not moved far enough yet
        self.edge: EdgeScroll | None = None  # scrolls the view's scroll area during a drag held at its edge
        view.setMouseTracking(True)  # the resize pointer over a block's bottom edge
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press(event)
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._move(event.position())
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._release(event)
        elif kind == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent):
            self._pending = None
            pos = event.position()
            self.client.double_clicked(pos, self.client.session_at(pos))
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            pos = QPointF(event.pos())
            self.client.context_menu(pos, event.globalPos(), self.client.session_at(pos),
                                     event.reason() == QContextMenuEvent.Reason.Keyboard)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and (self.drag or self._pending):
            self.cancel()
        else:
            return False
        return True

    def scroll_with(self, area: QAbstractScrollArea) -> None:
        """The view scrolls in ``area``: a drag held near its top or bottom edge scrolls it."""
        self.edge = EdgeScroll(area, self._scrolled)

    def _scrolled(self, pixels: int) -> None:
        """The view moved ``pixels`` up under a pointer held still: the drag is that much further down."""
        if self.drag is None:
            if self.edge is not None:
                self.edge.stop()
            return
        self.drag.pos = QPointF(self.drag.pos.x(), self.drag.pos.y() + pixels)
        self.client.drag_moved(self.drag)

    def cancel(self) -> None:
        """Drop the drag in progress (Esc): nothing changes."""
        drag, self.drag, self._pending = self.drag, None, None
        if self.edge is not None:
            self.edge.stop()
        self.view.unsetCursor()
        if drag is not None:
            self.client.drag_cancelled(drag)

    def _press(self, event: QMouseEvent) -> None:
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        pos, button = event.position(), event.button()
        row = self.client.session_at(pos)
        if row is not None and button == Qt.MouseButton.LeftButton:
            self.client.select(row.id)
        else:
            self.client.pressed(pos, row, button)
        grab = self.client.grab_at(pos, row) if button == Qt.MouseButton.LeftButton else None
        self._pending = Drag(grab, row, pos, pos) if grab else None

    def _move(self, pos: QPointF) -> None:
        if self.drag is None and self._pending is not None:
            moved = pos - self._pending.origin
            far = abs(moved.y()) >= DRAW_THRESHOLD if self._pending.kind == DRAW \
                else moved.manhattanLength() >= QApplication.startDragDistance()
            if far:
                self.drag, self._pending = self._pending, None
                if self.drag.kind == MOVE:
                    self.view.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self.drag is not None:
            self.drag.pos = pos
            self.client.drag_moved(self.drag)
            if self.edge is not None:
                self.edge.follow(pos, self.view)
        elif self._pending is None:
            row = self.client.session_at(pos)
            if row is not None and self.client.grab_at(pos, row) == RESIZE:
                self.view.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.view.unsetCursor()

    def _release(self, event: QMouseEvent) -> None:
        drag, self.drag, self._pending = self.drag, None, None
        if self.edge is not None:
            self.edge.stop()
        if drag is None:
            return  # a click: the press did what a click does
        self.view.unsetCursor()
        drag.pos = event.position()
        self.client.drag_finished(drag)
