"""The open session editors, one window per session.

``open(session_id)`` is the ``open_session`` callback the pages share, and the
editors take part in locking: ``drafts()`` before the lock, ``clear()`` after,
``restore_draft()`` at unlock (like :mod:`.group_windows`).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.core.services.changes import Changes

from ..context import AppContext
from ..dialogs.session_editor import DRAFT_KIND, SessionEditor
from ..drafts import Draft

__all__ = ["SessionEditors"]


class SessionEditors(QObject):
    """The open session editors; one window per session."""

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.editors: dict[int, SessionEditor] = {}
        ctx.subscribe(self.on_changes)

    def open(self, session_id: int, draft: dict[str, Any] | None = None) -> SessionEditor:
        editor = self.editors.get(session_id)
        if editor is None:
            editor = SessionEditor(self.ctx, session_id, self.window, draft=draft)
            editor.closed.connect(lambda sid: self.editors.pop(sid, None))
            self.editors[session_id] = editor
        elif draft is not None:
            editor.take_draft(draft)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def drafts(self) -> list[Draft]:
        return [d for editor in self.editors.values() for d in editor.drafts()]

    def restore_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> bool:
        if kind != DRAFT_KIND or not ref.isdigit():
            return False
        self.open(int(ref), draft=payload)
        return True

    def has_unsaved_edits(self) -> bool:
        return any(editor.has_unsaved_edits() for editor in self.editors.values())

    def clear(self) -> None:
        for editor in list(self.editors.values()):
            editor.force_close()
        self.editors.clear()

    def on_changes(self, changes: Changes) -> None:
        for editor in list(self.editors.values()):
            editor.on_changes(changes)
