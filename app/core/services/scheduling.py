"""What the series and session services share: time zones, conflicts, materialising.

Instants are stored as naive UTC; callers get aware datetimes. A series is
expanded with :mod:`app.core.recurrence` (wall-clock times kept across DST)
into ``session`` rows up to a rolling horizon of :data:`HORIZON_MONTHS`.
"""
from __future__ import annotations

import calendar
import json
import uuid
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, and_, delete, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from .. import recurrence
from ..i18n import translate
from ..models import KINDS, Attendance, PracticeSettings, Series, Supervisee, SupervisionSession, utcnow
from .base import ValidationError
from .changes import Changes
from .validation import time_zone_problem, too_long

HORIZON_MONTHS = 12
MAX_SESSION_MINUTES = 600
MAX_CONFLICTS = 100
S = SupervisionSession


# ---- time -----------------------------------------------------------------
@lru_cache(maxsize=128)
def zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def to_utc(moment: datetime, tz: str) -> datetime:
    """Naive UTC for an aware instant or a naive wall-clock time in ``tz``.

    A wall-clock time repeated when the clocks go back is the one its ``fold``
    says: 0 (a plain date and time) the first, 1 the second, so a session moved
    to the later 02:30 lands there. A wall-clock time in a DST gap moves forward
    by the gap whatever its fold (as recurrence does).
    """
    if moment.tzinfo is None:
        later = moment.replace(tzinfo=zone(tz), fold=1)
        if moment.fold and later.astimezone(UTC).astimezone(zone(tz)).replace(tzinfo=None) == moment:
            moment = later  # the second of a repeated time (not a gap, where it would move back)
        else:
            moment = moment.replace(tzinfo=zone(tz), fold=0)
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_utc(naive_utc: datetime, tz: str) -> datetime:
    """The stored naive-UTC instant, aware in ``tz``."""
    return naive_utc.replace(tzinfo=UTC).astimezone(zone(tz))


def local_wall(naive_utc: datetime, tz: str) -> datetime:
    """The naive wall-clock time in ``tz`` of a stored instant."""
    return from_utc(naive_utc, tz).replace(tzinfo=None)


def now_utc(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    return now.astimezone(UTC).replace(tzinfo=None) if now.tzinfo else now


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def horizon_for(today: date) -> date:
    """The last day sessions are materialised for (inclusive)."""
    return add_months(today, HORIZON_MONTHS)


def practice_tz(s: Session) -> str:
    return s.scalar(select(PracticeSettings.time_zone).where(PracticeSettings.id == 1)) or "UTC"


def new_uid() -> str:
    return f"{uuid.uuid4()}@peerglass"


# ---- rules ------------------------------------------------------------------
def parse_rule(text: str, start_local: datetime, tz: str) -> recurrence.Rule:
    """The rule, checked against its start; absurd rules become a ValidationError."""
    try:
        rule = recurrence.Rule.parse(text, tz=tz, start_local=start_local)
        recurrence.validate(rule, start_local, tz)
    except recurrence.RecurrenceError as exc:
        raise ValidationError({"rrule": translate(
            "validation", "This repeat rule can't be used: {0}.").format(exc)}) from None
    return rule


def series_rule(row: Series) -> recurrence.Rule:
    return recurrence.Rule.parse(row.rrule, tz=row.tz, start_local=row.start_local)


def load_exdates(row: Series) -> list[datetime]:
    try:
        return sorted(datetime.fromisoformat(v) for v in json.loads(row.exdates or "[]"))
    except (TypeError, ValueError):
        return []


def dump_exdates(values: Iterable[datetime]) -> str:
    return json.dumps(sorted({v.replace(microsecond=0).isoformat() for v in values}))


def store_exdates(row: Series, values: Iterable[datetime]) -> None:
    row.exdates = dump_exdates(values)


def expand(rule: recurrence.Rule, start_local: datetime, tz: str, window_start: datetime,
           window_end: datetime, *, anchor: datetime | None = None) -> list[datetime]:
    """Occurrences (aware) in ``[window_start, window_end)``.

    dateutil walks every occurrence from the rule's start, so a ten-year-old
    series would cost ten years of walking on each call; a rule without
    COUNT is instead expanded from ``anchor`` (a known occurrence at or
    before the window) and from each window's last occurrence, in yearly
    windows (recurrence caps one window at 1,000 occurrences).
    """
    lo_wall = window_start.astimezone(zone(tz)).replace(tzinfo=None)
    base = start_local
    if anchor is not None and rule.count is None and start_local <= anchor <= lo_wall:
        base = anchor
    found: list[datetime] = []
    lo = window_start
    while lo < window_end:
        if rule.until is not None and rule.until < lo.astimezone(zone(tz)).date():
            break
        hi = min(window_end, lo + timedelta(days=366))
        chunk = recurrence.occurrences(rule, base, tz, window_start=lo, window_end=hi)
        found += chunk
        if chunk and rule.count is None:  # the rule's own time: a DST gap may have moved the wall
            base = datetime.combine(chunk[-1].date(), start_local.time())
        lo = hi
    return found


def next_occurrence(rule: recurrence.Rule, start_local: datetime, tz: str,
                    after_utc: datetime) -> datetime | None:
    """The first occurrence (aware) at or after an instant, ignoring exdates."""
    lo = after_utc.replace(tzinfo=UTC)
    for span in (timedelta(days=40), timedelta(days=400), timedelta(days=4100)):
        found = recurrence.occurrences(rule, start_local, tz, window_start=lo, window_end=lo + span)
        if found:
            return found[0]
        if rule.until is not None and rule.until < (lo + span).date():
            return None
    return None


# ---- what a series edit may touch -----------------------------------------
def untouched() -> ColumnElement[bool]:
    """Sessions a series edit may regenerate: scheduled, unchanged, nothing recorded."""
    return and_(S.status == "scheduled", S.detached.is_(False), S.has_notes.is_(False),
                S.paid.is_(False))


def session_values(series: Series, start_aware: datetime) -> dict[str, object]:
    """Column values of a new session for one occurrence of ``series``."""
    start = start_aware.astimezone(UTC).replace(tzinfo=None)
    return {
        "series_id": series.id, "supervisee_id": series.supervisee_id, "group_id": series.group_id,
        "kind": series.kind, "start_utc": start,
        "end_utc": start + timedelta(minutes=series.duration_minutes), "tz": series.tz,
        "duration_minutes": series.duration_minutes, "location": series.location,
        "status": "scheduled", "cancelled_by": "", "original_start": start, "detached": False,
        "has_notes": False, "paid": False, "fee": series.fee, "sequence": 0,
    }


def materialise(s: Session, series: Series, rule: recurrence.Rule, window_start: datetime,
                window_end: datetime, *, claim_by_day: bool = False) -> int:
    """Insert sessions for the occurrences in ``[window_start, window_end)`` (aware).

    An occurrence is skipped when an exdate or an existing session of the
    series stands for it (same recurrence-id). With ``claim_by_day`` (after
    the rule changed), a leftover exdate or kept session also claims an
    occurrence on the same local day, and is re-pointed at it, so a changed
    time of day neither revives a deleted occurrence nor doubles a held one.
    """
    tz = series.tz
    occurrences = expand(rule, series.start_local, tz, window_start, window_end,
                         anchor=series.anchor_local)
    advance_anchor(series, rule, occurrences)
    walls = [o.replace(tzinfo=None) for o in occurrences]
    exdates = load_exdates(series)
    lo_wall = window_start.astimezone(zone(tz)).replace(tzinfo=None)
    hi_wall = window_end.astimezone(zone(tz)).replace(tzinfo=None)
    lo_utc, hi_utc = now_utc(window_start), now_utc(window_end)
    kept = list(s.scalars(select(S).where(
        S.series_id == series.id, S.original_start >= lo_utc - timedelta(days=1),
        S.original_start < hi_utc + timedelta(days=1))))
    kept_walls = {id(k): local_wall(k.original_start, tz) for k in kept}  # type: ignore[arg-type]
    taken: set[datetime] = set()
    wall_set = set(walls)
    for value in list(exdates) + list(kept_walls.values()):
        if value in wall_set:
            taken.add(value)
    if claim_by_day:
        free_by_day: dict[date, list[datetime]] = {}
        for wall in walls:
            if wall not in taken:
                free_by_day.setdefault(wall.date(), []).append(wall)
        new_exdates = []
        for value in exdates:
            if value not in wall_set and lo_wall.date() <= value.date() <= hi_wall.date() \
                    and free_by_day.get(value.date()):
                value = free_by_day[value.date()].pop(0)
                taken.add(value)
            new_exdates.append(value)
        if new_exdates != exdates:
            store_exdates(series, new_exdates)
        for session in kept:
            wall = kept_walls[id(session)]
            if wall not in wall_set and free_by_day.get(wall.date()):
                claimed = free_by_day[wall.date()].pop(0)
                taken.add(claimed)
                session.original_start = to_utc(claimed, tz)
                session.detached = True
    rows = [session_values(series, occ) for occ, wall in zip(occurrences, walls) if wall not in taken]
    if rows:
        s.execute(cast(Table, S.__table__).insert(), rows)
    return len(rows)


def advance_anchor(series: Series, rule: recurrence.Rule, occurrences: Sequence[datetime]) -> None:
    """Remember the last expanded occurrence as the next expansion's start (rules without COUNT)."""
    if occurrences and rule.count is None:
        series.anchor_local = datetime.combine(occurrences[-1].date(), series.start_local.time())


def day_start(day: date, tz: str) -> datetime:
    """Local midnight of ``day`` as an aware datetime (a gap moves forward)."""
    return datetime.combine(day, time()).replace(tzinfo=zone(tz)).astimezone(UTC)


# ---- conflicts -------------------------------------------------------------
@dataclass(frozen=True)
class ConflictInfo:
    """An existing, not cancelled session overlapping the proposed time."""

    session_id: int
    start: datetime
    end: datetime
    kind: str
    supervisee_id: int | None
    supervisee_name: str
    group_id: int | None
    same_supervisee: bool
    same_group: bool
    proposed_start: datetime | None = None  # which occurrence of a series clashes

    @property
    def message(self) -> str:
        who = self.supervisee_name or ("a group" if self.group_id else "another session")
        when = f"{self.start:%a %d %b %Y %H:%M}\u2013{self.end:%H:%M}"
        if self.same_supervisee:
            return f"{who} already has a session then ({when})."
        if self.same_group:
            return f"This group already meets then ({when})."
        return f"You already have a session with {who} then ({when})."


@dataclass(frozen=True)
class Scheduled:
    """The result of scheduling: the new/changed id, what changed, and clashes to show."""

    id: int
    changes: Changes
    conflicts: tuple[ConflictInfo, ...] = ()


def find_conflicts(s: Session, intervals: Sequence[tuple[datetime, datetime]], *,
                   supervisee_id: int | None = None, group_id: int | None = None,
                   exclude_session_ids: Iterable[int] = (), exclude_series_id: int | None = None,
                   display_tz: str | None = None) -> list[ConflictInfo]:
    """Sessions (not cancelled) overlapping any of the naive-UTC ``intervals``.

    Every session is the supervisor's time, so any overlap is reported; the
    flags say whether it is also the same supervisee's or group's.
    """
    if not intervals:
        return []
    intervals = sorted(intervals)
    lo = intervals[0][0] - timedelta(minutes=MAX_SESSION_MINUTES)
    hi = max(end for _, end in intervals)
    query = (select(S.id, S.start_utc, S.end_utc, S.kind, S.supervisee_id, S.group_id,
                    Supervisee.full_name)
             .outerjoin(Supervisee, Supervisee.id == S.supervisee_id)
             .where(S.start_utc >= lo, S.start_utc < hi, S.status != "cancelled")
             .order_by(S.start_utc))
    excluded = list(exclude_session_ids)
    if excluded:
        query = query.where(S.id.not_in(excluded))
    if exclude_series_id is not None:
        query = query.where(or_(S.series_id.is_(None), S.series_id != exclude_series_id))
    rows = list(s.execute(query))
    if not rows:
        return []
    attending: set[int] = set()
    if supervisee_id is not None:
        ids = [r.id for r in rows]
        attending = set(s.scalars(select(Attendance.session_id).where(
            Attendance.person_key == f"supervisee:{supervisee_id}", Attendance.session_id.in_(ids))))
    tz = display_tz or practice_tz(s)
    starts = [start for start, _ in intervals]
    found: list[ConflictInfo] = []
    for row in rows:
        # only proposals starting in [row start - longest session, row end) can overlap it
        first = bisect_left(starts, row.start_utc - timedelta(minutes=MAX_SESSION_MINUTES))
        for p_start, p_end in intervals[first:bisect_left(starts, row.end_utc)]:
            if p_start < row.end_utc and row.start_utc < p_end:
                same_person = supervisee_id is not None and (
                    row.supervisee_id == supervisee_id or row.id in attending)
                found.append(ConflictInfo(
                    row.id, from_utc(row.start_utc, tz), from_utc(row.end_utc, tz), row.kind,
                    row.supervisee_id, row.full_name or "", row.group_id, same_person,
                    group_id is not None and row.group_id == group_id, from_utc(p_start, tz)))
                break
        if len(found) >= MAX_CONFLICTS:
            break
    return found


def delete_sessions(s: Session, where: ColumnElement[bool]) -> list[int]:
    """Delete matching sessions (children cascade); returns their ids."""
    ids = list(s.scalars(select(S.id).where(where)))
    for chunk in range(0, len(ids), 500):
        s.execute(delete(S).where(S.id.in_(ids[chunk:chunk + 500])),
                  execution_options={"synchronize_session": False})
    return ids


# ---- shared field checks ---------------------------------------------------
def booking_problems(s: Session, *, kind: str, supervisee_id: int | None, tz: str,
                     duration_minutes: int, location: str, fee: object) -> dict[str, str]:
    """Field -> message for what a series and a one-off session both need."""
    problems: dict[str, str] = {}
    if kind not in KINDS:
        problems["kind"] = translate(
            "validation", "Choose individual supervision, a peer group or group supervision.")
    if kind == "individual" and supervisee_id is None:
        problems["supervisee_id"] = translate("validation", "Choose the supervisee.")
    elif supervisee_id is not None and s.get(Supervisee, supervisee_id) is None:
        problems["supervisee_id"] = translate("validation", "That supervisee no longer exists.")
    if (message := time_zone_problem(tz)):
        problems["tz"] = message
    if isinstance(duration_minutes, bool) or not isinstance(duration_minutes, int) \
            or not 5 <= duration_minutes <= MAX_SESSION_MINUTES:
        problems["duration_minutes"] = translate(
            "validation", "A session lasts between 5 and {0} minutes.").format(MAX_SESSION_MINUTES)
    if (message := too_long(location, 200, translate("validation", "Location"))):
        problems["location"] = message
    if fee is not None:
        try:
            if not Decimal("0") <= Decimal(str(fee)) <= Decimal("100000"):
                problems["fee"] = translate("validation", "The fee is between 0 and 100,000.")
        except InvalidOperation:
            problems["fee"] = translate("validation", "The fee is a number such as 85.00.")
    return problems


def wall_clock(moment: datetime, tz: str) -> datetime:
    """A start given by the caller as naive wall-clock time in ``tz`` (aware is converted)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone(tz)).replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)
