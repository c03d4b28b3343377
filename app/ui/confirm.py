"""The one way to ask before something is deleted for good."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .i18n import tr


def confirm_destructive(parent: QWidget, title: str, text: str, *, action: str | None = None,
                        name: str = "confirm_delete") -> bool:
    """A warning with a destructive button (default "Delete for good") and Cancel; True only if the
    destructive one was clicked. ``title``, ``text`` and ``action`` come translated."""
    if action is None:
        action = tr("Delete for good", "confirm")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen
