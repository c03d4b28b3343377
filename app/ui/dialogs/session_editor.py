"""The session editor: a non-modal window per session, with Save (Ctrl+S),
Save and close (Ctrl+Enter), Esc to close (asking about unsaved edits), and an
encrypted draft kept ~2 s after the last keystroke.

The open editors are kept by :class:`app.ui.controllers.session_windows.SessionEditors`.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError
from app.core.services.changes import Changes
from app.core.services.session_records import SessionRecord

from ..context import AppContext
from ..drafts import Draft
from ..errors import describe
from ..models.session_rows import KIND_LABELS, format_day, format_time, session_title
from ..screen_fit import resize_to_fit
from ..status import confirm
from ..widgets.session_form import SessionForm, from_payload, to_payload
from .schedule_dialog import ScheduleDialog, edit_request, load_for_edit

DRAFT_KIND = "session"
AUTOSAVE_MS = 2000


class SessionEditor(QDialog):
    saved = Signal(int)
    closed = Signal(int)

    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None, *,
                 draft: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.ref = str(session_id)
        self.record: SessionRecord | None = None
        self._pending_draft = draft  # from a lock: applied as soon as the record is here
        self._offered: dict[str, Any] | None = None  # a stored draft waiting for Restore/Discard
        self._draft_stored = False
        self._saving = False
        self._close_after_save = False
        self._closing = False
        self.setObjectName("session_editor")
        self.setModal(False)
        self.setWindowTitle(self.tr("Session") + "[*]")
        resize_to_fit(self, 1120, 800)  # never larger than the screen
        self.setMinimumSize(880, 620)
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

        self.form = SessionForm(self._create_theme)
        self.form.edited.connect(self._edited)
        self.title = QLabel(self.tr("Loading\u2026"), objectName="session_title")
        self.when = QLabel(objectName="session_when")
        self.when.setProperty("muted", True)
        header = QFrame(objectName="session_header")
        head = QHBoxLayout(header)
        head.setContentsMargins(18, 12, 18, 12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.when)
        head.addLayout(titles, 1)
        outcome = QLabel(self.tr("Outcome"))
        outcome.setProperty("muted", True)
        head.addWidget(outcome)
        head.addWidget(self.form.status)

        self.banner = QFrame(objectName="draft_banner")
        self.banner_text = QLabel(wordWrap=True)
        self.restore_button = QPushButton(self.tr("Restore draft"), objectName="restore_draft")
        self.discard_button = QPushButton(self.tr("Discard draft"), objectName="discard_draft")
        self.restore_button.clicked.connect(self.restore_offered_draft)
        self.discard_button.clicked.connect(self.discard_offered_draft)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(12, 6, 12, 6)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.discard_button)
        banner.addWidget(self.restore_button)
        self.banner.hide()

        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(18, 12, 12, 0)
        body.setSpacing(16)
        body.addWidget(self.form.notes_column(), 1)
        body.addWidget(self.form.side_column())
        self.body.setEnabled(False)

        self.schedule_dialog: ScheduleDialog | None = None
        self.reschedule_button = QPushButton(self.tr("Reschedule\u2026"), objectName="reschedule")
        self.reschedule_button.setToolTip(self.tr("Change the date, time, length or place "
                                                  "(for a series: this session, the following ones or all)"))
        self.reschedule_button.setEnabled(False)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.draft_status = QLabel(objectName="draft_status")
        self.draft_status.setProperty("muted", True)
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.save_close_button = QPushButton(self.tr("Save and close"), objectName="save_close")
        self.save_button = QPushButton(self.tr("Save"), objectName="save")
        self.close_button.setToolTip(QKeySequence("Esc").toString(QKeySequence.SequenceFormat.NativeText))
        self.save_close_button.setToolTip(QKeySequence("Ctrl+Enter").toString(QKeySequence.SequenceFormat.NativeText))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText))
        self.close_button.clicked.connect(self.reject)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.setContentsMargins(18, 8, 18, 14)
        footer.addWidget(self.draft_status, 1)
        footer.addWidget(self.reschedule_button)
        footer.addWidget(self._summary_button())
        footer.addWidget(self.close_button)
        footer.addWidget(self.save_close_button)
        footer.addWidget(self.save_button)
        for button in self.findChildren(QPushButton):  # Enter in a field must never press a button
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.form.problems_label)
        layout.addWidget(self.body, 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_and_close)
        self._update_buttons()
        self.load()

    # ---- loading ------------------------------------------------------------------
    def load(self) -> None:
        sid, ref = self.session_id, self.ref
        self.ctx.query(lambda p: (p.sessions.get(sid), p.themes.list(), p.drafts.load(DRAFT_KIND, ref),
                                  p.settings.get().currency), self._loaded, self._load_failed)

    def _loaded(self, result: tuple) -> None:
        if self._closing:
            return
        record, catalogue, stored, currency = result
        self.record = record
        self.catalogue = catalogue
        self.form.currency.setText(currency)
        self._show_header(record)
        self.form.load(record.data, group=record.kind != "individual", duration=record.duration_minutes,
                       catalogue=catalogue, keep=record.themes)
        self.form.attendance_card.setVisible(record.kind != "individual")
        if record.data.has_notes:
            changed = record.updated_at.replace(tzinfo=UTC).astimezone(ZoneInfo(record.tz))
            self.draft_status.setText(self.tr("Last saved {day}, {time}").format(
                day=format_day(changed, "d MMM yyyy"), time=f"{changed:%H:%M}"))
        self.body.setEnabled(True)
        self.reschedule_button.setEnabled(True)
        if self._pending_draft is not None:
            self._apply_draft(self._pending_draft)
            self._pending_draft = None
            self.draft_status.setText(self.tr("Your unsaved edits from before the lock are back."))
            self.save_draft()  # keep it in the vault until saved or discarded
        elif stored is not None:
            if self.form.normalised(from_payload(stored.get("data", {}))) == self.form.saved():
                self.ctx.command(lambda p: p.drafts.discard(DRAFT_KIND, self.ref))
            else:
                self._offer(stored)
        self.form.notes["brought"].editor.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        if self._closing:
            return
        self.title.setText(self.tr("This session could not be opened"))
        self.when.setText(describe(exc))

    def _show_header(self, record: SessionRecord) -> None:
        who = session_title(record.kind, record.supervisee_name)
        self.title.setText(who)
        parts = [format_day(record.start, "dddd d MMMM yyyy"),
                 f"{format_time(record.start)}\u2013{format_time(record.end)}",
                 self.tr(KIND_LABELS.get(record.kind, record.kind))]
        if record.location:
            parts.append(record.location)
        if record.series_id is not None:
            parts.append(self.tr("part of a series"))
        self.when.setText("  \u00b7  ".join(parts))
        self.setWindowTitle(f"{who} \u2014 {format_day(record.start, 'd MMM yyyy')}[*]")

    # ---- drafts ---------------------------------------------------------------------
    def _offer(self, stored: dict[str, Any]) -> None:
        self._offered = stored
        when = stored.get("saved_at", "")
        try:
            stamp = datetime.fromisoformat(when)
            text = self.tr("There are unsaved edits to this session from {day}, {time}, kept as an encrypted "
                           "draft. Restoring replaces what is shown.").format(day=format_day(stamp, "d MMM"),
                                                                               time=f"{stamp:%H:%M}")
        except (TypeError, ValueError):
            text = self.tr("There are unsaved edits to this session, kept as an encrypted draft. "
                           "Restoring replaces what is shown.")
        self.banner_text.setText(text)
        self.banner.show()

    def restore_offered_draft(self) -> None:
        if self._offered is None:
            return
        self._apply_draft(self._offered)
        self._offered = None
        self.banner.hide()
        self.draft_status.setText(self.tr("Draft restored \u2014 save to keep it."))

    def discard_offered_draft(self) -> None:
        self._offered = None
        self.banner.hide()
        self._discard_stored_draft(force=True)
        self._edited()

    def take_draft(self, payload: dict[str, Any]) -> None:
        """Take back a draft kept across a lock: now if the record is here, else once it loads."""
        if self.record is None:
            self._pending_draft = payload
        else:
            self._apply_draft(payload)

    def _apply_draft(self, payload: dict[str, Any]) -> None:
        if self.record is None:
            return
        self.form.load(from_payload(payload.get("data", {})), group=self.record.kind != "individual",
                       duration=self.record.duration_minutes, catalogue=self.catalogue,
                       keep=self.record.themes, as_saved=self.record.data)

    def payload(self) -> dict[str, Any]:
        return {"data": to_payload(self.form.data()), "saved_at": datetime.now().isoformat(timespec="seconds")}

    def drafts(self) -> list[Draft]:
        """Unsaved edits to keep across a lock (the gate saves them in the vault)."""
        if self.record is None or not self.form.is_dirty():
            return []
        return [(DRAFT_KIND, self.ref, self.payload())]

    def save_draft(self) -> None:
        """Keep the unsaved edits as an encrypted draft (autosave after a pause in typing)."""
        if self.record is None or self._saving or self._offered is not None or self._closing:
            return
        if not self.form.is_dirty():
            self._discard_stored_draft()
            return
        ref, payload = self.ref, self.payload()
        self._draft_stored = True
        self.ctx.command(lambda p: p.drafts.save(DRAFT_KIND, ref, payload),
                         lambda _: self._note(self.tr("Draft kept at {time} \u2014 encrypted in the vault").format(
                             time=f"{datetime.now():%H:%M}")),
                         lambda exc: self._note(self.tr("The draft could not be kept: {reason}").format(
                             reason=describe(exc))))

    def _note(self, text: str) -> None:
        if not self._closing:
            self.draft_status.setText(text)

    def _discard_stored_draft(self, force: bool = False) -> None:
        if self._draft_stored or force:
            ref = self.ref
            self._draft_stored = False
            self.ctx.command(lambda p: p.drafts.discard(DRAFT_KIND, ref))

    # ---- editing and saving -------------------------------------------------------
    def _edited(self) -> None:
        self._update_buttons()
        if self.record is not None and not self._saving:
            self.autosave.start()

    def _summary_button(self) -> QPushButton:
        """The session summary as PDF or on paper (never the private note; identifiers checked first)."""
        from PySide6.QtWidgets import QMenu

        from ..documents import DocumentActions

        self.documents = DocumentActions(self.ctx, self)
        button = QPushButton(self.tr("Summary"), objectName="summary_pdf")
        button.setToolTip(self.tr("Session summary for signing: print or export as PDF (the private note is "
                                  "never included)"))
        menu = QMenu(button)
        sid = self.session_id

        def run(preview: bool) -> None:
            if self.has_unsaved_edits():
                QMessageBox.information(self, self.tr("Save first"),
                                        self.tr("Save the session first: the summary shows what is saved."))
                return
            go = self.documents.preview if preview else self.documents.export
            title = self.windowTitle().replace("[*]", "").strip()
            name = self.tr("Session summary \u2014 {title}").format(title=title) if title \
                else self.tr("Session summary")
            go(lambda p: p.reports.summary(sid), name,
               "session", sid,
               check_session=sid)
        menu.addAction(self.tr("Preview and print\u2026"), lambda: run(True))
        menu.addAction(self.tr("Export PDF\u2026"), lambda: run(False))
        button.setMenu(menu)
        self.summary_menu = menu
        return button

    def _update_buttons(self) -> None:
        dirty = self.record is not None and self.form.is_dirty()
        self.setWindowModified(dirty)
        self.save_button.setEnabled(dirty and not self._saving)
        self.save_close_button.setEnabled(self.record is not None and not self._saving)

    def has_unsaved_edits(self) -> bool:
        return self.record is not None and self.form.is_dirty()

    def save(self) -> None:
        if self.record is None or self._saving:
            return
        if not self.form.is_dirty():
            if self._close_after_save:
                self._finish()
            return
        data, sid, ref = self.form.data(), self.session_id, self.ref
        self._saving = True
        self.autosave.stop()
        self._update_buttons()

        def run(p):
            changes = p.sessions.save_record(sid, data)
            p.drafts.discard(DRAFT_KIND, ref)
            return changes

        self.ctx.command(run, lambda _: self._saved(data), self._save_failed)

    def save_and_close(self) -> None:
        self._close_after_save = True
        self.save()

    def _saved(self, data: Any) -> None:
        self._saving = False
        if self._closing:
            return
        self._draft_stored = False
        self.form.mark_saved(data)
        self.form.show_problems({})
        self.draft_status.setText(self.tr("Saved at {time}").format(time=f"{datetime.now():%H:%M}"))
        confirm(self, self.tr("Session saved"))
        self._update_buttons()
        self.saved.emit(self.session_id)
        if self._close_after_save:
            self._finish()
        elif self.form.is_dirty():  # typed on while it saved
            self.autosave.start()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if self._closing:
            self.ctx.show_error(exc)
            return
        self._close_after_save = False
        self._update_buttons()
        if isinstance(exc, ValidationError):
            self.form.show_problems(exc.problems)
        else:
            self.ctx.show_error(exc)

    # ---- rescheduling ----------------------------------------------------------------
    def reschedule(self) -> None:
        """The calendar's Edit time/place for this session (the scope question for a series)."""
        if self.record is None or self._closing:
            return
        sid = self.session_id
        self.reschedule_button.setEnabled(False)
        self.ctx.query(lambda p: (*load_for_edit(p, sid), p.settings.get().time_zone), self._open_schedule,
                       self._reschedule_failed)

    def _open_schedule(self, found: tuple) -> None:
        self.reschedule_button.setEnabled(True)
        if self._closing:
            return
        record, series, practice_tz = found
        if self.schedule_dialog is not None:
            self.schedule_dialog.done(0)
        dialog = ScheduleDialog(self.ctx, edit_request(record, series), practice_tz, self)
        dialog.saved.connect(lambda _: confirm(self, self.tr("Session rescheduled")))
        self.schedule_dialog = dialog
        dialog.open()

    def _reschedule_failed(self, exc: BaseException) -> None:
        self.reschedule_button.setEnabled(self.record is not None)
        self.ctx.show_error(exc)

    # ---- changes elsewhere ------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if self.record is None or self._closing:
            return
        if changes.themes:
            self.ctx.query(lambda p: p.themes.list(), self._catalogue)
        if changes.sessions and not self._saving and not self.form.is_dirty():
            sid = self.session_id
            self.ctx.query(lambda p: p.sessions.get(sid), self._refreshed, lambda exc: None)

    def _catalogue(self, catalogue: list) -> None:
        if self.record is not None and not self._closing:
            self.catalogue = catalogue
            self.form.set_catalogue(catalogue, self.record.themes)

    def _refreshed(self, record: SessionRecord) -> None:
        if self._closing or self._saving or self.form.is_dirty():
            return
        self.record = record
        self._show_header(record)
        if self.form.normalised(record.data) != self.form.saved():
            self.form.load(record.data, group=record.kind != "individual", duration=record.duration_minutes,
                           catalogue=self.catalogue, keep=record.themes)

    def _create_theme(self, name: str, colour: str, on_done, on_error) -> None:
        self.ctx.command(lambda p: p.themes.create(name, colour), on_done, on_error)

    # ---- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, the window's close button and Close all come here."""
        if self._closing:
            return
        if self.has_unsaved_edits():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                self.save_and_close()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
            self._discard_stored_draft(force=True)
        self._finish()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this session before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def force_close(self) -> None:
        """Close without asking (the vault is locking; ``drafts()`` was taken first)."""
        self._finish()

    def _finish(self) -> None:
        self._closing = True
        self.autosave.stop()
        self.closed.emit(self.session_id)
        super().reject()
        self.deleteLater()
