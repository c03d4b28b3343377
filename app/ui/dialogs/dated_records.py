"""A window over a person's dated records (profile versions, self-checks).

The list on the left holds every dated record, newest first; the form on
the right shows the chosen one read-only, or a new one being written
("New …", prefilled by the subclass). Saving makes a new dated record;
nothing already saved is rewritten. Print and Export PDF, of the one shown
or a blank form, go through :class:`~app.ui.documents.DocumentActions`.
Unsaved writing is handed over as an encrypted draft when the vault locks.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError

from ..context import AppContext
from ..documents import DocumentActions
from ..drafts import Draft
from ..errors import describe
from ..i18n import tr
from ..models.session_rows import format_day
from ..screen_fit import resize_to_fit
from ..status import confirm

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DatedRecordsDialog(QDialog):
    """Subclasses set the words and implement the ``_``-prefixed hooks below."""

    saved = Signal(int)
    closed = Signal(str)
    DRAFT_KIND = ""
    # Marked for the catalogue with noop() in each subclass, shown through tr().
    TITLE = ""
    NOUN = "record"  # "profile version", "self-check"

    def __init__(self, ctx: AppContext, ref: str, parent: QWidget | None = None, *,
                 draft: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ref = ctx, ref
        self.name = ""
        self.records: list[Any] = []
        self.current: Any = None  # the record shown; None while writing a new one
        self.editing = False
        self._baseline: dict[str, Any] = {}
        self._pending_draft = draft
        self._closing = self._saving = False
        self.documents = DocumentActions(ctx, self)
        self.setModal(False)
        resize_to_fit(self, 1040, 780)  # never larger than the screen
        self.title = QLabel(self.tr("Loading\u2026"), objectName="dated_title")
        self.subtitle = QLabel(tr(self.SUBTITLE), objectName="dated_subtitle", wordWrap=True)
        self.subtitle.setProperty("muted", True)
        header = QFrame(objectName="dated_header")
        head = QVBoxLayout(header)
        head.setContentsMargins(22, 14, 22, 12)
        head.setSpacing(2)
        head.addWidget(self.title)
        head.addWidget(self.subtitle)

        self.history = QListWidget(objectName="dated_list")
        self.history.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("New {0}").format(tr(self.NOUN)), objectName="new_record")
        self.new_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr(self.LIST_TITLE), objectName="section_title"))
        left.addWidget(self.history, 1)
        left.addWidget(self.new_button)

        self.completed_on = QDateEdit(calendarPopup=True, displayFormat="d MMM yyyy", objectName="completed_on")
        self.completed_on.setDate(QDate.currentDate())
        self.completed_on.dateChanged.connect(self._changed)
        self.mode_label = QLabel(objectName="dated_mode")
        self.mode_label.setProperty("muted", True)
        self.form = QWidget(objectName="dated_form")
        self.form_box = QVBoxLayout(self.form)
        self.form_box.setContentsMargins(0, 0, 12, 0)
        self.form_box.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr(self.DATE_LABEL)))
        top.addWidget(self.completed_on)
        top.addStretch(1)
        top.addWidget(self.mode_label)
        self.form_box.addLayout(top)
        self._build_form(self.form_box)
        self.problems = QLabel(objectName="error", wordWrap=True)
        self.problems.hide()
        self.form_box.addWidget(self.problems)
        self.form_box.addStretch(1)
        scroll = QScrollArea(objectName="dated_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(22, 12, 10, 0)
        body.setSpacing(18)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(250)
        body.addWidget(left_box)
        body.addWidget(scroll, 1)
        self.body.setEnabled(False)

        self.print_button = QPushButton(self.tr("Print / PDF"), objectName="print_menu")
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Print this {0}\u2026").format(tr(self.NOUN)), lambda: self.preview(blank=False))
        menu.addAction(self.tr("Export this {0} as PDF\u2026").format(tr(self.NOUN)), lambda: self.export(blank=False))
        menu.addSeparator()
        menu.addAction(self.tr("Print a blank form\u2026"), lambda: self.preview(blank=True))
        menu.addAction(self.tr("Export a blank form as PDF\u2026"), lambda: self.export(blank=True))
        self.print_button.setMenu(menu)
        self.status = QLabel(objectName="dated_status")
        self.status.setProperty("muted", True)
        self.delete_button = QPushButton(self.tr("Delete\u2026"), objectName="delete_record")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.delete_current)
        self.cancel_button = QPushButton(self.tr("Cancel new"), objectName="cancel_new")
        self.cancel_button.clicked.connect(self.cancel_new)
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save {0}").format(tr(self.NOUN)), objectName="save")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.setContentsMargins(22, 10, 22, 14)
        for widget in (self.print_button, self.delete_button):
            footer.addWidget(widget)
        footer.addWidget(self.status, 1)
        for widget in (self.close_button, self.cancel_button, self.save_button):
            footer.addWidget(widget)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._show_mode()
        self.reload()

    # ---- hooks for subclasses -------------------------------------------------------------
    SUBTITLE = LIST_TITLE = DATE_LABEL = ""

    def _build_form(self, box: QVBoxLayout) -> None: ...
    def _query(self, p) -> tuple[str, list[Any]]: ...
    def _label(self, record: Any) -> str: ...
    def _record_date(self, record: Any) -> date: ...
    def _show_record(self, record: Any | None) -> None: ...  # fill the form (None: empty)
    def _form_values(self) -> dict[str, Any]: ...
    def _set_values(self, values: dict[str, Any]) -> None: ...
    def _set_read_only(self, read_only: bool) -> None: ...
    def _save_op(self, values: dict[str, Any], on: date): ...
    def _delete_op(self, record_id: int): ...
    def _document(self, values: dict[str, Any] | None, on: date | None): ...
    def _audit_ref(self) -> tuple[str, int | None]: ...

    # ---- loading ----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.ctx.query(lambda p: (*self._query(p), p.drafts.load(self.DRAFT_KIND, self.ref)),
                       lambda found: self._loaded(found, select_id), self._load_failed)

    def _loaded(self, found: tuple, select_id: int | None) -> None:
        if self._closing:
            return
        self.name, self.records, stored = found
        self.title.setText(f"{tr(self.TITLE)} \u2014 {self.name}")
        self.setWindowTitle(f"{tr(self.TITLE)} \u2014 {self.name}[*]")
        self.history.blockSignals(True)
        self.history.clear()
        for record in self.records:
            item = QListWidgetItem(self._label(record))
            item.setData(ID_ROLE, record.id)
            self.history.addItem(item)
        self.history.blockSignals(False)
        self.body.setEnabled(True)
        draft = self._pending_draft or (stored if select_id is None and not self.editing else None)
        self._pending_draft = None
        if draft is not None:
            self.apply_draft(draft)
            self.status.setText(self.tr("Your unsaved writing is back \u2014 save to keep it."))
        elif self.editing:
            return
        elif not self.records:
            self.start_new()
        else:
            wanted = next((i for i, r in enumerate(self.records) if r.id == select_id), 0)
            self.history.setCurrentRow(wanted)
            self._picked(self.history.currentItem())

    def _load_failed(self, exc: BaseException) -> None:
        if not self._closing:
            self.title.setText(self.tr("This could not be opened"))
            self.status.setText(describe(exc))

    # ---- showing and writing --------------------------------------------------------------
    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if self.editing and self.is_dirty() and not self._may_drop():
            self.history.blockSignals(True)
            self.history.setCurrentRow(-1)
            self.history.blockSignals(False)
            return
        record = next((r for r in self.records if r.id == item.data(ID_ROLE)), None)
        self.current, self.editing = record, False
        self._show_record(record)
        self.completed_on.blockSignals(True)
        on = self._record_date(record)
        self.completed_on.setDate(QDate(on.year, on.month, on.day))
        self.completed_on.blockSignals(False)
        self._show_mode()

    def start_new(self) -> None:
        """A new dated record, prefilled from the newest one (the subclass decides what carries over)."""
        if self.editing:
            return
        self.editing, self.current = True, None
        self.history.blockSignals(True)
        self.history.setCurrentRow(-1)
        self.history.blockSignals(False)
        self._show_record(self._prefill_from())
        self.completed_on.setDate(QDate.currentDate())
        self._baseline = self._form_values()
        self._show_mode()
        self.problems.hide()

    def _prefill_from(self) -> Any | None:
        return self.records[0] if self.records else None

    def cancel_new(self) -> None:
        if self.editing and (not self.is_dirty() or self._may_drop()):
            self._discard_draft()
            self.editing = False
            if self.records:
                self.history.setCurrentRow(0)
                self._picked(self.history.currentItem())
            else:
                self._show_record(None)
                self._show_mode()

    def _show_mode(self) -> None:
        self._set_read_only(not self.editing)
        for edit in self.form.findChildren(QWidget):  # read-only fields look read-only
            if edit.inherits("QLineEdit") or edit.inherits("QPlainTextEdit"):
                edit.setProperty("locked", not self.editing)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
        self.completed_on.setReadOnly(not self.editing)
        self.save_button.setVisible(self.editing)
        self.cancel_button.setVisible(self.editing and bool(self.records))
        self.delete_button.setVisible(not self.editing and self.current is not None)
        self.new_button.setEnabled(not self.editing)
        self.mode_label.setText(self.tr("New {0} \u2014 not saved yet").format(tr(self.NOUN)) if self.editing else self.tr("Saved \u2014 read only"))
        self._changed()

    def _changed(self) -> None:
        self.setWindowModified(self.editing and self.is_dirty())
        self.save_button.setEnabled(self.editing and not self._saving)

    def values(self) -> dict[str, Any]:
        return {**self._form_values(), "completed_on": self.completed_on.date().toPython().isoformat()}

    def is_dirty(self) -> bool:
        return self.editing and self._form_values() != self._baseline

    # ---- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.editing or self._saving:
            return
        values, on, kind, ref = self._form_values(), self.completed_on.date().toPython(), self.DRAFT_KIND, self.ref
        op = self._save_op(values, on)
        self._saving = True
        self._changed()

        def run(p):
            result = op(p)
            p.drafts.discard(kind, ref)
            return result
        self.ctx.command(run, self._saved, self._save_failed)

    def _saved(self, record_id: int) -> None:
        self._saving, self.editing = False, False
        if self._closing:
            return
        self.problems.hide()
        self.status.setText(self.tr("Saved, dated {0}").format(format_day(self.completed_on.date().toPython(), 'd MMM yyyy')))
        confirm(self, self.tr("{0} saved").format(tr(self.NOUN).capitalize()))
        self.saved.emit(record_id)
        self.reload(select_id=record_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._changed()
        if isinstance(exc, ValidationError):
            self.problems.setText("\n".join(exc.problems.values()))
            self.problems.show()
        else:
            self.ctx.show_error(exc)

    def delete_current(self) -> None:
        if self.current is None or not self.confirm_delete():
            return
        op = self._delete_op(self.current.id)
        self.current = None
        self.ctx.command(op, lambda _: self.reload())

    def confirm_delete(self) -> bool:
        return QMessageBox.question(
            self, self.tr("Delete {0}").format(tr(self.NOUN)), self.tr("Delete the {0} of {1} for good?").format(tr(self.NOUN), format_day(self._record_date(self.current), 'd MMM yyyy')),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes

    # ---- printing -------------------------------------------------------------------------------
    def _make(self, blank: bool):
        values = None if blank else self._form_values()
        on = None if blank else self.completed_on.date().toPython()
        return self._document(values, on)

    def preview(self, blank: bool = False) -> None:
        kind, ref_id = self._audit_ref()
        title = f"{tr(self.TITLE)} \u2014 {self.tr('blank form') if blank else self.name}"
        self.documents.preview(self._make(blank), title, kind if not blank else "", ref_id if not blank else None)

    def export(self, blank: bool = False) -> None:
        kind, ref_id = self._audit_ref()
        title = f"{tr(self.TITLE)} \u2014 {self.tr('blank') if blank else self.name}"
        self.documents.export(self._make(blank), title, kind if not blank else "", ref_id if not blank else None)

    # ---- drafts and closing -------------------------------------------------------------------
    def drafts(self) -> list[Draft]:
        return [(self.DRAFT_KIND, self.ref, self.values())] if self.is_dirty() else []

    def apply_draft(self, payload: dict[str, Any]) -> None:
        if not self.body.isEnabled():
            self._pending_draft = payload
            return
        self.editing = False
        self.start_new()
        self._set_values(payload)
        try:
            on = date.fromisoformat(str(payload.get("completed_on")))
            self.completed_on.setDate(QDate(on.year, on.month, on.day))
        except ValueError:
            pass
        self._changed()

    def _discard_draft(self) -> None:
        kind, ref = self.DRAFT_KIND, self.ref
        self.ctx.command(lambda p: p.drafts.discard(kind, ref))

    def has_unsaved_edits(self) -> bool:
        return self.is_dirty()

    def _may_drop(self) -> bool:
        return QMessageBox.question(
            self, self.tr("Unsaved writing"), self.tr("Leave the new {0} without saving it?").format(tr(self.NOUN)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._closing:
            return
        if self.is_dirty():
            if not self._may_drop():
                return
            self._discard_draft()
        self.force_close()

    def force_close(self) -> None:
        self._closing = True
        self.closed.emit(self.ref)
        super().reject()
        self.deleteLater()
