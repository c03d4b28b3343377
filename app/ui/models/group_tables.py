"""Qt table models for the Groups page: the group list, the members, the meetings."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from app.core.services.groups import GroupRow, MeetingRow, MemberRow

from ..i18n import noop, tr
from ..theme import colour as theme_colour

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# English as marked for the catalogue (noop); shown through tr().
KIND_LABELS = {"peer_group": noop("Peer group"), "group_supervision": noop("Group supervision")}
ANSWER_WORDS = (("ACCEPTED", noop("yes")), ("DECLINED", noop("no")), ("TENTATIVE", noop("maybe")),
                ("NEEDS-ACTION", noop("no answer")))
ANSWER_LABELS = {"ACCEPTED": noop("Accepted"), "DECLINED": noop("Declined"), "TENTATIVE": noop("Tentative"),
                 "NEEDS-ACTION": noop("No answer"), "DELEGATED": noop("Delegated")}
# Colour roles of the scheme in use (app/ui/theme.py), read in data(): a switch of scheme recolours the rows.
MUTED, WARN = "muted", "warn_text"


def day_text(day: date | None) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}" if day else ""


class _Table(QAbstractTableModel):
    """Rows of one dataclass; subclasses say the columns and how a cell reads."""

    columns: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.ident(row)
        return self.cell(row, index.column(), role)

    def ident(self, row: Any) -> Any:
        return None

    def cell(self, row: Any, column: int, role: int) -> Any:
        return None

    def row_of(self, ident: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if self.ident(r) == ident), -1)


class GroupListModel(_Table):
    columns = (noop("Group"), noop("Size"))

    def __init__(self) -> None:
        super().__init__()
        self.today = date.today()

    def ident(self, row: GroupRow) -> int:
        return row.id

    def review_due(self, row: GroupRow) -> bool:
        return row.review_on is not None and (row.review_on - self.today).days <= 14 and not row.archived

    def cell(self, row: GroupRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if column == 0 else str(row.active_members)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.name} \u2014 {tr(KIND_LABELS.get(row.kind, row.kind))}"
            if row.review_on is not None:
                review = self.tr("Review due on {0}") if self.review_due(row) else self.tr("Review on {0}")
                tip += "\n" + review.format(day_text(row.review_on))
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and self.review_due(row):
            return QBrush(theme_colour(WARN))
        if role == Qt.ItemDataRole.FontRole and column == 0 and self.review_due(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MemberTableModel(_Table):
    columns = ("#", noop("Name"), noop("E-mail"), noop("Discipline"), noop("Member from"), noop("Until"))

    def ident(self, row: MemberRow) -> int:
        return row.membership_id

    def cell(self, row: MemberRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str([r for r in self.rows if r.active].index(row) + 1) if row.active else ""
            outside = " " + self.tr("(colleague)") if row.key.startswith("contact:") else ""
            values = ("", row.name + outside, row.email or self.tr("no e-mail"), row.discipline,
                      day_text(row.joined_on), day_text(row.left_on))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if row.size_acknowledged:
                tips.append(self.tr("Added past the recommended size of 8 (acknowledged)."))
            if not row.email:
                tips.append(self.tr("No e-mail address: invitations can't reach them."))
            if not row.active:
                tips.append(self.tr("Not a member on the day shown."))
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.ForegroundRole and (not row.active or (column == 2 and not row.email)):
            return QBrush(theme_colour(MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def keys(self) -> list[str]:
        return [r.key for r in self.rows]


@dataclass(frozen=True)
class MeetingLine:
    """One meeting and, once invitations went out, each invitee's answer (person key -> PARTSTAT)."""

    row: MeetingRow
    answers: dict[str, str] | None = None

    def coming_text(self) -> str:
        if self.row.status == "cancelled":
            return tr("Cancelled")
        if not self.answers:
            return tr("Not invited yet", "group_tables")
        counts = Counter(self.answers.values())
        parts = [f"{counts[key]} {tr(word)}" for key, word in ANSWER_WORDS if counts.get(key)]
        return " \u00b7 ".join(parts)


class MeetingTableModel(_Table):
    columns = (noop("No."), noop("Date and time"), noop("Leader"), noop("Place"), noop("Guest"),
               noop("Who is coming"))

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, str] = {}  # person key -> name, for the answers tooltip

    def ident(self, line: MeetingLine) -> int:
        return line.row.session_id

    def cell(self, line: MeetingLine, column: int, role: int) -> Any:
        row = line.row
        cancelled = row.status == "cancelled"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.number) if row.number is not None else "\u2014"
            if column == 1:
                return f"{day_text(row.start.date())}, {row.start:%H:%M}"
            if column == 2:
                return row.leader_name or ("" if cancelled else self.tr("nobody"))
            if column == 3:
                return row.place
            if column == 4:
                return "\u2713" if row.guest_invited else ""
            return line.coming_text()
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return f"{row.start:%A %d %B %Y, %H:%M}\u2013{row.end:%H:%M} ({row.start.tzname()})"
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.guest_invited:
            return self.tr("The guest supervisor is invited to this meeting")
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and line.answers:
            by: dict[str, list[str]] = {}
            for key, answer in line.answers.items():
                by.setdefault(tr(ANSWER_LABELS.get(answer, answer)), []).append(self.names.get(key, key))
            return "\n".join(f"{label}: {', '.join(sorted(names))}" for label, names in by.items())
        if role == Qt.ItemDataRole.ForegroundRole:
            if cancelled or row.status == "held":
                return QBrush(theme_colour(MUTED))
        if role == Qt.ItemDataRole.FontRole and cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def make_group_proxy(model: GroupListModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy
