"""First run: choose a passphrase, then store the recovery key and prove it.

The recovery key is shown once; the user types back one group before going
on, so nobody clicks past it without writing it down.
"""
from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.vault import recovery

from ..widgets.passphrase_fields import NewPassphraseFields


class CreateVaultDialog(QDialog):
    """Step 1 asks for the passphrase; ``create`` (given by the caller) makes the
    vault on the worker and calls back with the recovery key for step 2."""

    def __init__(self, vault_label: str, create: Callable[[str, Callable[[str], None],
                                                          Callable[[BaseException], None]], None],
                 save_sheet: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your Peerglass vault"))
        self.setMinimumWidth(560)
        self._create = create
        self._save_sheet = save_sheet
        self.recovery_key = ""
        self.stack = QStackedWidget()
        self.stack.addWidget(self._passphrase_page(vault_label))
        self.stack.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # ---- step 1 -----------------------------------------------------------
    def _passphrase_page(self, vault_label: str) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr("<h2>Welcome to Peerglass</h2>"
                    "<p>Your supervision records are kept in one encrypted vault on this computer. "
                    "Choose a passphrase to open it. Long and memorable beats short and clever.</p>"),
            wordWrap=True)
        where = QLabel(self.tr("Vault: {vault_label}").format(vault_label=vault_label), objectName="vault_location", wordWrap=True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = NewPassphraseFields()
        self.error = QLabel(objectName="error", wordWrap=True)
        self.create_button = QPushButton(self.tr("Create vault"), objectName="create_vault", enabled=False)
        self.create_button.setDefault(True)
        self.fields.valid_changed.connect(self.create_button.setEnabled)
        self.create_button.clicked.connect(self._do_create)
        cancel = QPushButton(self.tr("Quit"), autoDefault=False)  # Enter never quits
        cancel.clicked.connect(self.reject)
        # Enter in the first field moves on; in the second it creates the vault.
        self.fields.first.returnPressed.connect(self.fields.second.setFocus)
        self.fields.second.returnPressed.connect(self._do_create)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        for widget in (intro, where, self.fields, self.error):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _do_create(self) -> None:
        if not self.fields.is_valid():
            return
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))
        self.error.clear()
        self._create(self.fields.passphrase(), self._created, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from ..errors import describe

        self.error.setText(describe(exc))
        self.create_button.setText(self.tr("Create vault"))
        self.create_button.setEnabled(True)

    def _created(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        self.fields.first.clear()
        self.fields.second.clear()
        self.key_label.setText(recovery_key.replace("-", "  "))
        self.confirm_index = random.SystemRandom().randint(1, recovery.GROUPS)
        self.confirm_label.setText(self.tr("To confirm you stored it, type group "
                                           "{0} (of {1}):").format(self.confirm_index, recovery.GROUPS))
        self.stack.setCurrentIndex(1)
        self.confirm_edit.setFocus()

    # ---- step 2 -----------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr("<h2>Your recovery key</h2>"
                    "<p>This key opens the vault if the passphrase is forgotten or the key file is lost. "
                    "Print the recovery sheet or write it down, and keep it somewhere safe — "
                    "for example with the colleague named as custodian in your professional will. "
                    "It is shown only now.</p>"), wordWrap=True)
        self.key_label = QLabel(objectName="recovery_key", wordWrap=True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(15)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.recovery_key))
        row = QHBoxLayout()
        row.addWidget(copy)
        if self._save_sheet is not None:
            sheet = QPushButton(self.tr("Save recovery sheet (PDF)…"), objectName="save_sheet")
            sheet.clicked.connect(lambda: self._save_sheet(self.recovery_key))
            row.addWidget(sheet)
        row.addStretch()
        self.confirm_label = QLabel()
        self.confirm_edit = QLineEdit(objectName="confirm_group", maxLength=7)
        self.confirm_error = QLabel(objectName="error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("I have stored it — continue"))
        ok.setIcon(QIcon())  # some styles draw the standard icon over this longer text
        self.buttons.accepted.connect(self._confirm)
        self.confirm_edit.returnPressed.connect(self._confirm)
        layout = QVBoxLayout(page)
        for widget in (intro, self.key_label):
            layout.addWidget(widget)
        layout.addLayout(row)
        for widget in (self.confirm_label, self.confirm_edit, self.confirm_error):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(self.buttons)
        return page

    def _confirm(self) -> None:
        typed = recovery.normalise(self.confirm_edit.text())
        expected = recovery.group_of(self.recovery_key, self.confirm_index)
        if typed == expected:
            self.accept()
        else:
            self.confirm_error.setText(self.tr("That is not group {0}. Check what you wrote down.").format(self.confirm_index))

    def reject(self) -> None:
        if self.recovery_key:  # the vault exists: it can't be abandoned at this step
            self.confirm_error.setText(self.tr("Please store the recovery key and confirm it before going on."))
            return
        super().reject()
