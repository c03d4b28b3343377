"""Locking (Ctrl+L, idle, quit): every participant's unsaved edits kept as drafts, then the vault locked.

The database steps run on the database lane only, so a network job in flight
(an SMTP send) never holds a lock up.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from ..backup_prefs import auto_backup, load_prefs
from ..context import AppContext
from ..drafts import Draft
from ..errors import describe
from ..i18n import tr


class LockParticipant(Protocol):
    """Anything holding records or unsaved edits: pages, editor windows, the search dialog."""

    def drafts(self) -> list[Draft]:
        """Unsaved edits to keep (encrypted, in the vault) across the lock."""
        ...

    def clear(self) -> None:
        """The vault locked: drop every record shown."""
        ...


class LockController:
    def __init__(self, ctx: AppContext, participants: Callable[[], Iterable[LockParticipant]],
                 parent: QWidget, on_locked: Callable[[], None]) -> None:
        self.ctx, self._participants, self._parent, self._on_locked = ctx, participants, parent, on_locked
        self._locking = False  # a lock is queued on the database lane: a second Ctrl+L (or idle) waits for it

    def drafts(self) -> list[Draft]:
        return [d for participant in self._participants() for d in participant.drafts()]

    def lock(self) -> None:
        practice = self.ctx.practice
        if practice is None or not practice.is_open or self._locking:
            return
        self._locking = True
        drafts = self.drafts()
        prefs = load_prefs()  # Settings ▸ Backups: the daily backup runs here when due

        def run() -> None:
            for kind, ref, payload in drafts:
                practice.drafts.save(kind, ref, payload)
            auto_backup(practice, prefs)
            practice.lock()

        self.ctx.runner.query(run, lambda _: self._locked(), self._failed)

    def lock_on_quit(self) -> None:
        """As ``lock``, with nobody left to tell."""
        practice = self.ctx.practice
        if practice is not None and practice.is_open:
            drafts = self.drafts()
            prefs = load_prefs()

            def run() -> None:
                for kind, ref, payload in drafts:
                    practice.drafts.save(kind, ref, payload)
                auto_backup(practice, prefs)
                practice.lock()
            self.ctx.runner.query(run)

    def _failed(self, exc: BaseException) -> None:
        # Saving a draft failed (a damaged vault?): lock anyway, and say so.
        practice, why = self.ctx.practice, describe(exc)

        def locked(_: object) -> None:
            self._locked()  # first: the lock closes the window's dialogs, so the warning comes after it
            QMessageBox.warning(self._parent, tr("Peerglass", "lock_controller"),
                                tr("Locked, but your unsaved edit could not be kept: ", "lock_controller") + why)

        self.ctx.runner.query(lambda: practice.lock() if practice else None, locked, self._not_locked)

    def _not_locked(self, exc: BaseException) -> None:
        """Even closing the vault failed: it stays open, and a later lock may try again."""
        self._locking = False
        self.ctx.show_error(exc)

    def _locked(self) -> None:
        self._locking = False
        for participant in self._participants():
            participant.clear()
        self.ctx.practice = None
        self._on_locked()
