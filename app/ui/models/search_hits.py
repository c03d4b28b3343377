"""Search hits as a list model, and a delegate showing date, who, which field
and the snippet with its matches highlighted.

The snippet is drawn from ``SearchHit.snippet_html``, which escapes every
character of note text and adds only ``<b>`` around matches, so nothing a
supervisor typed is ever interpreted as markup.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.services.search import SearchHit

from ..i18n import noop, tr
from ..theme import colour as theme_colour
from .session_rows import draw_padlock, format_day, format_time, kind_label, session_title, status_text

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

FIELD_LABELS = {"brought": noop("What they brought"), "reflections": noop("Reflections"),
                "mirrored": noop("What was mirrored"), "follow_ups": noop("Follow-ups"),
                "private_note": noop("Private note"), "people": noop("People"), "themes": noop("Themes")}
HIGHLIGHT_CSS = "b {{ background-color: {back}; color: {fore}; font-weight: 600; }}"


def highlight_css() -> str:
    """How a match is marked in a snippet, in the scheme in use (read at paint time)."""
    return HIGHLIGHT_CSS.format(back=theme_colour("match_bg").name(), fore=theme_colour("match_text").name())


class SearchHitModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.session_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{header_text(hit)} \u2014 {hit.snippet}"
        return None


def header_text(hit: SearchHit) -> str:
    who = session_title(hit.kind, hit.supervisee_name)
    kind = "" if hit.kind == "individual" else f" ({kind_label(hit.kind)})"
    when = f"{format_day(hit.start, 'ddd d MMM yyyy')}, {format_time(hit.start)}"
    field = "" if hit.private else f" \u00b7 {tr(FIELD_LABELS.get(hit.field, hit.field))}"  # a badge says it
    return f"{when} \u00b7 {who}{kind}{field}"


class SearchHitDelegate(QStyledItemDelegate):
    ROW_HEIGHT = 68

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(0, self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit = index.data(HIT_ROLE)
        if hit is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, theme_colour("selection"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, theme_colour("hover"))
        painter.setPen(theme_colour("grid"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        x, right = rect.left() + 12, rect.right() - 12
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() * 0.88))
        painter.setFont(small)
        fm = painter.fontMetrics()
        top = QRect(x, rect.top() + 6, right - x, fm.height() + 2)
        status = status_text(hit.status, "")
        if hit.private:
            badge = tr("Private note")
            width = fm.horizontalAdvance(badge) + 30
            pill = QRect(right - width, top.top(), width, top.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme_colour("note_bg"))
            painter.drawRoundedRect(pill, 8, 8)
            icon = fm.ascent() - 1
            draw_padlock(painter, QRectF(pill.left() + 8, pill.center().y() - icon / 2, icon, icon),
                         theme_colour("late_text"))
            painter.setPen(theme_colour("late_text"))
            painter.drawText(pill.adjusted(14, 0, 0, 0), Qt.AlignmentFlag.AlignCenter, badge)
            top.setRight(pill.left() - 8)
        painter.setPen(theme_colour("text_secondary"))
        header = fm.elidedText(f"{header_text(hit)} \u00b7 {status}", Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, header)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(highlight_css())
        doc.setDocumentMargin(0)
        doc.setHtml(hit.snippet_html)  # escaped text plus <b> around matches only
        doc.setTextWidth(right - x)
        body = QRectF(x, top.bottom() + 4, right - x, rect.bottom() - top.bottom() - 8)
        painter.translate(body.topLeft())
        painter.setClipRect(QRectF(0, 0, body.width(), body.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, theme_colour("text"))
        doc.documentLayout().draw(painter, context)
        painter.restore()
