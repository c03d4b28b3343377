"""The one way to ask before something is deleted for good."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_destructive(parent: QWidget, title: str, text: str, *, action: str = "Delete for good",
                        name: str = "confirm_delete") -> bool:
    """A warning with a destructive button and Cancel; True only if the destructive one was clicked."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen
