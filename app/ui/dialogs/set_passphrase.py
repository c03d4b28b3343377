"""Change the passphrase (current + new), or set one after a recovery-key unlock."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..widgets.passphrase_fields import NewPassphraseFields
from ..widgets.reveal import add_reveal


class SetPassphraseDialog(QDialog):
    """``apply(current_or_None, new, on_done, on_error)`` runs the change on the worker."""

    def __init__(self, apply: Callable[[str | None, str, Callable[[object], None],
                                        Callable[[BaseException], None]], None],
                 need_current: bool = True, explanation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase") if need_current else self.tr("Set a new passphrase"))
        self.setMinimumWidth(480)
        self._apply = apply
        layout = QVBoxLayout(self)
        if explanation:
            layout.addWidget(QLabel(explanation, wordWrap=True))
        self.current: QLineEdit | None = None
        if need_current:
            form = QFormLayout()
            self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="current_passphrase")
            add_reveal(self.current)
            form.addRow(self.tr("Current passphrase"), self.current)
            layout.addLayout(form)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        layout.addWidget(QLabel(self.tr("Only the key file beside the vault is rewritten; your records are "
                                        "untouched."),
                                wordWrap=True))
        self.error = QLabel(objectName="error", wordWrap=True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.fields.valid_changed.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _go(self) -> None:
        if not self.fields.is_valid():
            return
        self.ok.setEnabled(False)
        current = self.current.text() if self.current is not None else None
        self._apply(current, self.fields.passphrase(), lambda _: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        from ..errors import describe

        self.error.setText(describe(exc))
        self.ok.setEnabled(True)
