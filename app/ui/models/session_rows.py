"""Light session rows (no note bodies) for Today and a supervisee's history,
and the delegate that paints them as one calm line each."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.services.rows import SessionRow

from ..i18n import noop, tr
from ..theme import colour as theme_colour

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

# English as marked for the catalogue (noop); show them through tr(), e.g. kind_label(kind).
KIND_LABELS = {"individual": noop("Individual"), "peer_group": noop("Peer group"),
               "group_supervision": noop("Group supervision")}
GROUP_TITLES = {"peer_group": noop("Peer-supervision group"), "group_supervision": noop("Group supervision")}
STATUS_LABELS = {"scheduled": noop("Scheduled"), "held": noop("Held"), "cancelled": noop("Cancelled"),
                 "no_show": noop("No-show")}
# A status chip's (background, text) as roles of app/ui/theme.py: see status_chip().
STATUS_COLOURS = {"scheduled": ("info_bg", "info_text"), "held": ("ok_bg", "ok_text"),
                  "cancelled": ("subtle", "muted"), "no_show": ("late_bg", "late_text")}


def kind_label(kind: str) -> str:
    """The kind of session in the user's language."""
    return tr(KIND_LABELS.get(kind, kind))


def session_title(kind: str, supervisee_name: str) -> str:
    """Who the session is with, for a row or a heading."""
    return supervisee_name or tr(GROUP_TITLES.get(kind, noop("Session")))


def status_text(status: str, cancelled_by: str = "") -> str:
    if status == "cancelled" and cancelled_by:
        return tr("Cancelled by {0}", "session_rows").format(cancelled_by)
    return tr(STATUS_LABELS.get(status, status))


def status_chip(status: str) -> tuple[QColor, QColor]:
    """A status chip's background and text colour in the scheme in use."""
    back, fore = STATUS_COLOURS.get(status, ("subtle", "text"))
    return theme_colour(back), theme_colour(fore)


def draw_padlock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A small closed padlock (no emoji font needed) inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = rect.width(), rect.height()
    body = QRectF(rect.left() + w * 0.12, rect.top() + h * 0.45, w * 0.76, h * 0.52)
    shackle = QRectF(rect.left() + w * 0.27, rect.top() + h * 0.06, w * 0.46, h * 0.7)
    painter.setPen(QPen(colour, max(1.2, w * 0.12)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(shackle.left(), shackle.center().y(), shackle.left(), body.top())
    painter.drawLine(shackle.right(), shackle.center().y(), shackle.right(), body.top())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(body, w * 0.1, w * 0.1)
    painter.restore()


def padlock_pixmap(size: int, colour: str | QColor, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_padlock(painter, QRectF(0, 0, size, size), QColor(colour))
    painter.end()
    return pixmap


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_day(value: date, pattern: str = "ddd d MMM yyyy") -> str:
    """A date in the user's locale (month and day names translated)."""
    return QLocale().toString(qdate(value), pattern)


def format_time(value: datetime) -> str:
    return f"{value:%H:%M}"


class SessionRowModel(QAbstractListModel):
    """``when``: "time" (today), "day" (this week, overdue lists) or "date" (history)."""

    def __init__(self, when: str = "time", show_who: bool = True) -> None:
        super().__init__()
        self.when = when
        self.show_who = show_who
        self._rows: list[SessionRow] = []

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[SessionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def when_text(self, row: SessionRow) -> str:
        if self.when == "time":
            return f"{format_time(row.start)}\u2013{format_time(row.end)}"
        if self.when == "day":
            return f"{format_day(row.start, 'ddd d MMM')}  {format_time(row.start)}"
        return format_day(row.start, "d MMM yyyy")

    def texts(self, row: SessionRow) -> tuple[str, str]:
        """(primary, secondary) text of a row."""
        kind = kind_label(row.kind)
        if self.show_who:
            return session_title(row.kind, row.supervisee_name), kind if row.kind != "individual" else ""
        return kind, row.location

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            primary, secondary = self.texts(row)
            notes = self.tr("notes recorded") if row.has_notes else self.tr("no notes")
            return " \u00b7 ".join(x for x in (self.when_text(row), primary, secondary,
                                                  status_text(row.status, row.cancelled_by), notes) if x)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{format_day(row.start, 'dddd d MMMM yyyy')}, {format_time(row.start)}\u2013"
                    f"{format_time(row.end)}" + (f" \u00b7 {row.location}" if row.location else ""))
        return None


class SessionRowDelegate(QStyledItemDelegate):
    """when | who (kind) | theme dots · notes marker · status pill."""

    ROW_HEIGHT = 34

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(0, max(self.ROW_HEIGHT, option.fontMetrics.height() + 14))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: SessionRow = index.data(ROW_ROLE)
        model: SessionRowModel = index.model()
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.fillRect(rect, theme_colour("selection"))
        elif hover:
            painter.fillRect(rect, theme_colour("hover"))
        painter.setPen(QPen(theme_colour("grid")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        fm = option.fontMetrics
        dim = row.status == "cancelled"
        ink = theme_colour("faint") if dim else theme_colour("text")
        muted = theme_colour("muted")
        x = rect.left() + 10
        when = model.when_text(row)
        when_width = {"time": fm.horizontalAdvance("00:00\u201300:00"),
                      "day": fm.horizontalAdvance("Wed 00 Sep  00:00"),
                      "date": fm.horizontalAdvance("00 Sep 0000")}.get(model.when, 90) + 16
        painter.setPen(muted)
        painter.drawText(QRect(x, rect.top(), when_width, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, when)
        x += when_width
        # Right side, painted from the right edge inwards.
        right = rect.right() - 10
        label = status_text(row.status, row.cancelled_by)
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() * 0.86))
        painter.setFont(small)
        sfm = painter.fontMetrics()
        pill_w = sfm.horizontalAdvance(label) + 16
        pill = QRect(right - pill_w, rect.center().y() - 10, pill_w, 20)
        back, fore = status_chip(row.status)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(pill, 10, 10)
        painter.setPen(fore)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        right = pill.left() - 10
        notes_due, notes = self.tr("Notes due"), self.tr("\u270e Notes")
        marker_w = max(sfm.horizontalAdvance(notes_due), sfm.horizontalAdvance(notes)) + 4
        marker = QRect(right - marker_w, rect.top(), marker_w, rect.height())
        if row.has_notes:
            painter.setPen(theme_colour("text_secondary"))
            painter.drawText(marker, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, notes)
        elif row.status == "held":
            painter.setPen(theme_colour("warn_text"))
            painter.drawText(marker, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, notes_due)
        right = marker.left() - 8
        for colour in reversed(row.theme_colors[:6]):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QRect(right - 9, rect.center().y() - 4, 9, 9))
            right -= 12
        painter.setFont(option.font)
        primary, secondary = model.texts(row)
        space = right - x - 8
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold if model.show_who else QFont.Weight.Normal)
        bold.setStrikeOut(dim)
        painter.setFont(bold)
        bfm = painter.fontMetrics()
        primary = bfm.elidedText(primary, Qt.TextElideMode.ElideRight, max(space, 0))
        painter.setPen(ink)
        painter.drawText(QRect(x, rect.top(), space, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, primary)
        used = bfm.horizontalAdvance(primary) + 10
        if secondary and space - used > 40:
            painter.setFont(option.font)
            painter.setPen(muted)
            painter.drawText(QRect(x + used, rect.top(), space - used, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(secondary, Qt.TextElideMode.ElideRight, space - used))
        painter.restore()
