"""Outside colleagues kept as contacts: group members who are not supervisees."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import Contact, GroupMembership, utcnow
from ..audit import add_event
from ..base import NotFound, Service, ValidationError
from ..changes import Changes
from ..validation import clean, email_problem, phone_problem, too_long
from .attendance import sync_expected


@dataclass(frozen=True)
class ContactData:
    full_name: str = ""
    email: str = ""
    discipline: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactRecord:
    id: int
    data: ContactData
    archived: bool


_CONTACT_LIMITS = {"full_name": 200, "email": 320, "discipline": 120, "phone": 64, "notes": 20_000}


class ContactService(Service):
    """Outside colleagues who are group members but not supervisees."""

    def list(self, search: str = "", include_archived: bool = False) -> list[ContactRecord]:
        query = select(Contact).order_by(func.lower(Contact.full_name), Contact.id)
        if not include_archived:
            query = query.where(Contact.archived_at.is_(None))
        if search:
            query = query.where(Contact.full_name.ilike(f"%{clean(search)}%"))
        with self.session() as s:
            return [self._record(r) for r in s.scalars(query)]

    def get(self, contact_id: int) -> ContactRecord:
        with self.session() as s:
            return self._record(self._row(s, contact_id))

    def create(self, data: ContactData) -> tuple[int, Changes]:
        data = self._checked(data)
        with self.transaction() as s:
            row = Contact(**asdict(data))
            s.add(row)
            s.flush()
            return row.id, Changes(groups=True)

    def update(self, contact_id: int, data: ContactData) -> Changes:
        data = self._checked(data)
        with self.transaction() as s:
            row = self._row(s, contact_id)
            for key, value in asdict(data).items():
                setattr(row, key, value)
            group_ids = set(s.scalars(select(GroupMembership.group_id).where(
                GroupMembership.contact_id == contact_id)))
            for group_id in group_ids:  # the name on not-yet-held meetings follows
                sync_expected(s, group_id, date.today())
        return Changes(groups=True, sessions=bool(group_ids))

    def archive(self, contact_id: int, archived: bool = True) -> Changes:
        with self.transaction() as s:
            self._row(s, contact_id).archived_at = utcnow() if archived else None
        return Changes(groups=True)

    def delete(self, contact_id: int) -> Changes:
        """Delete for good (memberships and profiles go with it); audited by id."""
        with self.transaction() as s:
            s.delete(self._row(s, contact_id))
            add_event(s, "delete", "contact", contact_id, "contact deleted")
        return Changes(groups=True, audit=True)

    @staticmethod
    def _row(s: Session, contact_id: int) -> Contact:
        row = s.get(Contact, contact_id)
        if row is None:
            raise NotFound(translate("errors", "Colleague"), contact_id)
        return row

    @staticmethod
    def _record(row: Contact) -> ContactRecord:
        return ContactRecord(row.id, ContactData(row.full_name, row.email, row.discipline, row.phone, row.notes),
                             row.archived_at is not None)

    @staticmethod
    def _checked(data: ContactData) -> ContactData:
        data = ContactData(**{k: clean(v) for k, v in asdict(data).items()})
        problems: dict[str, str] = {}
        if not data.full_name:
            problems["full_name"] = translate("validation", "A name is required.")
        for key, limit in _CONTACT_LIMITS.items():
            if (message := too_long(getattr(data, key), limit, key.replace("_", " ").capitalize())):
                problems[key] = message
        if (message := email_problem(data.email)):
            problems["email"] = message
        if (message := phone_problem(data.phone)):
            problems["phone"] = message
        if problems:
            raise ValidationError(problems)
        return data
