"""Today's session rows: a row whose name gets the room there is, and the list that shows them."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyle, QStyleOptionViewItem

from app.core.services.rows import SessionRow

from ..i18n import tr
from ..models.session_rows import (
    ROW_ROLE,
    SessionRowDelegate,
    SessionRowModel,
    status_chip,
    status_text,
)
from ..theme import colour as theme_colour

__all__ = ["NAME_EMS", "RowLayout", "TodayRowDelegate", "session_list"]

Index = QModelIndex | QPersistentModelIndex
# The widest "when" text of each kind of list, so the names of a list line up.
WHEN_TEMPLATES = {"time": "00:00\u201300:00", "day": "Wed 00 Sep  00:00", "date": "00 Sep 0000"}
NAME_EMS = 15  # the room a name wants before Today lays its cards out in one column


@dataclass(frozen=True)
class RowLayout:
    """Where each part of a session row goes; parts that don't fit are left out, never overlapped."""

    when: QRect
    name: QRect
    name_text: str  # as drawn: elided only when the row really has no more room
    secondary: QRect | None = None
    secondary_text: str = ""
    dots: tuple[QRect, ...] = ()
    marker: QRect | None = None
    marker_text: str = ""
    pill: QRect | None = None
    pill_text: str = ""


class TodayRowDelegate(SessionRowDelegate):
    """A session row whose name gets the room there is: the notes marker takes space only when it is
    shown, and when a row is narrow the extras (kind, theme dots, marker, status) give way in that
    order instead of being drawn over the date. Every row of a list makes room for the list's widest
    name, so a list's markers and status pills are all shown or all left out together."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widest: dict[tuple[int, str], int] = {}

    def forget(self) -> None:
        """The rows changed (connected to the model's reset)."""
        self._widest.clear()

    def widest_name(self, model: SessionRowModel, fm: QFontMetrics, font: QFont) -> int:
        key = (id(model), font.key())
        if key not in self._widest:
            self._widest[key] = max((fm.horizontalAdvance(model.texts(r)[0]) for r in model.rows()), default=0)
        return self._widest[key]

    @staticmethod
    def fonts(font: QFont) -> tuple[QFont, QFont]:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(font)
        small.setPointSizeF(max(7.5, font.pointSizeF() * 0.86))
        return bold, small

    @staticmethod
    def when_width(fm: QFontMetrics, when: str) -> int:
        return fm.horizontalAdvance(WHEN_TEMPLATES.get(when, "00 Sep 0000")) + 16

    @classmethod
    def wanted_width(cls, font: QFont, when: str = "day") -> int:
        """The width a row needs to show a name of ``NAME_EMS`` ems with the notes marker and status."""
        fm = QFontMetrics(font)
        bold, small = cls.fonts(font)
        sfm = QFontMetrics(small)
        return (20 + cls.when_width(fm, when) + QFontMetrics(bold).horizontalAdvance("M") * NAME_EMS + 8
                + sfm.horizontalAdvance(tr("Notes due", "Today")) + 12
                + sfm.horizontalAdvance(tr("Scheduled", "Today")) + 26)

    def layout(self, option: QStyleOptionViewItem, index: Index) -> RowLayout | None:
        row: SessionRow | None = index.data(ROW_ROLE)
        if row is None:
            return None
        model: SessionRowModel = index.model()
        rect, font = option.rect, option.font
        fm = QFontMetrics(font)
        bold, small = self.fonts(font)
        bfm, sfm = QFontMetrics(bold if model.show_who else font), QFontMetrics(small)
        left, right = rect.left() + 10, rect.right() - 10
        top, height = rect.top(), rect.height()
        when_w = min(self.when_width(fm, model.when), max(0, right - left))
        x = left + when_w
        primary, secondary = model.texts(row)
        pill_text = status_text(row.status, row.cancelled_by)
        marker_text = (tr("\u270e Notes", "Today") if row.has_notes
                       else tr("Notes due", "Today") if row.status == "held" else "")
        dots = list(row.theme_colors[:6])
        # The whole name (the list's widest, for even columns) comes before every extra.
        want_name = max(bfm.horizontalAdvance(primary),
                        self.widest_name(model, bfm, bold if model.show_who else font))

        def extras() -> int:
            return ((sfm.horizontalAdvance(pill_text) + 26 if pill_text else 0)
                    + (sfm.horizontalAdvance(marker_text) + 12 if marker_text else 0) + 12 * len(dots)
                    + (fm.horizontalAdvance(secondary) + 10 if secondary else 0))

        # Give way in order until the name has its room (or nothing is left to give).
        while right - x - 8 - extras() < want_name and (secondary or dots or marker_text or pill_text):
            if secondary:
                secondary = ""
            elif dots:
                dots = []
            elif marker_text:
                marker_text = ""
            else:
                pill_text = ""
        edge = right
        pill = marker = None
        if pill_text:
            pill_w = sfm.horizontalAdvance(pill_text) + 16
            pill = QRect(edge - pill_w, rect.center().y() - 10, pill_w, 20)
            edge = pill.left() - 10
        if marker_text:
            marker_w = sfm.horizontalAdvance(marker_text) + 4
            marker = QRect(edge - marker_w, top, marker_w, height)
            edge = marker.left() - 8
        dot_rects = []
        for _colour in dots:
            dot_rects.append(QRect(edge - 9, rect.center().y() - 4, 9, 9))
            edge -= 12
        space = max(0, edge - x - 8)
        name_text = bfm.elidedText(primary, Qt.TextElideMode.ElideRight, space)
        drawn_w = min(space, bfm.horizontalAdvance(name_text))
        second = None
        if secondary and space - drawn_w - 10 > 0:
            second = QRect(x + drawn_w + 10, top, space - drawn_w - 10, height)
            secondary = fm.elidedText(secondary, Qt.TextElideMode.ElideRight, second.width())
        return RowLayout(QRect(left, top, when_w, height), QRect(x, top, space, height), name_text,
                         second, secondary if second else "", tuple(reversed(dot_rects)), marker, marker_text,
                         pill, pill_text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = self.layout(option, index)
        if parts is None:
            return
        row: SessionRow = index.data(ROW_ROLE)
        model: SessionRowModel = index.model()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, theme_colour("selection"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, theme_colour("hover"))
        painter.setPen(QPen(theme_colour("grid")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        dim = row.status == "cancelled"
        muted = theme_colour("muted")
        middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(parts.when, middle, model.when_text(row))
        bold, small = self.fonts(option.font)
        painter.setFont(small)
        if parts.pill is not None:
            back, fore = status_chip(row.status)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(back)
            painter.drawRoundedRect(parts.pill, 10, 10)
            painter.setPen(fore)
            painter.drawText(parts.pill, Qt.AlignmentFlag.AlignCenter, parts.pill_text)
        if parts.marker is not None:
            painter.setPen(theme_colour("text_secondary" if row.has_notes else "warn_text"))
            painter.drawText(parts.marker, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             parts.marker_text)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, dot in zip(row.theme_colors, parts.dots, strict=False):
            painter.setBrush(QColor(colour))
            painter.drawEllipse(dot)
        name_font = QFont(bold if model.show_who else option.font)
        name_font.setStrikeOut(dim)
        painter.setFont(name_font)
        painter.setPen(theme_colour("faint") if dim else theme_colour("text"))
        painter.drawText(parts.name, middle, parts.name_text)
        if parts.secondary is not None:
            painter.setFont(option.font)
            painter.setPen(muted)
            painter.drawText(parts.secondary, middle, parts.secondary_text)
        painter.restore()


def session_list(model: SessionRowModel, name: str, open_index: Callable[[QModelIndex], None]) -> QListView:
    view = QListView(objectName=name)
    view.setModel(model)
    delegate = TodayRowDelegate(view)
    view.setItemDelegate(delegate)
    model.modelReset.connect(delegate.forget)
    view.setMouseTracking(True)
    view.setUniformItemSizes(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    view.activated.connect(open_index)
    view.doubleClicked.connect(open_index)
    return view
