"""Undo and redo of record changes (Edit ▸ Undo / Redo), on one ``QUndoStack`` per open vault.

A command holds two writes through the core services, one to do the change
again and one to take it back; each runs on the database lane like any other
write, so the pages refresh through the usual change notifications. A
command is pushed *after* its change was saved, so pushing does not run it.

Typing is not a record change: while a text field has the focus, Ctrl+Z goes
to the field (Qt's own undo), because text fields claim the standard undo
keys before any window shortcut sees them. The menu's actions, and the keys
anywhere else, undo record changes.

Commands hold record values (the text before and after an edit), so the stack
is cleared when the vault locks: nothing of a record stays in memory.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from .context import AppContext
from .i18n import noop, tr

if TYPE_CHECKING:
    from app.core.practice import Practice

Write = Callable[["Practice"], Any]
Done = Callable[[], None]

STACK_NAME = "record_undo"
UNDO_LIMIT = 50


class RecordCommand(QUndoCommand):
    """One saved change: ``redo_write`` makes it (again), ``undo_write`` takes it back.

    ``after`` runs once either write has landed (a page showing the record reloads it).
    """

    def __init__(self, ctx: AppContext, text: str, redo_write: Write, undo_write: Write,
                 after: Done | None = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._redo_write, self._undo_write, self._after = redo_write, undo_write, after
        self._done_once = True  # pushed after the change was saved

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._redo_write)

    def undo(self) -> None:
        self._run(self._undo_write)

    def _run(self, write: Write) -> None:
        ctx, after, stack = self.ctx, self._after, record_undo(self.ctx)

        def failed(exc: BaseException) -> None:
            # The record changed beyond this command (deleted, say): the stack can no longer be trusted.
            ctx.show_error(exc)
            QTimer.singleShot(0, stack.clear)

        ctx.command(write, lambda _: after() if after is not None else None, failed, initiator=stack)


class RecordUndoStack(QUndoStack):
    """The record changes of this vault session, newest last."""

    def push_change(self, text: str, redo_write: Write, undo_write: Write, after: Done | None = None) -> None:
        self.push(RecordCommand(self._ctx, text, redo_write, undo_write, after))

    def bind(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit ▸ Undo and Redo, named after what they will undo ("Undo archive")."""
        undo = self.createUndoAction(parent, tr("Undo", "RecordUndo"))
        redo = self.createRedoAction(parent, tr("Redo", "RecordUndo"))
        undo.setObjectName("undo_record")
        redo.setObjectName("redo_record")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        return undo, redo


def record_undo(ctx: AppContext) -> RecordUndoStack:
    """The vault session's undo stack (kept beside its task runner, built on first use)."""
    stack = ctx.runner.findChild(RecordUndoStack, STACK_NAME)
    if stack is None:
        stack = RecordUndoStack(ctx.runner)
        stack.setObjectName(STACK_NAME)
        stack.setUndoLimit(UNDO_LIMIT)
        stack.bind(ctx)
    return stack


EDIT_TEXTS = {"supervisee": noop("supervisee edit"), "group": noop("group edit")}


def edit_text(noun: str) -> str:
    """The command text for a saved edit, after "Undo ": "supervisee edit"."""
    text = EDIT_TEXTS.get(noun)
    return tr(text, "RecordUndo") if text else tr("{noun} edit", "RecordUndo").format(noun=noun)
