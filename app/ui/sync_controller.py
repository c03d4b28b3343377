"""Runs calendar syncs: at unlock, every N minutes while unlocked, and on demand.

A run alternates lanes: the vault steps (prepare, reconcile, record) on the
database lane, the server steps (find the calendar and read its changes,
write) on the network lane, so neither the UI nor locking ever waits on a
server. A background run reports into the status line only; a run the
supervisor asked for also shows its error.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.errors import describe
from app.core.services.changes import Changes

from .context import AppContext
from .drafts import Draft
from .i18n import tr

_CONTEXT = "SyncController"


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return tr("Not synced yet", _CONTEXT)
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return tr("Synced just now", _CONTEXT)
    if minutes < 60:
        return tr("Synced {minutes} min ago", _CONTEXT).format(minutes=minutes)
    hours = minutes // 60
    if hours < 48:
        return tr("Synced {hours} h ago", _CONTEXT).format(hours=hours)
    return tr("Synced {date}", _CONTEXT).format(date=f"{moment:%d %b %Y}")


class SyncController(QObject):
    """``status_changed(text)`` for the status line; ``pending_changed(n)`` for Today."""

    status_changed = Signal(str)
    pending_changed = Signal(int)
    finished = Signal(bool)  # True when the run succeeded
    START_DELAY_MS = 1000

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 remote_factory: Callable[[Any, str], Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._remote_factory = remote_factory or _default_remote
        self._timer = QTimer(self, interval=15 * 60 * 1000)
        self._timer.timeout.connect(lambda: self.sync_now(interactive=False))
        self._running = False
        self._generation = 0  # bumped at lock: a run from before is dropped quietly
        self.last_error = ""
        self._account: Any = None  # the account the timer and runs were set up with, since the unlock

    @property
    def running(self) -> bool:
        return self._running

    # ---- the vault's life -----------------------------------------------------
    def on_unlocked(self) -> None:
        """Start a little after the unlock: the window and Today come first (the sync service's
        first use imports the sync package on the database lane, ~0.1 s a cold start would wait on)."""
        generation = self._generation
        QTimer.singleShot(self.START_DELAY_MS, self, lambda: self._start(generation))

    def _start(self, generation: int) -> None:
        if generation == self._generation:  # no lock came in between
            self.ctx.query(lambda p: p.sync.account(), self._account_loaded, lambda exc: None)

    def _account_loaded(self, account: Any) -> None:
        self._account = account
        self._timer.stop()
        self.refresh_status()
        if not account.enabled or not account.server_url:
            return
        if account.interval_minutes > 0:
            self._timer.setInterval(account.interval_minutes * 60 * 1000)
            self._timer.start()
        self.sync_now(interactive=False)

    def on_locked(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._running = False
        self._account = None

    # A lock participant: nothing unsaved to keep; a lock drops a run in flight.
    def drafts(self) -> list[Draft]:
        return []

    def clear(self) -> None:
        self.on_locked()

    def on_changes(self, changes: Changes) -> None:
        """A settings save restarts sync only when the account changed (new interval, new server, turned
        on or off); a new name or auto-lock time leaves the runs and their timer alone."""
        if changes.settings:
            generation = self._generation
            self.ctx.query(lambda p: p.sync.account(),
                           lambda account: self._account_saved(generation, account), lambda exc: None)

    def _account_saved(self, generation: int, account: Any) -> None:
        if generation == self._generation and account != self._account:
            self._account_loaded(account)

    def refresh_status(self) -> None:
        self.ctx.query(lambda p: p.sync.status(), self._show_status, lambda exc: None)

    def _show_status(self, status: tuple[datetime | None, str, int]) -> None:
        when, _summary, waiting = status
        text = _ago(when, datetime.now(UTC))
        if waiting:
            text += self.tr(" · %n change(s) to review", "", waiting)
        if self.last_error:
            text += self.tr(" · last try failed")
        self.status_changed.emit(text)
        self.pending_changed.emit(waiting)

    # ---- one run --------------------------------------------------------------
    def sync_now(self, *, interactive: bool = True) -> None:
        if self._running:
            return
        self._running = True
        generation = self._generation
        self.status_changed.emit(self.tr("Syncing…"))

        def alive() -> bool:
            return generation == self._generation

        def failed(exc: BaseException) -> None:
            if not alive():
                return
            self._running = False
            self.last_error = describe(exc)
            self.refresh_status()
            if interactive:
                self.ctx.show_error(exc)
            self.finished.emit(False)

        def prepared(result: tuple[Any, Any]) -> None:
            if not alive():
                return
            plan, account = result
            self.ctx.network(lambda: self._fetch(account, plan), fetched, failed)

        def fetched(result: tuple[Any, Any]) -> None:
            if not alive():
                return
            remote, got = result
            self.ctx.command(lambda p: (p.sync.reconcile(plan_of[0], got), Changes(sessions=False)),
                             lambda ops: planned(remote, ops), failed)

        plan_of: list[Any] = []

        def planned(remote: Any, ops: Any) -> None:
            if not alive():
                return
            from app.core.sync.service import write

            plan = plan_of[0]
            self.ctx.network(lambda: write(remote, ops, plan.report), wrote, failed)

        def wrote(written: Any) -> None:
            if not alive():
                return
            plan = plan_of[0]

            def record(p: Any) -> tuple[Any, Changes]:
                report = p.sync.record(plan, written.outcomes, failed=written.error is not None)
                return report, Changes(sessions=bool(report.pulled), audit=True)

            self.ctx.command(record, lambda report: done(report, written.error), failed)

        def done(report: Any, error: Any) -> None:
            if not alive():
                return
            if error is not None:
                failed(error)
                return
            self._running = False
            self.last_error = ""
            self.refresh_status()
            self.finished.emit(True)

        def prepare(p: Any) -> tuple[Any, Any]:
            plan = p.sync.prepare()
            plan_of.append(plan)
            return plan, p.sync.account()

        self.ctx.query(prepare, prepared, failed)

    def _fetch(self, account: Any, plan: Any) -> tuple[Any, Any]:
        """Network lane: the password from the keyring, the server, its changes."""
        from app.core.sync.password import load_password
        from app.core.sync.service import fetch

        password = load_password(account.server_url, account.username) or ""
        remote = self._remote_factory(account, password)
        return remote, fetch(remote, plan)


def _default_remote(account: Any, password: str) -> Any:
    from app.core.sync import Remote

    return Remote(account.server_url, account.username, password)
