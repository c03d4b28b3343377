"""Settings ▸ New recovery key: rekey the vault, show the new recovery key, offer the sheet.

The rekey runs on the database worker (through the task runner), so the
window keeps painting; the passphrase is asked first because it wraps the
new key (and because the result is a secret shown on screen).
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..i18n import noop, tr
from ..widgets.reveal import add_reveal

EXPLANATION = noop(
    "Peerglass will re-encrypt the whole vault with a new master key and give you a new recovery "
    "key. Your passphrase stays the same. Afterwards the old recovery key (and any old recovery "
    "sheet) no longer opens this vault; backups made before keep the old key, so keep the old "
    "sheet with them or make a new backup.")


class RekeyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(520)
        self.documents: object | None = None
        self.pages = QStackedWidget()

        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(QLabel(tr(EXPLANATION), wordWrap=True))
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="rekey_passphrase")
        add_reveal(self.passphrase)
        form.addRow(self.tr("Your passphrase"), self.passphrase)
        ask_layout.addLayout(form)
        self.status = QLabel(objectName="rekey_status", wordWrap=True)
        ask_layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(self.tr("Make a new recovery key"), objectName="rekey_go", enabled=False)
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self._start)
        self.passphrase.textChanged.connect(lambda text: self.go.setEnabled(bool(text)))
        ask_layout.addWidget(self.buttons)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(QLabel(self.tr("The vault now has a new master key. This is your new recovery "
                                             "key; write it down or print the recovery sheet now. It is not "
                                             "shown again unless you ask for the sheet with your passphrase."), wordWrap=True))
        self.key = QLineEdit(readOnly=True, objectName="new_recovery_key")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        done_layout.addWidget(self.key)
        self.note = QLabel(objectName="rekey_note", wordWrap=True)
        done_layout.addWidget(self.note)
        row = QHBoxLayout()
        self.copy = QPushButton(self.tr("Copy"), objectName="copy_recovery_key")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.text()))
        self.sheet = QPushButton(self.tr("Print recovery sheet…"), objectName="rekey_sheet")
        self.sheet.clicked.connect(self.print_sheet)
        close = QPushButton(self.tr("Done"), objectName="rekey_done")
        close.clicked.connect(self.accept)
        row.addWidget(self.copy)
        row.addWidget(self.sheet)
        row.addStretch()
        row.addWidget(close)
        done_layout.addLayout(row)

        self.pages.addWidget(ask)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    @property
    def finished_rekey(self) -> bool:
        return self.pages.currentIndex() == 1

    def _start(self) -> None:
        from app.core.vault.rekey import rekey_practice

        passphrase = self.passphrase.text()
        self.go.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.status.setText(self.tr("Re-encrypting the vault… (the rest of Peerglass waits until this is "
                                    "done)"))
        self.ctx.query(lambda p: rekey_practice(p, passphrase), self._done, self._failed)

    def _done(self, result) -> None:
        self.passphrase.clear()
        self.key.setText(result.recovery_key)
        notes = [self.tr("The old recovery key no longer opens this vault.")]
        if result.keyring_updated:
            notes.append(self.tr("The key remembered on this computer was replaced."))
        elif result.keyring_problem:
            notes.append(self.tr("The remembered key could not be replaced: {0}").format(result.keyring_problem))
        self.note.setText(" ".join(notes))
        self.pages.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        from ..errors import describe

        self.status.setText(describe(exc))
        self.passphrase.setEnabled(True)
        self.go.setEnabled(bool(self.passphrase.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)

    def print_sheet(self) -> None:
        from ..documents import DocumentActions

        actions = DocumentActions(self.ctx, self)
        self.documents = actions
        actions.preview(lambda p: p.recovery_sheet(), self.tr("Recovery sheet"), "vault")

    def done(self, result: int) -> None:  # QDialog API
        self.key.clear()  # the secret leaves the screen with the dialog
        super().done(result)
