"""Supervisees: a searchable list beside an editor with save, revert,
archive/restore and confirmed deletion."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.services.supervisees import SuperviseeData, SuperviseeRecord

from ..confirm import confirm_destructive
from ..context import AppContext
from ..i18n import noop
from ..models.supervisee_table import ID_ROLE, SuperviseeTableModel, make_proxy
from ..status import confirm
from ..undo import record_undo
from ..widgets.supervisee_form import SuperviseeForm
from ..widgets.supervisee_history import SuperviseeHistoryPanel
from ..widgets.table_fit import NamesFirst
from .record_editor import RecordEditorPage

DRAFT_KIND = "supervisee"


class SuperviseesPage(RecordEditorPage):
    title = noop("Supervisees")
    draft_kind = DRAFT_KIND
    noun = "supervisee"

    def __init__(self, ctx: AppContext, open_session: Callable[[int], None] | None = None,
                 parent: QWidget | None = None, *,
                 open_self_check: Callable[[int], object] | None = None) -> None:
        super().__init__(ctx, parent)
        self._open_self_check = open_self_check
        self._init_editor()
        self.model = SuperviseeTableModel()
        self.proxy = make_proxy(self.model)
        self.search = QLineEdit(objectName="supervisee_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search supervisees"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.which = QComboBox(objectName="archive_filter")
        self.which.addItem(self.tr("Active"), False)
        self.which.addItem(self.tr("Archived"), True)
        self.which.addItem(self.tr("All"), None)
        self.which.currentIndexChanged.connect(lambda _: self.reload())
        self.new_button = QPushButton(self.tr("New supervisee"), objectName="new_supervisee")
        self.new_button.clicked.connect(self.new_supervisee)
        self.table = QTableView(objectName="supervisee_table", sortingEnabled=True)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.fit_columns = NamesFirst(self.table, optional=[1])  # Discipline gives way to names when narrow
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel(objectName="count")
        self.count_label.setProperty("muted", True)

        left = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.which)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch()
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)

        self.form = SuperviseeForm()
        self.form.edited.connect(self._update_buttons)
        self.heading = QLabel(objectName="editor_heading")
        self.draft_note = QLabel(objectName="draft_note", wordWrap=True)
        self.draft_note.hide()
        self.save_button = QPushButton(self.tr("Save"), objectName="save")
        self.revert_button = QPushButton(self.tr("Revert changes"), objectName="revert")
        self.archive_button = QPushButton(self.tr("Archive"), objectName="archive")
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="delete")
        self.delete_button.setProperty("danger", True)
        self.documents_button = QPushButton(self.tr("Documents"), objectName="documents")
        self.documents_button.setMenu(self._documents_menu())
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        right = QWidget(objectName="editor")
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.draft_note)
        self.history = SuperviseeHistoryPanel(ctx, open_session or (lambda _id: None))
        tabs = QTabWidget(objectName="supervisee_tabs")
        tabs.addTab(self.form, self.tr("Details"))
        tabs.addTab(self.history, self.tr("Sessions and themes"))
        self.tabs = tabs
        right_layout.addWidget(tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.documents_button)
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        self.placeholder = QLabel(self.tr("Choose a supervisee, or add a new one."), objectName="editor_empty",
                                  alignment=Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("muted", True)
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.placeholder)
        self.right_stack.addWidget(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([480, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.editor = right
        self._show_editor(False)

    # ---- loading ------------------------------------------------------------
    def on_unlocked(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        archived = self.which.currentData()  # False, True, or None for all
        self._pending_select = select if select is not None else self.current_id
        self.ctx.query(lambda p: p.supervisees.list(archived=archived), self._fill)

    def _fill(self, rows: list) -> None:
        self.model.set_rows(rows)
        archived = self.which.currentData()
        if archived is None:
            text = self.tr("%n supervisee(s)", "", len(rows))
        elif archived:
            text = self.tr("{count} archived").format(count=len(rows))
        else:
            text = self.tr("{count} active").format(count=len(rows))
        self.count_label.setText(text)
        if self._pending_select is not None:
            self.select_id(self._pending_select)

    def select_id(self, supervisee_id: int) -> None:
        row = self.model.row_of(supervisee_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().blockSignals(False)

    def clear(self) -> None:
        self.history.clear()
        self.model.clear()
        self.form.load(SuperviseeData())
        self.search.clear()
        self.current_id = None
        self._show_editor(False)
        self.draft_note.hide()

    def on_changes(self, changes: Changes) -> None:
        if changes.supervisees:
            self.reload()

    # ---- editing --------------------------------------------------------------
    def open(self, supervisee_id: int) -> None:
        self.ctx.query(lambda p: p.supervisees.get(supervisee_id), self._show_record)

    def _show_record(self, record: SuperviseeRecord) -> None:
        self.current_id = self._pending_select = record.id  # a list refill under way selects it, not the last
        self.archived = record.archived_at is not None
        self.form.load(record.data)
        self.form.set_archived(self.archived)
        self.history.set_supervisee(record.id)
        self._set_heading(record.data.full_name)
        self.draft_note.hide()
        self._show_editor(True)

    def new_supervisee(self) -> None:
        self._leave_then(self._start_new)

    def _start_new(self) -> None:
        self.current_id = None
        self.archived = False
        self.table.clearSelection()
        self.history.set_supervisee(None)
        self.tabs.setCurrentIndex(0)
        self.form.load(SuperviseeData())
        self.form.set_archived(False)
        self.heading.setText("<h2>{}</h2>".format(_escape(self.tr("New supervisee"))))
        self.draft_note.hide()
        self._show_editor(True)
        self.form.lines["full_name"].setFocus()

    def _saved(self, supervisee_id: int) -> None:
        self.current_id = supervisee_id
        self.form.mark_saved()
        self._set_heading(self.form.data().cleaned().full_name)
        self.draft_note.hide()
        self._pending_select = supervisee_id

    def _set_heading(self, name: str) -> None:
        archived = getattr(self, "archived", False) and self.current_id is not None
        tag = " <small>({})</small>".format(_escape(self.tr("Archived"))) if archived else ""
        self.heading.setText(f"<h2>{_escape(name)}{tag}</h2>")

    def _service(self, p):
        return p.supervisees

    def _id_at(self, index) -> int:
        return int(self.proxy.data(index, ID_ROLE))

    def _hide_draft_note(self) -> None:
        self.draft_note.hide()

    def _draft_data(self, data: SuperviseeData) -> dict[str, Any]:
        return data.to_json()

    def toggle_archive(self) -> None:
        if self.current_id is None:
            return
        sid, archived = self.current_id, self.archived
        name = self.form.saved_data().full_name

        def archive(p):
            return p.supervisees.archive(sid)

        def restore(p):
            return p.supervisees.restore(sid)

        def done(_: object) -> None:
            self._after_archive()
            if archived:
                confirm(self, self.tr("Restored {name} from the archive").format(name=name))
            else:
                confirm(self, self.tr("Archived {name}: find them under Archived or All").format(name=name))
            text = self.tr("restore from archive") if archived else self.tr("archive")
            record_undo(self.ctx).push_change(text, restore if archived else archive,
                                              archive if archived else restore,
                                              lambda: self._changed_by_undo(sid))

        self.ctx.command(restore if archived else archive, done)

    def _after_archive(self) -> None:
        """The archived (or restored) record leaves the editor; the list follows its filter."""
        self.current_id = None
        self.history.set_supervisee(None)
        self._show_editor(False)  # the list reloads on the change, and follows its filter

    def delete(self) -> None:
        if self.current_id is None:
            return
        name = self.form.data().full_name or self.tr("this supervisee")
        if not confirm_destructive(self, self.tr("Delete supervisee"),
                                   self.tr("Delete {name} and their record for good?\n\nThis cannot be undone. "
                                           "Archiving keeps the record but hides it from the list.")
                                   .format(name=name)):
            return
        sid = self.current_id

        def deleted(_: object) -> None:
            record_undo(self.ctx).clear()  # earlier changes to a deleted record can no longer be undone
            self._after_archive()
            confirm(self, self.tr("Supervisee deleted"))

        self.ctx.command(lambda p: p.supervisees.delete(sid), deleted)

    def _documents_menu(self) -> QMenu:
        """Papers for this supervisee; periods other than this year are on the Reports page."""
        from app.core.services.reports import Period

        from ..documents import DocumentActions

        actions = DocumentActions(self.ctx, self)
        menu = QMenu(self)

        def this_year() -> Period:
            today = date.today()
            return Period(date(today.year, 1, 1), today)

        def add(label: str, make, preview: bool = True) -> None:
            def run() -> None:
                sid, name = self.current_id, self.form.data().full_name
                if sid is None:
                    return
                go = actions.preview if preview else actions.export
                go(lambda p: make(p, sid), f"{label} — {name}", "supervisee", sid)
            menu.addAction(label + ("…" if not preview else ""), run)

        if self._open_self_check is not None:
            menu.addAction(self.tr("Self-check reflection…"),
                           lambda: self._open_self_check(self.current_id) if self.current_id else None)
            menu.addSeparator()
        add(self.tr("Supervision agreement"), lambda p, sid: p.reports.agreement(sid))
        add(self.tr("Hours log, this year"), lambda p, sid: p.reports.hours_log(sid, this_year()))
        add(self.tr("Session summaries, this year"), lambda p, sid: p.reports.summaries(sid, this_year()))
        menu.addSeparator()
        add(self.tr("Export hours log, this year"), lambda p, sid: p.reports.hours_log(sid, this_year()),
            preview=False)
        self.document_actions = actions
        return menu

    def _update_buttons(self) -> None:
        super()._update_buttons()
        existing = self.editing and self.current_id is not None
        self.archive_button.setEnabled(existing)
        self.delete_button.setEnabled(existing)
        self.documents_button.setEnabled(existing)
        self.archive_button.setText(self.tr("Restore") if existing and getattr(self, "archived", False)
                                    else self.tr("Archive"))

    # ---- drafts across a lock ---------------------------------------------------
    def restore_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> bool:
        if kind != DRAFT_KIND:
            return False
        data = SuperviseeData.from_json(payload.get("data", {}))
        if ref == "new":
            self.current_id = None
            self.archived = False
            self.form.load(data, as_saved=SuperviseeData())
            self.form.set_archived(False)
            self.heading.setText("<h2>{}</h2>".format(_escape(self.tr("New supervisee"))))
            self._show_editor(True)
            self._show_draft_note()
            return True
        supervisee_id = int(ref)

        def show(record: SuperviseeRecord) -> None:
            self._show_record(record)
            self.form.load(data, as_saved=record.data)
            self._show_draft_note()
            self.select_id(supervisee_id)

        self.ctx.query(lambda p: p.supervisees.get(supervisee_id), show)
        return True

    def _show_draft_note(self) -> None:
        self.draft_note.setText(self.tr("Your unsaved edits from before the lock are back. Save them, or "
                                        "revert to the saved record."))
        self.draft_note.show()
        self._update_buttons()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
