"""A supervisee's self-check: the reflective questions of DESIGN.md as a dated reflection.

Each save keeps a new dated self-check; earlier ones can be read from the
list. The note is the supervisee's (or supervisor's) own and is not printed:
the self-check PDF has the questions and answers only.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.i18n import translate
from app.core.services.profiles import SELF_CHECK_QUESTIONS, SelfCheckRecord

from ..context import AppContext
from ..i18n import noop
from ..models.session_rows import format_day
from .dated_records import DatedRecordsDialog


class SelfCheckDialog(DatedRecordsDialog):
    """``SelfCheckDialog(ctx, supervisee_id)``."""

    DRAFT_KIND = "self_check"
    NOUN = noop("self-check")
    TITLE = noop("Self-check")
    SUBTITLE = noop("Questions that can show when a therapist would be helped by supervision. Answer in your "
                    "own words; each save keeps a dated self-check to look back on.")
    LIST_TITLE = noop("Earlier self-checks")
    DATE_LABEL = noop("Date")

    def __init__(self, ctx: AppContext, supervisee_id: int, parent: QWidget | None = None, *,
                 draft: dict[str, Any] | None = None) -> None:
        self.supervisee_id = supervisee_id
        super().__init__(ctx, str(supervisee_id), parent, draft=draft)
        self.setObjectName("self_check_dialog")

    def _build_form(self, box: QVBoxLayout) -> None:
        self.answers: dict[str, QPlainTextEdit] = {}
        for number, question in enumerate(SELF_CHECK_QUESTIONS, 1):
            text = translate("profiles", question.text)
            label = QLabel(f"{number}.  {text}", objectName="question", wordWrap=True)
            edit = QPlainTextEdit(objectName=f"answer_{question.key}")
            edit.setPlaceholderText(self.tr("Your answer"))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(76)
            edit.textChanged.connect(self._changed)
            self.answers[question.key] = edit
            box.addSpacing(4)
            box.addWidget(label)
            box.addWidget(edit)
        box.addSpacing(8)
        box.addWidget(QLabel(self.tr("Note \u2014 kept in the vault, not printed"), objectName="field_title"))
        self.note = QPlainTextEdit(objectName="self_check_note")
        self.note.setPlaceholderText(self.tr("Anything to take to supervision"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.note.textChanged.connect(self._changed)
        box.addWidget(self.note)

    def _query(self, p):
        return p.supervisees.get(self.supervisee_id).data.full_name, p.profiles.self_checks(self.supervisee_id)

    def _label(self, record: SelfCheckRecord) -> str:
        answered = sum(1 for v in record.answers.values() if v.strip())
        return f"{format_day(record.completed_on, 'd MMM yyyy')}  \u00b7  " + self.tr("{0} of {1}").format(
            answered, len(SELF_CHECK_QUESTIONS))

    def _record_date(self, record: SelfCheckRecord) -> date:
        return record.completed_on

    def _prefill_from(self) -> None:
        return None  # a self-check starts empty: the point is to answer afresh

    def _show_record(self, record: SelfCheckRecord | None) -> None:
        values: dict[str, Any] = dict(record.answers) if record is not None else {}
        values["note"] = record.note if record is not None else ""
        self._set_values(values)

    def _set_values(self, values: dict[str, Any]) -> None:
        for key, edit in self.answers.items():
            edit.setPlainText(str(values.get(key) or ""))
        self.note.setPlainText(str(values.get("note") or ""))

    def _form_values(self) -> dict[str, Any]:
        return {**{key: edit.toPlainText() for key, edit in self.answers.items()}, "note": self.note.toPlainText()}

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (*self.answers.values(), self.note):
            edit.setReadOnly(read_only)

    def _save_op(self, values: dict[str, Any], on: date):
        sid, note = self.supervisee_id, values.get("note", "")
        answers = {q.key: values.get(q.key, "") for q in SELF_CHECK_QUESTIONS}
        return lambda p: p.profiles.save_self_check(sid, answers, on, note)

    def _delete_op(self, record_id: int):
        return lambda p: p.profiles.delete_self_check(record_id)

    def _document(self, values: dict[str, Any] | None, on: date | None):
        name = self.name
        answers = {q.key: str(values.get(q.key, "")).strip() for q in SELF_CHECK_QUESTIONS} if values else {}
        answers = {k: v for k, v in answers.items() if v}

        def make(p):
            from app.core import pdf

            letterhead = p.reports.letterhead()
            if values is None:
                return pdf.SelfCheckData(letterhead=letterhead, printed_on=date.today())
            return pdf.SelfCheckData(letterhead=letterhead, printed_on=date.today(), name=name, completed_on=on,
                                     answers=answers)
        return make

    def _audit_ref(self) -> tuple[str, int | None]:
        return "supervisee", self.supervisee_id
