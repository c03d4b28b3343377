"""Day and week views: an hour grid painted with QPainter inside a scroll area.

Sessions are rounded blocks coloured by kind; overlapping ones stand side by
side; dragging on empty time proposes a new session (snapped to 15 minutes).
A drag (move, resize or draw) held near the top or bottom of the visible hours
scrolls them, and the drop follows (``edge_scroll.py``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from app.core.services.rows import SessionRow
from app.core.services.scheduling import MAX_SESSION_MINUTES

from .calendar_common import (
    ACCENT,
    BACKGROUND,
    DRAW,
    GRID_LINE,
    HALF_LINE,
    KIND_PALETTES,
    MOVE,
    MUTED_TEXT,
    NOW_LINE,
    OFF_HOURS,
    RESIZE,
    SELECTION,
    TODAY_TINT,
    CalendarMouse,
    Drag,
    accessible_text,
    day_segments,
    follow_theme,
    moved_start,
    naive,
    place_side_by_side,
    resized_minutes,
    snap,
    tooltip_html,
)
from .day_header import DayHeader
from .session_block import paint_block

GUTTER = 60
TOP = 10
EDGE = 6  # pixels at a block's bottom that resize it
MIN_HOUR = 40
FIRST_WORK_HOUR, LAST_WORK_HOUR = 7, 21


class TimeGrid(QWidget):
    """Hours down, days across; the sessions of ``days`` placed on it."""

    activated = Signal(int)
    context_requested = Signal(int, QPoint)
    slot_context_requested = Signal(object, QPoint)  # naive start, global position
    selection_changed = Signal(object)  # session id or None
    create_requested = Signal(object, object)  # naive start, minutes (None = the default length)
    delete_requested = Signal(int)
    move_requested = Signal(int, object, int)  # session id, naive start, minutes (a drag ended)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_theme()  # the calendar paints its own colours: the scheme in use
        self.setObjectName("time_grid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Sessions by hour"))
        self.days: list[date] = []
        self.rows: list[SessionRow] = []
        self.group_names: dict[int, str] = {}  # shared with the page: names of groups
        self.blocks: list[tuple[QRectF, SessionRow]] = []
        self.selected_id: int | None = None
        self.hour = float(MIN_HOUR)
        self.tz = "UTC"
        self._draft: tuple[date, int, int] | None = None  # day, start and end minute
        self.preview: tuple[SessionRow, datetime, int] | None = None  # a dragged session: where it would go
        self.mouse = CalendarMouse(self, self)
        self.clock: Callable[[], datetime] | None = None  # "now" in the calendar's zone (tests, screenshots)
        self._resize_height()
        self._clock = QTimer(self, interval=60_000, timeout=self.update)
        self._clock.start()

    # ---- data ------------------------------------------------------------------
    def set_days(self, days: list[date]) -> None:
        self.days = list(days)
        self._draft = None
        self._layout()

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.rows = list(rows)
        if self.selected_id is not None and all(r.id != self.selected_id for r in rows):
            self.selected_id = None
        self._layout()

    def set_hour_height(self, pixels: float) -> None:
        if abs(pixels - self.hour) > 0.5:
            self.hour = pixels
            self._resize_height()
            self._layout()

    def clear_draft(self) -> None:
        self._draft = None
        self.update()

    def select(self, session_id: int | None) -> None:
        if session_id != self.selected_id:
            self.selected_id = session_id
            row = self.row(session_id)
            self.setAccessibleDescription(accessible_text(row, self.group_names) if row else "")
            self.selection_changed.emit(session_id)
            self.update()

    def row(self, session_id: int | None) -> SessionRow | None:
        return next((r for r in self.rows if r.id == session_id), None)

    def block_rect(self, session_id: int) -> QRectF | None:
        return next((rect for rect, row in self.blocks if row.id == session_id), None)

    # ---- geometry -----------------------------------------------------------------
    def _resize_height(self) -> None:
        self.setFixedHeight(int(TOP + 24 * self.hour + TOP))

    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER - 1) / max(1, len(self.days)))

    def y_of(self, minutes: float) -> float:
        return TOP + minutes * self.hour / 60

    def slot_at(self, pos: QPointF) -> tuple[date, float] | None:
        if not self.days or pos.x() < GUTTER:
            return None
        index = min(len(self.days) - 1, int((pos.x() - GUTTER) / self.column_width()))
        minutes = min(24 * 60 - 1, max(0.0, (pos.y() - TOP) * 60 / self.hour))
        return self.days[index], minutes

    def session_at(self, pos: QPointF) -> SessionRow | None:
        for rect, row in reversed(self.blocks):
            if rect.contains(pos):
                return row
        return None

    def _layout(self) -> None:
        self.blocks = []
        width = self.column_width()
        for index, day in enumerate(self.days):
            left = GUTTER + index * width + 2
            usable = width - 8  # room on the right to start a drag beside a busy hour
            for placed in place_side_by_side(day_segments(self.rows, day)):
                w = usable / placed.columns
                top, bottom = self.y_of(placed.start), self.y_of(placed.end)
                self.blocks.append((QRectF(left + placed.column * w, top + 1, w - 2,
                                           max(bottom - top - 2, 16.0)), placed.item))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    # ---- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        width, right = self.column_width(), self.width() - 1
        today = self._now().date()
        for index, day in enumerate(self.days):
            x = GUTTER + index * width
            column = QRectF(x, 0, width, self.height())
            if day == today:
                p.fillRect(column, TODAY_TINT)
            for lo, hi in ((0, FIRST_WORK_HOUR), (LAST_WORK_HOUR, 24)):
                shade = QRectF(x, self.y_of(lo * 60), width, self.y_of(hi * 60) - self.y_of(lo * 60))
                p.fillRect(shade, OFF_HOURS if day != today else TODAY_TINT.darker(103))
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.82))
        p.setFont(small)
        metrics = QFontMetricsF(small)
        for hour in range(25):
            y = self.y_of(hour * 60)
            p.setPen(QPen(GRID_LINE, 1))
            p.drawLine(QPointF(GUTTER - 6, y), QPointF(right, y))
            if hour < 24:
                p.setPen(QPen(HALF_LINE, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(GUTTER, y + self.hour / 2), QPointF(right, y + self.hour / 2))
                p.setPen(MUTED_TEXT)
                label = f"{hour:02d}:00"
                p.drawText(QPointF(GUTTER - 10 - metrics.horizontalAdvance(label), y + metrics.capHeight() / 2),
                           label)
        p.setPen(QPen(GRID_LINE, 1))
        for index in range(len(self.days) + 1):
            x = GUTTER + index * width
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        moving = self.preview[0].id if self.preview else None
        for rect, row in self.blocks:
            p.setOpacity(0.35 if row.id == moving else 1.0)
            paint_block(p, rect, row, self.font(), row.id == self.selected_id, self.group_names)
        p.setOpacity(1.0)
        self._paint_draft(p, width)
        self._paint_preview(p, width)
        self._paint_now(p, width, today)
        p.end()

    def _paint_draft(self, p: QPainter, width: float) -> None:
        if self._draft is None or self._draft[0] not in self.days:
            return
        day, lo, hi = self._draft
        x = GUTTER + self.days.index(day) * width + 2
        rect = QRectF(x, self.y_of(lo) + 1, width - 8, self.y_of(hi) - self.y_of(lo) - 2)
        p.setPen(QPen(ACCENT, 1.5))
        p.setBrush(SELECTION)
        p.drawRoundedRect(rect, 5, 5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(KIND_PALETTES["individual"].text)
        label = f"{lo // 60:02d}:{lo % 60:02d}\u2013{hi // 60 % 24:02d}:{hi % 60:02d}"
        p.drawText(rect.adjusted(8, 3, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)

    def _paint_preview(self, p: QPainter, width: float) -> None:
        """The dragged session where it would go: a block with the new times, outlined."""
        if self.preview is None:
            return
        row, start, minutes = self.preview
        zone = row.start.tzinfo
        ghost = replace(row, start=start.replace(tzinfo=zone),
                        end=(start + timedelta(minutes=minutes)).replace(tzinfo=zone))
        for index, day in enumerate(self.days):
            for lo, hi, _ in day_segments([ghost], day):
                top, bottom = self.y_of(lo), self.y_of(hi)
                rect = QRectF(GUTTER + index * width + 2, top + 1, width - 8, max(bottom - top - 2, 16.0))
                p.fillRect(rect, BACKGROUND)  # opaque: readable over the sessions it would meet
                paint_block(p, rect, ghost, self.font(), True, self.group_names)
                p.setPen(QPen(ACCENT, 1.5, Qt.PenStyle.DashLine))
                p.drawRoundedRect(rect, 5, 5)

    def _paint_now(self, p: QPainter, width: float, today: date) -> None:
        if today not in self.days:
            return
        now = self._now()
        y = self.y_of(now.hour * 60 + now.minute)
        x = GUTTER + self.days.index(today) * width
        p.setPen(QPen(NOW_LINE, 2))
        p.drawLine(QPointF(x, y), QPointF(x + width, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NOW_LINE)
        p.drawEllipse(QPointF(x, y), 5, 5)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _now(self) -> datetime:
        if self.clock is not None:
            return self.clock()
        try:
            return datetime.now(ZoneInfo(self.tz)).replace(tzinfo=None)
        except (KeyError, ValueError):
            return datetime.now()

    # ---- the mouse (gestures from CalendarMouse) -----------------------------------
    def block_at(self, pos: QPointF) -> tuple[QRectF, SessionRow] | None:
        for rect, row in reversed(self.blocks):
            if rect.contains(pos):
                return rect, row
        return None

    def grab_at(self, pos: QPointF, row: SessionRow | None) -> str | None:
        """Move by the body, resize by the bottom edge (where the session ends), draw on empty time."""
        if row is None:
            return DRAW if self.slot_at(pos) is not None else None
        found = self.block_at(pos)
        slot = self.slot_at(pos)
        if found is not None and slot is not None:
            rect = found[0]
            ends_in_column = naive(row.end) <= datetime.combine(slot[0] + timedelta(days=1), datetime.min.time())
            if ends_in_column and pos.y() >= rect.bottom() - EDGE and rect.height() >= 3 * EDGE:
                return RESIZE
        return MOVE

    def pressed(self, pos: QPointF, row: SessionRow | None, button: Qt.MouseButton) -> None:
        if button == Qt.MouseButton.LeftButton:
            self.select(None)

    def double_clicked(self, pos: QPointF, row: SessionRow | None) -> None:
        if row is not None:
            self.select(row.id)
            self.activated.emit(row.id)
            return
        slot = self.slot_at(pos)
        if slot is not None:
            day, minutes = slot
            lo = snap(minutes, 30)
            self._draft = (day, lo, min(lo + 60, 24 * 60))
            self.update()
            self.create_requested.emit(datetime.combine(day, datetime.min.time()) + timedelta(minutes=lo), None)

    def context_menu(self, pos: QPointF, global_pos: QPoint, row: SessionRow | None, keyboard: bool) -> None:
        if row is not None:
            self.select(row.id)
            self.context_requested.emit(row.id, global_pos)
            return
        if keyboard and self.selected_id is not None:
            rect = self.block_rect(self.selected_id)
            if rect is not None:
                self.context_requested.emit(self.selected_id, self.mapToGlobal(rect.center().toPoint()))
                return
        slot = self.slot_at(pos)
        if slot is not None:
            start = datetime.combine(slot[0], datetime.min.time()) + timedelta(minutes=snap(slot[1], 30))
            self.slot_context_requested.emit(start, global_pos)

    def drag_moved(self, drag: Drag) -> None:
        if drag.kind == DRAW:
            start = self.slot_at(drag.origin)
            if start is None:
                return
            day, anchor = start[0], snap(start[1])
            current = snap(min(24 * 60 - 1, max(0.0, (drag.pos.y() - TOP) * 60 / self.hour)))
            lo, hi = (anchor, current + 15) if current >= anchor else (current, anchor + 15)
            self._draft = (day, lo, min(hi, 24 * 60))
        elif drag.row is not None:
            target = self._target(drag)
            self.preview = (drag.row, *target) if target else None
        self.update()

    def drag_finished(self, drag: Drag) -> None:
        if drag.kind == DRAW:
            if self._draft is not None:
                day, lo, hi = self._draft
                self.create_requested.emit(datetime.combine(day, datetime.min.time()) + timedelta(minutes=lo),
                                           hi - lo)
            return
        target = self._target(drag) if drag.row is not None else None
        if target is None or drag.row is None:
            return self.clear_preview()
        start, minutes = target
        if start == naive(drag.row.start) and minutes == _minutes(drag.row):
            return self.clear_preview()  # dropped where it was
        self.preview = (drag.row, start, minutes)  # shown until the page has an answer
        self.update()
        self.move_requested.emit(drag.row.id, start, minutes)

    def drag_cancelled(self, drag: Drag) -> None:
        if drag.kind == DRAW:
            self.clear_draft()
        else:
            self.clear_preview()

    def clear_preview(self) -> None:
        self.preview = None
        self.update()

    def _target(self, drag: Drag) -> tuple[datetime, int] | None:
        """Where the dragged session would go: (naive start, minutes), snapped to 15 minutes."""
        row = drag.row
        if row is None or not self.days:
            return None
        start, minutes = naive(row.start), _minutes(row)
        delta = (drag.pos.y() - drag.origin.y()) * 60 / self.hour
        if drag.kind == RESIZE:
            return start, resized_minutes(start, minutes, delta, MAX_SESSION_MINUTES)
        left, right = float(GUTTER), float(self.width() - 1)
        origin = self.slot_at(QPointF(min(max(drag.origin.x(), left), right), TOP))
        here = self.slot_at(QPointF(min(max(drag.pos.x(), left), right), TOP))
        return moved_start(start, delta, (here[0] - origin[0]).days if origin and here else 0), minutes

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = [row.id for _, row in sorted(self.blocks, key=lambda b: (b[1].start, b[0].left()))]
        order = list(dict.fromkeys(order))
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and order \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            if self.selected_id in order:
                index = max(0, min(len(order) - 1, order.index(self.selected_id) + step))
            else:
                index = 0 if step > 0 else len(order) - 1
            self.select(order[index])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.activated.emit(self.selected_id)
            return
        if key == Qt.Key.Key_Delete and self.selected_id is not None:
            self.delete_requested.emit(self.selected_id)
            return
        if key == Qt.Key.Key_Escape and (self._draft or self.selected_id):
            self._draft = None
            self.select(None)
            self.update()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row = self.session_at(QPointF(event.pos()))
            if row is not None:
                QToolTip.showText(event.globalPos(), tooltip_html(row, self.group_names), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class WeekView(QWidget):
    """A day header above the scrolling hour grid; one to seven days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_view")
        self.grid = TimeGrid()
        self.header = DayHeader(GUTTER)
        self.scroll = QScrollArea(objectName="week_scroll")
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header.set_right_margin(self.scroll.verticalScrollBar().sizeHint().width())
        self.grid.mouse.scroll_with(self.scroll)  # a drag held at the top or bottom edge scrolls the hours
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.grid.selection_changed.connect(self._reveal)
        self._scrolled = False
        # the grid's signals, re-exported
        self.activated = self.grid.activated
        self.context_requested = self.grid.context_requested
        self.slot_context_requested = self.grid.slot_context_requested
        self.create_requested = self.grid.create_requested
        self.delete_requested = self.grid.delete_requested
        self.move_requested = self.grid.move_requested
        self.day_requested = self.header.day_requested

    @property
    def rows(self) -> list[SessionRow]:
        return self.grid.rows

    def set_time_zone(self, tz: str) -> None:
        self.grid.tz = self.header.tz = tz
        self.header.update()
        self.grid.update()

    def set_days(self, first: date, count: int) -> None:
        days = [first + timedelta(days=i) for i in range(count)]
        self.header.set_days(days)
        self.grid.set_days(days)

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.grid.set_rows(rows)

    def clear(self) -> None:
        self.set_rows([])
        self.grid.select(None)
        self.grid.mouse.cancel()
        self.grid.clear_preview()

    def clear_preview(self) -> None:
        self.grid.clear_preview()

    def scroll_to_hour(self, hour: float) -> None:
        self.scroll.verticalScrollBar().setValue(int(self.grid.y_of(hour * 60) - TOP))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        top_hour = (self.scroll.verticalScrollBar().value()) / self.grid.hour
        visible = self.scroll.viewport().height() - 2 * TOP
        self.grid.set_hour_height(max(float(MIN_HOUR), visible / (LAST_WORK_HOUR - FIRST_WORK_HOUR)))
        if not self._scrolled and self.isVisible():
            self._scrolled = True
            QTimer.singleShot(0, lambda: self.scroll_to_hour(FIRST_WORK_HOUR))
        else:
            self.scroll.verticalScrollBar().setValue(int(top_hour * self.grid.hour))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._scrolled:
            self._scrolled = True
            QTimer.singleShot(0, lambda: self.scroll_to_hour(FIRST_WORK_HOUR))

    def _reveal(self, session_id: object) -> None:
        rect = self.grid.block_rect(session_id) if isinstance(session_id, int) else None
        if rect is not None:
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0,
                                      int(rect.height() / 2 + 8))


def _minutes(row: SessionRow) -> int:
    return int((row.end - row.start).total_seconds() // 60)
