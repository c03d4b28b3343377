"""One editor pattern for record pages: a list beside a form with Save, Revert and drafts.

A ``RecordEditorPage`` owns what Supervisees and Groups (and any later record
page) share: the row change with its unsaved-edit prompt, save (create or
update through the core), revert, the Save/Revert buttons and the draft kept
across a lock. The form is an ``EditorForm``; the page subclass says which
service, how a draft is written and what else it shows.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, SignalInstance
from PySide6.QtWidgets import QMessageBox, QPushButton, QStackedWidget, QWidget

from app.core.services.base import ValidationError

from ..drafts import Draft
from ..i18n import noop
from ..status import confirm
from ..undo import edit_text, record_undo
from .base import Page

SAVED = {"supervisee": noop("Supervisee saved"), "group": noop("Group saved")}


class EditorForm(Protocol):
    """Fields with dirty tracking, load, values and validation shown under the fields."""

    edited: SignalInstance

    def load(self, data: Any, *, as_saved: Any | None = None) -> None: ...
    def data(self) -> Any: ...
    def saved_data(self) -> Any: ...
    def is_dirty(self) -> bool: ...
    def revert(self) -> None: ...
    def mark_saved(self, data: Any | None = None) -> None: ...
    def problems(self) -> dict[str, str]: ...
    def show_problems(self, problems: dict[str, str]) -> None: ...


class RecordEditorPage(Page):
    """Subclasses set ``draft_kind``, ``noun``, build ``form``, ``save_button``, ``revert_button``,
    ``right_stack``, ``editor`` and ``placeholder``, and implement the hooks below."""

    draft_kind = ""
    noun = "record"
    form: EditorForm
    save_button: QPushButton
    revert_button: QPushButton
    right_stack: QStackedWidget
    editor: QWidget
    placeholder: QWidget

    def _init_editor(self) -> None:
        self.current_id: int | None = None  # None with the editor shown = a new record
        self.editing = False
        self._pending_select: int | None = None
        self._saving = False  # a save is on its way to the core
        self._then: Callable[[], None] | None = None  # where to go once that save has succeeded

    # ---- hooks ---------------------------------------------------------------------------
    def _service(self, p: Any) -> Any:
        """The core service with ``create(data)`` and ``update(id, data)``."""
        raise NotImplementedError

    def _id_at(self, index: QModelIndex) -> int:
        raise NotImplementedError

    def select_id(self, record_id: int) -> None:
        raise NotImplementedError

    def open(self, record_id: int) -> None:
        raise NotImplementedError

    def _saved(self, record_id: int) -> None:
        raise NotImplementedError

    def _draft_data(self, data: Any) -> dict[str, Any]:
        raise NotImplementedError

    def _hide_draft_note(self) -> None:
        """Revert (or a fresh record) drops the "your edits are back" note."""

    def _show_form_problems(self, problems: dict[str, str]) -> None:
        self.form.show_problems(problems)

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_edits()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    # ---- the shared flow -----------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record_id = self._id_at(current)
        if record_id == self.current_id and self.editing:
            self._then = None  # back on the record being saved (if one is): stay on it
            return
        self._leave_then(lambda: self.open(record_id))

    def _leave_then(self, go: Callable[[], None]) -> None:
        """Run ``go`` (show another record, start a new one) once this record's edits may be left:
        at once when there are none or the user discards them; when the user saves them first, only
        after the core has saved them. A save that fails (or Cancel) stays on this record, its edits
        and any error shown, and the list goes back to it."""
        if self._saving:  # a save is under way: go where the user asked last, once it has succeeded
            self._then = go
            return
        if not self.has_unsaved_edits():
            go()
            return
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self._save_first_text(),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            go()
        elif not (answer == QMessageBox.StandardButton.Save and self._save(then=go)):
            self._stay()

    def _stay(self) -> None:
        """The list shows the record the editor holds again."""
        if self.current_id is not None:
            self.select_id(self.current_id)

    def _save_first_text(self) -> str:
        if self.noun == "supervisee":
            return self.tr("Save the changes to this supervisee first?")
        if self.noun == "group":
            return self.tr("Save the changes to this group first?")
        return self.tr("Save the changes to this {noun} first?").format(noun=self.noun)

    def save(self) -> None:
        self._save()

    def _save(self, then: Callable[[], None] | None = None) -> bool:
        """Start saving the form (False if it was not started: nothing open, a save under way, or
        problems, which are shown); ``then`` runs after the core saved it, never if it failed."""
        if not self.editing or self._saving:
            return False
        problems = self.form.problems()
        if problems:
            self._show_form_problems(problems)
            return False
        data, current, service = self.form.data(), self.current_id, self._service
        before = self.form.saved_data() if current is not None else None

        def run(p: Any) -> Any:
            if current is None:
                return service(p).create(data)
            return current, service(p).update(current, data)

        self._saving, self._then = True, then
        self.ctx.command(run, lambda record_id: self._after_save(record_id, before, data), self._save_failed,
                         initiator=self)
        return True

    def _after_save(self, record_id: int, before: Any | None, data: Any) -> None:
        then, self._saving, self._then = self._then, False, None
        self._saved(record_id)
        self.form.mark_saved(data)  # what was saved: anything typed while it saved stays unsaved
        self._update_buttons()
        text = SAVED.get(self.noun)
        confirm(self, self.tr(text) if text else self.tr("Saved"))
        if before is not None and before.cleaned() != data.cleaned():
            service = self._service
            after = data.cleaned()
            record_undo(self.ctx).push_change(
                edit_text(self.noun),
                lambda p: service(p).update(record_id, after),
                lambda p: service(p).update(record_id, before),
                lambda: self._changed_by_undo(record_id))
        if then is not None:
            self._leave_then(then)  # asks again if the user typed on while it saved

    def _changed_by_undo(self, record_id: int) -> None:
        """Undo or redo rewrote a record: show it again if it is open and holds no unsaved edit."""
        if self.editing and self.current_id == record_id and not self.form.is_dirty():
            self.open(record_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving, self._then = False, None  # not saved: the editor stays on this record
        self._stay()
        if isinstance(exc, ValidationError):
            self._show_form_problems(exc.problems)
        else:
            self.ctx.show_error(exc)

    def revert(self) -> None:
        self.form.revert()
        self._hide_draft_note()

    def _show_editor(self, shown: bool) -> None:
        self.editing = shown
        self.right_stack.setCurrentWidget(self.editor if shown else self.placeholder)
        self._update_buttons()

    def has_unsaved_edits(self) -> bool:
        return self.editing and self.form.is_dirty()

    # ---- drafts across a lock ------------------------------------------------------------
    def drafts(self) -> list[Draft]:
        if not self.has_unsaved_edits():
            return []
        ref = str(self.current_id) if self.current_id is not None else "new"
        return [(self.draft_kind, ref, {"data": self._draft_data(self.form.data())})]
