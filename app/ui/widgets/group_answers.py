"""Who was invited to one meeting, whether the invitation went, and each answer.

An answer can be set by hand (a phone call, a note in the corridor) with the
combo on each row. A row for the whole series answers every meeting of it;
a row for one meeting answers only that one and wins over the series.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.invitations import InvitationRow

from ..context import AppContext
from ..i18n import noop, tr
from ..models.group_tables import day_text
from ..theme import colour, manager

CONTEXT = "GroupAnswers"
ANSWERS = (("NEEDS-ACTION", noop("No answer")), ("ACCEPTED", noop("Accepted")), ("TENTATIVE", noop("Tentative")),
           ("DECLINED", noop("Declined")))
# Colour roles of the scheme in use (app/ui/theme.py), readable in light and dark.
ANSWER_COLOURS = {"ACCEPTED": "ok_text", "DECLINED": "error", "TENTATIVE": "warn_text", "NEEDS-ACTION": "muted"}
COLUMNS = (noop("Invitee"), noop("E-mail"), noop("Invited to"), noop("Invitation"), noop("Answer"))


def _answer_style(partstat: str) -> str:
    return "color: {};".format(colour(ANSWER_COLOURS.get(partstat, "text")).name())


def delivery_text(row: InvitationRow) -> str:
    if row.method == "CANCEL":
        return tr("Cancellation sent", CONTEXT) if row.status == "sent" else tr("Cancellation not sent", CONTEXT)
    if row.status == "sent":
        return tr("Sent {day}", CONTEXT).format(day=day_text(row.sent_at.date())) if row.sent_at \
            else tr("Sent", CONTEXT)
    if row.status == "failed":
        return tr("Failed: {reason}", CONTEXT).format(reason=row.reason or tr("not sent", CONTEXT))
    return tr("Saved as file, not sent yet", CONTEXT) if row.delivery == "file" else tr("Not sent", CONTEXT)


class GroupAnswersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: int | None = None
        self.rows: list[InvitationRow] = []
        self.combos: dict[int, QComboBox] = {}  # invitation id -> its answer combo
        self.heading = QLabel(self.tr("Answers"), objectName="answers_heading")
        self.empty = QLabel(self.tr("Choose a meeting to see who was invited and their answers."),
                            objectName="answers_empty", wordWrap=True)
        self.empty.setProperty("muted", True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="answers_table")
        self.table.setHorizontalHeaderLabels([tr(c, CONTEXT) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the e-mail gives way first when narrow
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.set_meeting(None)
        themes = manager()
        if themes is not None:  # the answers' colours follow a switch between light and dark
            themes.scheme_changed.connect(self._recolour)

    def _recolour(self, _scheme: str = "") -> None:
        for combo in self.combos.values():
            combo.setStyleSheet(_answer_style(combo.currentData()))

    def set_meeting(self, session_id: int | None, title: str = "") -> None:
        self.session_id = session_id
        self.heading.setText("<b>{}</b>".format(self.tr("Answers \u2014 {title}").format(title=title) if title
                                                else self.tr("Answers")))
        if session_id is None:
            self._fill(None, [])
            return
        self.reload()

    def reload(self) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        self.ctx.query(lambda p: p.invitations.responses(session_id=session_id),
                       lambda rows: self._fill(session_id, rows), lambda exc: self._fill(session_id, []))

    def _fill(self, session_id: int | None, rows: list[InvitationRow]) -> None:
        if session_id != self.session_id:
            return
        self.rows = list(rows)
        self.combos.clear()
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            scope = self.tr("This meeting") if row.recurrence_id is not None or row.series_id is None \
                else self.tr("Whole series")
            values = (row.name, row.email, scope, delivery_text(row))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3 and row.status == "failed":
                    item.setForeground(QBrush(colour("error")))
                self.table.setItem(i, column, item)
            if row.method == "CANCEL":
                item = QTableWidgetItem("\u2014")
                item.setForeground(QBrush(colour("faint")))
                self.table.setItem(i, 4, item)
                continue
            combo = QComboBox(objectName=f"answer_{row.id}")
            combo.setAccessibleName(self.tr("Answer of {name}").format(name=row.name))
            for key, label in ANSWERS:
                combo.addItem(tr(label, CONTEXT), key)
            combo.setCurrentIndex(max(0, combo.findData(row.partstat)))
            combo.setStyleSheet(_answer_style(row.partstat))
            combo.currentIndexChanged.connect(lambda _=0, r=row, c=combo: self._answer(r, c))
            self.combos[row.id] = combo
            self.table.setCellWidget(i, 4, combo)
        self.empty.setText(self.tr("Nobody has been invited to this meeting yet: use \u201cSend invitations\u2026\u201d.")
                           if session_id is not None else
                           self.tr("Choose a meeting to see who was invited and their answers."))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _answer(self, row: InvitationRow, combo: QComboBox) -> None:
        partstat = combo.currentData()
        if partstat == row.partstat:
            return
        combo.setStyleSheet(_answer_style(partstat))
        self.ctx.command(lambda p: p.invitations.set_response(row.id, partstat))

    def clear(self) -> None:
        self.set_meeting(None)

    def answer_of(self, name: str) -> str | None:
        """The answer shown for ``name`` (the first row of theirs), for tests and accessibility."""
        for row in self.rows:
            if row.name == name and row.id in self.combos:
                return self.combos[row.id].currentData()
        return None

