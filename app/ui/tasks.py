"""One database worker thread; operations report back through signals.

The Anki ``QueryOp``/``CollectionOp`` idea: the UI never touches the
database on the GUI thread. ``query`` runs a read and hands the result to a
callback; ``command`` runs a change whose ``Changes`` value is emitted once
through ``changes_applied`` so each screen decides whether to refresh.
"""
from __future__ import annotations

import logging
import queue
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.core.services.changes import Changes

log = logging.getLogger("peerglass.tasks")


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    is_command: bool
    lane: str = "db"
    result: Any = None
    error: BaseException | None = None
    done: bool = field(default=False)


class _Worker(QThread):
    finished_job = Signal(object)

    def __init__(self, jobs: "queue.Queue[_Job | None]", name: str = "peerglass-db") -> None:
        super().__init__()
        self._jobs = jobs
        self.setObjectName(name)

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job.result = job.fn()
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
                job.error = exc
                # Type and frames only: a database error's message may quote record content.
                log.debug("operation failed: %s\n%s", type(exc).__name__,
                          "".join(traceback.format_tb(exc.__traceback__)))
            job.done = True
            self.finished_job.emit(job)


class TaskRunner(QObject):
    """Two lanes: database operations one at a time on the database thread, and slow
    non-database work (calendar servers, mail servers) on a network thread, so the
    vault — and locking it — never waits on a server. A network job must not touch
    the vault: it takes plain values in and hands plain values back."""

    changes_applied = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__()
        self._jobs: "queue.Queue[_Job | None]" = queue.Queue()
        self._pending = 0
        self._default_error = on_error
        self._worker = _Worker(self._jobs)
        self._worker.finished_job.connect(self._deliver)
        self._worker.start()
        self._net_jobs: "queue.Queue[_Job | None]" = queue.Queue()
        self._net_worker = _Worker(self._net_jobs, "peerglass-net")
        self._net_worker.finished_job.connect(self._deliver)
        self._net_worker.start()

    def set_error_handler(self, handler: Callable[[BaseException], None]) -> None:
        self._default_error = handler

    @property
    def pending(self) -> int:
        return self._pending

    def query(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
        self._submit(_Job(fn, on_done, on_error, is_command=False))

    def command(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> None:
        """``fn`` returns ``Changes`` or ``(result, Changes)``."""
        self._submit(_Job(fn, on_done, on_error, is_command=True))

    def network(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn`` on the network lane (never the database thread); it must not use the vault."""
        self._net_jobs.put(_Job(fn, on_done, on_error, is_command=False, lane="net"))

    def _submit(self, job: _Job) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)

    def _deliver(self, job: _Job) -> None:
        if job.lane == "db":
            self._pending -= 1
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
        if job.on_done is not None:
            job.on_done(result)
        if changes:
            self.changes_applied.emit(changes)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Finish queued work, then stop the thread."""
        if self._worker.isRunning():
            self._jobs.put(None)
            self._worker.wait(timeout_ms)
        if self._net_worker.isRunning():
            # A hung server ends with its socket timeout (30 s at most).
            self._net_jobs.put(None)
            self._net_worker.wait(timeout_ms)
