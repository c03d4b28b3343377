"""A quiet confirmation in the main window's status bar (saves, archives, exports)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

SHOWN_MS = 6000


def main_window(near: QWidget | None = None) -> QMainWindow | None:
    """The main window ``near`` belongs to, or the application's one."""
    top = near.window() if near is not None else None
    if isinstance(top, QMainWindow):
        return top
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.objectName() != "qt_tooltip":
            return widget
    return None


def confirm(near: QWidget | None, text: str) -> bool:
    """Show ``text`` for a few seconds; False if there is no main window to show it in."""
    window = main_window(near)
    if window is None:
        return False
    window.statusBar().showMessage(text, SHOWN_MS)
    return True
