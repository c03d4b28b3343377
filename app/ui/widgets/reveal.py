"""A "show" toggle inside a passphrase or password field: the eye at the field's end, or Alt+F8
(as in Windows' own password boxes) while the field has the focus. Shown text is hidden again when
the field loses the focus, so a passphrase is never left on screen by accident."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit

from ..i18n import tr

__all__ = ["add_reveal"]

_ICONS = Path(__file__).resolve().parents[3] / "resources" / "icons"
SHORTCUT = "Alt+F8"


class _Reveal(QObject):
    def __init__(self, edit: QLineEdit, what: str) -> None:
        super().__init__(edit)
        self.edit, self.what = edit, what
        self.action = QAction(edit, objectName=f"{edit.objectName() or 'field'}_reveal", checkable=True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action.toggled.connect(self._show)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        edit.installEventFilter(self)
        self._show(False)

    def _show(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.action.setIcon(QIcon(str(_ICONS / ("conceal.svg" if shown else "reveal.svg"))))
        text = (tr("Hide {0} ({1})", "reveal") if shown else tr("Show {0} ({1})", "reveal")).format(self.what, SHORTCUT)
        self.action.setText(text)
        self.action.setToolTip(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.action.isChecked():
            self.action.setChecked(False)
        return False


def add_reveal(edit: QLineEdit, what: str | None = None) -> QAction:
    """Give ``edit`` (a password field) its show/hide toggle; returns the checkable action."""
    return _Reveal(edit, what or tr("passphrase", "reveal")).action
