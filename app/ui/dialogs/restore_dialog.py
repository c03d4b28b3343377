"""File ▸ Restore from backup…: choose a file, confirm, restore on the database lane, unlock again.

Steps, all on the database lane in order: the backup is verified with the
open vault's key (a wrong or damaged file fails here and nothing changes),
then the vault locks the usual way (drafts kept; the daily backup if due),
then ``Practice.restore`` replaces it (the current vault is kept aside by the
core). The unlock dialog that the lock shows opens the restored vault, since
unlocking queues behind the restore.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.vault.backup import SUFFIX
from app.core.vault.errors import VaultError

from ..backup_prefs import load_prefs
from ..context import AppContext
from ..errors import describe
from ..i18n import noop

WARNING = noop("Restoring replaces everything in this vault with the backup's records. Changes made since "
               "that backup are no longer in the vault (the current vault is kept aside, beside it, as "
               "\u201c<vault>.before-restore-<time>\u201d). Peerglass locks first; then unlock the restored vault.")


def _wipe(secret: bytearray) -> None:
    secret[:] = bytes(len(secret))  # overwritten in place, then emptied
    secret.clear()


class RestoreDialog(QDialog):
    progressed = Signal(int, int)  # bytes done, total; emitted from the database lane

    def __init__(self, ctx: AppContext, lock: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._lock = ctx, lock
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(560)
        self.result_text = ""
        self.message: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._checking = False
        self.progressed.connect(self._on_progress)
        self.rejected.connect(self._rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(WARNING), wordWrap=True))
        row = QHBoxLayout()
        self.file = QLineEdit(objectName="restore_file")
        self.file.setPlaceholderText(self.tr("A Peerglass backup (*{suffix})").format(suffix=SUFFIX))
        choose = QPushButton(self.tr("Choose…"), objectName="restore_browse")
        choose.clicked.connect(self._choose)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.status = QLabel(objectName="restore_status", wordWrap=True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.go = QPushButton(self.tr("Restore and lock"), objectName="restore_go")
        self.go.clicked.connect(self.begin)
        close = QPushButton(self.tr("Cancel"), objectName="restore_cancel")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.go)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from"), load_prefs().folder,
                                              self.tr("Peerglass backups (*{suffix});;All files (*)")
                                              .format(suffix=SUFFIX))
        if name:
            self.file.setText(name)

    def begin(self) -> None:
        text = self.file.text().strip()
        if not text or not Path(text).expanduser().is_file():
            self.status.setText(self.tr("Choose a backup file."))
            return
        backup = Path(text).expanduser()
        self.go.setEnabled(False)
        self._checking = True
        self.status.setText(self.tr("Checking the backup…"))
        # The master key outlives the lock (the restore needs it after): a copy that can be wiped, in
        # the closures only (never on the dialog), wiped as soon as the restore has used it or cancelled.
        key = bytearray()

        def check(practice):
            practice.backups.verify(backup)  # with this vault's key: nothing changes if it fails
            key[:] = practice.vault._master_key()
            return practice

        self.ctx.query(check, lambda practice: self._checked(backup, key, practice), self._check_failed)

    def _rejected(self) -> None:
        """Cancel (or a lock): the dialog goes, now or, while the backup is being checked, when that
        check answers (it then starts nothing)."""
        if not self._checking:
            self.deleteLater()

    def _check_over(self) -> bool:
        """True when the dialog was cancelled during the check: it is deleted and goes no further."""
        self._checking = False
        if self.isVisible():
            return False
        self.deleteLater()
        return True

    def _check_failed(self, exc: BaseException) -> None:
        if self._check_over():
            return
        self.go.setEnabled(True)
        self.status.setText(describe(exc))

    def _checked(self, backup: Path, key: bytearray, practice: Any) -> None:
        if self._check_over():
            _wipe(key)
            return
        path = self.ctx.vault_path
        runner = self.ctx.runner
        self.accept()  # hidden, not deleted: it follows the restore and goes once that has answered
        self._lock()  # queues the lock job; the restore below runs after it on the same lane
        self._cancel.clear()
        # Its own window: the main window hides when the vault locks.
        self.progress = QProgressDialog(self.tr("Restoring from the backup…"), self.tr("Stop"), 0, 100,
                                        objectName="restore_progress")
        self.progress.setWindowTitle(self.tr("Restore from backup"))
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.disconnect()  # no auto-hide: Stop asks, the restore answers
        self.progress.canceled.connect(self._stop)
        self.progress.setValue(0)
        self.progress.show()
        progressed, cancel = self.progressed, self._cancel

        def run():
            from app.core.practice import Practice

            try:
                if practice.is_open:
                    raise VaultError("The vault did not lock, so nothing was restored.")
                return Practice.restore(backup, path, key, progress=lambda done, total: progressed.emit(done, total),
                                        cancel=cancel.is_set)
            finally:
                _wipe(key)  # used (or refused): not kept, not even in a failure's traceback

        runner.query(run, self._restored, self._restore_failed)

    def _stop(self) -> None:
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping; nothing will be changed…"))

    def _on_progress(self, done: int, total: int) -> None:
        bar = self.progress
        if bar is None or total <= 0:
            return
        bar.setValue(min(100, done * 100 // total))
        if done >= total and not self._cancel.is_set():  # past this point the swap is not stopped half-way
            bar.setLabelText(self.tr("Checking the restored vault and putting it in place…"))
            bar.setCancelButtonText(self.tr("Stop (too late)"))

    def _finish_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        self._finish_progress()
        self.result_text = text
        self.message = QMessageBox(icon, self.tr("Peerglass"), text, parent=self.parentWidget())
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        self.deleteLater()  # the restore is over; the message is the window's

    def _restored(self, result) -> None:
        kept = (self.tr(" The vault it replaced is kept as {name}.").format(name=result.previous.name)
                if result.previous else "")
        self._show(QMessageBox.Icon.Information,
                   self.tr("Restored from the backup ({commits} commits).{kept} Unlock to open the restored "
                           "vault.").format(commits=result.commits, kept=kept))

    def _restore_failed(self, exc: BaseException) -> None:
        self._show(QMessageBox.Icon.Warning, self.tr("Nothing was restored: {why}").format(why=describe(exc)))
