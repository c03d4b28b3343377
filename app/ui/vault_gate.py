"""The way in and out: the composition root that builds the context, the main window and
the controllers, and runs first run and unlock.

Locking is the ``LockController``'s job, the passphrase and recovery sheet the
``PassphraseController``'s, Ctrl+F the ``SearchOpener``'s (``app/ui/gate/``).
Every database step runs on the database lane through the task runner.

Start-up keeps the core off the GUI thread: this module does not import
``app.core.practice`` (SQLAlchemy's ORM, the models, the services); the
database lane imports it while Qt builds and paints the window
(``app.ui.application.start_gui``), and the unlock and passphrase dialogs are
imported only when they are needed.

A cold start onto Today goes further (``app.core.first_look``): the lane opens
the file by the remembered key with the driver alone and reads Today, the
window is shown with it, and only after that first paint does the lane import
SQLAlchemy and finish the open on the same connection (``Practice.adopt``).
Anything out of the ordinary (no remembered key, wrong key, in use, damaged,
read-only, an old schema, another last page) takes the ordinary path.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from .context import AppContext
from .errors import describe
from .gate.lock_controller import LockController, LockParticipant
from .gate.search_opener import SearchOpener
from .i18n import noop
from .idle import IdleWatcher
from .main_window import MainWindow, PageSpec
from .tasks import TaskRunner
from .warmup import first_look_planned

if TYPE_CHECKING:  # imported on the database lane at start-up, not here
    from app.core.first_look import FirstLook
    from app.core.practice import Credentials, Practice

    from .dialogs.unlock import UnlockDialog
    from .gate.passphrase import PassphraseController

# How long the lane waits for the first look's paint before it imports SQLAlchemy anyway, seconds.
PAINT_WAIT_S = 1.0


def _import_core() -> None:
    import app.core.practice  # noqa: F401


def _first_look(path: Path) -> FirstLook | None:
    """On the database lane: the vault opened by the remembered key and Today read, without SQLAlchemy."""
    from app.core.first_look import first_look

    return first_look(path)


class _PaintWatch(QObject):
    """Sets ``event`` once the first paint of anything in the application is done, then removes itself.

    Not at the paint event itself: the lane starts importing SQLAlchemy when woken, and that import
    holds the interpreter, so it must not begin while the paint is still being handled.
    """

    def __init__(self, event: threading.Event) -> None:
        super().__init__()
        self.event = event
        self._seen = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.event.set)  # after this paint's handling has returned
        return False


def _open_with_keyring(path: Path) -> Practice | None:
    """On the database lane: the core's import (if the warm-up has not finished it) and the keyring open."""
    from app.core.practice import Credentials, Practice

    return Practice.open(path, Credentials(use_keyring=True))


class VaultGate(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, vault_path: Path, kdf=None) -> None:
        super().__init__()
        self._kdf = kdf  # tests pass light parameters; the app never does
        self.runner = TaskRunner()
        self.ctx = AppContext(runner=self.runner, vault_path=Path(vault_path))
        self._editors = None  # SessionEditors, built when a session is first opened
        self._group_windows = None  # GroupWindows (live meetings, profiles), likewise
        self.window = MainWindow(self.ctx, self._pages())
        self.search_opener = SearchOpener(self.ctx, self.open_session, self.window)  # built on first Ctrl+F
        self.window.search_requested.connect(self.search_opener.open)
        self._passphrase: PassphraseController | None = None  # built on first use
        self.locking = LockController(self.ctx, self._lock_participants, self.window, self._locked)
        self.ctx.show_error = self.window.show_error
        self.runner.set_error_handler(self.window.show_error)
        self.window.lock_requested.connect(self.lock)
        self.idle = IdleWatcher(10, self)
        self.idle.idle.connect(self.lock)
        self.ctx.subscribe(self._settings_changed)
        QApplication.instance().installEventFilter(self.idle)
        self._sync_setup()
        self.create_dialog = None  # CreateVaultDialog on first run
        self.unlock_dialog: UnlockDialog | None = None
        # A first look being adopted on the lane (window shown, not yet unlocked), and what it became there.
        self._looking = False
        self._lock_after_look = False
        self._adopted: Practice | None = None
        self._paint_watch: _PaintWatch | None = None

    # ---- calendar sync ------------------------------------------------------------
    def _sync_setup(self) -> None:
        from PySide6.QtWidgets import QMenu

        from .sync_controller import SyncController

        self.sync = SyncController(self.ctx, self)
        self.sync_pending = 0
        self.sync.status_changed.connect(self.window.show_sync_status)
        self.sync.pending_changed.connect(self._sync_pending_changed)
        self.ctx.subscribe(self.sync.on_changes)
        menu = QMenu(self.window)
        menu.addAction(self.tr("Sync now"), lambda: self.sync.sync_now())
        menu.addAction(self.tr("Review changes from the calendar…"), self.review_sync_changes)
        menu.addAction(self.tr("Calendar sync settings…"), self.open_calendar_sync)
        self.window.sync_status.setMenu(menu)

    def _sync_pending_changed(self, count: int) -> None:
        self.sync_pending = count
        today = self.window.built_page("Today")
        if today is not None and hasattr(today, "set_sync_pending"):
            today.set_sync_pending(count)

    def open_calendar_sync(self) -> None:
        from .dialogs.calendar_sync import CalendarSyncDialog

        dialog = CalendarSyncDialog(self.ctx, self.window, sync_now=lambda: self.sync.sync_now())
        dialog.open()

    def review_sync_changes(self) -> None:
        from .dialogs.sync_review import SyncReviewDialog

        dialog = SyncReviewDialog(self.ctx, self.window)
        dialog.resolved.connect(self.sync.refresh_status)
        dialog.open()

    # ---- windows built on first use (their modules stay off the start-up path) ----
    @property
    def passphrase(self) -> PassphraseController:
        """The passphrase and recovery-sheet controller (it imports the core, so not at start-up)."""
        if self._passphrase is None:
            from .gate.passphrase import PassphraseController

            self._passphrase = PassphraseController(self.ctx, self.window, self._kdf)
        return self._passphrase

    @property
    def editors(self):
        if self._editors is None:
            from .controllers.session_windows import SessionEditors

            self._editors = SessionEditors(self.ctx, self.window)
        return self._editors

    @property
    def group_windows(self):
        if self._group_windows is None:
            from .controllers.group_windows import GroupWindows

            self._group_windows = GroupWindows(self.ctx, self.window)
            # A live group meeting is run in front of the group: don't lock in the middle of it.
            self._group_windows.in_progress_changed.connect(self._meeting_running)
        return self._group_windows

    def open_session(self, session_id: int) -> None:
        self.editors.open(session_id)

    def _built_windows(self) -> list:
        return [w for w in (self._editors, self._group_windows) if w is not None]

    @property
    def search(self):
        return self.search_opener.dialog

    def _lock_participants(self) -> list[LockParticipant]:
        """What holds records or unsaved edits: built pages, open windows, the search dialog."""
        return [*self._built_windows(), self.search_opener, self.sync, *self.window.pages]

    def _pages(self) -> list[PageSpec]:
        """Title and factory of each page; a page's module is imported when it is first shown."""
        ctx, open_session = self.ctx, self.open_session

        def today():
            from .pages.today import TodayPage
            page = TodayPage(ctx, open_session, review_sync=self.review_sync_changes)
            page.set_sync_pending(self.sync_pending)
            return page

        def calendar():
            from .pages.calendar import CalendarPage
            return CalendarPage(ctx, open_session)

        def supervisees():
            from .pages.supervisees import SuperviseesPage
            return SuperviseesPage(ctx, open_session, open_self_check=lambda sid: self.group_windows.open_self_check(sid))

        def groups():
            from .pages.groups import GroupsPage
            return GroupsPage(ctx, open_meeting=lambda sid: self.group_windows.open_meeting(sid),
                              open_profile=lambda key: self.group_windows.open_profile(key))

        def reports():
            from .pages.reports import ReportsPage
            return ReportsPage(ctx)

        def settings():
            from .pages.settings import SettingsPage
            return SettingsPage(ctx, self.change_passphrase, self.recovery_sheet,
                                calendar_sync=self.open_calendar_sync)

        # The titles are the pages' names in code too; noop() marks them for the catalogue.
        return [(noop("Today"), today), (noop("Calendar"), calendar), (noop("Supervisees"), supervisees),
                (noop("Groups"), groups), (noop("Reports"), reports), (noop("Settings"), settings)]

    # ---- start ----------------------------------------------------------------
    def start(self) -> None:
        path = self.ctx.vault_path
        if not path.exists():
            self._show_create()
            return
        if first_look_planned(path):
            self.runner.query(lambda: _first_look(path), self._looked, lambda _exc: self._start_ordinary())
            self._build_landing_page()  # on this thread while the lane looks
        else:
            self._start_ordinary()

    def _start_ordinary(self) -> None:
        """Open by the remembered key the ordinary way (it says what is wrong), else the unlock dialog."""
        path = self.ctx.vault_path
        # Two steps on the database lane: the core's import (already under way on the warm-up
        # thread when started by start_gui), then the keyring open. The landing page is built
        # between them, while the lane opens the vault; a failed import shows in the second.
        self.runner.query(_import_core, lambda _none: self._build_landing_page(), lambda _exc: None)
        self.runner.query(lambda: _open_with_keyring(path), self._keyring_result,
                          lambda exc: self._show_unlock(describe(exc)))

    def _build_landing_page(self) -> None:
        """Build (not show, not load) Today while the vault opens, unless a page is already up."""
        if self.window.nav.currentRow() < 0 and not self.ctx.is_open:
            self.window.page("Today")

    # ---- a cold start's first look -------------------------------------------------------
    def _looked(self, look: FirstLook | None) -> None:
        """Show Today as read by the first look, then let the lane finish the open after the paint."""
        if look is None:
            self._start_ordinary()
            return
        self._looking = True
        today = self.window.page("Today")
        self._show_today_page()
        today.show_first_look(look.today)
        painted = threading.Event()
        self._paint_watch = _PaintWatch(painted)
        self.window.show()
        self.window.raise_()

        def adopt() -> Practice:
            painted.wait(PAINT_WAIT_S)  # SQLAlchemy's import holds the interpreter: not before the paint
            from app.core.practice import Practice

            self._adopted = Practice.adopt(look)
            # Set here, on the lane, not in the callback: a query queued during the gap (a menu's, a
            # page's) runs next on this lane and must find the vault open.
            self.ctx.practice = self._adopted
            return self._adopted
        self.runner.query(adopt, self._adopted_look, self._adopt_failed)

    def _adopted_look(self, practice: Practice) -> None:
        self._looking = False
        self._opened(practice)
        if self._lock_after_look:  # Ctrl+L while the open was being finished
            self._lock_after_look = False
            self.lock()

    def _adopt_failed(self, exc: BaseException) -> None:
        """The open could not be finished (the upgrade, a damaged page...): nothing shown stays up."""
        self._looking = self._lock_after_look = False
        self.window.page("Today").clear()
        self.window.hide()
        self._show_unlock(describe(exc))

    def _show_today_page(self) -> None:
        if self.window.nav.currentRow() < 0:
            self.window.nav.blockSignals(True)
            self.window.show_page("Today")
            self.window.nav.blockSignals(False)
            self.window.stack.setCurrentIndex(self.window.nav.currentRow())

    def _keyring_result(self, practice: Practice | None) -> None:
        if practice is None:
            self._show_unlock()
        else:
            self._opened(practice)

    # ---- first run ----------------------------------------------------------------
    def _show_create(self) -> None:
        def create(passphrase: str, on_done: Callable[[str], None], on_error) -> None:
            def run() -> str:
                from app.core.practice import Practice

                practice, key = Practice.create(self.ctx.vault_path, passphrase, kdf=self._kdf)
                self.ctx.practice = practice
                return key
            self.runner.query(run, on_done, on_error)

        from .dialogs.create_vault import CreateVaultDialog

        self.create_dialog = CreateVaultDialog(str(self.ctx.vault_path), create,
                                               save_sheet=lambda _key: self.passphrase.show_sheet(self.create_dialog))
        self.create_dialog.accepted.connect(lambda: self._opened(self.ctx.practice))
        self.create_dialog.rejected.connect(QApplication.instance().quit)
        self.create_dialog.show()

    # ---- unlock -----------------------------------------------------------------
    def _show_unlock(self, message: str = "") -> None:
        from app.core.vault.keyring_slot import keyring_status

        from .dialogs.unlock import UnlockDialog

        def attempt(credentials: Credentials, remember: bool, ok, failed) -> None:
            def run() -> Practice:
                from app.core.practice import Practice

                practice = Practice.open(self.ctx.vault_path, credentials)
                assert practice is not None
                if remember:
                    practice.remember_on_this_computer(True)
                return practice

            def done(practice: Practice) -> None:
                ok()
                self._opened(practice)
            self.runner.query(run, done, failed)

        self.unlock_dialog = UnlockDialog(str(self.ctx.vault_path), keyring_status(), attempt, message)
        self.unlock_dialog.rejected.connect(self._quit_from_unlock)
        self.unlock_dialog.show()

    def _quit_from_unlock(self) -> None:
        if self.ctx.practice is None or not self.ctx.practice.is_open:
            QApplication.instance().quit()

    def _opened(self, practice: Practice | None) -> None:
        if practice is None:
            return
        self.ctx.practice = practice
        self.ctx.run_waiting_writes()  # results of network work that finished while locked
        self.runner.query(lambda: (practice.settings.get().auto_lock_minutes, practice.drafts.all(),
                                   practice.vault.has_passphrase_slot()), self._after_open)
        self._show_today_page()
        self.window.set_unlocked(True)
        self.window.show()
        self.window.raise_()
        self.sync.on_unlocked()
        self.unlocked.emit()

    def _after_open(self, result) -> None:
        minutes, drafts, has_slot = result
        self.idle.set_minutes(minutes)
        self.idle.start()
        for kind, ref, payload in drafts:
            if self.editors.restore_draft(kind, ref, payload) or \
                    self.group_windows.restore_draft(kind, ref, payload):
                continue
            for page in self.window.all_pages():
                if page.restore_draft(kind, ref, payload):
                    self.window.show_page(page.title)
                    break
        if drafts:
            practice = self.ctx.practice

            def discard() -> None:
                for kind, ref, _payload in drafts:
                    practice.drafts.discard(kind, ref)
            self.runner.command(discard)
        if not has_slot:
            self.passphrase.ask_new_passphrase()

    # ---- lock ---------------------------------------------------------------------
    def lock(self) -> None:
        if self._looking:  # the open is being finished on the lane: lock once it is
            self._lock_after_look = True
            return
        if self.ctx.is_open:
            self.idle.stop()
        self.sync.on_locked()  # a sync in flight on the network lane is dropped, never waited for
        self.locking.lock()

    def _locked(self) -> None:
        """After the lock controller locked and cleared every participant."""
        self._close_dialogs()
        self.window.set_unlocked(False)
        self.window.show_sync_status("")
        self.window.save_state()  # hidden, not closed: quitting from the unlock dialog would not save it
        self.window.hide()
        self.locked.emit()
        self._show_unlock()

    def _close_dialogs(self) -> None:
        """Every dialog still open over the window goes with the lock (one from a menu or the status bar
        shows records too, and hiding the window leaves its dialogs on screen); the pages and the editor
        windows have closed their own already."""
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    def _meeting_running(self, running: bool) -> None:
        if running:
            self.idle.stop()
        elif self.ctx.practice is not None and self.ctx.practice.is_open:
            self.idle.start()

    # ---- settings actions ---------------------------------------------------------
    def _settings_changed(self, changes) -> None:
        if changes.settings:
            self.ctx.query(lambda p: p.settings.get().auto_lock_minutes, self.idle.set_minutes)

    def change_passphrase(self) -> None:
        self.passphrase.change_passphrase()

    def recovery_sheet(self) -> None:
        """From Settings: the passphrase again first, since the sheet holds the master key."""
        self.passphrase.recovery_sheet()

    def shutdown(self) -> None:
        self.sync.on_locked()  # no sync starts (or reports) after quitting
        self.locking.lock_on_quit()
        if self._looking:  # quit before the first look's open was finished: lock what the lane opens

            def lock_adopted() -> None:
                if self._adopted is not None and self._adopted.is_open:
                    self._adopted.lock()
            self.runner.query(lock_adopted)
        self.runner.shutdown()
