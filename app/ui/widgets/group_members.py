"""The members of one group: who, since when, the rota order, joining and leaving by date."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.models import RECOMMENDED_MAX_MEMBERS
from app.core.services.groups import MemberRow

from ..context import AppContext
from ..dialogs.group_member import AddMemberDialog, RemoveMemberDialog
from ..models.group_tables import ROW_ROLE, MemberTableModel


class GroupMembersPanel(QWidget):
    """``members_loaded`` carries the rows shown (current and future members, former ones on request)."""

    members_loaded = Signal(list)

    def __init__(self, ctx: AppContext, open_profile: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_profile = open_profile
        self.group_id: int | None = None
        self.kind = "peer_group"
        self.dialog: AddMemberDialog | RemoveMemberDialog | None = None
        self._select: int | None = None
        self.model = MemberTableModel()
        self.table = QTableView(objectName="member_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # when narrow the e-mail gives way, not the name
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.doubleClicked.connect(lambda _: self.profile())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.show_former = QCheckBox(self.tr("Show former members"), objectName="show_former")
        self.show_former.toggled.connect(lambda _: self.reload())
        self.size_note = QLabel(objectName="size_note", wordWrap=True, visible=False)
        self.add_button = QPushButton(self.tr("Add members from date\u2026"), objectName="add_member")
        self.add_button.setProperty("primary", True)
        self.remove_button = QPushButton(self.tr("Remove from date\u2026"), objectName="remove_member")
        self.up_button = QPushButton(self.tr("\u2191 Earlier in rota"), objectName="rota_up")
        self.down_button = QPushButton(self.tr("\u2193 Later in rota"), objectName="rota_down")
        self.profile_button = QPushButton(self.tr("Practice profile\u2026"), objectName="member_profile")
        self.profile_button.setToolTip(self.tr("The practice profile questionnaire this member shares with the group"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.profile_button.clicked.connect(self.profile)
        hint = QLabel(self.tr("The rota order is the order leadership rotates in, and the order members speak in."),
                      wordWrap=True)
        hint.setProperty("muted", True)

        # Short rows: the page must fit 1024 px beside the group list.
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.up_button)
        bottom.addWidget(self.down_button)
        bottom.addStretch()
        bottom.addWidget(self.profile_button)
        foot = QHBoxLayout()
        foot.addWidget(hint, 1)
        foot.addWidget(self.show_former)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.size_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(foot)
        self._enable()

    # ---- loading ----------------------------------------------------------------------
    def set_group(self, group_id: int | None, kind: str = "peer_group") -> None:
        self.group_id, self.kind = group_id, kind
        if group_id is None:
            self.model.clear()
            self.size_note.hide()
            self._enable()
            return
        self.reload()

    def reload(self) -> None:
        group_id = self.group_id
        if group_id is None:
            return
        former = self.show_former.isChecked()
        today = date.today()

        def load(p):
            rows = p.groups.members(group_id, on=today, include_former=True)
            return [r for r in rows if former or r.left_on is None or r.left_on > today]
        self.ctx.query(load, lambda rows: self._fill(group_id, rows))

    def _fill(self, group_id: int, rows: list[MemberRow]) -> None:
        if group_id != self.group_id:
            return
        current = self.current()
        wanted = self._select if self._select is not None else (current.membership_id if current else None)
        self._select = None
        self.model.set_rows(rows)
        active = sum(1 for r in rows if r.active)
        too_many = active > RECOMMENDED_MAX_MEMBERS
        self.size_note.setText(self.tr("\u26a0 {active} members: peer groups work best with {most} or fewer, so each "
                                       "member has time to speak.").format(active=active, most=RECOMMENDED_MAX_MEMBERS)
                               if too_many else "")
        self.size_note.setVisible(too_many)
        if wanted is not None and (row := self.model.row_of(wanted)) >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._enable()
        self.members_loaded.emit(rows)

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog = None
        self.set_group(None)

    # ---- actions -------------------------------------------------------------------------
    def current(self) -> MemberRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def add(self) -> None:
        if self.group_id is None:
            return
        keys = {r.key for r in self.model.rows if r.left_on is None}
        self.dialog = AddMemberDialog(self.ctx, self.group_id, keys, self)
        self.dialog.added.connect(lambda change: setattr(self, "_select", change.membership_id))
        self.dialog.open()

    def remove(self) -> None:
        member = self.current()
        if self.group_id is None or member is None:
            return
        self.dialog = RemoveMemberDialog(self.ctx, self.group_id, member, self)
        self.dialog.open()

    def move(self, step: int) -> None:
        """Swap the chosen member with the one before or after them in the rota."""
        member = self.current()
        if self.group_id is None or member is None:
            return
        keys = self.model.keys()
        i = self.model.rows.index(member)
        j = i + step
        if not 0 <= j < len(keys):
            return
        keys[i], keys[j] = keys[j], keys[i]
        group_id = self.group_id
        self._select = member.membership_id
        self.ctx.command(lambda p: p.groups.set_rota(group_id, keys))

    def profile(self) -> None:
        member = self.current()
        if member is not None:
            self.open_profile(member.key)

    def _enable(self) -> None:
        member = self.current()
        has_group = self.group_id is not None
        self.add_button.setEnabled(has_group)
        self.remove_button.setEnabled(member is not None and (member.left_on is None))
        index = self.model.rows.index(member) if member is not None else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.model.rows) - 1)
        self.profile_button.setEnabled(member is not None)
