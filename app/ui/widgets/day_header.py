"""The row of day names above the hour grid; a click opens that day."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..models.session_rows import format_day
from .calendar_common import ACCENT, BACKGROUND, GRID_LINE, HEADING_TEXT, MUTED_TEXT, ON_ACCENT, follow_theme


class DayHeader(QWidget):
    day_requested = Signal(object)  # date

    def __init__(self, gutter: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_theme()  # the calendar paints its own colours: the scheme in use
        self.setObjectName("day_header")
        self.gutter = gutter
        self.right_margin = 0
        self.days: list[date] = []
        self.tz = "UTC"
        self.setFixedHeight(56)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Open this day"))

    def set_right_margin(self, pixels: int) -> None:
        self.right_margin = pixels
        self.update()

    def set_days(self, days: list[date]) -> None:
        self.days = list(days)
        self.update()

    def _width(self) -> float:
        return max(1.0, (self.width() - self.gutter - self.right_margin - 1) / max(1, len(self.days)))

    def _today(self) -> date:
        try:
            return datetime.now(ZoneInfo(self.tz)).date()
        except (KeyError, ValueError):
            return date.today()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        width, today = self._width(), self._today()
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.8))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        zone_label = self._zone_label()
        p.setFont(small)
        p.setPen(MUTED_TEXT)
        p.drawText(QRectF(2, 0, self.gutter - 8, self.height() - 6),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, zone_label)
        for index, day in enumerate(self.days):
            x = self.gutter + index * width
            is_today = day == today
            p.setFont(small)
            p.setPen(ACCENT if is_today else MUTED_TEXT)
            weekday = format_day(day, "ddd").upper()
            p.drawText(QRectF(x, 6, width, 16), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, weekday)
            p.setFont(big)
            number = str(day.day)
            metrics = QFontMetricsF(big)
            centre = QPointF(x + width / 2, 36)
            if is_today:
                radius = max(metrics.height(), metrics.horizontalAdvance(number) + 10) / 2
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(ACCENT)
                p.drawEllipse(centre, radius, radius)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(ON_ACCENT)
            else:
                p.setPen(HEADING_TEXT if day.weekday() < 5 else MUTED_TEXT)
            p.drawText(QRectF(centre.x() - width / 2, centre.y() - metrics.height() / 2, width, metrics.height()),
                       Qt.AlignmentFlag.AlignCenter, number)
        p.setPen(QPen(GRID_LINE, 1))
        p.drawLine(QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5))
        for index in range(len(self.days) + 1):
            x = self.gutter + index * width
            p.drawLine(QPointF(x, self.height() - 10), QPointF(x, self.height()))
        p.end()

    def _zone_label(self) -> str:
        try:
            return datetime.now(ZoneInfo(self.tz)).strftime("%Z")
        except (KeyError, ValueError):
            return ""

    def day_at(self, x: float) -> date | None:
        if not self.days or x < self.gutter:
            return None
        index = int((x - self.gutter) / self._width())
        return self.days[index] if 0 <= index < len(self.days) else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_requested.emit(day)
