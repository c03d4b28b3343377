"""File ▸ Restore from backup…: choose a file, confirm, restore on the database lane, unlock again.

Steps, all on the database lane in order: the backup is verified with the
open vault's key (a wrong or damaged file fails here and nothing changes),
then the vault locks the usual way (drafts kept; the daily backup if due),
then ``Practice.restore`` replaces it (the current vault is kept aside by the
core). The unlock dialog that the lock shows opens the restored vault, since
unlocking queues behind the restore.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.core.vault.backup import SUFFIX
from app.core.vault.errors import VaultError

from ..backup_prefs import load_prefs
from ..context import AppContext
from ..errors import describe

WARNING = ("Restoring replaces everything in this vault with the backup's records. Changes made since "
           "that backup are no longer in the vault (the current vault is kept aside, beside it, as "
           "\u201c<vault>.before-restore-<time>\u201d). Peerglass locks first; then unlock the restored vault.")


class RestoreDialog(QDialog):
    def __init__(self, ctx: AppContext, lock: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._lock = ctx, lock
        self.setWindowTitle("Restore from backup")
        self.setMinimumWidth(560)
        self.result_text = ""
        self.message: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(WARNING, wordWrap=True))
        row = QHBoxLayout()
        self.file = QLineEdit(objectName="restore_file")
        self.file.setPlaceholderText(f"A Peerglass backup (*{SUFFIX})")
        choose = QPushButton("Choose…", objectName="restore_browse")
        choose.clicked.connect(self._choose)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.status = QLabel(objectName="restore_status", wordWrap=True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.go = QPushButton("Restore and lock", objectName="restore_go")
        self.go.clicked.connect(self.begin)
        close = QPushButton("Cancel", objectName="restore_cancel")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.go)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Restore from", load_prefs().folder,
                                              f"Peerglass backups (*{SUFFIX});;All files (*)")
        if name:
            self.file.setText(name)

    def begin(self) -> None:
        text = self.file.text().strip()
        if not text or not Path(text).expanduser().is_file():
            self.status.setText("Choose a backup file.")
            return
        backup = Path(text).expanduser()
        self.go.setEnabled(False)
        self.status.setText("Checking the backup…")
        held: dict[str, Any] = {}

        def check(practice):  # type: ignore[no-untyped-def]
            rows = practice.backups.verify(backup)  # with this vault's key: nothing changes if it fails
            held["key"], held["practice"] = bytes(practice.vault._master_key()), practice
            return rows

        self.ctx.query(check, lambda _rows: self._checked(backup, held), self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.status.setText(describe(exc))

    def _checked(self, backup: Path, held: dict[str, Any]) -> None:
        path = self.ctx.vault_path
        runner = self.ctx.runner
        self.accept()
        self._lock()  # queues the lock job; the restore below runs after it on the same lane

        def run():  # type: ignore[no-untyped-def]
            from app.core.practice import Practice

            key, practice = held.pop("key"), held.pop("practice")
            if practice.is_open:
                raise VaultError("The vault did not lock, so nothing was restored.")
            return Practice.restore(backup, path, key)

        runner.query(run, self._restored, self._restore_failed)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        self.result_text = text
        self.message = QMessageBox(icon, "Peerglass", text, parent=self.parentWidget())
        self.message.open()

    def _restored(self, result) -> None:  # type: ignore[no-untyped-def]
        kept = f" The vault it replaced is kept as {result.previous.name}." if result.previous else ""
        self._show(QMessageBox.Icon.Information,
                   f"Restored from the backup ({result.commits} commits).{kept} Unlock to open the restored "
                   "vault.")

    def _restore_failed(self, exc: BaseException) -> None:
        self._show(QMessageBox.Icon.Warning, f"Nothing was restored: {describe(exc)}")
