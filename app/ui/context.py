"""What every page needs, passed in (no global singletons).

Changes reach the screens one way: a command returns a ``Changes`` value, the
runner delivers it once on the GUI thread, and every listener registered with
:meth:`AppContext.subscribe` gets it (see docs/ARCHITECTURE.md, "Changes").
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.core.services.changes import Changes

from .tasks import ErrorHandler, TaskRunner

if TYPE_CHECKING:
    from app.core.practice import Practice

T = TypeVar("T")
Write = Callable[["Practice"], Changes]
ChangeListener = Callable[[Changes], None]


@dataclass
class AppContext:
    runner: TaskRunner
    vault_path: Path
    practice: Practice | None = None
    show_error: ErrorHandler = field(default=lambda exc: None)
    # Writes that arrived while the vault was locked (a network job finishing after Ctrl+L);
    # the gate runs them right after the next unlock.
    waiting_writes: list[Write] = field(default_factory=list)

    def open_practice(self) -> Practice:
        """The open practice, for use inside an operation (raises when locked)."""
        if self.practice is None or not self.practice.is_open:
            from app.core.vault import VaultLocked  # here, not at import: the vault package is SQLAlchemy

            raise VaultLocked()
        return self.practice

    @property
    def is_open(self) -> bool:
        return self.practice is not None and self.practice.is_open

    def query(self, fn: Callable[[Practice], T], on_done: Callable[[T], None] | None = None,
              on_error: ErrorHandler | None = None, *, initiator: object | None = None) -> None:
        self.runner.query(lambda: fn(self.open_practice()), on_done, on_error, initiator=initiator)

    def command(self, fn: Callable[[Practice], Changes | tuple[T, Changes] | None],
                on_done: Callable[[T], None] | None = None, on_error: ErrorHandler | None = None, *,
                initiator: object | None = None) -> None:
        self.runner.command(lambda: fn(self.open_practice()), on_done, on_error, initiator=initiator)

    def network(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
                on_error: ErrorHandler | None = None, *, initiator: object | None = None) -> None:
        """Slow work off the database lane (it gets no practice: it must not touch the vault)."""
        self.runner.network(fn, on_done, on_error, initiator=initiator)

    def subscribe(self, listener: ChangeListener) -> None:
        """The one way to hear of changes: ``listener(changes)`` runs on the GUI thread after every
        command that changed something, whoever ran it (``runner.initiator`` tells who).

        Pass a QObject's bound method (normally its ``on_changes``): the subscription then ends
        when that object is destroyed. Pages need not call this, :class:`~.pages.base.Page` does.
        """
        self.runner.changes_applied.connect(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        self.runner.changes_applied.disconnect(listener)

    def keep_for_unlock(self, write: Write) -> None:
        """A write that found the vault locked: it runs right after the next unlock."""
        self.waiting_writes.append(write)

    def run_waiting_writes(self) -> None:
        writes, self.waiting_writes = self.waiting_writes, []
        for write in writes:
            self.command(write)
