"""Group meetings: scheduling, who leads and where, the live plan, the record.

``practice.meetings`` (and, for callers of ``practice.groups``, the same
calls on :class:`~.service.GroupService`). Meetings are ``session`` rows with
``group_id`` set; ``group_meeting`` holds the guest flag and pinned leader or
place. Expected attendees of meetings not yet held are ``attendance`` rows
kept in step with the membership (so conflicts and a member's history see
them); held meetings keep the attendance that was recorded.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import (
    Attendance,
    GroupMeeting,
    Series,
    SupervisionGroup,
    SupervisionSession,
    member_theme,
    utcnow,
)
from .. import session_records
from ..base import NotFound, Service, ValidationError
from ..changes import Changes
from ..members import people
from ..scheduling import Scheduled, from_utc, practice_tz, to_utc
from ..search import flush_index
from ..session_records import AttendanceData, FollowUpData, SessionRecordData
from .attendance import fill_expected, local_day, stints_of, sync_expected
from .rota import Assignment, Slot, Stint, active, assign, speaking_order

if TYPE_CHECKING:
    from ..series import SeriesData, SeriesService
    from ..sessions import SessionData, SessionService

    Booking = TypeVar("Booking", SeriesData, SessionData)

S = SupervisionSession
_UNSET: object = object()


@dataclass(frozen=True)
class MeetingRow:
    session_id: int
    group_id: int
    series_id: int | None
    number: int | None  # 1-based among meetings that take place; None when cancelled
    start: datetime  # aware, in the display zone
    end: datetime
    status: str
    leader_key: str | None
    leader_name: str
    place: str
    guest_invited: bool
    attendees: tuple[str, ...]  # names: expected (not held) or present (held)
    has_notes: bool


@dataclass(frozen=True)
class Speaker:
    key: str
    name: str
    is_leader: bool


@dataclass(frozen=True)
class MeetingPlan:
    """What the live meeting view needs: who speaks in which order and for how long."""

    session_id: int
    group_id: int
    group_name: str
    kind: str
    start: datetime
    end: datetime
    number: int | None
    length_minutes: int
    leader_key: str | None
    leader_name: str
    place: str
    business_talk_minutes: int  # the limit for networking / business talk
    speaking_minutes: int  # length less business talk
    speakers: tuple[Speaker, ...]
    seconds_each: int  # speaking time per person, whole seconds
    guest_name: str = ""
    guest_email: str = ""

    @property
    def minutes_each(self) -> float:
        return self.seconds_each / 60


# ---- shared helpers (also used by groups.py and invitations) -------------------------------
def group_row(s: Session, group_id: int) -> SupervisionGroup:
    row = s.get(SupervisionGroup, group_id)
    if row is None:
        raise NotFound(translate("errors", "Group"), group_id)
    return row


def group_places(row: SupervisionGroup) -> tuple[str, ...]:
    try:
        return tuple(str(p) for p in json.loads(row.places or "[]"))
    except (TypeError, ValueError):
        return ()


@dataclass(frozen=True)
class _Context:
    group: SupervisionGroup
    stints: list[Stint]
    rows: list[Any]  # session rows (id, series_id, start_utc, end_utc, tz, status, location, ...)
    pins: dict[int, GroupMeeting]
    plan: dict[int, Assignment]


def load_context(s: Session, group_id: int) -> _Context:
    """Every meeting of the group with its computed leader, place and number."""
    group = group_row(s, group_id)
    rows = list(s.execute(select(S.id, S.series_id, S.start_utc, S.end_utc, S.tz, S.status, S.location,
                                 S.has_notes, S.duration_minutes)
                          .where(S.group_id == group_id).order_by(S.start_utc, S.id)))
    pins = {p.session_id: p for p in s.scalars(select(GroupMeeting).where(
        GroupMeeting.session_id.in_(select(S.id).where(S.group_id == group_id))))}
    stints = stints_of(s, [group_id]).get(group_id, [])
    slots = [Slot(r.id, local_day(r.start_utc, r.tz), r.status == "cancelled",
                  pins[r.id].leader_key if r.id in pins else None,
                  pins[r.id].place if r.id in pins else None, r.location) for r in rows]
    plan = assign(slots, stints, leadership=group.leadership, fixed_leader=group.leader_key,
                  places=group_places(group), rotate_places=group.place_mode == "rotating")
    return _Context(group, stints, rows, pins, plan)


def _meeting_session(s: Session, session_id: int) -> SupervisionSession:
    row = s.get(S, session_id)
    if row is None:
        raise NotFound(translate("errors", "Meeting"), session_id)
    if row.group_id is None:
        raise ValidationError({"session": translate("validation", "This session is not a group meeting.")})
    return row


class MeetingService(Service):
    """``practice.meetings``: a group's meetings, from scheduling to the record."""

    def __init__(self, engine: Engine, series: SeriesService, sessions: SessionService) -> None:
        super().__init__(engine)
        self._series = series
        self._sessions = sessions

    # ---- scheduling -----------------------------------------------------------------
    def schedule_meetings(self, group_id: int, data: SeriesData, *, now: datetime | None = None) -> Scheduled:
        """A recurring meeting series for the group (a ``SeriesData``); kind and group are set here."""
        data = self._group_booking(group_id, data)
        scheduled = self._series.create(data, now=now)
        with self.transaction() as s:
            sync_expected(s, group_id, None)
        return replace(scheduled, changes=scheduled.changes | Changes(groups=True))

    def edit_meetings(self, series_id: int, data: SeriesData, *, now: datetime | None = None) -> Scheduled:
        """Change a group series (all future untouched meetings), keeping expected attendees right."""
        group_id = self._series.get(series_id).data.group_id
        if group_id is None:
            raise ValidationError({"series": translate(
                "validation", "This series does not belong to a group.")})
        scheduled = self._series.edit_all(series_id, self._group_booking(group_id, data), now=now)
        with self.transaction() as s:
            sync_expected(s, group_id, None)
        return replace(scheduled, changes=scheduled.changes | Changes(groups=True))

    def schedule_meeting(self, group_id: int, data: SessionData) -> Scheduled:
        """A one-off meeting (a ``SessionData``)."""
        scheduled = self._sessions.create(self._group_booking(group_id, data))
        with self.transaction() as s:
            sync_expected(s, group_id, None)
        return replace(scheduled, changes=scheduled.changes | Changes(groups=True))

    def fill_expected_attendance(self, today: date | None = None) -> Changes:
        """Expected attendees for meetings materialised since (cheap when there are none)."""
        with self.transaction() as s:
            return fill_expected(s, today)

    def _group_booking(self, group_id: int, data: Booking) -> Booking:
        with self.session() as s:
            group = group_row(s, group_id)
            if group.archived_at is not None:
                raise ValidationError({"group": translate(
                    "validation", "This group is archived; restore it to schedule meetings.")})
            places = group_places(group)
        location = data.location or (places[0] if group.place_mode == "fixed" and places else "")
        return replace(data, kind=group.kind, group_id=group_id, supervisee_id=None, location=location)

    # ---- reading ----------------------------------------------------------------------
    def meetings(self, group_id: int, start: datetime, end: datetime, *,
                 include_cancelled: bool = True, display_tz: str | None = None) -> list[MeetingRow]:
        """The group's meetings overlapping ``[start, end)`` (naive = practice time), with
        leader and place worked out for each."""
        with self.session() as s:
            tz = display_tz or practice_tz(s)
            lo, hi = to_utc(start, tz), to_utc(end, tz)
            context = load_context(s, group_id)
            rows = [r for r in context.rows if r.start_utc < hi and r.end_utc > lo
                    and (include_cancelled or r.status != "cancelled")]
            return self._rows(s, context, rows, tz)

    def meeting(self, session_id: int, display_tz: str | None = None) -> MeetingRow:
        with self.session() as s:
            row = _meeting_session(s, session_id)
            context = load_context(s, row.group_id)  # type: ignore[arg-type]
            return self._rows(s, context, [r for r in context.rows if r.id == session_id],
                              display_tz or practice_tz(s))[0]

    def meeting_plan(self, session_id: int) -> MeetingPlan:
        """Speaking order (the leader first), time per person and the business-talk limit."""
        with self.session() as s:
            row = _meeting_session(s, session_id)
            context = load_context(s, row.group_id)  # type: ignore[arg-type]
            group, assignment = context.group, context.plan[session_id]
            day = local_day(row.start_utc, row.tz)
            rota = [st.key for st in active(context.stints, day)]
            attendance = list(s.scalars(select(Attendance).where(Attendance.session_id == session_id)
                                        .order_by(Attendance.id)))
            present = [a.person_key for a in attendance if a.present] if attendance else list(rota)
            names = {a.person_key: a.name for a in attendance}
            names.update({k: p.name for k, p in people(s, set(present) | set(rota)).items()})
            order = speaking_order(present, rota, assignment.leader_key, assignment.number)
            length = row.duration_minutes
            business = min(group.business_talk_minutes or 0, length)
            speaking = length - business
            pin = context.pins.get(session_id)
            guest = pin is not None and pin.guest_invited
            leader = assignment.leader_key
            tz = practice_tz(s)
            return MeetingPlan(
                session_id, group.id, group.name, row.kind, from_utc(row.start_utc, tz),
                from_utc(row.end_utc, tz),
                assignment.number, length, leader, names.get(leader, "") if leader else "", assignment.place,
                business, speaking, tuple(Speaker(k, names.get(k, ""), k == leader) for k in order),
                speaking * 60 // len(order) if order else 0,
                group.guest_name if guest else "", group.guest_email if guest else "")

    def member_themes(self, session_id: int) -> dict[str, tuple[int, ...]]:
        """Person key -> the theme ids that member brought to the meeting."""
        found: dict[str, list[int]] = defaultdict(list)
        with self.session() as s:
            for key, theme_id in s.execute(select(member_theme.c.person_key, member_theme.c.theme_id)
                                           .where(member_theme.c.session_id == session_id)
                                           .order_by(member_theme.c.person_key, member_theme.c.theme_id)):
                found[key].append(theme_id)
        return {k: tuple(v) for k, v in found.items()}

    # ---- changing one meeting ------------------------------------------------------------
    def set_guest(self, session_id: int, invited: bool = True) -> Changes:
        """Invite the group's guest supervisor to this meeting (or not).

        The meeting becomes "changed on its own", so a later series edit does
        not regenerate it and lose the flag.
        """
        with self.transaction() as s:
            row = _meeting_session(s, session_id)
            if invited and not group_row(s, row.group_id).guest_email:  # type: ignore[arg-type]
                raise ValidationError({"guest": translate(
                    "validation", "Add the guest supervisor's e-mail to the group first.")})
            self._pin_row(s, session_id).guest_invited = invited
            row.detached = True
        return Changes(groups=True, sessions=True)

    def pin_meeting(self, session_id: int, *, leader_key: object = _UNSET, place: object = _UNSET) -> Changes:
        """Fix who leads / where this meeting is (None: back to the rota; leader "": nobody).

        Raises the meeting's iTIP sequence, since what invitees see changes.
        """
        with self.transaction() as s:
            row = _meeting_session(s, session_id)
            pin = self._pin_row(s, session_id)
            if leader_key is not _UNSET:
                group_id = row.group_id or 0  # a meeting session always has its group
                members = {st.key for st in stints_of(s, [group_id]).get(group_id, [])}
                if leader_key not in (None, "") and leader_key not in members:
                    raise ValidationError({"leader_key": translate(
                        "validation", "Choose the leader from the group's members.")})
                pin.leader_key = leader_key
            if place is not _UNSET:
                if place is not None and (not isinstance(place, str) or len(place) > 200):
                    raise ValidationError({"place": translate(
                        "validation", "A place has at most 200 characters.")})
                pin.place = place
            _raise_sequence(s, row)
        return Changes(groups=True, sessions=True)

    def record_meeting(self, session_id: int,
                       attendance: Mapping[str, bool] | Iterable[AttendanceData],
                       themes_per_member: Mapping[str, Sequence[int]] | None = None, *,
                       brought: str = "", reflections: str = "", mirrored: str = "", private_note: str = "",
                       follow_ups: Sequence[FollowUpData] = (), theme_ids: Sequence[int] = (),
                       held_minutes: int | None = None) -> Changes:
        """Turn a run meeting into its record: held, who was there, each member's themes, notes.

        The session's themes become the union of everyone's; the leader and
        place the meeting had are frozen so a later rota change leaves it be.
        """
        themes_per_member = {k: tuple(dict.fromkeys(v)) for k, v in (themes_per_member or {}).items() if v}
        with self.transaction() as s:
            row = _meeting_session(s, session_id)
            items = self._attendance(s, session_id, attendance)
            present = {a.person_key for a in items if a.present}
            if set(themes_per_member) - present:
                raise ValidationError({"themes": translate(
                    "validation", "Themes can only be recorded for people who were there.")})
            union = tuple(dict.fromkeys([*theme_ids, *(t for v in themes_per_member.values() for t in v)]))
            session_records.save_record(s, session_id, SessionRecordData(
                brought=brought, reflections=reflections, mirrored=mirrored, private_note=private_note,
                follow_ups=tuple(follow_ups), theme_ids=union, attendance=items,
                held_minutes=held_minutes if held_minutes is not None else row.duration_minutes,
                fee=row.fee, paid=row.paid, status="held"))
            s.execute(delete(member_theme).where(member_theme.c.session_id == session_id))
            links = [{"session_id": session_id, "person_key": k, "theme_id": t}
                     for k, v in themes_per_member.items() for t in v]
            if links:
                s.execute(insert(member_theme), links)
            s.flush()
            assignment = load_context(s, row.group_id).plan[session_id]  # type: ignore[arg-type]
            pin = self._pin_row(s, session_id)
            if pin.leader_key is None:
                pin.leader_key = assignment.leader_key or ""
            if pin.place is None:
                pin.place = assignment.place
            s.flush()
            flush_index(s)
        return Changes(sessions=True, groups=True)

    # ---- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _pin_row(s: Session, session_id: int) -> GroupMeeting:
        pin = s.get(GroupMeeting, session_id)
        if pin is None:
            pin = GroupMeeting(session_id=session_id, guest_invited=False)
            s.add(pin)
        return pin

    @staticmethod
    def _attendance(s: Session, session_id: int,
                    given: Mapping[str, bool] | Iterable[AttendanceData]) -> tuple[AttendanceData, ...]:
        items = [AttendanceData(k, "", bool(v)) for k, v in given.items()] if isinstance(given, Mapping) \
            else list(given)
        if any(not isinstance(a, AttendanceData) for a in items):
            raise ValidationError({"attendance": translate(
                "validation", "Attendance is person key -> present.")})
        known = {a.person_key: a.name for a in s.scalars(select(Attendance).where(
            Attendance.session_id == session_id))}
        names = {k: p.name for k, p in people(s, [a.person_key for a in items]).items()}
        return tuple(replace(a, name=a.name or names.get(a.person_key) or known.get(a.person_key, ""))
                     for a in items)

    @staticmethod
    def _rows(s: Session, context: _Context, rows: list[Any], tz: str) -> list[MeetingRow]:
        ids = [r.id for r in rows]
        order = {st.key: st.order for st in context.stints}
        present: dict[int, list[tuple[tuple[int, int], str]]] = defaultdict(list)
        for chunk in range(0, len(ids), 500):
            for seen in s.scalars(select(Attendance).where(Attendance.session_id.in_(ids[chunk:chunk + 500]),
                                                           Attendance.present.is_(True))):
                present[seen.session_id].append((order.get(seen.person_key, (1 << 30, seen.id)), seen.name))
        leaders = {a.leader_key for a in context.plan.values() if a.leader_key}
        names = {k: p.name for k, p in people(s, leaders).items()}
        out = []
        for r in rows:
            a = context.plan[r.id]
            pin = context.pins.get(r.id)
            out.append(MeetingRow(
                r.id, context.group.id, r.series_id, a.number, from_utc(r.start_utc, tz),
                from_utc(r.end_utc, tz),
                r.status, a.leader_key, names.get(a.leader_key, "") if a.leader_key else "", a.place,
                bool(pin and pin.guest_invited), tuple(name for _, name in sorted(present.get(r.id, []))),
                r.has_notes))
        return out


def _raise_sequence(s: Session, row: SupervisionSession) -> None:
    """What invitees see of this meeting changed: raise its (and its series') SEQUENCE."""
    row.sequence += 1
    row.updated_at = utcnow()
    row.detached = True
    if row.series_id is not None:
        series = s.get(Series, row.series_id)
        if series is not None:
            series.sequence += 1
