"""What the supervisor records about a session: notes, follow-ups, themes, attendance.

Plain functions over an open ORM session; :class:`~.sessions.SessionService`
exposes them as ``get`` and ``save_record``. The private note is kept here
with the rest (it is the supervisor's own vault) but is flagged so printing
and ``--private`` exports can leave it out.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..i18n import translatable, translate
from ..models import (
    CANCELLED_BY,
    SESSION_STATUSES,
    Attendance,
    FollowUp,
    Series,
    SessionNote,
    Supervisee,
    SupervisionSession,
    Theme,
    session_theme,
    utcnow,
)
from .base import NotFound, ValidationError
from .scheduling import from_utc
from .validation import clean, too_long

NOTE_LIMIT = 100_000
FOLLOW_UP_LIMIT = 2000


@dataclass(frozen=True)
class FollowUpData:
    text: str
    due: date | None = None
    done: bool = False
    id: int | None = None  # set for follow-ups read back; None for new ones


@dataclass(frozen=True)
class AttendanceData:
    person_key: str  # generic: "supervisee:12", later "member:5"; free text allowed
    name: str = ""
    present: bool = True


@dataclass(frozen=True)
class SessionRecordData:
    """The editable record of a session. ``status``/``attendance`` None = leave as is."""

    brought: str = ""
    reflections: str = ""
    mirrored: str = ""
    private_note: str = ""  # never printed, never exported with --private
    follow_ups: tuple[FollowUpData, ...] = ()
    theme_ids: tuple[int, ...] = ()
    attendance: tuple[AttendanceData, ...] | None = None
    held_minutes: int | None = None
    fee: Decimal | None = None
    paid: bool = False
    status: str | None = None
    cancelled_by: str = ""

    def cleaned(self) -> SessionRecordData:
        return replace(
            self, brought=clean(self.brought), reflections=clean(self.reflections),
            mirrored=clean(self.mirrored), private_note=clean(self.private_note),
            follow_ups=tuple(replace(f, text=clean(f.text)) for f in self.follow_ups if clean(f.text)),
            theme_ids=tuple(dict.fromkeys(self.theme_ids)),
            attendance=None if self.attendance is None else tuple(
                replace(a, person_key=clean(a.person_key), name=clean(a.name)) for a in self.attendance))

    @property
    def has_notes(self) -> bool:
        """Anything recorded: note text, follow-ups or themes."""
        return bool(self.brought or self.reflections or self.mirrored or self.private_note
                    or self.follow_ups or self.theme_ids)


@dataclass(frozen=True)
class SessionThemeRef:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class SessionRecord:
    """One session in full, for the session page and the summary PDF."""

    id: int
    series_id: int | None
    series_uid: str | None
    supervisee_id: int | None
    supervisee_name: str
    group_id: int | None
    kind: str
    start: datetime  # aware, in the session's own zone
    end: datetime
    tz: str
    duration_minutes: int
    location: str
    status: str
    cancelled_by: str
    original_start: datetime | None  # aware (UTC); the recurrence-id of a series member
    detached: bool
    uid: str | None
    sequence: int
    data: SessionRecordData
    themes: tuple[SessionThemeRef, ...]
    created_at: datetime
    updated_at: datetime


def validate_record(data: SessionRecordData) -> dict[str, str]:
    problems: dict[str, str] = {}
    for key, label in (("brought", translatable("validation", "What the supervisee brought")),
                       ("reflections", translatable("validation", "Reflections")),
                       ("mirrored", translatable("validation", "What was mirrored")),
                       ("private_note", translatable("validation", "The private note"))):
        if (message := too_long(getattr(data, key), NOTE_LIMIT, translate("validation", label))):
            problems[key] = message
    for item in data.follow_ups:
        if len(item.text) > FOLLOW_UP_LIMIT:
            problems["follow_ups"] = translate(
                "validation", "A follow-up has at most {0} characters.").format(FOLLOW_UP_LIMIT)
    if len(data.follow_ups) > 200:
        problems["follow_ups"] = translate("validation", "A session has at most 200 follow-ups.")
    if data.held_minutes is not None and not 0 <= data.held_minutes <= 24 * 60:
        problems["held_minutes"] = translate("validation", "Minutes held are between 0 and 1440.")
    if data.fee is not None:
        try:
            if not Decimal("0") <= Decimal(data.fee) <= Decimal("100000"):
                problems["fee"] = translate("validation", "The fee is between 0 and 100,000.")
        except InvalidOperation:
            problems["fee"] = translate("validation", "The fee is a number such as 85.00.")
    if data.status is not None and data.status not in SESSION_STATUSES:
        problems["status"] = translate("validation", "Status is scheduled, held, cancelled or no-show.")
    if data.cancelled_by not in CANCELLED_BY:
        problems["cancelled_by"] = translate("validation", "Cancelled by the supervisor or the supervisee.")
    for attendee in data.attendance or ():
        if not attendee.person_key or len(attendee.person_key) > 120 or len(attendee.name) > 200:
            problems["attendance"] = translate(
                "validation", "Each attendee needs a key (at most 120 characters).")
    return problems


def load_record(s: Session, session_id: int) -> SessionRecord:
    row = s.get(SupervisionSession, session_id)
    if row is None:
        raise NotFound(translate("errors", "Session"), session_id)
    note = s.get(SessionNote, session_id)
    name = s.scalar(select(Supervisee.full_name).where(Supervisee.id == row.supervisee_id)) or ""
    series_uid = s.scalar(select(Series.uid).where(Series.id == row.series_id)) if row.series_id else None
    follow_ups = tuple(FollowUpData(f.text, f.due, f.done, f.id) for f in s.scalars(
        select(FollowUp).where(FollowUp.session_id == session_id).order_by(FollowUp.position, FollowUp.id)))
    themes = tuple(SessionThemeRef(t.id, t.name, t.color) for t in s.scalars(
        select(Theme).join(session_theme, session_theme.c.theme_id == Theme.id)
        .where(session_theme.c.session_id == session_id).order_by(Theme.position, Theme.name)))
    attendance = tuple(AttendanceData(a.person_key, a.name, a.present) for a in s.scalars(
        select(Attendance).where(Attendance.session_id == session_id).order_by(Attendance.id)))
    data = SessionRecordData(
        brought=note.brought if note else "", reflections=note.reflections if note else "",
        mirrored=note.mirrored if note else "", private_note=note.private_note if note else "",
        follow_ups=follow_ups, theme_ids=tuple(t.id for t in themes), attendance=attendance,
        held_minutes=row.held_minutes, fee=row.fee, paid=row.paid, status=row.status,
        cancelled_by=row.cancelled_by)
    return SessionRecord(
        id=row.id, series_id=row.series_id, series_uid=series_uid, supervisee_id=row.supervisee_id,
        supervisee_name=name, group_id=row.group_id, kind=row.kind,
        start=from_utc(row.start_utc, row.tz), end=from_utc(row.end_utc, row.tz), tz=row.tz,
        duration_minutes=row.duration_minutes, location=row.location, status=row.status,
        cancelled_by=row.cancelled_by,
        original_start=from_utc(row.original_start, "UTC") if row.original_start else None,
        detached=row.detached, uid=row.uid, sequence=row.sequence, data=data, themes=themes,
        created_at=row.created_at, updated_at=row.updated_at)


def save_record(s: Session, session_id: int, data: SessionRecordData) -> None:
    """Replace the record of one session inside the caller's transaction."""
    data = data.cleaned()
    problems = validate_record(data)
    if problems:
        raise ValidationError(problems)
    row = s.get(SupervisionSession, session_id)
    if row is None:
        raise NotFound(translate("errors", "Session"), session_id)
    known = set(s.scalars(select(Theme.id).where(Theme.id.in_(data.theme_ids)))) if data.theme_ids else set()
    if len(known) != len(data.theme_ids):
        raise ValidationError({"theme_ids": translate("validation", "A chosen theme no longer exists.")})

    note = s.get(SessionNote, session_id)
    texts = (data.brought, data.reflections, data.mirrored, data.private_note)
    if any(texts):
        if note is None:
            note = SessionNote(session_id=session_id)
            s.add(note)
        if (note.brought, note.reflections, note.mirrored, note.private_note) != texts:
            note.brought, note.reflections, note.mirrored, note.private_note = texts
    elif note is not None:
        s.delete(note)

    _save_follow_ups(s, session_id, data.follow_ups)
    current = set(s.scalars(select(session_theme.c.theme_id).where(session_theme.c.session_id == session_id)))
    wanted = set(data.theme_ids)
    if current - wanted:
        s.execute(delete(session_theme).where(session_theme.c.session_id == session_id,
                                              session_theme.c.theme_id.in_(current - wanted)))
    if wanted - current:
        s.execute(insert(session_theme), [{"session_id": session_id, "theme_id": t}
                                          for t in wanted - current])
    if data.attendance is not None:
        set_attendance(s, session_id, data.attendance)

    row.has_notes = data.has_notes
    row.held_minutes = data.held_minutes
    row.fee = None if data.fee is None else Decimal(str(data.fee))
    row.paid = data.paid
    if data.status is not None:
        row.status = data.status
        row.cancelled_by = data.cancelled_by if data.status == "cancelled" else ""
    row.updated_at = utcnow()


def _save_follow_ups(s: Session, session_id: int, items: tuple[FollowUpData, ...]) -> None:
    existing = {f.id: f for f in s.scalars(select(FollowUp).where(FollowUp.session_id == session_id))}
    seen: set[int] = set()
    for position, item in enumerate(items):
        row = existing.get(item.id) if item.id is not None else None
        if row is None:
            s.add(FollowUp(session_id=session_id, position=position, text=item.text, due=item.due,
                           done=item.done))
            continue
        seen.add(row.id)
        if (row.position, row.text, row.due, row.done) != (position, item.text, item.due, item.done):
            row.position, row.text, row.due, row.done = position, item.text, item.due, item.done
    for follow_up_id, row in existing.items():
        if follow_up_id not in seen:
            s.delete(row)


def set_attendance(s: Session, session_id: int, items: tuple[AttendanceData, ...]) -> None:
    """Replace who was there; a person appears once (the last entry wins)."""
    by_key = {a.person_key: a for a in items}
    existing = {a.person_key: a for a in s.scalars(select(Attendance).where(Attendance.session_id == session_id))}
    for key, old in existing.items():
        if key not in by_key:
            s.delete(old)
    for key, item in by_key.items():
        row = existing.get(key)
        if row is None:
            s.add(Attendance(session_id=session_id, person_key=key, name=item.name, present=item.present))
        elif (row.name, row.present) != (item.name, item.present):
            row.name, row.present = item.name, item.present
