"""Who a group member (or an invitee) is: a person key and the person behind it.

People appear under a *person key*: ``"supervisee:12"`` or ``"contact:3"``
(the same keys ``attendance`` rows use). :class:`MemberRef` is the typed
form; services accept either.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import translate
from ..models import Contact, Supervisee
from .base import ValidationError

_KEY = re.compile(r"^(supervisee|contact):([1-9][0-9]{0,17})$")


@dataclass(frozen=True)
class MemberRef:
    """A supervisee or an outside colleague (contact); exactly one id is set."""

    supervisee_id: int | None = None
    contact_id: int | None = None

    @classmethod
    def supervisee(cls, supervisee_id: int) -> MemberRef:
        return cls(supervisee_id=supervisee_id)

    @classmethod
    def contact(cls, contact_id: int) -> MemberRef:
        return cls(contact_id=contact_id)

    @classmethod
    def parse(cls, value: MemberRef | str) -> MemberRef:
        """A MemberRef from itself or a person key; ValidationError otherwise."""
        if isinstance(value, MemberRef):
            if (value.supervisee_id is None) == (value.contact_id is None):
                raise ValidationError({"member": translate(
                    "validation", "Choose a supervisee or a colleague.")})
            return value
        found = _KEY.match(value) if isinstance(value, str) else None
        if found is None:
            raise ValidationError({"member": translate("validation", "Choose a supervisee or a colleague.")})
        number = int(found[2])
        return cls(supervisee_id=number) if found[1] == "supervisee" else cls(contact_id=number)

    @property
    def key(self) -> str:
        if self.supervisee_id is not None:
            return f"supervisee:{self.supervisee_id}"
        return f"contact:{self.contact_id}"


def is_person_key(key: str) -> bool:
    return isinstance(key, str) and _KEY.match(key) is not None


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    email: str
    discipline: str


def people(s: Session, keys: Iterable[str]) -> dict[str, Person]:
    """The people behind the given keys (unknown or non-person keys are left out)."""
    refs = [MemberRef.parse(k) for k in set(keys) if is_person_key(k)]
    supervisee_ids = [r.supervisee_id for r in refs if r.supervisee_id is not None]
    contact_ids = [r.contact_id for r in refs if r.contact_id is not None]
    found: dict[str, Person] = {}
    if supervisee_ids:
        for row in s.execute(select(Supervisee.id, Supervisee.full_name, Supervisee.email,
                                    Supervisee.discipline).where(Supervisee.id.in_(supervisee_ids))):
            key = f"supervisee:{row.id}"
            found[key] = Person(key, row.full_name, row.email, row.discipline)
    if contact_ids:
        for row in s.execute(select(Contact.id, Contact.full_name, Contact.email,
                                    Contact.discipline).where(Contact.id.in_(contact_ids))):
            key = f"contact:{row.id}"
            found[key] = Person(key, row.full_name, row.email, row.discipline)
    return found


def require_person(s: Session, ref: MemberRef) -> Person:
    found = people(s, [ref.key]).get(ref.key)
    if found is None:
        raise ValidationError({"member": translate("validation", "That supervisee no longer exists.")
                               if ref.supervisee_id is not None else
                               translate("validation", "That colleague no longer exists.")})
    return found
