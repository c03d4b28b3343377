"""File ▸ Back up now…: one verified backup file, made on the database lane.

The backup runs through the task runner (the window keeps painting); the
core's progress callback emits a Qt signal (delivered on the GUI thread) and
its cancel callback reads a flag the Cancel button sets. On cancel or failure
the core leaves no file behind; the dialog shows the core's one-line message.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes
from app.core.vault.backup import SUFFIX, BackupResult
from app.core.vault.errors import OperationCancelled

from ..backup_prefs import default_backup_file
from ..context import AppContext
from ..errors import describe


class BackupDialog(QDialog):
    progressed = Signal(int, int)  # done, total (pages); emitted from the database lane

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, dest: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Back up now"))
        self.setMinimumWidth(560)
        self.running = False
        self.result: BackupResult | None = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One encrypted file with every record. Your passphrase or your "
                                        "recovery key opens it. Peerglass checks the file before saying it "
                                        "is done."), wordWrap=True))
        row = QHBoxLayout()
        self.file = QLineEdit(str(dest or default_backup_file()), objectName="backup_file")
        self.browse = QPushButton(self.tr("Choose…"), objectName="backup_browse")
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.bar = QProgressBar(objectName="backup_progress", minimum=0, maximum=100, value=0)
        layout.addWidget(self.bar)
        self.status = QLabel(objectName="backup_status", wordWrap=True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.start = QPushButton(self.tr("Back up"), objectName="backup_start", default=True)
        self.start.clicked.connect(self.begin)
        self.cancel_button = QPushButton(self.tr("Close"), objectName="backup_cancel")
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progressed.connect(self._progress)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), self.file.text(),
                                              self.tr("Peerglass backups (*{SUFFIX})").format(SUFFIX=SUFFIX))
        if name:
            self.file.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def begin(self) -> None:
        text = self.file.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to put the backup file."))
            return
        dest = Path(text).expanduser()
        if dest.exists():
            self.status.setText(self.tr("A file of that name is already there; choose another name."))
            return
        self.running, self.result, self.error = True, None, None
        self._cancel.clear()
        self.bar.setValue(0)
        self.status.setText(self.tr("Backing up…"))
        for widget in (self.file, self.browse, self.start):
            widget.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        cancel, emit = self._cancel.is_set, self.progressed.emit

        def run(practice):
            return practice.backups.back_up(dest, progress=emit, cancel=cancel), Changes(audit=True)

        self.ctx.command(run, self._done, self._failed)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setValue(min(100, int(done * 100 / total)))

    def _done(self, result: BackupResult) -> None:
        self._finish()
        self.result = result
        self.bar.setValue(100)
        self.status.setText(self.tr("Backed up and verified: {0}, {1:.1f} MB").format(result.path, result.size / 1_000_000))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.error = exc
        self.bar.setValue(0)
        self.status.setText(self.tr("Backup cancelled; no file was left.") if isinstance(exc, OperationCancelled)
                            else describe(exc))

    def _finish(self) -> None:
        self.running = False
        for widget in (self.file, self.browse, self.start):
            widget.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _cancel_or_close(self) -> None:
        if self.running:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.accept()

    def reject(self) -> None:  # Esc or the window's close button
        if self.running:
            self._cancel_or_close()
            return
        super().reject()
