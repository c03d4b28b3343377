"""Peer groups and group supervision: the group, its members, contacts, reviews.

Meetings (scheduling, who leads, the live plan, the record) are their own
service in :mod:`.meetings`. Membership changes
take effect from a chosen date: meetings from that date that were not held
get their expected attendees regenerated; earlier attendance is never touched.
"""
from __future__ import annotations

import builtins
import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from ...i18n import translatable, translate
from ...models import (
    GROUP_KINDS,
    LEADERSHIPS,
    PLACE_MODES,
    RECOMMENDED_MAX_MEMBERS,
    GroupMembership,
    Series,
    SupervisionGroup,
    SupervisionSession,
    utcnow,
)
from ..audit import add_event
from ..base import Service, ValidationError
from ..changes import Changes
from ..members import MemberRef, is_person_key, people, require_person
from ..scheduling import delete_sessions, now_utc, untouched
from ..series import SeriesService
from ..sessions import SessionService
from ..validation import email_problem, too_long
from .attendance import stints_of, sync_expected
from .contacts import ContactService
from .meetings import MeetingService, group_places, group_row
from .rota import active
from .types import (
    MAX_GROUP_MEMBERS,
    GroupData,
    GroupRecord,
    GroupRow,
    GroupTooLarge,
    MemberChange,
    MemberRow,
    ReviewDue,
    SizeWarning,
)

S = SupervisionSession
MAX_PLACES = 24


def _validate(data: GroupData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.name:
        problems["name"] = translate("validation", "A group needs a name.")
    for key, limit, label in (("name", 200, translatable("validation", "The name")),
                              ("description", 20_000, translatable("validation", "The description")),
                              ("frequency", 200, translatable("validation", "How often")),
                              ("guest_name", 200, translatable("validation", "The guest's name"))):
        if (message := too_long(getattr(data, key), limit, translate("validation", label))):
            problems[key] = message
    if data.kind not in GROUP_KINDS:
        problems["kind"] = translate("validation", "Choose a peer group or group supervision.")
    if data.leadership not in LEADERSHIPS:
        problems["leadership"] = translate("validation", "Leadership is fixed or rotating.")
    if data.leader_key is not None and not is_person_key(data.leader_key):
        problems["leader_key"] = translate("validation", "Choose the leader from the members.")
    if data.place_mode not in PLACE_MODES:
        problems["place_mode"] = translate("validation", "The meeting place is fixed or rotating.")
    if len(data.places) > MAX_PLACES or any(len(p) > 200 for p in data.places):
        problems["places"] = translate(
            "validation", "At most {0} places of up to 200 characters each.").format(MAX_PLACES)
    if data.meeting_minutes is not None and not 5 <= data.meeting_minutes <= 600:
        problems["meeting_minutes"] = translate("validation", "A meeting lasts between 5 and 600 minutes.")
    if data.business_talk_minutes is not None:
        longest = data.meeting_minutes or 600
        if not 0 <= data.business_talk_minutes <= longest:
            problems["business_talk_minutes"] = translate(
                "validation", "Business talk is between 0 minutes and the meeting's length.")
    if data.term_from and data.term_to and data.term_to < data.term_from:
        problems["term_to"] = translate("validation", "The term ends before it starts.")
    if (message := email_problem(data.guest_email)):
        problems["guest_email"] = message
    return problems


def _data(row: SupervisionGroup) -> GroupData:
    return GroupData(row.name, row.kind, row.description, row.leadership, row.leader_key, row.frequency,
                     row.meeting_minutes, row.term_from, row.term_to, row.review_on, row.place_mode,
                     group_places(row), row.guest_name, row.guest_email, row.business_talk_minutes)


class GroupService(Service):
    """``practice.groups``: groups and members (``.contacts`` for outside colleagues).

    Meetings are their own service (``.meeting_service``, also ``practice.meetings``);
    its calls are bound here too so callers of ``practice.groups`` keep working.
    """

    def __init__(self, engine: Engine, series: SeriesService, sessions: SessionService) -> None:
        super().__init__(engine)
        self._series = series
        self._sessions = sessions
        self.contacts = ContactService(engine)
        self.meeting_service = meetings = MeetingService(engine, series, sessions)
        self.schedule_meetings = meetings.schedule_meetings
        self.edit_meetings = meetings.edit_meetings
        self.schedule_meeting = meetings.schedule_meeting
        self.fill_expected_attendance = meetings.fill_expected_attendance
        self.meetings = meetings.meetings
        self.meeting = meetings.meeting
        self.meeting_plan = meetings.meeting_plan
        self.member_themes = meetings.member_themes
        self.set_guest = meetings.set_guest
        self.pin_meeting = meetings.pin_meeting
        self.record_meeting = meetings.record_meeting

    # ---- reading ------------------------------------------------------------------
    def list(self, include_archived: bool = False, today: date | None = None) -> list[GroupRow]:
        today = today or date.today()
        query = select(SupervisionGroup).order_by(func.lower(SupervisionGroup.name), SupervisionGroup.id)
        if not include_archived:
            query = query.where(SupervisionGroup.archived_at.is_(None))
        with self.session() as s:
            rows = list(s.scalars(query))
            stints = stints_of(s, [r.id for r in rows])
            return [GroupRow(r.id, r.name, r.kind, r.leadership, len(active(stints.get(r.id, []), today)),
                             r.review_on, r.archived_at is not None) for r in rows]

    def get(self, group_id: int) -> GroupRecord:
        from ... import recurrence
        from ..scheduling import series_rule

        with self.session() as s:
            row = group_row(s, group_id)
            series = list(s.scalars(select(Series).where(Series.group_id == group_id)
                                    .order_by(Series.start_local, Series.id)))
            schedule = row.frequency
            if not schedule and series:
                last = series[-1]
                try:
                    schedule = recurrence.describe(series_rule(last), last.start_local,
                                                   last.duration_minutes, last.tz)
                except recurrence.RecurrenceError:
                    schedule = last.rrule
            return GroupRecord(row.id, _data(row), schedule, tuple(x.id for x in series), row.archived_at,
                               row.created_at, row.updated_at)

    def reviews_due(self, today: date | None = None, within_days: int = 14) -> builtins.list[ReviewDue]:
        """Groups (not archived) whose review date is past or within ``within_days``: for Today."""
        today = today or date.today()
        query = (select(SupervisionGroup.id, SupervisionGroup.name, SupervisionGroup.review_on)
                 .where(SupervisionGroup.archived_at.is_(None), SupervisionGroup.review_on.is_not(None),
                        SupervisionGroup.review_on <= today + timedelta(days=within_days))
                 .order_by(SupervisionGroup.review_on, SupervisionGroup.id))
        with self.session() as s:
            return [ReviewDue(r.id, r.name, r.review_on, (r.review_on - today).days) for r in s.execute(query)]

    def members(self, group_id: int, on: date | None = None, include_former: bool = False) -> builtins.list[MemberRow]:
        """Members in rota order; active ones on ``on`` (today), or every stint with ``include_former``."""
        on = on or date.today()
        with self.session() as s:
            group_row(s, group_id)
            rows = list(s.scalars(select(GroupMembership).where(GroupMembership.group_id == group_id)
                                  .order_by(GroupMembership.rota_position, GroupMembership.id)))
            found = people(s, [r.person_key for r in rows])
            out = []
            for r in rows:
                is_active = r.joined_on <= on and (r.left_on is None or on < r.left_on)
                if not (is_active or include_former):
                    continue
                person = found.get(r.person_key)
                out.append(MemberRow(r.id, r.person_key, person.name if person else "",
                                     person.email if person else "", person.discipline if person else "",
                                     r.joined_on, r.left_on, r.rota_position, is_active,
                                     r.size_acknowledged_at is not None))
            return out

    def charter_fields(self, group_id: int, on: date | None = None) -> dict[str, object]:
        """The group's agreements as ``pdf.data.CharterData`` keyword arguments (add the letterhead)."""
        from ...pdf.data import Leadership, SessionKind

        record = self.get(group_id)
        members = self.members(group_id, on=on)
        data = record.data
        leader = next((m.name for m in members if m.key == data.leader_key), "")
        return {"group_name": data.name, "kind": SessionKind(data.kind), "members": tuple(m.name for m in members),
                "leadership": Leadership(data.leadership), "leader": leader,
                "rota": tuple(m.name for m in members) if data.leadership == "rotating" else (),
                "schedule": record.schedule, "session_minutes": data.meeting_minutes,
                "place_rotates": data.place_mode == "rotating", "places": data.places,
                "term_from": data.term_from, "term_to": data.term_to, "review_on": data.review_on,
                "guest_supervisor": data.guest_name, "business_talk_minutes": data.business_talk_minutes}

    # ---- changing the group ------------------------------------------------------------
    def create(self, data: GroupData) -> tuple[int, Changes]:
        data = self._checked(data)
        if data.leader_key is not None:
            raise ValidationError({"leader_key": translate(
                "validation", "Add the leader as a member first, then choose them.")})
        with self.transaction() as s:
            row = SupervisionGroup()
            self._apply(row, data)
            s.add(row)
            s.flush()
            return row.id, Changes(groups=True)

    def update(self, group_id: int, data: GroupData) -> Changes:
        data = self._checked(data)
        with self.transaction() as s:
            row = group_row(s, group_id)
            if data.leader_key is not None and data.leader_key not in {
                    m.person_key for m in s.scalars(select(GroupMembership).where(
                        GroupMembership.group_id == group_id))}:
                raise ValidationError({"leader_key": translate(
                    "validation", "The fixed leader must be a member of the group.")})
            before = _data(row)
            seen = ("name", "kind", "leadership", "leader_key", "place_mode", "places")
            if any(getattr(before, key) != getattr(data, key) for key in seen):
                # What invitations say changed: the next one goes out as an update.
                for series in s.scalars(select(Series).where(Series.group_id == group_id)):
                    series.kind = data.kind
                    series.sequence += 1
            if data.kind != row.kind:  # the meetings to come follow the group's kind
                for session in s.scalars(select(S).where(S.group_id == group_id, S.status == "scheduled",
                                                         S.start_utc >= now_utc(None))):
                    session.kind = data.kind
            self._apply(row, data)
        return Changes(groups=True, sessions=True)

    def archive(self, group_id: int) -> Changes:
        return self._set_archived(group_id, utcnow())

    def restore(self, group_id: int) -> Changes:
        return self._set_archived(group_id, None)

    def delete(self, group_id: int, *, now: datetime | None = None) -> Changes:
        """Delete a group: its series end now and future untouched meetings go.

        Held or recorded meetings stay, with their notes and attendance (their
        ``group_id`` becomes empty); archiving is the gentler choice.
        """
        with self.session() as s:
            group_row(s, group_id)
            series_ids = list(s.scalars(select(Series.id).where(Series.group_id == group_id)))
        for series_id in series_ids:
            self._series.delete(series_id, now=now)
        with self.transaction() as s:
            row = group_row(s, group_id)
            gone = delete_sessions(s, (S.group_id == group_id) & (S.start_utc >= now_utc(now)) & untouched())
            s.delete(row)
            add_event(s, "delete", "group", group_id, f"group deleted; {len(gone)} future meetings deleted")
        return Changes(groups=True, sessions=True, audit=True)

    # ---- membership -------------------------------------------------------------------
    def add_member(self, group_id: int, member: MemberRef | str, from_date: date, *,
                   acknowledge_size: bool = False) -> MemberChange:
        """Add a member from ``from_date``; past the recommended size, GroupTooLarge
        unless ``acknowledge_size`` (which is then stored with the membership)."""
        return self.add_members(group_id, [member], from_date, acknowledge_size=acknowledge_size)

    def add_members(self, group_id: int, members: Sequence[MemberRef | str], from_date: date, *,
                    acknowledge_size: bool = False) -> MemberChange:
        """Add everyone in ``members`` from ``from_date`` in one transaction: all of them or none.

        Past the recommended size the whole batch raises GroupTooLarge once (add again with
        ``acknowledge_size``); past MAX_GROUP_MEMBERS, or with anyone unknown or already a
        member, a ValidationError and nothing is written."""
        refs = list({ref.key: ref for ref in (MemberRef.parse(m) for m in members)}.values())
        if not refs:
            raise ValidationError({"member": translate("validation", "Choose at least one person to add.")})
        if not isinstance(from_date, date):
            raise ValidationError({"from_date": translate(
                "validation", "Choose the date the membership starts.")})
        with self.transaction() as s:
            group_row(s, group_id)
            for ref in refs:
                require_person(s, ref)
            stints = stints_of(s, [group_id]).get(group_id, [])
            keys = {ref.key for ref in refs}
            if any(st.key in keys and (st.left_on is None or st.left_on > from_date) for st in stints):
                message = (translate("validation", "This person is already a member from that date.")
                           if len(refs) == 1 else translate(
                               "validation", "Someone chosen is already a member from that date; nobody "
                                             "was added."))
                raise ValidationError({"member": message})
            days = {from_date} | {st.joined_on for st in stints if st.joined_on > from_date}
            largest = max(len({m.key for m in active(stints, d)} | keys) for d in days)
            if largest > MAX_GROUP_MEMBERS:
                raise ValidationError({"member": translate(
                    "validation", "A group can have at most {0} members; this would make {1}. Nobody was "
                                  "added.").format(MAX_GROUP_MEMBERS, largest)})
            warning = SizeWarning(largest) if largest > RECOMMENDED_MAX_MEMBERS else None
            if warning is not None and not acknowledge_size:
                raise GroupTooLarge(warning)
            position = max((st.position for st in stints), default=-1) + 1
            rows = [GroupMembership(group_id=group_id, supervisee_id=ref.supervisee_id, contact_id=ref.contact_id,
                                    joined_on=from_date, rota_position=position + i,
                                    size_acknowledged_at=utcnow() if warning is not None else None)
                    for i, ref in enumerate(refs)]
            s.add_all(rows)
            s.flush()
            sync_expected(s, group_id, from_date)
            ids = tuple(row.id for row in rows)
            return MemberChange(ids[0], Changes(groups=True, sessions=True), warning, ids)

    def remove_member(self, group_id: int, member: MemberRef | str, from_date: date) -> Changes:
        """The member is no longer in the group from ``from_date`` (meetings that day included)."""
        ref = MemberRef.parse(member)
        if not isinstance(from_date, date):
            raise ValidationError({"from_date": translate(
                "validation", "Choose the date the membership ends.")})
        with self.transaction() as s:
            group_row(s, group_id)
            rows = [r for r in s.scalars(select(GroupMembership).where(GroupMembership.group_id == group_id))
                    if r.person_key == ref.key and (r.left_on is None or r.left_on > from_date)]
            if not rows:
                raise ValidationError({"member": translate(
                    "validation", "This person is not a member on that date.")})
            for row in rows:
                if row.joined_on >= from_date:
                    s.delete(row)  # never took effect
                else:
                    row.left_on = from_date
            s.flush()
            sync_expected(s, group_id, from_date)
        return Changes(groups=True, sessions=True)

    def set_rota(self, group_id: int, keys: builtins.list[str] | tuple[str, ...]) -> Changes:
        """Put members in this rota order; members not named keep their order, after them."""
        order = {key: i for i, key in enumerate(dict.fromkeys(keys))}
        with self.transaction() as s:
            group_row(s, group_id)
            rows = list(s.scalars(select(GroupMembership).where(GroupMembership.group_id == group_id)
                                  .order_by(GroupMembership.rota_position, GroupMembership.id)))
            unknown = set(order) - {r.person_key for r in rows}
            if unknown:
                raise ValidationError({"rota": translate(
                    "validation", "The rota may only list the group's members.")})
            ranked = sorted(rows, key=lambda r: (order.get(r.person_key, len(order)), r.rota_position, r.id))
            for position, row in enumerate(ranked):
                row.rota_position = position
        return Changes(groups=True)

    # ---- helpers ------------------------------------------------------------------------
    def _set_archived(self, group_id: int, when: datetime | None) -> Changes:
        with self.transaction() as s:
            group_row(s, group_id).archived_at = when
        return Changes(groups=True)

    @staticmethod
    def _checked(data: GroupData) -> GroupData:
        data = data.cleaned()
        problems = _validate(data)
        if problems:
            raise ValidationError(problems)
        return data

    @staticmethod
    def _apply(row: SupervisionGroup, data: GroupData) -> None:
        values = asdict(data)
        values["places"] = json.dumps(list(data.places), ensure_ascii=False)
        for key, value in values.items():
            setattr(row, key, value)

