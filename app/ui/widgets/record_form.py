"""What every record form shares: dirty tracking against the saved values, revert,
load without echo, and validation messages under their fields.

A subclass builds its widgets, wraps each in :meth:`RecordForm._field_box` (the
field with room for its message), and implements ``data()``, ``_fill()`` and
``problems()``; it is then an ``EditorForm`` for a ``RecordEditorPage``.

A message never pushes the fields below it down under the pointer: each field
keeps one line for its message whether or not one is shown.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class FieldMessage(QLabel):
    """A field's message on one line of its own: the line is there whether or not a message is
    shown, and a message too long for it ends in "…" (the whole of it is the tooltip)."""

    def __init__(self, key: str) -> None:
        super().__init__(objectName=f"{key}_error")
        self.setProperty("role", "field-error")
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self._line())

    def _line(self) -> int:
        return self.fontMetrics().height() + 2

    def sizeHint(self) -> QSize:
        return QSize(40, self._line())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._line())

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)
        if self.height() != self._line():
            self.setFixedHeight(self._line())  # a larger text size keeps one whole line

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.style().drawItemText(painter, self.rect(), align, self.palette(), self.isEnabled(), text,
                                  self.foregroundRole())


class RecordForm(QWidget):
    """``edited`` on any change; ``data()`` reads the widgets, ``load()`` fills them."""

    edited = Signal()

    def __init__(self, saved: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = saved
        self._loading = False
        self.errors: dict[str, FieldMessage] = {}

    # ---- for subclasses --------------------------------------------------------------
    def data(self) -> Any:
        raise NotImplementedError

    def _fill(self, data: Any) -> None:
        """Put ``data`` into the widgets (signals are ignored meanwhile)."""
        raise NotImplementedError

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def _loaded(self, data: Any, as_saved: Any | None) -> None:
        """After ``load``: which messages to show straight away (none by default)."""
        self.show_problems({})

    def _field_box(self, key: str, field: QWidget | QHBoxLayout) -> QWidget:
        """``field`` above the line its message goes in."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        error = FieldMessage(key)  # keeps its line while empty: a message never moves the fields below
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        return box

    # ---- the EditorForm protocol ------------------------------------------------------
    def load(self, data: Any, *, as_saved: Any | None = None) -> None:
        """Show ``data``; ``as_saved`` is what Revert goes back to (default: data)."""
        self._loading = True
        self._saved = as_saved if as_saved is not None else data
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._loaded(data, as_saved)
        self.edited.emit()

    def saved_data(self) -> Any:
        """What Revert goes back to: the record as last loaded or saved."""
        return self._saved

    def is_dirty(self) -> bool:
        return bool(self.data().cleaned() != self._saved.cleaned())

    def revert(self) -> None:
        self.load(self._saved)

    def mark_saved(self, data: Any | None = None) -> None:
        """``data`` (default: what the form holds) is now the saved record."""
        self._saved = (self.data() if data is None else data).cleaned()
        self.edited.emit()

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = problems.get(key, "")
            label.setText(message)
            label.setToolTip(message)
            label.setVisible(bool(message))
