"""The supervisee editor form: fields, inline validation, dirty tracking, revert."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.services.supervisees import LABELS, SuperviseeData, validate

from ..i18n import noop
from ..models.supervisee_table import STATUSES
from .optional_date import OptionalDateEdit
from .record_form import RecordForm

DISCIPLINES = (noop("Counsellor"), noop("Psychotherapist"), noop("Massage therapist"), noop("Nurse"),
               noop("Social worker"), noop("Psychologist"), noop("Art therapist"),
               noop("Occupational therapist"))
_LINES = ("full_name", "preferred_name", "pronouns", "email", "phone", "licence_number", "modality", "setting")
# The core's field names, for the catalogue (the core has no Qt, so it cannot translate them).
_LABELS = (noop("Name"), noop("Preferred name"), noop("Pronouns"), noop("E-mail"), noop("Phone"),
           noop("Discipline"), noop("Licence or registration number"), noop("Modality"), noop("Setting"),
           noop("Start date"), noop("End date"), noop("Status"), noop("Goals for supervision"),
           noop("Private notes"))


class SuperviseeForm(RecordForm):
    """Emits ``edited`` on any change; ``data()`` reads it, ``load()`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SuperviseeData(), parent)
        self.lines: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in _LINES[:3]:
            self._add_line(form, key)
        self.discipline = QComboBox(editable=True, objectName="discipline")
        self.discipline.addItem("")
        for discipline in DISCIPLINES:
            self.discipline.addItem(self.tr(discipline), discipline)  # shown translated, stored in English
        self.discipline.currentTextChanged.connect(self._changed)
        self._add_row(form, "discipline", self.discipline)
        for key in _LINES[3:]:
            self._add_line(form, key)
        self.status = QComboBox(objectName="status")
        for value, label in STATUSES:
            self.status.addItem(self.tr(label), value)
        self.status.currentIndexChanged.connect(self._changed)
        # An archived supervisee says so beside the status it had (restore to make it current again).
        self.archived_tag = QLabel(self.tr("Archived"), objectName="archived_tag")
        self.archived_tag.setProperty("muted", True)
        self.archived_tag.setToolTip(self.tr("Archived: hidden from the active list. Restore to bring it back."))
        self.archived_tag.hide()
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.archived_tag)
        self._add_row(form, "status", status_row)
        self.start_date = OptionalDateEdit()
        self.end_date = OptionalDateEdit()
        for key, widget in (("start_date", self.start_date), ("end_date", self.end_date)):
            widget.changed.connect(self._changed)
            self._add_row(form, key, widget)
        self.goals = QPlainTextEdit(objectName="goals")
        self.goals.setPlaceholderText(self.tr("What the supervisee wants from supervision"))
        self.private_notes = QPlainTextEdit(objectName="private_notes")
        self.private_notes.setPlaceholderText(self.tr("For you only: never printed or exported"))
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

    def _add_line(self, form: QFormLayout, key: str) -> None:
        edit = QLineEdit(objectName=key)
        edit.textChanged.connect(self._changed)
        self.lines[key] = edit
        self._add_row(form, key, edit)

    def _add_row(self, form: QFormLayout, key: str, field: QWidget | QHBoxLayout) -> None:
        label = self.tr(LABELS[key]) + (" *" if key == "full_name" else "")
        form.addRow(label, self._field_box(key, field))

    def set_archived(self, archived: bool) -> None:
        """Show that the record is archived (its status is then "Archived", not what it was)."""
        self.archived_tag.setVisible(archived)
        self.status.setToolTip(self.tr("Archived; this was its status before.") if archived else "")

    def is_archived_shown(self) -> bool:
        return not self.archived_tag.isHidden()

    # ---- values -----------------------------------------------------------
    def data(self) -> SuperviseeData:
        return SuperviseeData(
            **{k: e.text() for k, e in self.lines.items()},
            discipline=self._discipline(),
            status=self.status.currentData(),
            start_date=self.start_date.value(), end_date=self.end_date.value(),
            goals=self.goals.toPlainText(), private_notes=self.private_notes.toPlainText())

    def _discipline(self) -> str:
        """The stored (English) name of a listed discipline, or what was typed.

        A listed one is known by its item's data, not by comparing with a translation made now: the
        catalogue in use may not be the one the list was filled under."""
        text = self.discipline.currentText()
        index = self.discipline.findText(text)  # the text of one of the list's own items
        stored = self.discipline.itemData(index) if index > 0 else None
        return stored if isinstance(stored, str) else text

    def _fill(self, data: SuperviseeData) -> None:
        for key, edit in self.lines.items():
            edit.setText(getattr(data, key))
        listed = self.discipline.findData(data.discipline) if data.discipline else -1
        if listed > 0:
            self.discipline.setCurrentIndex(listed)
        else:
            self.discipline.setCurrentText(data.discipline)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.start_date.set_value(data.start_date)
        self.end_date.set_value(data.end_date)
        self.goals.setPlainText(data.goals)
        self.private_notes.setPlainText(data.private_notes)

    def _loaded(self, data: SuperviseeData, as_saved: SuperviseeData | None) -> None:
        self.show_problems(validate(data.cleaned()) if as_saved is not None else {})

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
