"""Changes from the calendar server, waiting for the supervisor: accept or reject each.

Nothing the server says changes the vault until it is accepted here. A held
session or one with notes is marked. A change made on both sides is shown
side by side, field by field, the differing fields marked, with *Keep mine*
and *Take theirs*. A new event made on another device names its title and
asks whose it is when the title names no one.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.services.scheduling import from_utc
from app.core.sync import FIELDS, NotBroughtIn, Proposal, Version, differing

from ..context import AppContext
from ..errors import describe


class SyncReviewDialog(QDialog):
    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_review_dialog")
        self.setWindowTitle(self.tr("Changes from your calendar"))
        self.ctx = ctx
        self.intro = QLabel(self.tr("These changes were made on another device. Accept the ones that are "
                                    "right; a rejected change is put back on the server at the next sync."),
                            wordWrap=True)
        self.list = QListWidget(objectName="sync_proposals")
        self.list.currentItemChanged.connect(self._current_changed)
        self.detail = QLabel(objectName="sync_detail", wordWrap=True)
        self.compare = QTableWidget(len(FIELDS), 3, objectName="sync_compare")
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In Peerglass"),
                                                self.tr("On the server")])
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setStretchLastSection(True)
        self.compare.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compare.hide()
        self.whose_label = QLabel(self.tr("Whose session:"))
        self.whose = QComboBox(objectName="sync_supervisee")
        whose_row = QHBoxLayout()
        whose_row.addWidget(self.whose_label)
        whose_row.addWidget(self.whose, 1)
        self.whose_label.hide()
        self.whose.hide()
        self.accept_button = QPushButton(self.tr("Accept"), objectName="sync_accept")
        self.reject_button = QPushButton(self.tr("Reject"), objectName="sync_reject")
        self.accept_all_button = QPushButton(self.tr("Accept all"), objectName="sync_accept_all")
        self.accept_button.clicked.connect(lambda: self._resolve(accept=True))
        self.reject_button.clicked.connect(lambda: self._resolve(accept=False))
        self.accept_all_button.clicked.connect(self._accept_all)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        row.addStretch()
        row.addWidget(self.accept_all_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.compare)
        layout.addWidget(self.detail)
        layout.addLayout(whose_row)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(680, 520)
        self._tz = "UTC"
        self._field_names = {"date": self.tr("Date"), "time": self.tr("Time"), "length": self.tr("Length"),
                             "place": self.tr("Place"), "title": self.tr("Title"), "status": self.tr("Status"),
                             "meetings": self.tr("Meetings in the window")}
        self._statuses = {"confirmed": self.tr("confirmed"), "tentative": self.tr("tentative"),
                          "cancelled": self.tr("cancelled"), "deleted": self.tr("deleted")}
        self.reload()

    def reload(self) -> None:
        def load(p: Any) -> tuple[list[Proposal], str, list[tuple[int, str]]]:
            tz = p.settings.get().time_zone
            people = [(row.id, row.full_name) for row in p.supervisees.list()]
            return p.sync.pending(tz), tz, people

        self.ctx.query(load, self._fill)

    # ---- the list ---------------------------------------------------------------
    def _when(self, moment: datetime | None) -> str:
        return from_utc(moment.replace(tzinfo=None), self._tz).strftime("%a %d %b %Y %H:%M") \
            if moment is not None else "?"

    def line(self, p: Proposal) -> str:
        """One line of the list, in the supervisor's zone."""
        caution = self.tr(" (held or has notes)") if p.session_held else ""
        if p.kind == "new":
            return self.tr("New event: {when} “{title}”").format(when=self._when(p.new_start), title=p.title) \
                if p.title else self.tr("New event: {when}").format(when=self._when(p.new_start))
        if p.kind == "split":
            day = self._when(p.original_start).rsplit(" ", 1)[0]
            return self.tr("From {day} on: moved to {when} and the following meetings{caution}").format(
                day=day, when=self._when(p.new_start), caution=caution)
        if p.kind == "moved":
            return self.tr("Moved: {old} → {new}{caution}").format(
                old=self._when(p.original_start), new=self._when(p.new_start), caution=caution)
        if p.kind == "cancelled":
            return self.tr("Cancelled on the server: {when}{caution}").format(
                when=self._when(p.original_start), caution=caution)
        if p.kind == "deleted":
            return self.tr("Deleted on the server{caution}").format(caution=caution)
        return self.tr("Changed on both sides: compare and choose")

    def _fill(self, result: tuple[list[Proposal], str, list[tuple[int, str]]]) -> None:
        proposals, self._tz, people = result
        self.whose.clear()
        self.whose.addItem(self.tr("The one its title names"), None)
        for ident, name in people:
            self.whose.addItem(name, ident)
        self.list.clear()
        for proposal in proposals:
            item = QListWidgetItem(self.line(proposal))
            item.setData(Qt.ItemDataRole.UserRole, proposal)
            if proposal.session_held or proposal.kind == "conflict":
                item.setForeground(self.palette().color(self.palette().ColorRole.Highlight))
            self.list.addItem(item)
        if proposals:
            self.list.setCurrentRow(0)
        else:
            self.detail.setText(self.tr("Nothing waits for review."))
            self.compare.hide()
            self.whose.hide()
            self.whose_label.hide()
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(bool(proposals))

    def _current(self) -> Proposal | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_changed(self, *_: object) -> None:
        proposal = self._current()
        if proposal is None:
            return
        conflict, new = proposal.kind == "conflict", proposal.kind == "new"
        self.accept_button.setText(self.tr("Take theirs") if conflict else
                                   self.tr("Bring in") if new else self.tr("Accept"))
        self.reject_button.setText(self.tr("Keep mine") if conflict else
                                   self.tr("Leave out") if new else self.tr("Reject"))
        self.compare.setVisible(conflict)
        self.whose.setVisible(new)
        self.whose_label.setVisible(new)
        if conflict:
            self._show_sides(proposal.mine or Version(), proposal.theirs or Version())
            self.detail.setText(self.tr("Changed in Peerglass and on the server since the last sync. "
                                        "Marked fields differ."))
        elif new:
            self.detail.setText(self.tr("Made on another device. Brought in, it becomes a session (or a "
                                        "series) and is synced from then on; left out, it stays only on "
                                        "the server."))
        elif proposal.kind == "split":
            self.detail.setText(self.tr("Changed on another device for this meeting and the following ones. "
                                        "Accepted, the series is split here, as “this and following” does."))
        elif proposal.session_held:
            self.detail.setText(self.tr("This session was held or has notes: accepting changes it."))
        else:
            self.detail.setText("")

    def _show_sides(self, mine: Version, theirs: Version) -> None:
        """Field by field, the differing rows marked (bold, and ≠ before the field's name)."""
        changed = differing(mine, theirs)
        mark = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        mark.setAlpha(48)
        for row, name in enumerate(FIELDS):
            marked = name in changed
            label = ("≠ " if marked else "") + self._field_names[name]
            values = [label, self._value(name, mine.get(name)), self._value(name, theirs.get(name))]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, marked)
                font = item.font()
                font.setBold(marked)
                item.setFont(font)
                if marked:
                    item.setBackground(mark)
                self.compare.setItem(row, column, item)
        self.compare.resizeColumnsToContents()
        self.compare.resizeRowsToContents()
        # every field in view at once (the differing ones may be the last)
        height = self.compare.horizontalHeader().height() + 2 * self.compare.frameWidth() + sum(
            self.compare.rowHeight(row) for row in range(self.compare.rowCount()))
        self.compare.setFixedHeight(height)

    def _value(self, name: str, value: str) -> str:
        if name == "status":
            return self._statuses.get(value, value)
        return value or "—"

    def differing_fields(self) -> list[str]:
        """The fields marked as differing in the side-by-side view (for tests and accessibility)."""
        return [FIELDS[row] for row in range(self.compare.rowCount())
                if self.compare.item(row, 0) is not None
                and self.compare.item(row, 0).data(Qt.ItemDataRole.UserRole)]

    # ---- choosing ---------------------------------------------------------------
    def _resolve(self, *, accept: bool) -> None:
        proposal = self._current()
        if proposal is None:
            return
        ident = proposal.id
        whose = self.whose.currentData() if proposal.kind == "new" else None
        if accept:
            self.ctx.command(lambda p: p.sync.accept(ident, supervisee_id=whose), lambda _: self._after(),
                             self._failed)
        else:
            self.ctx.command(lambda p: (p.sync.reject(ident), Changes(sessions=True))[1],
                             lambda _: self._after(), self._failed)

    def _accept_all(self) -> None:
        self.ctx.command(lambda p: (p.sync.accept_all(), Changes(sessions=True)), self._accepted_all,
                         self._failed)

    def _accepted_all(self, _: object) -> None:
        self._after()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotBroughtIn):
            self.detail.setText(self.tr("{reason} Choose whose session it is, then Bring in.").format(
                reason=describe(exc)))
            return
        self.ctx.show_error(exc)

    def _after(self) -> None:
        self.resolved.emit()
        self.reload()
