"""The live meetings, practice profiles and self-checks open at one time.

One window per meeting / person. Like ``session_windows.SessionEditors`` it takes part in
locking: ``drafts()`` before the lock (a running meeting's times, attendance
and notes; unsaved profile or self-check writing), ``clear()`` after it,
``restore_draft()`` at unlock. ``in_progress_changed`` tells the shell when
a meeting is running (for example to keep the idle lock from interrupting it).
"""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.core.services.base import ValidationError
from app.core.services.changes import Changes
from app.core.services.meeting_clock import Clock
from app.core.services.members import is_person_key

from ..context import AppContext
from ..dialogs.live_meeting import DRAFT_KIND as MEETING_KIND
from ..dialogs.live_meeting import LiveMeetingWindow
from ..dialogs.profile_dialog import ProfileDialog
from ..dialogs.self_check_dialog import SelfCheckDialog
from ..drafts import Draft


class GroupWindows(QObject):
    in_progress_changed = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget | None = None, *, clock: Clock = time.monotonic,
                 wall: Clock = time.time) -> None:
        super().__init__(window)
        self.ctx, self.window, self._clock, self._wall = ctx, window, clock, wall
        self.windows: dict[tuple[str, str], QDialog] = {}
        ctx.subscribe(self.on_changes)

    # ---- opening (the callbacks pages are given) ----------------------------------------------
    def open_meeting(self, session_id: int, draft: dict[str, Any] | None = None) -> LiveMeetingWindow:
        def make() -> LiveMeetingWindow:
            win = LiveMeetingWindow(self.ctx, session_id, self.window, clock=self._clock, wall=self._wall,
                                    draft=draft)
            win.reopen.connect(lambda sid: self.open_meeting(sid))
            win.started.connect(lambda _sid: self.in_progress_changed.emit(True))
            win.recorded.connect(lambda _sid: self.in_progress_changed.emit(self.meeting_in_progress()))
            return win
        return self._open(MEETING_KIND, str(session_id), make, draft)  # type: ignore[return-value]

    def open_profile(self, person_key: str, draft: dict[str, Any] | None = None, *,
                     group_name: str = "") -> ProfileDialog | None:
        if not is_person_key(person_key):  # a guest written in by hand has no profile
            self.ctx.show_error(ValidationError({"member": self.tr("Only group members have a practice profile.")}))
            return None
        return self._open(ProfileDialog.DRAFT_KIND, person_key, lambda: ProfileDialog(
            self.ctx, person_key, self.window, group_name=group_name, draft=draft), draft)  # type: ignore[return-value]

    def open_self_check(self, supervisee_id: int, draft: dict[str, Any] | None = None) -> SelfCheckDialog:
        return self._open(SelfCheckDialog.DRAFT_KIND, str(supervisee_id), lambda: SelfCheckDialog(
            self.ctx, supervisee_id, self.window, draft=draft), draft)  # type: ignore[return-value]

    def _open(self, kind: str, ref: str, make, draft: dict[str, Any] | None) -> QDialog:
        win = self.windows.get((kind, ref))
        if win is None:
            win = make()
            win.closed.connect(lambda *_: self._closed(kind, ref, win))
            self.windows[(kind, ref)] = win
        elif draft is not None:
            win.apply_draft(draft)
        win.show()
        win.raise_()
        win.activateWindow()
        return win

    def _closed(self, kind: str, ref: str, win: QDialog) -> None:
        if self.windows.get((kind, ref)) is win:
            del self.windows[(kind, ref)]
        if kind == MEETING_KIND:
            self.in_progress_changed.emit(self.meeting_in_progress())

    # ---- locking ------------------------------------------------------------------------------
    def meeting_in_progress(self) -> bool:
        return any(getattr(w, "in_progress", False) for w in self.windows.values())

    def drafts(self) -> list[Draft]:
        return [d for w in self.windows.values() for d in w.drafts()]

    def restore_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> bool:
        if kind == MEETING_KIND and ref.isdigit():
            self.open_meeting(int(ref), draft=payload)
        elif kind == ProfileDialog.DRAFT_KIND:
            self.open_profile(ref, draft=payload)
        elif kind == SelfCheckDialog.DRAFT_KIND and ref.isdigit():
            self.open_self_check(int(ref), draft=payload)
        else:
            return False
        return True

    def has_unsaved_edits(self) -> bool:
        return any(w.has_unsaved_edits() for w in self.windows.values())

    def clear(self) -> None:
        """The vault locked: close every window without asking (``drafts()`` was taken first)."""
        for win in list(self.windows.values()):
            win.force_close()
        self.windows.clear()
        self.in_progress_changed.emit(False)

    def on_changes(self, changes: Changes) -> None:
        for win in list(self.windows.values()):
            if isinstance(win, LiveMeetingWindow):
                win.on_changes(changes)
