"""Windows and dialogs sized to the screen they open on, never larger."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window frame and title bar the window manager adds.
FRAME_ALLOWANCE = QSize(16, 48)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The free area (no panels or docks) of the widget's screen, or the primary one."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_size(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """``wanted`` shrunk to what fits the available screen with its frame."""
    room = available_geometry(widget).size() - FRAME_ALLOWANCE
    return QSize(max(200, min(wanted.width(), room.width())), max(200, min(wanted.height(), room.height())))


def resize_to_fit(widget: QWidget, width: int, height: int) -> QSize:
    """Resize to width×height, or as much of it as the screen allows; returns the size."""
    size = fit_size(QSize(width, height), widget)
    widget.resize(size)
    return size
