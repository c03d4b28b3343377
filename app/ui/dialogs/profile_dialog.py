"""The practice profile questionnaire of one group member, versioned by date.

Each save is a new dated version (``practice.profiles.save``); a version is
shared with the member's groups, or not, on its own. "New version" starts
from the newest one, so a member only changes what changed. Print / Export
PDF of the version shown, or of a blank questionnaire.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.i18n import translate
from app.core.services.members import MemberRef
from app.core.services.profiles import PROFILE_FIELDS, ProfileData, ProfileVersion

from ..context import AppContext
from ..i18n import noop, tr
from ..models.session_rows import format_day
from .dated_records import DatedRecordsDialog

LABELS = dict(PROFILE_FIELDS)
NUMBERS = ("years_in_practice", "clients_per_week")
LONG_TEXTS = ("hopes_from_group", "current_challenges", "self_care")
HINTS = {"modalities": noop("Separate with commas, e.g. Gestalt, massage therapy, EMDR"),
         "setting": noop("e.g. Private practice, shared rooms in town"),
         "hopes_from_group": noop("What you would like the group to give you"),
         "current_challenges": noop("What is hard in your practice at the moment"),
         "self_care": noop("How you look after yourself, and what gets in the way")}


def _person_name(p, ref: MemberRef) -> str:
    if ref.supervisee_id is not None:
        return p.supervisees.get(ref.supervisee_id).data.full_name
    return p.groups.contacts.get(ref.contact_id).data.full_name


class ProfileDialog(DatedRecordsDialog):
    """``ProfileDialog(ctx, "supervisee:12")`` or a contact's key; ``group_name`` goes on the PDF."""

    DRAFT_KIND = "profile"
    NOUN = noop("version")
    TITLE = noop("Practice profile")
    SUBTITLE = noop("The questionnaire a member shares with their group. Every save keeps a new dated "
                    "version; earlier versions stay as they were.")
    LIST_TITLE = noop("Versions")
    DATE_LABEL = noop("Filled in on")

    def __init__(self, ctx: AppContext, person_key: str, parent: QWidget | None = None, *,
                 group_name: str = "", draft: dict[str, Any] | None = None) -> None:
        self.member = MemberRef.parse(person_key)
        self.group_name = group_name
        super().__init__(ctx, self.member.key, parent, draft=draft)
        self.setObjectName("profile_dialog")

    # ---- the form ----------------------------------------------------------------------------
    def _build_form(self, box: QVBoxLayout) -> None:
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        grid = QFormLayout()
        grid.setSpacing(8)
        for key, label in PROFILE_FIELDS:
            if key in LONG_TEXTS:
                continue
            edit = QLineEdit(objectName=key, placeholderText=tr(HINTS.get(key, "")))
            if key in NUMBERS:
                edit.setValidator(QIntValidator(0, 999, edit))
                edit.setMaximumWidth(120)
            else:
                edit.setMaxLength(2000 if key == "modalities" else 200)
            edit.textChanged.connect(self._changed)
            self.fields[key] = edit
            grid.addRow(translate("profiles", label), edit)
        box.addLayout(grid)
        for key in LONG_TEXTS:
            title = QLabel(translate("profiles", LABELS[key]), objectName="field_title")
            edit = QPlainTextEdit(objectName=key, placeholderText=tr(HINTS[key]))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            edit.textChanged.connect(self._changed)
            self.fields[key] = edit
            box.addWidget(title)
            box.addWidget(edit)
        self.shared = QCheckBox(self.tr("Shared with the group"), objectName="shared")
        self.shared.setToolTip(self.tr("Members of this person's groups may see this version"))
        self.shared.clicked.connect(self._shared_clicked)
        box.addSpacing(4)
        box.addWidget(self.shared)

    def _query(self, p):
        return _person_name(p, self.member), p.profiles.versions(self.member)

    def _label(self, record: ProfileVersion) -> str:
        shared = "  \u00b7  " + self.tr("shared") if record.data.shared_with_group else ""
        return format_day(record.completed_on, "d MMM yyyy") + shared

    def _record_date(self, record: ProfileVersion) -> date:
        return record.completed_on

    def _show_record(self, record: ProfileVersion | None) -> None:
        newest = record is not None and bool(self.records) and record is self.records[0]
        self.shared.setEnabled(self.editing or newest)  # the group sees a member's newest version
        self.shared.setToolTip(self.tr("Members of this person's groups may see this version") if self.editing or newest
                               else self.tr("Only the newest version is shared with the group"))
        data = record.data if record is not None else ProfileData()
        values = asdict(data)
        values["modalities"] = ", ".join(data.modalities)
        if self.editing:
            values["shared_with_group"] = False  # a new version is shared when the member says so
        self._set_values(values)

    def _set_values(self, values: dict[str, Any]) -> None:
        for key, edit in self.fields.items():
            value = values.get(key)
            text = "" if value is None else str(value)
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
        self.shared.setChecked(bool(values.get("shared_with_group")))

    def _form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                                  for key, edit in self.fields.items()}
        values["shared_with_group"] = self.shared.isChecked()
        return values

    def _set_read_only(self, read_only: bool) -> None:
        for edit in self.fields.values():
            edit.setReadOnly(read_only)

    @staticmethod
    def data_from(values: dict[str, Any]) -> ProfileData:
        def number(key: str) -> int | None:
            text = str(values.get(key) or "").strip()
            return int(text) if text.isdigit() else None
        return ProfileData(
            years_in_practice=number("years_in_practice"), clients_per_week=number("clients_per_week"),
            modalities=tuple(m.strip() for m in str(values.get("modalities", "")).split(",") if m.strip()),
            setting=str(values.get("setting", "")), hopes_from_group=str(values.get("hopes_from_group", "")),
            current_challenges=str(values.get("current_challenges", "")),
            self_care=str(values.get("self_care", "")), shared_with_group=bool(values.get("shared_with_group")))

    # ---- saving, sharing, deleting ---------------------------------------------------------------
    def _save_op(self, values: dict[str, Any], on: date):
        data, member = self.data_from(values), self.member
        return lambda p: p.profiles.save(member, data, on)

    def _delete_op(self, record_id: int):
        return lambda p: p.profiles.delete_version(record_id)

    def _shared_clicked(self, checked: bool) -> None:
        """On a saved version the box shares it at once; on a new one it is part of the form."""
        if self.editing:
            self._changed()
            return
        if self.current is None:
            return
        version_id = self.current.id
        self.ctx.command(lambda p: p.profiles.set_shared(version_id, checked),
                         lambda _: self.reload(select_id=version_id))
        self.status.setText(self.tr("Shared with the group") if checked else self.tr("No longer shared with the group"))

    def set_shared(self, shared: bool) -> None:
        """Share (or stop sharing) the version shown, as the checkbox does."""
        self.shared.setChecked(shared)
        self._shared_clicked(shared)

    # ---- printing -----------------------------------------------------------------------------
    def _document(self, values: dict[str, Any] | None, on: date | None):
        name, group = self.name, self.group_name
        data = self.data_from(values) if values is not None else None

        def make(p):
            from app.core import pdf

            letterhead = p.reports.letterhead()
            if data is None:
                return pdf.QuestionnaireData(letterhead=letterhead, group_name=group, printed_on=date.today())
            return pdf.QuestionnaireData(
                letterhead=letterhead, printed_on=date.today(), member_name=name, group_name=group,
                completed_on=on, years_in_practice=data.years_in_practice, modalities=data.modalities,
                setting=data.setting, clients_per_week=data.clients_per_week,
                hopes_from_group=data.hopes_from_group, current_challenges=data.current_challenges,
                self_care=data.self_care)
        return make

    def _audit_ref(self) -> tuple[str, int | None]:
        if self.member.supervisee_id is not None:
            return "supervisee", self.member.supervisee_id
        return "contact", self.member.contact_id
