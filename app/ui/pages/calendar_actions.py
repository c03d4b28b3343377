"""What the calendar does to one session: its menu, status, edit, cancel and delete.

Every question is a dialog opened with ``open()`` (window-modal, not
blocking), kept on this object so it can be answered, and driven in tests.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox

from app.core.services.sessions import SessionRow

from ..dialogs.edit_scope import ALL, FOLLOWING, THIS, EditScopeDialog
from ..dialogs.schedule_dialog import ScheduleRequest
from ..widgets.calendar_common import time_span, title_of

if TYPE_CHECKING:
    from .calendar import CalendarPage


class SessionActions(QObject):
    def __init__(self, page: "CalendarPage") -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.menu: QMenu | None = None
        self.scope_dialog: EditScopeDialog | None = None
        self.confirm_box: QMessageBox | None = None

    def close_all(self) -> None:
        for widget in (self.menu, self.scope_dialog, self.confirm_box):
            if widget is not None:
                widget.close()
        self.menu = self.scope_dialog = self.confirm_box = None

    # ---- the context menu ---------------------------------------------------------
    def show_menu(self, session_id: int, where: QPoint) -> QMenu | None:
        row = self.page.row(session_id)
        if row is None:
            return None
        menu = QMenu(self.page)
        menu.setObjectName("session_menu")
        menu.setToolTipsVisible(True)
        opened = menu.addAction("Open record", lambda: self.page.open_session(session_id))
        menu.setDefaultAction(opened)
        menu.addAction("Edit time/place\u2026", lambda: self.edit(session_id))
        menu.addSeparator()
        for status, label in (("held", "Mark held"), ("no_show", "Mark no-show")):
            action = menu.addAction(label, lambda s=status: self.set_status(session_id, s))
            action.setEnabled(row.status != status)
        if row.status != "scheduled":
            menu.addAction("Mark as scheduled again", lambda: self.set_status(session_id, "scheduled"))
        cancel = menu.addAction("Cancel session\u2026", lambda: self.cancel(session_id))
        cancel.setEnabled(row.status != "cancelled")
        menu.addSeparator()
        delete = menu.addAction("Delete this occurrence\u2026" if row.series_id else "Delete session\u2026",
                                lambda: self.delete(session_id))
        delete.setToolTip("Only this session; the rest of the series stays." if row.series_id else "")
        self.menu = menu
        menu.popup(where)
        return menu

    def action(self, text: str) -> QAction:
        """The menu entry with this text (for keyboard users' scripts and tests)."""
        assert self.menu is not None
        return next(a for a in self.menu.actions() if a.text() == text)

    # ---- status ----------------------------------------------------------------------
    def set_status(self, session_id: int, status: str) -> None:
        self.ctx.command(lambda p: p.sessions.set_status(session_id, status))

    def cancel(self, session_id: int) -> None:
        row = self.page.row(session_id)
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Cancel session",
                          f"Cancel the session with {title_of(row, self.page.group_names)} on {_when(row)}?\n\n"
                          "It stays in the calendar, struck through, and counts as cancelled."
                          + ("\nThe other sessions of the series are not changed." if row.series_id else ""),
                          parent=self.page)
        box.setObjectName("confirm_cancel")
        by_me = box.addButton("Cancelled by me", QMessageBox.ButtonRole.AcceptRole)
        by_them = box.addButton("Cancelled by the supervisee", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Keep the session", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(by_me)

        def answered(button: QAbstractButton) -> None:
            who = {by_me: "supervisor", by_them: "supervisee"}.get(button)
            if who:
                self.ctx.command(lambda p: p.sessions.cancel(session_id, by=who))
        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    # ---- delete -----------------------------------------------------------------------
    def delete(self, session_id: int) -> None:
        row = self.page.row(session_id)
        if row is None:
            return
        notes = "\n\nIts notes are deleted with it." if row.has_notes else ""
        if row.series_id is None:
            box = QMessageBox(QMessageBox.Icon.Warning, "Delete session",
                              f"Delete the session with {title_of(row, self.page.group_names)} on {_when(row)}?{notes}\n\n"
                              "This cannot be undone.", parent=self.page)
            box.setObjectName("confirm_delete")
            delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda b: self._delete(session_id, None, THIS) if b is delete else None)
            self.confirm_box = box
            box.open()
            return
        dialog = EditScopeDialog("delete", self.page, warning=notes.strip())
        dialog.chosen.connect(lambda scope: self._delete(session_id, row.series_id, scope))
        self.scope_dialog = dialog
        dialog.open()

    def _delete(self, session_id: int, series_id: int | None, scope: str) -> None:
        if scope == THIS:
            self.ctx.command(lambda p: p.sessions.delete(session_id))
        elif scope == ALL and series_id is not None:
            self.ctx.command(lambda p: p.series.delete(series_id))
        elif scope == FOLLOWING and series_id is not None:
            def run(p):  # type: ignore[no-untyped-def]
                record, series = p.sessions.get(session_id), p.series.get(series_id)
                original = record.original_start or record.start
                wall = original.astimezone(ZoneInfo(series.data.tz)).replace(tzinfo=None)
                split = p.series.edit_following(session_id, replace(series.data, start_local=wall))
                return split.changes | p.series.delete(split.id)  # the part from here on ends
            self.ctx.command(run)

    # ---- edit --------------------------------------------------------------------------
    def edit(self, session_id: int) -> None:
        def load(p):  # type: ignore[no-untyped-def]
            record = p.sessions.get(session_id)
            return record, (p.series.get(record.series_id) if record.series_id else None)
        self.ctx.query(load, lambda found: self._edit(*found))

    def _edit(self, record, series) -> None:  # type: ignore[no-untyped-def]
        start = record.start.replace(tzinfo=None)
        request = ScheduleRequest(
            start=start, duration_minutes=record.duration_minutes, tz=record.tz, kind=record.kind,
            supervisee_id=record.supervisee_id, supervisee_name=record.supervisee_name,
            group_id=record.group_id, location=record.location, fee=record.data.fee,
            rrule=series.data.rrule if series else None, session_id=record.id,
            series_id=series.id if series else None, series_start=series.data.start_local if series else None,
            series_fee=series.data.fee if series else None, occurrence_start=start,
            can_repeat=series is not None or (record.status == "scheduled" and not record.data.has_notes))
        self.page.open_schedule(request)


def _when(row: SessionRow) -> str:
    return f"{row.start:%A} {row.start.day} {row.start:%B}, {time_span(row)}"
