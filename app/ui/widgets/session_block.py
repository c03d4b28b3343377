"""How one session looks in the day and week views: a rounded block."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from app.core.services.rows import SessionRow

from .calendar_common import HELD_MARK, NO_SHOW_ACCENT, palette_for, status_mark, time_span, title_of


def paint_block(p: QPainter, rect: QRectF, row: SessionRow, base: QFont, selected: bool,
                group_names: Mapping[int, str]) -> None:
    """One session as a rounded block: kind colour, name, time, place, status."""
    colours = palette_for(row)
    path = QPainterPath()
    path.addRoundedRect(rect, 5, 5)
    p.fillPath(path, colours.fill.darker(108) if selected else colours.fill)
    p.save()
    p.setClipPath(path)
    accent = NO_SHOW_ACCENT if row.status == "no_show" else colours.accent
    p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), accent)
    p.restore()
    if selected:
        p.setPen(QPen(colours.accent.darker(125), 2))
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
    inner = rect.adjusted(9, 2, -5, -1)
    bold = QFont(base)
    bold.setPointSizeF(max(7.5, bold.pointSizeF() * 0.86))
    bold.setBold(True)
    bold.setStrikeOut(row.status == "cancelled")
    plain = QFont(bold)
    plain.setBold(False)
    plain.setStrikeOut(False)
    bold_m, plain_m = QFontMetricsF(bold), QFontMetricsF(plain)
    two_lines = inner.height() >= bold_m.height() + plain_m.height() - 2
    name = title_of(row, group_names)
    title = name if two_lines else f"{row.start:%H:%M} {name}"
    mark, mark_width = _fitting_mark(row, plain, inner.width() - bold_m.horizontalAdvance(title))
    if mark:
        p.setFont(plain)
        p.setPen(HELD_MARK if row.status == "held" else
                 NO_SHOW_ACCENT if row.status == "no_show" else colours.text)
        p.drawText(QRectF(inner.right() - mark_width, inner.top(), mark_width, bold_m.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, mark)
    p.setFont(bold)
    p.setPen(colours.text)
    p.drawText(QRectF(inner.left(), inner.top(), inner.width() - mark_width, bold_m.height()),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
               bold_m.elidedText(title, Qt.TextElideMode.ElideRight, inner.width() - mark_width))
    if two_lines:
        span = time_span(row)
        three_lines = bool(row.location) and inner.height() >= bold_m.height() + 2 * plain_m.height() - 2
        if three_lines or not row.location:
            choices = [[span, row.location] if row.location else [span], [f"{row.start:%H:%M}", row.location]]
        else:
            choices = [[f"{span} \u00b7 {row.location}"], [span], [f"{row.start:%H:%M}"]]
        lines = next((c for c in choices if plain_m.horizontalAdvance(c[0]) <= inner.width()), choices[-1])
        p.setFont(plain)
        y = inner.top() + bold_m.height()
        for line in lines:
            if line:
                p.drawText(QRectF(inner.left(), y, inner.width(), plain_m.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                           plain_m.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()))
            y += plain_m.height()
    if row.theme_colors and inner.height() >= bold_m.height() + plain_m.height() + 9:
        x = inner.left()
        for colour in row.theme_colors[:6]:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawEllipse(QPointF(x + 3, inner.bottom() - 4), 3, 3)
            x += 9
        p.setBrush(Qt.BrushStyle.NoBrush)


def _fitting_mark(row: SessionRow, font: QFont, room: float) -> tuple[str, float]:
    """The status word if it fits beside the title, else its sign, else nothing."""
    metrics = QFontMetricsF(font)
    for mark in (status_mark(row), {"no_show": "\u2717", "held": "\u2713"}.get(row.status, "")):
        width = metrics.horizontalAdvance(mark) + 6
        if mark and width <= room:
            return mark, width
    sign = {"no_show": "\u2717", "held": "\u2713"}.get(row.status, "")
    return (sign, metrics.horizontalAdvance(sign) + 4) if sign else ("", 0.0)
