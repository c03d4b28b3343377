"""Which sessions of a series a change applies to: this one, this and the
following ones, or all of them (the calendar convention)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..i18n import noop

THIS, FOLLOWING, ALL = "this", "following", "all"

TEXTS = {
    "edit": (noop("Change a recurring session"), noop("This session is part of a series. Change:"), {
        THIS: (noop("This session"), noop("Only this one moves or changes; the others stay as they are.")),
        FOLLOWING: (noop("This and following sessions"),
                    noop("The series splits here; earlier sessions stay as they are.")),
        ALL: (noop("All sessions"), noop("Every coming session of the series changes. Held sessions and "
                                         "sessions with notes are never changed.")),
    }),
    "delete": (noop("Delete a recurring session"), noop("This session is part of a series. Delete:"), {
        THIS: (noop("This session only"), noop("Every other session of the series stays.")),
        FOLLOWING: (noop("This and following sessions"), noop("The series ends before this one. Held "
                                                              "sessions and sessions with notes are kept.")),
        ALL: (noop("All coming sessions"), noop("The series ends today. Past sessions, held ones and "
                                                "sessions with notes are kept.")),
    }),
}


class EditScopeDialog(QDialog):
    """Ask for the scope; ``chosen`` carries "this", "following" or "all".

    Open it with ``open()`` (window-modal, not blocking) and connect ``chosen``.
    """

    chosen = Signal(str)

    def __init__(self, action: str = "edit", parent: QWidget | None = None, *,
                 disabled: dict[str, str] | None = None, warning: str = "", detail: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(f"scope_{action}")
        title, question, options = TEXTS[action]
        self.setWindowTitle(self.tr(title))
        self.scope: str | None = None
        layout = QVBoxLayout(self)
        label = QLabel(self.tr(question), objectName="scope_question")
        layout.addWidget(label)
        if detail:  # what the change is (a drag: where the session goes)
            layout.addWidget(QLabel(detail, objectName="scope_detail", wordWrap=True))
        if warning:
            note = QLabel(warning, objectName="scope_warning", wordWrap=True)
            note.setProperty("role", "field-error")
            layout.addWidget(note)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for scope, (text, description) in options.items():
            button = QCommandLinkButton(self.tr(text), self.tr(description), objectName=f"scope_{scope}")
            reason = (disabled or {}).get(scope)
            if reason:
                button.setEnabled(False)
                button.setDescription(reason)
            button.clicked.connect(lambda _=False, s=scope: self.choose(s))
            self.buttons[scope] = button
            layout.addWidget(button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        first = next((b for b in self.buttons.values() if b.isEnabled()), None)
        if first is not None:
            first.setDefault(True)
            first.setFocus()
        self.setMinimumWidth(440)

    def choose(self, scope: str) -> None:
        if not self.buttons[scope].isEnabled():
            return
        self.scope = scope
        self.accept()
        self.chosen.emit(scope)
