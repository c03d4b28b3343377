"""What an invitation says: the target resolved to an iCalendar event, its
invitees, and the e-mail words. Loaded on first use (it imports the
iCalendar code); the service in :mod:`.invitations` keeps the records.

The UID is the series' own (a single meeting of a series goes out as that
UID plus its RECURRENCE-ID) or, for a one-off session, the session's. For a
group whose place rotates, the series' LOCATION names the rotation and the
description lists the coming meetings with place and leader; an invitation
to one meeting carries that meeting's own place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import recurrence
from ...i18n import translate
from ...ical import IcsEvent
from ...models import GroupMeeting, PracticeSettings, Series, Supervisee, SupervisionSession
from ..base import NotFound, ValidationError
from ..groups.meetings import group_places, group_row, load_context
from ..groups.rota import active
from ..members import Person, people
from ..recurrence_set import recurrence_set
from ..scheduling import from_utc, new_uid, now_utc, series_rule
from .types import InviteTarget

S = SupervisionSession
UPCOMING_LISTED = 8
KIND_LABELS = {"individual": "Supervision", "peer_group": "Peer supervision group",
               "group_supervision": "Group supervision"}


@dataclass
class Resolved:
    """A target as it stands now, ready to be written as iTIP."""

    uid: str
    recurrence_id: datetime | None  # naive UTC
    series_id: int | None
    session_id: int | None
    group_id: int | None
    current_sequence: int
    event: IcsEvent  # without organiser, attendees and final sequence
    overrides: list[IcsEvent]
    invitees: list[Person]
    skipped: list[Person]  # invitees without an e-mail address
    cancelled: bool
    when_text: str
    place: str
    leader_name: str = ""
    upcoming: list[str] = field(default_factory=list)

    @property
    def object_type(self) -> str:
        return "session" if self.session_id is not None else "series"

    @property
    def object_id(self) -> int:
        return self.session_id if self.session_id is not None else self.series_id  # type: ignore[return-value]

    def write_sequence(self, s: Session, sequence: int) -> None:
        """Keep the stored SEQUENCE at least as high as the one sent."""
        if self.series_id is not None:
            series = s.get(Series, self.series_id)
            if series is not None and series.sequence < sequence:
                series.sequence = sequence
        else:
            session = s.get(S, self.session_id)
            if session is not None and session.sequence < sequence:
                session.sequence = sequence


def organizer(s: Session, fallback: tuple[str, str] | None = None) -> tuple[str, str]:
    """The supervisor (practice settings), or the SMTP sender when no e-mail is set there."""
    row = s.get(PracticeSettings, 1)
    name, email = (row.supervisor_name, row.email) if row is not None else ("", "")
    if not email and fallback is not None:
        name, email = name or fallback[0], fallback[1]
    if not email:
        raise ValidationError({"organizer": translate(
            "validation", "Add your e-mail address in Settings: invitations come from you.")})
    return name, email


def resolve(s: Session, target: InviteTarget, *, now: datetime | None = None) -> Resolved:
    target = target.checked()
    if target.series_id is not None:
        return _series(s, target.series_id, now)
    return _meeting(s, target.session_id, now)  # type: ignore[arg-type]


def _summary(s: Session, kind: str, group_id: int | None) -> str:
    if group_id is not None:
        return f"{group_row(s, group_id).name} \u2014 {KIND_LABELS.get(kind, 'Group')}"
    row = s.get(PracticeSettings, 1)
    if row is not None and row.supervisor_name:
        return f"Supervision with {row.supervisor_name}"
    return "Supervision"


def _split(found: list[Person]) -> tuple[list[Person], list[Person]]:
    return [p for p in found if p.email], [p for p in found if not p.email]


def _group_people(s: Session, group_id: int, day) -> list[Person]:  # type: ignore[no-untyped-def]
    context_keys = [st.key for st in active(load_context(s, group_id).stints, day)]
    found = people(s, context_keys)
    return [found[k] for k in context_keys if k in found]


def _supervisee(s: Session, supervisee_id: int | None) -> list[Person]:
    row = s.get(Supervisee, supervisee_id) if supervisee_id is not None else None
    if row is None:
        return []
    return [Person(f"supervisee:{row.id}", row.full_name, row.email, row.discipline)]


def _when(start: datetime, end: datetime, tz: str) -> str:
    return f"{start:%A %d %B %Y, %H:%M}\u2013{end:%H:%M} ({tz})"


def _series(s: Session, series_id: int, now: datetime | None) -> Resolved:
    row = s.get(Series, series_id)
    if row is None:
        raise NotFound(translate("errors", "Series"), series_id)
    tz = row.tz
    rule = series_rule(row)
    sessions = list(s.execute(select(S.id, S.start_utc, S.end_utc, S.status, S.original_start, S.detached,
                                     S.location, S.kind, S.supervisee_id, S.group_id, S.tz)
                              .where(S.series_id == series_id).order_by(S.start_utc)))
    shape = recurrence_set(row, sessions)
    # Every occurrence of its own, past ones too: a held session kept at its old hour when the series
    # moved is its day's instance moved, and without it the invitee's calendar shows it at the new hour.
    overrides = [IcsEvent(uid=row.uid, start=own.start, end=own.end, tz=own.tz, recurrence_id=own.recurrence_id,
                          location=own.location or row.location) for own in shape.own]
    upcoming_rows = [r for r in sessions if r.start_utc >= now_utc(now) and r.status != "cancelled"]
    place, upcoming = row.location, []
    if row.group_id is not None:
        group = group_row(s, row.group_id)
        context = load_context(s, row.group_id)
        leaders = {a.leader_key for a in context.plan.values() if a.leader_key}
        names = {k: p.name for k, p in people(s, leaders).items()}
        if group.place_mode == "rotating" and group_places(group):
            place = "Rotating: " + ", ".join(group_places(group))
        for r in upcoming_rows[:UPCOMING_LISTED]:
            a = context.plan[r.id]
            line = f"{from_utc(r.start_utc, tz):%a %d %b %Y, %H:%M}"
            if a.place:
                line += f" \u2014 {a.place}"
            if a.leader_key and names.get(a.leader_key):
                line += f" \u2014 led by {names[a.leader_key]}"
            upcoming.append(line)
        first = upcoming_rows[0].start_utc if upcoming_rows else now_utc(now)
        day = from_utc(first, tz).date()
        invitees, skipped = _split(_group_people(s, row.group_id, day))
    else:
        invitees, skipped = _split(_supervisee(s, row.supervisee_id))
    try:
        described = recurrence.describe(rule, row.start_local, row.duration_minutes, tz)
    except recurrence.RecurrenceError:
        described = row.rrule
    if upcoming_rows:
        described += f"; next on {from_utc(upcoming_rows[0].start_utc, tz):%A %d %B %Y} ({tz})"
    event = IcsEvent(uid=row.uid, summary=_summary(s, row.kind, row.group_id),
                     description="\n".join(["Coming meetings:", *upcoming]) if upcoming else "",
                     location=place, start=shape.start, end=shape.end, tz=tz, rrule=rule.to_rrule(tz=tz),
                     exdates=shape.exdates, rdates=shape.rdates, sequence=row.sequence)
    return Resolved(row.uid, None, row.id, None, row.group_id, row.sequence, event, overrides, invitees, skipped,
                    False, described, place, "", upcoming)


def _meeting(s: Session, session_id: int, now: datetime | None) -> Resolved:
    row = s.get(S, session_id)
    if row is None:
        raise NotFound(translate("errors", "Session"), session_id)
    tz = row.tz
    series = s.get(Series, row.series_id) if row.series_id is not None else None
    if series is not None and row.original_start is not None:
        uid, rid, sequence = series.uid, row.original_start, series.sequence
    else:
        if not row.uid:
            row.uid = new_uid()
        uid, rid, sequence, series = row.uid, None, row.sequence, None
    start, end = from_utc(row.start_utc, tz), from_utc(row.end_utc, tz)
    place, leader_name, description = row.location, "", ""
    if row.group_id is not None:
        context = load_context(s, row.group_id)
        assignment = context.plan[row.id]
        place = assignment.place
        if assignment.leader_key:
            leader = people(s, [assignment.leader_key]).get(assignment.leader_key)
            leader_name = leader.name if leader is not None else ""
        found = _group_people(s, row.group_id, start.date())
        pin = s.get(GroupMeeting, row.id)
        group = context.group
        if pin is not None and pin.guest_invited and group.guest_email:
            found.append(Person(f"guest:{group.id}", group.guest_name, group.guest_email, ""))
        if leader_name:
            description = f"Led by {leader_name}."
    else:
        found = _supervisee(s, row.supervisee_id)
    invitees, skipped = _split(found)
    event = IcsEvent(uid=uid, summary=_summary(s, row.kind, row.group_id), description=description,
                     location=place, start=start, end=end, tz=tz,
                     recurrence_id=from_utc(rid, tz) if rid is not None else None, sequence=sequence)
    return Resolved(uid, rid, series.id if series is not None else None, row.id, row.group_id, sequence, event,
                    [], invitees, skipped, row.status == "cancelled", _when(start, end, tz), place, leader_name)


def words(resolved: Resolved, method: str, updated: bool, invitee_name: str,
          supervisor_name: str) -> tuple[str, str]:
    """The subject and plain-text body of one invitee's e-mail (no clinical content)."""
    summary = resolved.event.summary
    if method == "CANCEL":
        subject, intro = f"Cancelled: {summary}", "This meeting has been cancelled:"
    elif updated:
        subject, intro = f"Updated invitation: {summary}", "The details of this meeting have changed:"
    else:
        subject, intro = f"Invitation: {summary}", "You are invited to:"
    lines = [f"Dear {invitee_name}," if invitee_name else "Hello,", "", intro, "", summary,
             f"When: {resolved.when_text}"]
    if resolved.place:
        lines.append(f"Where: {resolved.place}")
    if resolved.leader_name:
        lines.append(f"Led by: {resolved.leader_name}")
    if resolved.upcoming and method != "CANCEL":
        lines += ["", "Coming meetings:", *(f"  {line}" for line in resolved.upcoming)]
    if method != "CANCEL":
        lines += ["", "Please accept or decline with your calendar's buttons, or reply to this e-mail."]
    lines += ["", supervisor_name or ""]
    return subject, "\n".join(lines).rstrip() + "\n"
