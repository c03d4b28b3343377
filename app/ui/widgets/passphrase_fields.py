"""A new-passphrase pair with a live strength hint (NIST rules: length, no composition)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from app.core.vault import passphrase as rules

from .reveal import add_reveal


class NewPassphraseFields(QWidget):
    """Two fields and a hint; ``valid_changed`` tells a dialog when it can go on."""

    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="new_passphrase")
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="repeat_passphrase")
        add_reveal(self.first)
        add_reveal(self.second)
        self.first.setPlaceholderText(self.tr("At least {0} characters; a few unrelated words work well").format(rules.MIN_LENGTH))
        self.meter = QProgressBar(maximum=4, textVisible=False, maximumHeight=6, objectName="passphrase_meter")
        self.hint = QLabel(objectName="passphrase_hint", wordWrap=True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Type it again"), self.second)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._valid = False
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def is_valid(self) -> bool:
        return self._valid

    def _update(self) -> None:
        text = self.first.text()
        score, word = rules.strength(text)
        self.meter.setValue(score)
        self.meter.setProperty("strength", str(score))  # the style sheet colours each strength in the scheme in use
        self.meter.style().polish(self.meter)
        problem = rules.problem(text) if text else self.tr("Use at least {0} characters.").format(rules.MIN_LENGTH)
        if problem:
            message = problem
        elif self.second.text() != text:
            message = self.tr("The two passphrases are not the same yet.")
        else:
            message = self.tr("Strength: {0}. Only you know it: Peerglass cannot recover a forgotten "
                              "passphrase, but the recovery key can.").format(word)
        self.hint.setText(message)
        valid = problem is None and self.second.text() == text
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)
