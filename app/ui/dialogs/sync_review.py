"""Changes from the calendar server, waiting for the supervisor: accept or reject each.

Nothing the server says changes the vault until it is accepted here. A held
session or one with notes is marked; a change made on both sides shows both.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from app.core.services.changes import Changes
from app.core.sync import Proposal, proposal_text

from ..context import AppContext


class SyncReviewDialog(QDialog):
    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_review_dialog")
        self.setWindowTitle("Changes from your calendar")
        self.ctx = ctx
        self.intro = QLabel("These changes were made on another device. Accept the ones that are right; "
                            "a rejected change is put back on the server at the next sync.", wordWrap=True)
        self.list = QListWidget(objectName="sync_proposals")
        self.list.currentItemChanged.connect(self._current_changed)
        self.detail = QLabel(objectName="sync_detail", wordWrap=True)
        self.accept_button = QPushButton("Accept", objectName="sync_accept")
        self.reject_button = QPushButton("Reject", objectName="sync_reject")
        self.accept_all_button = QPushButton("Accept all", objectName="sync_accept_all")
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
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 420)
        self._tz = "UTC"
        self.reload()

    def reload(self) -> None:
        self.ctx.query(lambda p: (p.sync.pending(), p.settings.get().time_zone), self._fill)

    def _fill(self, result: tuple[list[Proposal], str]) -> None:
        proposals, self._tz = result
        self.list.clear()
        for proposal in proposals:
            item = QListWidgetItem(proposal_text(proposal, self._tz))
            item.setData(Qt.ItemDataRole.UserRole, proposal)
            if proposal.session_held or proposal.kind == "conflict":
                item.setForeground(self.palette().color(self.palette().ColorRole.Highlight))
            self.list.addItem(item)
        if proposals:
            self.list.setCurrentRow(0)
        else:
            self.detail.setText("Nothing waits for review.")
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(bool(proposals))

    def _current(self) -> Proposal | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_changed(self, *_: object) -> None:
        proposal = self._current()
        if proposal is None:
            return
        conflict = proposal.kind == "conflict"
        self.accept_button.setText("Take the server's" if conflict else "Accept")
        self.reject_button.setText("Keep mine" if conflict else "Reject")
        if conflict:
            self.detail.setText(f"In Peerglass: {proposal.local_summary}.\nOn the server: "
                                f"{proposal.server_summary}.")
        elif proposal.session_held:
            self.detail.setText("This session was held or has notes: accepting changes it.")
        else:
            self.detail.setText("")

    def _resolve(self, *, accept: bool) -> None:
        proposal = self._current()
        if proposal is None:
            return
        ident = proposal.id
        if accept:
            self.ctx.command(lambda p: p.sync.accept(ident), lambda _: self._after())
        else:
            self.ctx.command(lambda p: (p.sync.reject(ident), Changes(sessions=True))[1],
                             lambda _: self._after())

    def _accept_all(self) -> None:
        self.ctx.command(lambda p: (p.sync.accept_all(), Changes(sessions=True)), lambda _: self._after())

    def _after(self) -> None:
        self.resolved.emit()
        self.reload()
