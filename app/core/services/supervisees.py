"""Supervisees: list, read, validate, create, edit, archive, restore, delete."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from ..i18n import translatable, translate
from ..models import STATUSES, Supervisee, utcnow
from .audit import add_event
from .base import NotFound, Service, ValidationError
from .changes import Changes
from .validation import clean, email_problem, phone_problem, too_long

_TEXT_LIMITS = {
    "full_name": 200, "preferred_name": 200, "pronouns": 64, "email": 320, "phone": 64,
    "discipline": 120, "licence_number": 120, "modality": 200, "setting": 200,
    "goals": 20_000, "private_notes": 100_000,
}
LABELS = {  # field -> its name in a message: translate("validation", LABELS[key])
    "full_name": translatable("validation", "Name"),
    "preferred_name": translatable("validation", "Preferred name"),
    "pronouns": translatable("validation", "Pronouns"),
    "email": translatable("validation", "E-mail"),
    "phone": translatable("validation", "Phone"),
    "discipline": translatable("validation", "Discipline"),
    "licence_number": translatable("validation", "Licence or registration number"),
    "modality": translatable("validation", "Modality"),
    "setting": translatable("validation", "Setting"),
    "start_date": translatable("validation", "Start date"),
    "end_date": translatable("validation", "End date"),
    "status": translatable("validation", "Status"),
    "goals": translatable("validation", "Goals for supervision"),
    "private_notes": translatable("validation", "Private notes"),
}


@dataclass(frozen=True)
class SuperviseeData:
    """The editable fields of a supervisee, as plain values."""

    full_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    email: str = ""
    phone: str = ""
    discipline: str = ""
    licence_number: str = ""
    modality: str = ""
    setting: str = ""
    start_date: date | None = None
    end_date: date | None = None
    status: str = "active"
    goals: str = ""
    private_notes: str = ""

    def cleaned(self) -> SuperviseeData:
        texts: dict[str, Any] = {k: clean(getattr(self, k)) for k in _TEXT_LIMITS}
        return replace(self, **texts)

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        for key in ("start_date", "end_date"):
            out[key] = out[key].isoformat() if out[key] else None
        return out

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> SuperviseeData:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        for key in ("start_date", "end_date"):
            value = values.get(key)
            values[key] = date.fromisoformat(value) if isinstance(value, str) and value else None
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SuperviseeRow:
    """What a list shows: no goals or notes in list queries."""

    id: int
    full_name: str
    preferred_name: str
    discipline: str
    email: str
    status: str
    archived: bool


@dataclass(frozen=True)
class SuperviseeRecord:
    id: int
    data: SuperviseeData
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


def validate(data: SuperviseeData) -> dict[str, str]:
    """Field -> message for everything that can't be saved as it is."""
    problems: dict[str, str] = {}
    if not data.full_name:
        problems["full_name"] = translate("validation", "A name is required.")
    for key, limit in _TEXT_LIMITS.items():
        message = too_long(getattr(data, key), limit, translate("validation", LABELS[key]))
        if message:
            problems.setdefault(key, message)
    if (message := email_problem(data.email)):
        problems["email"] = message
    if (message := phone_problem(data.phone)):
        problems["phone"] = message
    if data.status not in STATUSES:
        problems["status"] = translate("validation", "Status is active, paused or ended.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems["end_date"] = translate("validation", "The end date is before the start date.")
    return problems


def _to_data(row: Supervisee) -> SuperviseeData:
    return SuperviseeData(**{f.name: getattr(row, f.name) for f in fields(SuperviseeData)})


class SuperviseeService(Service):
    def list(self, archived: bool | None = False, search: str = "") -> list[SuperviseeRow]:
        """Active (or archived, or with ``archived=None`` all) supervisees sorted by name; light columns only."""
        query = select(Supervisee.id, Supervisee.full_name, Supervisee.preferred_name,
                       Supervisee.discipline, Supervisee.email, Supervisee.status,
                       Supervisee.archived_at)
        if archived is not None:
            query = query.where(Supervisee.archived_at.is_not(None) if archived
                                else Supervisee.archived_at.is_(None))
        if search:
            like = f"%{clean(search)}%"
            query = query.where(Supervisee.full_name.ilike(like) | Supervisee.preferred_name.ilike(like))
        query = query.order_by(func.lower(Supervisee.full_name))
        with self.session() as s:
            return [SuperviseeRow(r.id, r.full_name, r.preferred_name, r.discipline, r.email,
                                  r.status, r.archived_at is not None) for r in s.execute(query)]

    def count(self) -> int:
        with self.session() as s:
            return s.scalar(select(func.count(Supervisee.id))) or 0

    def get(self, supervisee_id: int) -> SuperviseeRecord:
        with self.session() as s:
            row = s.get(Supervisee, supervisee_id)
            if row is None:
                raise NotFound(translate("errors", "Supervisee"), supervisee_id)
            return SuperviseeRecord(row.id, _to_data(row), row.archived_at, row.created_at, row.updated_at)

    def create(self, data: SuperviseeData) -> tuple[int, Changes]:
        data = data.cleaned()
        problems = validate(data)
        if problems:
            raise ValidationError(problems)
        with self.transaction() as s:
            row = Supervisee(**asdict(data))
            s.add(row)
            s.flush()
            new_id = row.id
        return new_id, Changes(supervisees=True)

    def update(self, supervisee_id: int, data: SuperviseeData) -> Changes:
        data = data.cleaned()
        problems = validate(data)
        if problems:
            raise ValidationError(problems)
        with self.transaction() as s:
            row = s.get(Supervisee, supervisee_id)
            if row is None:
                raise NotFound(translate("errors", "Supervisee"), supervisee_id)
            for key, value in asdict(data).items():
                setattr(row, key, value)
        return Changes(supervisees=True)

    def archive(self, supervisee_id: int) -> Changes:
        return self._set_archived(supervisee_id, utcnow())

    def restore(self, supervisee_id: int) -> Changes:
        return self._set_archived(supervisee_id, None)

    def _set_archived(self, supervisee_id: int, when: datetime | None) -> Changes:
        with self.transaction() as s:
            row = s.get(Supervisee, supervisee_id)
            if row is None:
                raise NotFound(translate("errors", "Supervisee"), supervisee_id)
            row.archived_at = when
        return Changes(supervisees=True)

    def delete(self, supervisee_id: int) -> Changes:
        """Delete for good; recorded in the audit log (by id, never by name)."""
        with self.transaction() as s:
            row = s.get(Supervisee, supervisee_id)
            if row is None:
                raise NotFound(translate("errors", "Supervisee"), supervisee_id)
            s.delete(row)
            add_event(s, "delete", "supervisee", supervisee_id, "supervisee record deleted")
        return Changes(supervisees=True, audit=True)
