"""Unlock: passphrase or recovery key, and "remember on this computer"."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.practice import Credentials
from app.core.vault.keyring_slot import KeyringStatus

from ..widgets.reveal import add_reveal

Attempt = Callable[[Credentials, bool, Callable[[], None], Callable[[BaseException], None]], None]


class UnlockDialog(QDialog):
    """Asks for a way in; ``attempt`` (from the caller) tries it on the worker."""

    def __init__(self, vault_label: str, keyring: KeyringStatus, attempt: Attempt,
                 message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Peerglass"))
        self.setMinimumWidth(480)
        self._attempt = attempt
        title = QLabel(self.tr("<h2>Peerglass is locked</h2>"))
        where = QLabel(self.tr("Vault: {vault_label}").format(vault_label=vault_label), objectName="vault_location", wordWrap=True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.by_passphrase = QRadioButton(self.tr("Passphrase"), checked=True, objectName="by_passphrase")
        self.by_recovery = QRadioButton(self.tr("Recovery key"), objectName="by_recovery")
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="secret")
        self.reveal = add_reveal(self.secret)
        self.secret.setPlaceholderText(self.tr("Your passphrase"))
        self.remember = QCheckBox(self.tr("Remember on this computer"), objectName="remember")
        self.remember_reason = QLabel(objectName="remember_reason", wordWrap=True)
        if not keyring.available:
            self.remember.setEnabled(False)
            self.remember.setToolTip(keyring.reason)
            self.remember_reason.setText(keyring.reason)
        else:
            self.remember_reason.setText(self.tr("The key is kept in this computer's credential store; "
                                                 "anyone who can log in as you can then open the vault."))
        self.remember_reason.setProperty("muted", True)
        self.error = QLabel(message, objectName="error", wordWrap=True)
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="unlock", default=True)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.reject)
        self.unlock_button.clicked.connect(self._try)
        self.secret.returnPressed.connect(self._try)
        self.by_passphrase.toggled.connect(self._mode_changed)
        modes = QHBoxLayout()
        modes.addWidget(self.by_passphrase)
        modes.addWidget(self.by_recovery)
        modes.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(modes)
        layout.addWidget(self.secret)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_reason)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addLayout(buttons)
        self.secret.setFocus()

    def _mode_changed(self) -> None:
        recovery = self.by_recovery.isChecked()
        self.reveal.setChecked(False)
        self.reveal.setVisible(not recovery)  # a recovery key is typed in view
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("13 groups such as 7K2QH-…") if recovery else self.tr("Your passphrase"))
        self.secret.clear()
        self.error.clear()
        self.secret.setFocus()

    def _try(self) -> None:
        text = self.secret.text()
        if not text:
            self.error.setText(self.tr("Type your passphrase first.") if self.by_passphrase.isChecked()
                               else self.tr("Type the recovery key first."))
            return
        credentials = (Credentials(passphrase=text) if self.by_passphrase.isChecked()
                       else Credentials(recovery_key=text))
        self.unlock_button.setEnabled(False)
        self.unlock_button.setText(self.tr("Unlocking…"))
        self.error.clear()
        self._attempt(credentials, self.remember.isChecked(), self._succeeded, self._failed)

    def _succeeded(self) -> None:
        self.secret.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ..errors import describe

        self.unlock_button.setEnabled(True)
        self.unlock_button.setText(self.tr("Unlock"))
        self.error.setText(describe(exc))
        self.secret.selectAll()
        self.secret.setFocus()
