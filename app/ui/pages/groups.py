"""Groups: peer groups and group supervision. A list of groups beside the chosen
group's agreements, members, meetings and invitations. Reply files (.ics) may be
dropped anywhere on the page."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.services.groups import GroupData, GroupRecord, MemberRow

from ..confirm import confirm_destructive
from ..context import AppContext
from ..controllers.replies import import_reply_files, is_reply_file
from ..i18n import noop
from ..undo import record_undo
from ..widgets.group_form import GroupForm, group_from_json, group_to_json
from ..widgets.group_header import GroupHeader
from ..widgets.group_list import GroupListPanel
from ..widgets.group_meetings import GroupMeetingsPanel
from ..widgets.group_members import GroupMembersPanel
from .record_editor import RecordEditorPage

DRAFT_KIND = "group"


class GroupsPage(RecordEditorPage):
    title = noop("Groups")  # shown through tr(); the English title is the key
    draft_kind = DRAFT_KIND
    noun = "group"

    def __init__(self, ctx: AppContext, open_meeting: Callable[[int], None],
                 open_profile: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.open_meeting, self.open_profile = open_meeting, open_profile
        self._init_editor()
        self.record: GroupRecord | None = None
        self.members: list[MemberRow] = []
        self.reply_dialog = None
        self.setAcceptDrops(True)

        self.groups = GroupListPanel()
        self.groups.which.currentIndexChanged.connect(lambda _: self.reload())
        self.groups.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.groups.new_button.clicked.connect(self.new_group)

        self.header = GroupHeader()
        self.form = GroupForm()
        self.form.edited.connect(self._update_buttons)
        self.member_panel = GroupMembersPanel(ctx, lambda key: self.open_profile(key))
        self.member_panel.members_loaded.connect(self._members_loaded)
        self.meetings = GroupMeetingsPanel(ctx, lambda sid: self.open_meeting(sid), lambda: self.import_replies())
        self.tabs = QTabWidget(objectName="group_tabs")
        self.tabs.addTab(self.form, self.tr("Agreements"))
        self.tabs.addTab(self.member_panel, self.tr("Members"))
        self.tabs.addTab(self.meetings, self.tr("Meetings and invitations"))
        self.save_button = QPushButton(self.tr("Save"), objectName="save")
        self.revert_button = QPushButton(self.tr("Revert changes"), objectName="revert")
        self.archive_button = QPushButton(self.tr("Archive"), objectName="archive_group")
        self.delete_button = QPushButton(self.tr("Delete\u2026"), objectName="delete_group")
        self.delete_button.setProperty("danger", True)
        self.charter_button = QPushButton(self.tr("Group charter"), objectName="group_charter")
        self.charter_button.setToolTip(self.tr("The group's agreements as a PDF to print or share"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button.clicked.connect(self.delete)
        self.charter_button.clicked.connect(self.charter)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        editor = QWidget(objectName="editor")
        right_layout = QVBoxLayout(editor)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        for button in (self.delete_button, self.archive_button, self.charter_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        self.placeholder = QLabel(self.tr("Choose a group, or start a new one.\n\nInvitation replies (.ics files) can be "
                                          "dropped here."), objectName="editor_empty", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("muted", True)
        self.editor = editor
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.placeholder)
        self.right_stack.addWidget(editor)
        splitter = QSplitter()
        splitter.addWidget(self.groups)
        splitter.addWidget(self.right_stack)
        splitter.setStretchFactor(0, 0)  # the list keeps its width; the group's view takes the rest
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._show_editor(False)

    # ---- loading ----------------------------------------------------------------------------
    def on_unlocked(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        archived = self.groups.archived()
        self._pending_select = select if select is not None else self.current_id
        self.ctx.query(lambda p: [g for g in p.groups.list(include_archived=archived) if g.archived == archived],
                       self._fill)

    def _fill(self, rows: list) -> None:
        self.groups.set_rows(rows)
        if self._pending_select is not None:
            self.groups.select_id(self._pending_select)

    def select_id(self, group_id: int) -> None:
        self.groups.select_id(group_id)

    def open(self, group_id: int) -> None:
        self.ctx.query(lambda p: p.groups.get(group_id), self._show_record)

    def _show_record(self, record: GroupRecord, keep_form: bool = False) -> None:
        switched = record.id != self.current_id or not self.editing
        self.current_id, self.record = record.id, record
        self._pending_select = record.id  # a list refill under way selects it (not a record saved on leaving)
        if not keep_form:
            self.form.load(record.data)
            self.header.show_draft_note("")
        if switched:
            self.members = []
            self.member_panel.set_group(record.id, record.data.kind)
        self.meetings.set_group(record)
        self._show_header()
        self._show_editor(True)

    def _refresh_current(self) -> None:
        """Someone changed the group (or its meetings): show it again, keeping unsaved edits."""
        group_id = self.current_id
        if group_id is None or not self.editing:
            return

        def shown(record: GroupRecord) -> None:
            if record.id == self.current_id:
                self._show_record(record, keep_form=self.form.is_dirty())
        self.ctx.query(lambda p: p.groups.get(group_id), shown, lambda exc: self._gone(group_id))

    def _gone(self, group_id: int) -> None:
        if self.current_id == group_id:
            self._close_editor()

    def _members_loaded(self, rows: list[MemberRow]) -> None:
        self.members = rows
        self.form.set_members([(r.key, r.name) for r in rows if r.left_on is None])
        self._show_header()

    def _show_header(self) -> None:
        self.header.show_group(self.record if self.current_id is not None else None, self.members)

    def clear(self) -> None:
        self.member_panel.clear()
        self.meetings.clear()
        if self.reply_dialog is not None:
            self.reply_dialog.done(0)
            self.reply_dialog = None
        self.groups.clear()
        self.form.set_members([])
        self.form.load(GroupData())
        self._close_editor()

    def on_changes(self, changes: Changes) -> None:
        if self.ctx.practice is None:
            return
        if changes.groups or changes.sessions:
            self.reload()
            self._refresh_current()  # the header and the meetings
        if changes.groups or changes.sessions or changes.supervisees:
            self.member_panel.reload()
        if changes.invitations and not (changes.groups or changes.sessions):
            self.meetings.reload()
        if changes.invitations or changes.groups or changes.sessions:
            self.meetings.answers.reload()

    # ---- editing ----------------------------------------------------------------------------------
    def new_group(self) -> None:
        self._leave_then(self._start_new)

    def _start_new(self) -> None:
        self.current_id, self.record = None, None
        self.groups.table.clearSelection()
        self.members = []
        self.member_panel.set_group(None)
        self.meetings.set_group(None)
        self.form.set_members([])
        self.form.load(GroupData())
        self.header.show_draft_note("")
        self.tabs.setCurrentIndex(0)
        self._show_editor(True)
        self._show_header()
        self.form.name.setFocus()

    def _saved(self, group_id: int) -> None:
        self.form.mark_saved()
        self.header.show_draft_note("")
        if self.current_id is None:
            self.current_id = group_id
            self.member_panel.set_group(group_id, self.form.data().kind)
        self._pending_select = group_id
        self._update_buttons()

    def _service(self, p):
        return p.groups

    def _id_at(self, index) -> int:
        return self.groups.id_at(index)

    def _show_form_problems(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)
        self.tabs.setCurrentWidget(self.form)

    def _hide_draft_note(self) -> None:
        self.header.show_draft_note("")

    def _draft_data(self, data: GroupData) -> dict[str, Any]:
        return group_to_json(data)

    def toggle_archive(self) -> None:
        if self.current_id is None or self.record is None:
            return
        gid, archived = self.current_id, self.record.archived_at is not None
        self.ctx.command(lambda p: p.groups.restore(gid) if archived else p.groups.archive(gid),
                         lambda _: self._close_editor())

    def delete(self) -> None:
        if self.current_id is None:
            return
        name = self.form.data().name or self.tr("this group")
        if not confirm_destructive(
                self, self.tr("Delete group"),
                self.tr("Delete {name} for good?\n\nIts future meetings that were not held are deleted too. "
                        "Held meetings keep their notes and attendance. Archiving keeps the group but hides "
                        "it from the list.").format(name=name), name="confirm_delete_group"):
            return
        gid = self.current_id

        def deleted(_: object) -> None:
            record_undo(self.ctx).clear()  # earlier changes to a deleted group can no longer be undone
            self._close_editor()

        self.ctx.command(lambda p: p.groups.delete(gid), deleted)

    def charter(self) -> None:
        from ..documents import DocumentActions

        if self.current_id is None:
            return
        gid, name = self.current_id, self.form.data().name
        self.documents = DocumentActions(self.ctx, self)
        self.documents.preview(lambda p: p.reports.charter(gid), self.tr("Group charter \u2014 {name}").format(name=name),
                                   "group", gid)

    # ---- replies (button, File menu, drag and drop) -------------------------------------------------
    def import_replies(self, paths: list[str] | None = None) -> None:
        from ..controllers.replies import choose_reply_files

        chosen = paths if paths is not None else choose_reply_files(self)
        import_reply_files(self.ctx, self, chosen, lambda dialog: setattr(self, "reply_dialog", dialog))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if paths and self.ctx.practice is not None:
            event.acceptProposedAction()
            self.import_replies(paths)

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and is_reply_file(u.toLocalFile())]

    # ---- state ------------------------------------------------------------------------------------------
    def _close_editor(self) -> None:
        self.current_id, self.record = None, None
        self.member_panel.set_group(None)
        self.meetings.set_group(None)
        self._show_editor(False)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        existing = self.editing and self.current_id is not None
        for button in (self.archive_button, self.delete_button, self.charter_button):
            button.setEnabled(existing)
        for tab in (1, 2):
            self.tabs.setTabEnabled(tab, existing)
        archived = existing and self.record is not None and self.record.archived_at is not None
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def restore_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> bool:
        if kind != DRAFT_KIND:
            return False
        try:
            data = group_from_json(payload.get("data", {}))
        except (TypeError, ValueError):
            return True
        note = self.tr("Your unsaved changes from before the lock are back. Save them, or revert to drop them.")
        if ref == "new":
            self.new_group()
            self.form.load(data, as_saved=GroupData())
            self._show_draft_note(note)
            return True

        def shown(record: GroupRecord) -> None:
            self._show_record(record)
            self.select_id(record.id)
            self.form.load(data, as_saved=record.data)
            self._show_draft_note(note)
        self.ctx.query(lambda p: p.groups.get(int(ref)), shown, lambda exc: None)
        return True

    def _show_draft_note(self, text: str) -> None:
        self.header.show_draft_note(text)
        self._update_buttons()
