"""The supervisee editor form: fields, inline validation, dirty tracking, revert."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
                               QVBoxLayout, QWidget)

from app.core.services.supervisees import LABELS, SuperviseeData, validate

from .optional_date import OptionalDateEdit

DISCIPLINES = ("Counsellor", "Psychotherapist", "Massage therapist", "Nurse", "Social worker",
               "Psychologist", "Art therapist", "Occupational therapist")
_LINES = ("full_name", "preferred_name", "pronouns", "email", "phone", "licence_number", "modality", "setting")


class SuperviseeForm(QWidget):
    """Emits ``edited`` on any change; ``data()`` reads it, ``load()`` fills it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = SuperviseeData()
        self.lines: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in _LINES[:3]:
            self._add_line(form, key)
        self.discipline = QComboBox(editable=True, objectName="discipline")
        self.discipline.addItems(("",) + DISCIPLINES)
        self.discipline.currentTextChanged.connect(self._changed)
        self._add_row(form, "discipline", self.discipline)
        for key in _LINES[3:]:
            self._add_line(form, key)
        self.status = QComboBox(objectName="status")
        for value in ("active", "paused", "ended"):
            self.status.addItem(value.capitalize(), value)
        self.status.currentIndexChanged.connect(self._changed)
        self._add_row(form, "status", self.status)
        self.start_date = OptionalDateEdit()
        self.end_date = OptionalDateEdit()
        for key, widget in (("start_date", self.start_date), ("end_date", self.end_date)):
            widget.changed.connect(self._changed)
            self._add_row(form, key, widget)
        self.goals = QPlainTextEdit(objectName="goals")
        self.goals.setPlaceholderText("What the supervisee wants from supervision")
        self.private_notes = QPlainTextEdit(objectName="private_notes")
        self.private_notes.setPlaceholderText("For you only: never printed or exported")
        for key, widget in (("goals", self.goals), ("private_notes", self.private_notes)):
            widget.setMinimumHeight(90)
            widget.textChanged.connect(self._changed)
            self._add_row(form, key, widget)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._loading = False

    def _add_line(self, form: QFormLayout, key: str) -> None:
        edit = QLineEdit(objectName=key)
        edit.textChanged.connect(self._changed)
        self.lines[key] = edit
        self._add_row(form, key, edit)

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(objectName=f"{key}_error", wordWrap=True)
        error.setProperty("role", "field-error")
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        label = LABELS[key] + (" *" if key == "full_name" else "")
        form.addRow(label, box)

    # ---- values -----------------------------------------------------------
    def data(self) -> SuperviseeData:
        return SuperviseeData(
            **{k: e.text() for k, e in self.lines.items()},
            discipline=self.discipline.currentText(),
            status=self.status.currentData(),
            start_date=self.start_date.value(), end_date=self.end_date.value(),
            goals=self.goals.toPlainText(), private_notes=self.private_notes.toPlainText())

    def load(self, data: SuperviseeData, *, as_saved: SuperviseeData | None = None) -> None:
        """Show ``data``; ``as_saved`` is what Revert goes back to (default: data)."""
        self._loading = True
        for key, edit in self.lines.items():
            edit.setText(getattr(data, key))
        self.discipline.setCurrentText(data.discipline)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.start_date.set_value(data.start_date)
        self.end_date.set_value(data.end_date)
        self.goals.setPlainText(data.goals)
        self.private_notes.setPlainText(data.private_notes)
        self._saved = as_saved if as_saved is not None else data
        self._loading = False
        self.show_problems(validate(data.cleaned()) if as_saved is not None else {})
        self.edited.emit()

    def is_dirty(self) -> bool:
        return self.data().cleaned() != self._saved.cleaned()

    def revert(self) -> None:
        self.load(self._saved)

    def mark_saved(self) -> None:
        self._saved = self.data().cleaned()
        self.edited.emit()

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = problems.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))

    def _changed(self) -> None:
        if self._loading:
            return
        data = self.data().cleaned()
        problems = validate(data)
        # Only complain about a field once the user has typed something there.
        if not data.full_name and not self.lines["full_name"].isModified():
            problems.pop("full_name", None)
        self.show_problems(problems)
        self.edited.emit()

    def problems(self) -> dict[str, str]:
        return validate(self.data().cleaned())
