"""A two-level Qt model for the agenda: days, and the sessions of each day."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel

from app.core.services.rows import SessionRow

from ..i18n import noop, tr
from ..theme import colour as theme_colour
from ..widgets.calendar_common import (
    CANCELLED_PALETTE,
    KIND_LABELS,
    KIND_PALETTES,
    STATUS_LABELS,
    follow_theme,
    naive,
    time_span,
    title_of,
    tooltip_html,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
# Colours are kept as names and looked up in data(), so a switch of scheme recolours the rows: the
# foreground and background as roles of app/ui/theme.py, the dot as the calendar's palette of a kind.
FOREGROUND_ROLE = Qt.ItemDataRole.UserRole + 3
BACKGROUND_ROLE = Qt.ItemDataRole.UserRole + 4
DOT_ROLE = Qt.ItemDataRole.UserRole + 5
CANCELLED_TEXT = "cancelled"  # the calendar's text colour of a cancelled session, not a theme role
STATUS_FOREGROUND = {"held": "ok_text", "no_show": "error"}
COLUMNS = (noop("Time"), noop("With"), noop("Kind"), noop("Status"), noop("Place"))


class AgendaModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SessionRow] = []
        self.group_names: dict[int, str] = {}  # shared with the page: names of groups
        self.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        follow_theme()  # the dots and cancelled rows take the calendar's colours of the scheme in use

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            name = super().data(index, FOREGROUND_ROLE)
            if name:
                return QBrush(CANCELLED_PALETTE.text if name == CANCELLED_TEXT else theme_colour(name))
        elif role == Qt.ItemDataRole.BackgroundRole:
            name = super().data(index, BACKGROUND_ROLE)
            if name:
                return QBrush(theme_colour(name))
        elif role == Qt.ItemDataRole.DecorationRole:
            kind = super().data(index, DOT_ROLE)
            if kind:
                palette = CANCELLED_PALETTE if kind == "cancelled" else KIND_PALETTES.get(kind)
                return _dot(palette.accent) if palette is not None else None
        return super().data(index, role)

    def set_rows(self, rows: list[SessionRow], today: date | None = None) -> None:
        self.rows = sorted(rows, key=lambda r: (r.start, r.id))
        self.removeRows(0, self.rowCount())
        current: QStandardItem | None = None
        current_day: date | None = None
        for row in self.rows:
            day = naive(row.start).date()
            if day != current_day:
                current_day = day
                label = f"{day:%A} {day.day} {day:%B %Y}" + ("  \u2014  " + self.tr("today") if day == today else "")
                current = QStandardItem(label)
                current.setData(day, DAY_ROLE)
                current.setEditable(False)
                current.setSelectable(False)
                font = QFont()
                font.setBold(True)
                current.setFont(font)
                current.setData("selected_text" if day == today else "text", FOREGROUND_ROLE)  # link: 4.49 on subtle
                current.setAccessibleText(label)
                current.setData("subtle", BACKGROUND_ROLE)
                fillers = [QStandardItem("") for _ in COLUMNS[1:]]
                for filler in fillers:
                    filler.setEditable(False)
                    filler.setSelectable(False)
                    filler.setData("subtle", BACKGROUND_ROLE)
                self.appendRow([current, *fillers])
            assert current is not None
            current.appendRow(self._session_items(row))

    def _session_items(self, row: SessionRow) -> list[QStandardItem]:
        status = STATUS_LABELS.get(row.status, row.status)
        if row.status == "cancelled" and row.cancelled_by:
            status += f" ({row.cancelled_by})"
        values = (time_span(row), title_of(row, self.group_names), KIND_LABELS.get(row.kind, row.kind), status, row.location)
        dot = "cancelled" if row.status == "cancelled" else row.kind if row.kind in KIND_PALETTES else "individual"
        items = []
        for column, value in enumerate(values):
            item = QStandardItem(value)
            item.setEditable(False)
            item.setData(row.id, ID_ROLE)
            item.setToolTip(tooltip_html(row, self.group_names))
            if row.status == "cancelled":
                font = QFont()
                font.setStrikeOut(column == 1)
                item.setFont(font)
                item.setData(CANCELLED_TEXT, FOREGROUND_ROLE)
            if column == 1:
                item.setData(dot, DOT_ROLE)
            if column == 3 and row.status == "held":
                item.setText(f"\u2713 {value}")
            if column == 3 and row.status in STATUS_FOREGROUND:
                item.setData(STATUS_FOREGROUND[row.status], FOREGROUND_ROLE)
            items.append(item)
        return items

    def clear_rows(self) -> None:
        self.rows = []
        self.removeRows(0, self.rowCount())

    def index_of(self, session_id: int) -> QModelIndex:
        for top in range(self.rowCount()):
            parent = self.index(top, 0)
            for child in range(self.rowCount(parent)):
                index = self.index(child, 0, parent)
                if index.data(ID_ROLE) == session_id:
                    return index
        return QModelIndex()


_DOTS: dict[str, QIcon] = {}


def _dot(colour: QColor) -> QIcon:
    """A small round swatch of the kind's colour."""
    key = colour.name()
    if key not in _DOTS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
        _DOTS[key] = QIcon(pixmap)
    return _DOTS[key]
