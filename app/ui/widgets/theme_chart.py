"""Themes over time: a stacked bar per month, one colour per theme (QPainter).

Fed by ``SessionService.theme_counts`` ({first of month: {theme: sessions}}).
Many themes fold into "Other" beyond the eight most frequent; months with
nothing recorded still get their slot so gaps are visible.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..i18n import noop, tr
from ..models.session_rows import format_day
from ..theme import colour as theme_colour

MAX_SERIES = 8
OTHER = noop("Other themes")
OTHER_COLOUR = ""  # "Other themes" and a theme without a colour: the scheme's chart_other, read at paint time
EMPTY_TEXT = noop("No themes recorded in this period yet.")


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)

    def qcolour(self) -> QColor:
        """The theme's own colour, else the scheme's colour for "Other" (in the scheme in use)."""
        return QColor(self.colour) if self.colour else theme_colour("chart_other")


def month_range(first: date, last: date) -> list[date]:
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def nice_step(top: int, lines: int = 4) -> int:
    """A round gridline step (1, 2, 5, 10, 20, ...) giving about ``lines`` lines."""
    raw = max(1.0, top / lines)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


def build_series(counts: dict[date, dict[str, int]], colours: dict[str, str], months: list[date],
                 limit: int = MAX_SERIES) -> list[Series]:
    totals: dict[str, int] = {}
    for month in months:
        for name, n in counts.get(month, {}).items():
            totals[name] = totals.get(name, 0) + n
    ranked = sorted(totals, key=lambda n: (-totals[n], n.lower()))
    keep = ranked if len(ranked) <= limit else ranked[:limit - 1]
    series = [Series(name, colours.get(name, OTHER_COLOUR),
                     tuple(counts.get(m, {}).get(name, 0) for m in months)) for name in keep]
    rest = [n for n in ranked if n not in keep]
    if rest:
        series.append(Series(tr(OTHER), OTHER_COLOUR, tuple(sum(counts.get(m, {}).get(n, 0) for n in rest)
                                                        for m in months)))
    return series


class ThemeChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("theme_chart")
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.months: list[date] = []
        self.series: list[Series] = []
        self.counts: dict[date, dict[str, int]] = {}
        self._hover = -1
        self._bars: list[QRectF] = []
        self.setAccessibleName(self.tr("Themes over time"))

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    # ---- data -----------------------------------------------------------------
    def set_data(self, counts: dict[date, dict[str, int]], colours: dict[str, str],
                 start: date | None = None, end: date | None = None) -> None:
        """Show ``counts`` for the months from ``start`` to ``end`` (default: the data's own span)."""
        self.counts = dict(counts)
        keys = sorted(counts)
        first = start or (keys[0] if keys else None)
        last = end or (keys[-1] if keys else None)
        self.months = month_range(first, last) if first and last and first <= last else []
        self.series = build_series(counts, colours, self.months)
        self._hover = -1
        totals = sum(s.total for s in self.series)
        self.setAccessibleDescription(
            self.tr("{0} theme tags over {1} months: ").format(totals, len(self.months))
            + ", ".join(f"{s.name} {s.total}" for s in self.series) if totals else tr(EMPTY_TEXT))
        self.update()

    def clear(self) -> None:
        self.set_data({}, {})

    def is_empty(self) -> bool:
        return not any(s.total for s in self.series)

    def month_totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.months))]

    # ---- painting -----------------------------------------------------------------
    def _legend_layout(self, width: int, fm) -> list[tuple[QRect, Series]]:
        items, x, y, line = [], 0, 0, fm.height() + 6
        for series in self.series:
            label = f"{series.name} ({series.total})"
            w = min(fm.horizontalAdvance(label), 260) + 22
            if x and x + w > width:
                x, y = 0, y + line
            items.append((QRect(x, y, w, line), series))
            x += w + 14
        return items

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), theme_colour("base"))
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.86))
        p.setFont(small)
        fm = p.fontMetrics()
        muted, grid, ink = theme_colour("muted"), theme_colour("grid"), theme_colour("heading")
        if self.is_empty():
            p.setPen(muted)
            p.setFont(self.font())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(EMPTY_TEXT))
            self._bars = []
            return
        outer = self.rect().adjusted(12, 10, -14, -8)
        legend = self._legend_layout(outer.width() - 40, fm)
        legend_h = (legend[-1][0].bottom() + 4) if legend else 0
        totals = self.month_totals()
        step = nice_step(max(totals) or 1)
        top_value = step * math.ceil((max(totals) or 1) / step)
        y_label_w = fm.horizontalAdvance(str(top_value)) + 10
        plot = QRect(outer.left() + y_label_w, outer.top() + 4, outer.width() - y_label_w,
                     outer.height() - legend_h - 2 * fm.height() - 16)
        if plot.height() < 40:
            plot.setHeight(40)
        # Gridlines and y labels.
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            p.setPen(QPen(grid if value else theme_colour("border_strong"), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(QRectF(outer.left(), y - fm.height() / 2, y_label_w - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        # Bars.
        n = len(self.months)
        slot = plot.width() / n
        bar_w = max(2.0, min(34.0, slot * 0.66))
        self._bars = []
        for i, _month in enumerate(self.months):
            cx = plot.left() + slot * (i + 0.5)
            if i == self._hover:
                p.fillRect(QRectF(cx - slot / 2, plot.top(), slot, plot.height()), theme_colour("hover"))
            y = float(plot.bottom())
            for series in self.series:
                value = series.values[i]
                if not value:
                    continue
                h = plot.height() * value / top_value
                segment = QRectF(cx - bar_w / 2, y - h, bar_w, h)
                p.fillRect(segment, series.qcolour())
                if h > 3:
                    p.setPen(QPen(theme_colour("base"), 1))  # a gap between segments, in the chart's background
                    p.drawLine(segment.topLeft(), segment.topRight())
                y -= h
            self._bars.append(QRectF(cx - slot / 2, plot.top(), slot, plot.height()))
        # Month labels: thin them out when slots are narrow; the year under January.
        label_w = fm.horizontalAdvance("Sep") + 8
        every = max(1, math.ceil(label_w / slot))
        if every > 1:
            every = next(k for k in (2, 3, 4, 6, 12, 24, 36, 60, 120) if k >= every) if every <= 120 else every
        for i, month in enumerate(self.months):
            cx = plot.left() + slot * (i + 0.5)
            if (month.month - 1) % every == 0 or (every > 12 and i == 0):
                p.setPen(muted)
                p.drawText(QRectF(cx - 30, plot.bottom() + 4, 60, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                           format_day(month, "MMM") if every <= 12 else str(month.year))
            if month.month == 1 or i == 0:
                if every <= 12:
                    p.setPen(ink)
                    p.drawText(QRectF(cx - 30, plot.bottom() + 4 + fm.height(), 60, fm.height()),
                               Qt.AlignmentFlag.AlignHCenter, str(month.year))
                    p.setPen(QPen(theme_colour("border_strong"), 1))
                    if i:
                        x = plot.left() + slot * i
                        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        # Legend.
        origin = QRect(outer.left() + y_label_w, outer.bottom() - legend_h + 4, 0, 0).topLeft()
        for rect, series in legend:
            r = rect.translated(origin)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(series.qcolour())
            p.drawRoundedRect(QRectF(r.left(), r.center().y() - 5, 10, 10), 2, 2)
            p.setPen(ink)
            text = fm.elidedText(f"{series.name} ({series.total})", Qt.TextElideMode.ElideRight, r.width() - 16)
            p.drawText(r.adjusted(16, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    # ---- hover ------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hover = next((i for i, r in enumerate(self._bars) if r.contains(pos)), -1)
        if hover != self._hover:
            self._hover = hover
            self.update()
        if hover >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(hover), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()

    def tooltip_for(self, i: int) -> str:
        lines = [format_day(self.months[i], "MMMM yyyy")]
        lines += [f"{s.name}: {s.values[i]}" for s in self.series if s.values[i]]
        if len(lines) == 1:
            lines.append(self.tr("No themes recorded"))
        return "\n".join(lines)
