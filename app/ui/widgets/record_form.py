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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class RecordForm(QWidget):
    """``edited`` on any change; ``data()`` reads the widgets, ``load()`` fills them."""

    edited = Signal()

    def __init__(self, saved: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = saved
        self._loading = False
        self.errors: dict[str, QLabel] = {}

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
        error = QLabel(objectName=f"{key}_error", wordWrap=True)
        error.setProperty("role", "field-error")
        # The line is kept while no message is shown, so a message never moves the fields below.
        policy = error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        error.setSizePolicy(policy)
        error.setMinimumHeight(error.fontMetrics().lineSpacing())
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

    def mark_saved(self) -> None:
        self._saved = self.data().cleaned()
        self.edited.emit()

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = problems.get(key, "")
            label.setText(message)
            label.setToolTip(message)
            label.setVisible(bool(message))
