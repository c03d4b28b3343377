"""Practice profile questionnaires and self-checks.

A *practice profile* is what a group member shares about their practice
(the built-in template below); every save is a new dated version, so the
group can see how a colleague's practice changed. A *self-check* is a
supervisee's dated reflection on the questions of DESIGN.md (the same list
the PDF prints: ``app.core.pdf.data.SELF_CHECK_QUESTIONS``).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..i18n import translatable, translate
from ..models import PracticeProfile, SelfCheck, Supervisee
from ..pdf.data import SELF_CHECK_QUESTIONS, SelfCheckQuestion
from .base import NotFound, Service, ValidationError
from .changes import Changes
from .groups.attendance import stints_of
from .groups.meetings import group_row
from .groups.rota import active
from .members import MemberRef, people, require_person
from .validation import clean, too_long

TEXT_LIMIT = 20_000

# The built-in questionnaire template: (field, label), in the order a form shows them; show a label
# with translate("profiles", label).
PROFILE_FIELDS: tuple[tuple[str, str], ...] = (
    ("years_in_practice", translatable("profiles", "Years in practice")),
    ("modalities", translatable("profiles", "Modalities")),
    ("setting", translatable("profiles", "Setting")),
    ("clients_per_week", translatable("profiles", "Clients per week")),
    ("hopes_from_group", translatable("profiles", "What I want from the group")),
    ("current_challenges", translatable("profiles", "Current challenges")),
    ("self_care", translatable("profiles", "Self-care")),
)


@dataclass(frozen=True)
class ProfileData:
    years_in_practice: int | None = None
    modalities: tuple[str, ...] = ()
    setting: str = ""
    clients_per_week: int | None = None
    hopes_from_group: str = ""
    current_challenges: str = ""
    self_care: str = ""
    shared_with_group: bool = False

    def cleaned(self) -> ProfileData:
        return replace(self, modalities=tuple(m for m in (clean(x) for x in self.modalities) if m),
                       setting=clean(self.setting), hopes_from_group=clean(self.hopes_from_group),
                       current_challenges=clean(self.current_challenges), self_care=clean(self.self_care))


@dataclass(frozen=True)
class ProfileVersion:
    id: int
    person_key: str
    completed_on: date
    data: ProfileData
    created_at: datetime

    def questionnaire_fields(self) -> dict[str, object]:
        """The filled fields as ``QuestionnaireData`` keyword arguments (add name and letterhead)."""
        d = self.data
        return {"completed_on": self.completed_on, "years_in_practice": d.years_in_practice,
                "modalities": d.modalities, "setting": d.setting, "clients_per_week": d.clients_per_week,
                "hopes_from_group": d.hopes_from_group, "current_challenges": d.current_challenges,
                "self_care": d.self_care}


@dataclass(frozen=True)
class SelfCheckRecord:
    id: int
    supervisee_id: int
    completed_on: date
    answers: dict[str, str]  # question key -> answer
    note: str
    created_at: datetime


def _problems(data: ProfileData) -> dict[str, str]:
    problems: dict[str, str] = {}
    for key, low, high in (("years_in_practice", 0, 80), ("clients_per_week", 0, 200)):
        value = getattr(data, key)
        whole = isinstance(value, int) and not isinstance(value, bool)
        if value is not None and not (whole and low <= value <= high):
            problems[key] = translate("validation", "Enter a whole number from {0} to {1}.").format(low, high)
    if len(data.modalities) > 30 or any(len(m) > 200 for m in data.modalities):
        problems["modalities"] = translate(
            "validation", "At most 30 modalities of up to 200 characters each.")
    if (message := too_long(data.setting, 200, translate("profiles", "Setting"))):
        problems["setting"] = message
    for key in ("hopes_from_group", "current_challenges", "self_care"):
        label = translate("profiles", dict(PROFILE_FIELDS)[key])
        if (message := too_long(getattr(data, key), TEXT_LIMIT, label)):
            problems[key] = message
    return problems


def _version(row: PracticeProfile) -> ProfileVersion:
    try:
        modalities = tuple(str(m) for m in json.loads(row.modalities or "[]"))
    except (TypeError, ValueError):
        modalities = ()
    key = f"supervisee:{row.supervisee_id}" if row.supervisee_id is not None else f"contact:{row.contact_id}"
    return ProfileVersion(row.id, key, row.completed_on, ProfileData(
        row.years_in_practice, modalities, row.setting, row.clients_per_week, row.hopes_from_group,
        row.current_challenges, row.self_care, row.shared_with_group), row.created_at)


def _of(ref: MemberRef):  # type: ignore[no-untyped-def]
    if ref.supervisee_id is not None:
        return PracticeProfile.supervisee_id == ref.supervisee_id
    return PracticeProfile.contact_id == ref.contact_id


_Query = TypeVar("_Query", bound="Select[Any]")


def _newest_first(query: _Query) -> _Query:
    return query.order_by(PracticeProfile.completed_on.desc(), PracticeProfile.id.desc())


def _changes(ref: MemberRef) -> Changes:
    return Changes(supervisees=True) if ref.supervisee_id is not None else Changes(groups=True)


class ProfileService(Service):
    """``practice.profiles``: questionnaire versions and self-checks."""

    questions: tuple[SelfCheckQuestion, ...] = SELF_CHECK_QUESTIONS
    fields: tuple[tuple[str, str], ...] = PROFILE_FIELDS

    # ---- practice profile questionnaire ---------------------------------------------
    def save(self, member: MemberRef | str, data: ProfileData,
             completed_on: date | None = None) -> tuple[int, Changes]:
        """Save a new dated version (earlier versions stay as they were)."""
        ref = MemberRef.parse(member)
        data = data.cleaned()
        problems = _problems(data)
        if completed_on is not None and not isinstance(completed_on, date):
            problems["completed_on"] = translate(
                "validation", "Choose the date the questionnaire was filled in.")
        if problems:
            raise ValidationError(problems)
        with self.transaction() as s:
            require_person(s, ref)
            row = PracticeProfile(
                supervisee_id=ref.supervisee_id, contact_id=ref.contact_id,
                completed_on=completed_on or date.today(), years_in_practice=data.years_in_practice,
                modalities=json.dumps(list(data.modalities), ensure_ascii=False), setting=data.setting,
                clients_per_week=data.clients_per_week, hopes_from_group=data.hopes_from_group,
                current_challenges=data.current_challenges, self_care=data.self_care,
                shared_with_group=data.shared_with_group)
            s.add(row)
            s.flush()
            return row.id, _changes(ref)

    def versions(self, member: MemberRef | str) -> list[ProfileVersion]:
        """Every version, newest first."""
        ref = MemberRef.parse(member)
        with self.session() as s:
            return [_version(r) for r in s.scalars(_newest_first(select(PracticeProfile).where(_of(ref))))]

    def latest(self, member: MemberRef | str, on: date | None = None) -> ProfileVersion | None:
        """The newest version (completed on or before ``on`` when given)."""
        ref = MemberRef.parse(member)
        query = select(PracticeProfile).where(_of(ref))
        if on is not None:
            query = query.where(PracticeProfile.completed_on <= on)
        with self.session() as s:
            row = s.scalars(_newest_first(query).limit(1)).first()
            return _version(row) if row is not None else None

    def get(self, version_id: int) -> ProfileVersion:
        with self.session() as s:
            row = s.get(PracticeProfile, version_id)
            if row is None:
                raise NotFound(translate("errors", "Practice profile"), version_id)
            return _version(row)

    def set_shared(self, version_id: int, shared: bool) -> Changes:
        """Share (or stop sharing) one version with the member's groups."""
        with self.transaction() as s:
            row = s.get(PracticeProfile, version_id)
            if row is None:
                raise NotFound(translate("errors", "Practice profile"), version_id)
            row.shared_with_group = shared
            ref = MemberRef(row.supervisee_id, row.contact_id)
        return _changes(ref)

    def delete_version(self, version_id: int) -> Changes:
        with self.transaction() as s:
            row = s.get(PracticeProfile, version_id)
            if row is None:
                raise NotFound(translate("errors", "Practice profile"), version_id)
            ref = MemberRef(row.supervisee_id, row.contact_id)
            s.delete(row)
        return _changes(ref)

    def shared_in_group(self, group_id: int, on: date | None = None) -> list[tuple[str, ProfileVersion]]:
        """(member name, newest profile) for the members active on ``on`` whose newest version is shared."""
        on = on or date.today()
        with self.session() as s:
            group_row(s, group_id)
            keys = [st.key for st in active(stints_of(s, [group_id]).get(group_id, []), on)]
            names = {k: p.name for k, p in people(s, keys).items()}
            out = []
            for key in keys:
                ref = MemberRef.parse(key)
                row = s.scalars(_newest_first(select(PracticeProfile).where(
                    _of(ref), PracticeProfile.completed_on <= on)).limit(1)).first()
                if row is not None and row.shared_with_group:
                    out.append((names.get(key, ""), _version(row)))
            return out

    # ---- self-check -------------------------------------------------------------------
    def save_self_check(self, supervisee_id: int, answers: Mapping[str, str],
                        completed_on: date | None = None, note: str = "") -> tuple[int, Changes]:
        """A dated self-check; answers are keyed by question key (see ``questions``)."""
        known = {q.key for q in SELF_CHECK_QUESTIONS}
        cleaned = {k: clean(v) for k, v in answers.items()}
        problems: dict[str, str] = {}
        if set(cleaned) - known:
            problems["answers"] = translate(
                "validation", "An answer belongs to a question that does not exist.")
        if any(len(v) > TEXT_LIMIT for v in cleaned.values()) or len(clean(note)) > TEXT_LIMIT:
            problems["answers"] = translate(
                "validation", "An answer has at most {0} characters.").format(TEXT_LIMIT)
        if completed_on is not None and not isinstance(completed_on, date):
            problems["completed_on"] = translate("validation", "Choose the date of the self-check.")
        if problems:
            raise ValidationError(problems)
        ordered = {q.key: cleaned[q.key] for q in SELF_CHECK_QUESTIONS if cleaned.get(q.key)}
        with self.transaction() as s:
            self._supervisee(s, supervisee_id)
            row = SelfCheck(supervisee_id=supervisee_id, completed_on=completed_on or date.today(),
                            answers=json.dumps(ordered, ensure_ascii=False), note=clean(note))
            s.add(row)
            s.flush()
            return row.id, Changes(supervisees=True)

    def self_checks(self, supervisee_id: int) -> list[SelfCheckRecord]:
        """Every self-check of a supervisee, newest first."""
        with self.session() as s:
            return [self._check(r) for r in s.scalars(
                select(SelfCheck).where(SelfCheck.supervisee_id == supervisee_id)
                .order_by(SelfCheck.completed_on.desc(), SelfCheck.id.desc()))]

    def latest_self_check(self, supervisee_id: int) -> SelfCheckRecord | None:
        found = self.self_checks(supervisee_id)
        return found[0] if found else None

    def get_self_check(self, self_check_id: int) -> SelfCheckRecord:
        with self.session() as s:
            row = s.get(SelfCheck, self_check_id)
            if row is None:
                raise NotFound(translate("errors", "Self-check"), self_check_id)
            return self._check(row)

    def delete_self_check(self, self_check_id: int) -> Changes:
        with self.transaction() as s:
            row = s.get(SelfCheck, self_check_id)
            if row is None:
                raise NotFound(translate("errors", "Self-check"), self_check_id)
            s.delete(row)
        return Changes(supervisees=True)

    @staticmethod
    def _supervisee(s: Session, supervisee_id: int) -> None:
        if s.get(Supervisee, supervisee_id) is None:
            raise NotFound(translate("errors", "Supervisee"), supervisee_id)

    @staticmethod
    def _check(row: SelfCheck) -> SelfCheckRecord:
        try:
            answers = {str(k): str(v) for k, v in json.loads(row.answers or "{}").items()}
        except (TypeError, ValueError, AttributeError):
            answers = {}
        return SelfCheckRecord(row.id, row.supervisee_id, row.completed_on, answers, row.note, row.created_at)


__all__ = ["ProfileService", "ProfileData", "ProfileVersion", "SelfCheckRecord", "PROFILE_FIELDS",
           "SELF_CHECK_QUESTIONS"]
