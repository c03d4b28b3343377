"""Month view: a painted 6 × 7 grid, a few sessions per day and "+k more"."""
from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.services.rows import SessionRow

from ..models.session_rows import format_day
from .calendar_common import (
    ACCENT,
    BACKGROUND,
    GRID_LINE,
    HEADING_TEXT,
    HELD_MARK,
    MOVE,
    MUTED_TEXT,
    NO_SHOW_ACCENT,
    OFF_HOURS,
    ON_ACCENT,
    SELECTION,
    CalendarMouse,
    Drag,
    accessible_text,
    follow_theme,
    naive,
    palette_for,
    title_of,
    tooltip_html,
)

HEADER = 28
NUMBER_LINE = 24
NEW_SESSION_TIME = time(10, 0)


class MonthView(QWidget):
    activated = Signal(int)
    context_requested = Signal(int, QPoint)
    day_requested = Signal(object)  # date: open it in the day view
    create_requested = Signal(object, object)  # naive start, minutes (None = default)
    delete_requested = Signal(int)
    move_requested = Signal(int, object, int)  # session id, naive start, minutes (dragged to another day)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_theme()  # the calendar paints its own colours: the scheme in use
        self.setObjectName("month_view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Sessions by day of the month"))
        self.setMinimumSize(420, 320)
        self.month = date.today().replace(day=1)
        self.first = self.month
        self.rows: list[SessionRow] = []
        self.group_names: dict[int, str] = {}  # shared with the page: names of groups
        self.selected_id: int | None = None
        self.tz = "UTC"
        self.entries: list[tuple[QRectF, SessionRow]] = []
        self.more: list[tuple[QRectF, date, list[SessionRow]]] = []
        self.cells: list[tuple[QRectF, date]] = []
        self.preview: tuple[SessionRow, date] | None = None  # a dragged session and the day it would go to
        self.mouse = CalendarMouse(self, self)

    def set_time_zone(self, tz: str) -> None:
        self.tz = tz
        self.update()

    def set_month(self, month: date, first: date) -> None:
        self.month, self.first = month.replace(day=1), first
        self._layout()

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.rows = list(rows)
        if self.selected_id is not None and all(r.id != self.selected_id for r in rows):
            self.selected_id = None
        self._layout()

    def clear(self) -> None:
        self.selected_id = None
        self.mouse.cancel()
        self.preview = None
        self.set_rows([])

    def select(self, session_id: int | None) -> None:
        self.selected_id = session_id
        row = next((r for r in self.rows if r.id == session_id), None)
        self.setAccessibleDescription(accessible_text(row, self.group_names) if row else "")
        self.update()

    def per_day(self) -> dict[date, list[SessionRow]]:
        days: dict[date, list[SessionRow]] = {}
        for row in sorted(self.rows, key=lambda r: (r.start, r.id)):
            days.setdefault(naive(row.start).date(), []).append(row)
        return days

    # ---- geometry ------------------------------------------------------------------
    def _line_height(self) -> float:
        return QFontMetricsF(self._entry_font()).height() + 4

    def _entry_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.86))
        return font

    def _layout(self) -> None:
        self.entries, self.more, self.cells = [], [], []
        width = (self.width() - 1) / 7
        height = (self.height() - HEADER - 1) / 6
        line = self._line_height()
        room = max(1, int((height - NUMBER_LINE - 4) // line))
        by_day = self.per_day()
        for index in range(42):
            day = self.first + timedelta(days=index)
            cell = QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)
            self.cells.append((cell, day))
            found = by_day.get(day, [])
            shown = found if len(found) <= room else found[:room - 1]
            y = cell.top() + NUMBER_LINE
            for row in shown:
                self.entries.append((QRectF(cell.left() + 3, y, width - 6, line - 1), row))
                y += line
            if len(shown) < len(found):
                self.more.append((QRectF(cell.left() + 3, y, width - 6, line - 1), day, found[len(shown):]))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def entry_at(self, pos: QPointF) -> SessionRow | None:
        return next((row for rect, row in self.entries if rect.contains(pos)), None)

    def more_at(self, pos: QPointF) -> tuple[date, list[SessionRow]] | None:
        return next(((day, hidden) for rect, day, hidden in self.more if rect.contains(pos)), None)

    def day_at(self, pos: QPointF) -> date | None:
        return next((day for rect, day in self.cells if rect.contains(pos)), None)

    # ---- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.8))
        p.setFont(small)
        p.setPen(MUTED_TEXT)
        width = (self.width() - 1) / 7
        for index in range(7):
            day = self.first + timedelta(days=index)
            p.drawText(QRectF(index * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter,
                       format_day(day, "ddd").upper())
        today = self._today()
        number_font = QFont(self.font())
        for cell, day in self.cells:
            if day.month != self.month.month:
                p.fillRect(cell, OFF_HOURS)
            p.setPen(QPen(GRID_LINE, 1))
            p.drawRect(cell)
            p.setFont(number_font)
            label = str(day.day) if day.day != 1 else format_day(day, "d MMM")
            box = QRectF(cell.left() + 6, cell.top() + 3, cell.width() - 12, NUMBER_LINE - 4)
            if day == today:
                metrics = QFontMetricsF(number_font)
                diameter = max(metrics.height() + 2, metrics.horizontalAdvance(label) + 10)
                circle = QRectF(box.left() - 2, box.top(), diameter, metrics.height() + 2)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(ACCENT)
                p.drawRoundedRect(circle, circle.height() / 2, circle.height() / 2)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(ON_ACCENT)
                p.drawText(circle, Qt.AlignmentFlag.AlignCenter, label)
            else:
                p.setPen(HEADING_TEXT if day.month == self.month.month else MUTED_TEXT)
                p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        font = self._entry_font()
        moving = self.preview[0].id if self.preview else None
        for rect, row in self.entries:
            p.setOpacity(0.4 if row.id == moving else 1.0)
            self._paint_entry(p, rect, row, font)
        p.setOpacity(1.0)
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(MUTED_TEXT)
        for rect, _day, hidden in self.more:
            p.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.tr("+%n more", "", len(hidden)))
        self._paint_preview(p, font)
        p.end()

    def _paint_entry(self, p: QPainter, rect: QRectF, row: SessionRow, font: QFont) -> None:
        colours = palette_for(row)
        if row.id == self.selected_id:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(SELECTION)
            p.drawRoundedRect(rect, 4, 4)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NO_SHOW_ACCENT if row.status == "no_show" else colours.accent)
        p.drawEllipse(QPointF(rect.left() + 6, rect.center().y()), 3.5, 3.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        metrics = QFontMetricsF(font)
        x = rect.left() + 14
        clock = f"{row.start:%H:%M}"
        p.setFont(font)
        p.setPen(MUTED_TEXT)
        p.drawText(QRectF(x, rect.top(), rect.width(), rect.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, clock)
        x += metrics.horizontalAdvance(clock) + 5
        mark = {"held": "\u2713", "no_show": "\u2717"}.get(row.status, "")
        mark_width = metrics.horizontalAdvance(mark) + 4 if mark else 0.0
        title_font = QFont(font)
        title_font.setStrikeOut(row.status == "cancelled")
        p.setFont(title_font)
        p.setPen(colours.text)
        room = rect.right() - x - mark_width
        p.drawText(QRectF(x, rect.top(), room, rect.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QFontMetricsF(title_font).elidedText(title_of(row, self.group_names), Qt.TextElideMode.ElideRight, room))
        if mark and room > 10:
            p.setFont(font)
            p.setPen(HELD_MARK if row.status == "held" else NO_SHOW_ACCENT)
            p.drawText(QRectF(rect.right() - mark_width, rect.top(), mark_width, rect.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark)

    def _today(self) -> date:
        try:
            return datetime.now(ZoneInfo(self.tz)).date()
        except (KeyError, ValueError):
            return date.today()

    # ---- the mouse (gestures from CalendarMouse) -----------------------------------
    def session_at(self, pos: QPointF) -> SessionRow | None:
        return self.entry_at(pos)

    def grab_at(self, pos: QPointF, row: SessionRow | None) -> str | None:
        return MOVE if row is not None else None  # to another day, at the same time

    def pressed(self, pos: QPointF, row: SessionRow | None, button: Qt.MouseButton) -> None:
        if row is not None:
            self.select(row.id)
            return
        more = self.more_at(pos)
        if more is not None and button == Qt.MouseButton.LeftButton:
            self.day_requested.emit(more[0])
            return
        self.select(None)

    def double_clicked(self, pos: QPointF, row: SessionRow | None) -> None:
        if row is not None:
            self.select(row.id)
            self.activated.emit(row.id)
            return
        day = self.day_at(pos)
        if day is None or self.more_at(pos) is not None:
            return
        cell = next(rect for rect, d in self.cells if d == day)
        if pos.y() < cell.top() + NUMBER_LINE:
            self.day_requested.emit(day)
        else:
            self.create_requested.emit(datetime.combine(day, NEW_SESSION_TIME), None)

    def context_menu(self, pos: QPointF, global_pos: QPoint, row: SessionRow | None, keyboard: bool) -> None:
        if row is None and keyboard and self.selected_id is not None:
            rect = next((r for r, e in self.entries if e.id == self.selected_id), None)
            if rect is not None:
                self.context_requested.emit(self.selected_id, self.mapToGlobal(rect.center().toPoint()))
            return
        if row is not None:
            self.select(row.id)
            self.context_requested.emit(row.id, global_pos)

    def drag_moved(self, drag: Drag) -> None:
        day = self.day_at(drag.pos)
        if drag.row is not None and day is not None:
            self.preview = (drag.row, day)
        self.update()

    def drag_finished(self, drag: Drag) -> None:
        day = self.day_at(drag.pos)
        row = drag.row
        if row is None or day is None or day == naive(row.start).date():
            return self.clear_preview()  # dropped on its own day, or outside the grid
        self.preview = (row, day)  # shown until the page has an answer
        self.update()
        minutes = int((row.end - row.start).total_seconds() // 60)
        self.move_requested.emit(row.id, datetime.combine(day, naive(row.start).time()), minutes)

    def drag_cancelled(self, drag: Drag) -> None:
        self.clear_preview()

    def clear_preview(self) -> None:
        self.preview = None
        self.update()

    def _paint_preview(self, p: QPainter, font: QFont) -> None:
        """The day the dragged session would go to, tinted, with the session at its foot."""
        if self.preview is None:
            return
        row, day = self.preview
        cell = next((rect for rect, d in self.cells if d == day), None)
        if cell is None:
            return
        p.fillRect(cell.adjusted(1, 1, -1, -1), SELECTION)
        p.setPen(QPen(ACCENT, 1.5, Qt.PenStyle.DashLine))
        p.drawRect(cell.adjusted(1, 1, -1, -1))
        line = self._line_height()
        ghost = QRectF(cell.left() + 3, cell.bottom() - line - 2, cell.width() - 6, line - 1)
        p.fillRect(ghost, BACKGROUND)
        self._paint_entry(p, ghost, row, font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = [row.id for _, row in self.entries]
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and order \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            index = order.index(self.selected_id) + step if self.selected_id in order else (0 if step > 0 else -1)
            self.select(order[max(-len(order), min(len(order) - 1, index))])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.activated.emit(self.selected_id)
            return
        if key == Qt.Key.Key_Delete and self.selected_id is not None:
            self.delete_requested.emit(self.selected_id)
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            pos = QPointF(event.pos())
            row = self.entry_at(pos)
            more = self.more_at(pos)
            if row is not None:
                QToolTip.showText(event.globalPos(), tooltip_html(row, self.group_names), self)
            elif more is not None:
                QToolTip.showText(event.globalPos(), "<br>".join(
                    f"{r.start:%H:%M} {html.escape(title_of(r, self.group_names))}" for r in more[1])
                    + "<br><i>" + html.escape(self.tr("Click to open the day")) + "</i>", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
