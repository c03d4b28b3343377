"""Two worker lanes; typed operations report back through signals.

The Anki ``QueryOp``/``CollectionOp`` idea: the UI never touches the
database on the GUI thread. ``query`` runs a read and hands the result to a
callback; ``command`` runs a change whose ``Changes`` value is emitted once
through ``changes_applied`` so each screen decides whether to refresh (the
operation's ``initiator`` is readable as ``runner.initiator`` while that
signal is delivered, so a page can skip a refresh it caused itself). Screens
never connect to that signal themselves: they subscribe with
``AppContext.subscribe`` (pages are subscribed by their base class).
A callback that raises does not stop its command's changes from being emitted;
its exception goes to the runner's error handler afterwards.

Two lanes, each one thread running its jobs in order:

- the **database lane** (``query``/``command``): every step that needs the
  open vault. Locking runs here, so it waits only for database work;
- the **network lane** (``network``): slow work that never touches the
  database (SMTP sending now, calendar sync later). Locking never waits on it.
  A network job that needs the vault afterwards hands its result to a
  ``command`` on the database lane.
"""
from __future__ import annotations

import logging
import queue
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from app.core.services.changes import Changes

log = logging.getLogger("peerglass.tasks")

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]


@dataclass
class _Job(Generic[T]):
    fn: Callable[[], Any]  # T, or for a command Changes / (T, Changes)
    on_done: Callable[[T], None] | None
    on_error: ErrorHandler | None
    is_command: bool
    initiator: object | None = None
    on_network: bool = False
    result: Any = None
    error: BaseException | None = None


class _Worker(QThread):
    finished_job = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.jobs: queue.Queue[_Job[Any] | None] = queue.Queue()
        self.setObjectName(name)

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            try:
                job.result = job.fn()
            except BaseException as exc:  # delivered to the GUI thread
                job.error = exc
                # Type and frames only: a database error's message may quote record content.
                log.debug("operation failed: %s\n%s", type(exc).__name__,
                          "".join(traceback.format_tb(exc.__traceback__)))
            self.finished_job.emit(job)


class TaskRunner(QObject):
    """Runs operations in order on the database lane, and slow non-database work on the network lane."""

    changes_applied = Signal(object)  # Changes; ``initiator`` tells who caused them
    busy_changed = Signal(bool)

    def __init__(self, on_error: ErrorHandler | None = None) -> None:
        super().__init__()
        self._pending = 0
        self._network_pending = 0
        self._default_error = on_error
        self.initiator: object | None = None  # of the changes being delivered, else None
        self._db = _Worker("peerglass-db")
        self._net = _Worker("peerglass-net")
        for worker in (self._db, self._net):
            worker.finished_job.connect(self._deliver)
            worker.start()

    def set_error_handler(self, handler: ErrorHandler) -> None:
        self._default_error = handler

    @property
    def pending(self) -> int:
        """Operations queued or running on either lane."""
        return self._pending

    @property
    def network_pending(self) -> int:
        return self._network_pending

    def query(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
              on_error: ErrorHandler | None = None, *, initiator: object | None = None) -> None:
        """Read on the database lane; ``on_done(result)`` runs on the GUI thread."""
        self._submit(self._db, _Job(fn, on_done, on_error, False, initiator))

    def command(self, fn: Callable[[], Changes | tuple[T, Changes] | None], on_done: Callable[[T], None] | None = None,
                on_error: ErrorHandler | None = None, *, initiator: object | None = None) -> None:
        """Change on the database lane: ``fn`` returns ``Changes``, ``(result, Changes)`` or None."""
        self._submit(self._db, _Job(fn, on_done, on_error, True, initiator))

    def network(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
                on_error: ErrorHandler | None = None, *, initiator: object | None = None) -> None:
        """Slow work that never touches the database (it may run while the vault is locked)."""
        self._network_pending += 1
        self._submit(self._net, _Job(fn, on_done, on_error, False, initiator, on_network=True))

    def _submit(self, worker: _Worker, job: _Job[Any]) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        worker.jobs.put(job)

    def _deliver(self, job: _Job[Any]) -> None:
        self._pending -= 1
        if job.on_network:
            self._network_pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.error is not None:
            handler = job.on_error or self._default_error
            if handler is not None:
                handler(job.error)
            return
        result, changes = job.result, None
        if job.is_command:
            if isinstance(result, Changes):
                result, changes = None, result
            elif isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes):
                result, changes = result
        failure: Exception | None = None
        if job.on_done is not None:
            try:
                job.on_done(result)
            except Exception as exc:  # a bug in the callback; the operation itself succeeded
                failure = exc
        if changes:  # the write happened: every screen hears of it, whatever the callback did
            self.initiator = job.initiator
            try:
                self.changes_applied.emit(changes)
            finally:
                self.initiator = None
        if failure is not None:
            self._callback_failed(failure)

    def _callback_failed(self, exc: Exception) -> None:
        """To the runner's error handler, not the job's own (that one means "the operation failed")."""
        log.debug("callback failed: %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
        if self._default_error is None:
            raise exc
        self._default_error(exc)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Finish queued work, then stop both threads (a stuck network job is waited for at most
        ``timeout_ms``)."""
        for worker in (self._db, self._net):
            if worker.isRunning():
                worker.jobs.put(None)
        for worker in (self._db, self._net):
            worker.wait(timeout_ms)
