"""Recurring series: create, preview, edit all / this-and-following, end, extend the horizon.

A series edit never moves or deletes a held session, a session with anything
recorded, a paid one, or one changed on its own (``detached``); it
regenerates only the untouched scheduled occurrences.
"""
from __future__ import annotations

import builtins
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from .. import recurrence
from ..i18n import translate
from ..models import Series, SupervisionSession, utcnow
from .audit import add_event
from .base import NotFound, Service, ValidationError
from .changes import Changes
from .scheduling import (
    ConflictInfo,
    Scheduled,
    advance_anchor,
    booking_problems,
    day_start,
    delete_sessions,
    expand,
    find_conflicts,
    from_utc,
    horizon_for,
    load_exdates,
    materialise,
    new_uid,
    next_occurrence,
    now_utc,
    parse_rule,
    series_rule,
    session_values,
    store_exdates,
    to_utc,
    untouched,
    wall_clock,
)
from .search import flush_index
from .validation import clean

S = SupervisionSession
PREVIEW_COUNT = 8


@dataclass(frozen=True)
class SeriesData:
    """A recurring appointment. ``start_local`` is wall-clock time in ``tz``; ``rrule`` RFC 5545."""

    start_local: datetime
    rrule: str = "FREQ=WEEKLY"
    tz: str = "UTC"
    duration_minutes: int = 60
    kind: str = "individual"
    supervisee_id: int | None = None
    group_id: int | None = None
    location: str = ""
    fee: Decimal | None = None


@dataclass(frozen=True)
class SeriesRecord:
    id: int
    uid: str
    sequence: int
    data: SeriesData
    description: str  # "Weekly on Monday, 10:00–11:00"
    exdates: tuple[datetime, ...]  # naive wall-clock in data.tz
    materialised_until: date | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SeriesPreview:
    description: str
    first: tuple[datetime, ...]  # the first occurrences, aware in the series zone
    conflicts: tuple[ConflictInfo, ...]


def _record(row: Series) -> SeriesRecord:
    data = SeriesData(row.start_local, row.rrule, row.tz, row.duration_minutes, row.kind,
                      row.supervisee_id, row.group_id, row.location, row.fee)
    try:
        text = recurrence.describe(series_rule(row), row.start_local, row.duration_minutes, row.tz)
    except recurrence.RecurrenceError:
        text = row.rrule
    return SeriesRecord(row.id, row.uid, row.sequence, data, text, tuple(load_exdates(row)),
                        row.materialised_until, row.created_at, row.updated_at)


class SeriesService(Service):
    # ---- reading ------------------------------------------------------------
    def get(self, series_id: int) -> SeriesRecord:
        with self.session() as s:
            return _record(self._row(s, series_id))

    def list(self, supervisee_id: int | None = None, group_id: int | None = None) -> list[SeriesRecord]:
        query = select(Series).order_by(Series.start_local, Series.id)
        if supervisee_id is not None:
            query = query.where(Series.supervisee_id == supervisee_id)
        if group_id is not None:
            query = query.where(Series.group_id == group_id)
        with self.session() as s:
            return [_record(row) for row in s.scalars(query)]

    def preview(self, data: SeriesData, *, exclude_series_id: int | None = None,
                now: datetime | None = None) -> SeriesPreview:
        """Describe a series before saving it, with its clashes up to the horizon."""
        with self.session() as s:
            data, rule = self._checked(s, data)
            occurrences = self._upcoming(rule, data, now)
            cut = now_utc(now)
            starts = [o.astimezone(UTC).replace(tzinfo=None) for o in occurrences]
            clashes = find_conflicts(
                s, [(a, a + timedelta(minutes=data.duration_minutes)) for a in starts if a >= cut],
                supervisee_id=data.supervisee_id, group_id=data.group_id, exclude_series_id=exclude_series_id)
        return SeriesPreview(recurrence.describe(rule, data.start_local, data.duration_minutes, data.tz),
                             tuple(occurrences[:PREVIEW_COUNT]), tuple(clashes))

    # ---- changing -------------------------------------------------------------
    def create(self, data: SeriesData, *, now: datetime | None = None) -> Scheduled:
        """Save a series and materialise it to the horizon; clashes are returned, not refused."""
        with self.transaction() as s:
            data, rule = self._checked(s, data)
            row = Series(uid=new_uid(), sequence=0, **self._columns(data, rule))
            s.add(row)
            s.flush()
            start = to_utc(row.start_local, row.tz).replace(tzinfo=UTC)
            self._fill(s, row, rule, start, now)
            return Scheduled(row.id, Changes(sessions=True), self._clashes(s, row, start, now))

    def edit_all(self, series_id: int, data: SeriesData, *, now: datetime | None = None) -> Scheduled:
        """Change the whole series: future untouched sessions are regenerated."""
        with self.transaction() as s:
            row = self._row(s, series_id)
            data, rule = self._checked(s, data)
            cut = now_utc(now).replace(tzinfo=UTC)
            self._regenerate(s, row, data, rule, cut, now)
            return Scheduled(row.id, Changes(sessions=True), self._clashes(s, row, cut, now))

    def edit_following(self, session_id: int, data: SeriesData, *,
                       now: datetime | None = None) -> Scheduled:
        """Change this occurrence and the following ones: the series is split in two.

        Returns the new series' id. Sessions of the old series from the split
        point that are untouched are regenerated under the new series; kept
        ones (held, recorded, changed on their own) move to it unchanged.
        """
        with self.transaction() as s:
            session = s.get(S, session_id)
            if session is None:
                raise NotFound(translate("errors", "Session"), session_id)
            if session.series_id is None or session.original_start is None:
                raise ValidationError({"series": translate(
                    "validation", "This session is not part of a series.")})
            old = self._row(s, session.series_id)
            data, rule = self._checked(s, data)
            split_utc = session.original_start
            split_wall = from_utc(split_utc, old.tz).replace(tzinfo=None)
            old_rule = series_rule(old)
            cut = min(split_utc, to_utc(data.start_local, data.tz)).replace(tzinfo=UTC)
            if split_wall <= old.start_local:  # the first occurrence: the whole series changes
                self._regenerate(s, old, data, rule, cut, now)
                return Scheduled(old.id, Changes(sessions=True), self._clashes(s, old, cut, now))
            try:
                ended, rest = recurrence.split_rule(old_rule, old.start_local, split_wall)
            except recurrence.RecurrenceError as exc:
                raise ValidationError({"series": translate(
                    "validation", "The series can't be split there: {0}.").format(exc)}) from None
            if data.rrule == old.rrule:
                rule = rest  # same rule: a COUNT carries on where the old part stops
            new = Series(uid=new_uid(), sequence=0, **self._columns(data, rule))
            s.add(new)
            s.flush()
            exdates = load_exdates(old)
            store_exdates(old, [e for e in exdates if e < split_wall])
            store_exdates(new, [e for e in exdates if e >= split_wall])
            old.rrule, old.sequence, old.updated_at = ended.to_rrule(), old.sequence + 1, utcnow()
            mine = (S.series_id == old.id) & (S.original_start >= split_utc)
            delete_sessions(s, mine & untouched())
            for kept in s.scalars(select(S).where(mine)):
                kept.series_id = new.id
            s.flush()
            self._fill(s, new, rule, cut, now, claim_by_day=True)
            return Scheduled(new.id, Changes(sessions=True), self._clashes(s, new, cut, now))

    def delete(self, series_id: int, *, now: datetime | None = None) -> Changes:
        """End the series now: its future untouched sessions go; everything else stays."""
        with self.transaction() as s:
            row = self._row(s, series_id)
            cut = now_utc(now)
            deleted = delete_sessions(s, (S.series_id == row.id) & (S.start_utc >= cut) & untouched())
            rule = series_rule(row)
            following = next_occurrence(rule, row.start_local, row.tz, cut)
            if following is not None:
                wall = following.replace(tzinfo=None)
                if wall <= row.start_local:  # nothing before now: the series goes entirely
                    for kept in s.scalars(select(S).where(S.series_id == row.id)):
                        kept.series_id, kept.uid, kept.original_start = None, new_uid(), None
                    s.flush()
                    s.delete(row)
                    add_event(s, "delete", "series", series_id,
                              f"series deleted; {len(deleted)} sessions deleted")
                    s.flush()
                    flush_index(s)
                    return Changes(sessions=True, audit=True)
                row.rrule = recurrence.split_rule(rule, row.start_local, wall)[0].to_rrule()
            row.sequence += 1
            row.updated_at = utcnow()
            add_event(s, "delete", "series", series_id, f"series ended; {len(deleted)} sessions deleted")
            s.flush()
            flush_index(s)
        return Changes(sessions=True, audit=True)

    def extend_horizon(self, today: date | None = None) -> Changes:
        """Materialise every series up to ``today`` + 12 months; cheap when nothing is due.

        Runs at every unlock, so it works in bulk: one query for what exists,
        one insert for what is new, and each rule expanded from its anchor.
        """
        today = today or date.today()
        horizon = horizon_for(today)
        with self.transaction() as s:
            due = list(s.scalars(select(Series).where(
                (Series.materialised_until.is_(None)) | (Series.materialised_until < horizon))))
            if not due:
                return Changes()
            windows = {}
            for row in due:
                begin = (row.materialised_until + timedelta(days=1)) if row.materialised_until \
                    else row.start_local.date()
                windows[row.id] = (begin, day_start(begin, row.tz), day_start(horizon + timedelta(days=1), row.tz))
            earliest = now_utc(min(w[1] for w in windows.values())) - timedelta(days=1)
            existing: dict[int, set[datetime]] = defaultdict(set)
            for series_id, original in s.execute(select(S.series_id, S.original_start).where(
                    S.series_id.in_(list(windows)), S.original_start >= earliest)):
                if series_id is not None and original is not None:  # both set on series sessions
                    existing[series_id].add(original)
            rows: list[dict[str, object]] = []
            for row in due:
                rule = series_rule(row)
                begin, lo, hi = windows[row.id]
                if rule.until is None or rule.until >= begin:
                    try:
                        occurrences = expand(rule, row.start_local, row.tz, lo, hi, anchor=row.anchor_local)
                    except recurrence.RecurrenceError:  # never block an unlock; the rule was checked on save
                        occurrences = []
                    advance_anchor(row, rule, occurrences)
                    skip = existing[row.id] | {to_utc(e, row.tz) for e in load_exdates(row)}
                    rows += [session_values(row, o) for o in occurrences
                             if o.astimezone(UTC).replace(tzinfo=None) not in skip]
                row.materialised_until = horizon
            if rows:
                s.execute(cast(Table, S.__table__).insert(), rows)
                flush_index(s)
        return Changes(sessions=bool(rows))

    # ---- helpers ----------------------------------------------------------------
    @staticmethod
    def _row(s: Session, series_id: int) -> Series:
        row = s.get(Series, series_id)
        if row is None:
            raise NotFound(translate("errors", "Series"), series_id)
        return row

    @staticmethod
    def _checked(s: Session, data: SeriesData) -> tuple[SeriesData, recurrence.Rule]:
        """Validate; the start becomes the rule's first occurrence (wall-clock, whole minutes)."""
        problems = booking_problems(s, kind=data.kind, supervisee_id=data.supervisee_id, tz=data.tz,
                                    duration_minutes=data.duration_minutes, location=clean(data.location),
                                    fee=data.fee)
        if not isinstance(data.start_local, datetime):
            problems["start_local"] = translate(
                "validation", "Choose the date and time of the first session.")
        if problems:
            raise ValidationError(problems)
        start = wall_clock(data.start_local, data.tz)
        rule = parse_rule(data.rrule, start, data.tz)
        first = recurrence.first_occurrence(rule, start)
        fee = None if data.fee is None else Decimal(str(data.fee))
        return replace(data, start_local=first, rrule=rule.to_rrule(), location=clean(data.location),
                       fee=fee), rule

    @staticmethod
    def _columns(data: SeriesData, rule: recurrence.Rule) -> dict[str, object]:
        return {"kind": data.kind, "supervisee_id": data.supervisee_id, "group_id": data.group_id,
                "rrule": rule.to_rrule(), "start_local": data.start_local, "tz": data.tz,
                "duration_minutes": data.duration_minutes, "location": data.location, "fee": data.fee,
                "exdates": "[]", "anchor_local": None}

    @staticmethod
    def _horizon_end(row: Series, now: datetime | None) -> tuple[date, datetime]:
        today = from_utc(now_utc(now), row.tz).date()
        horizon = horizon_for(today)
        return horizon, day_start(horizon + timedelta(days=1), row.tz)

    def _fill(self, s: Session, row: Series, rule: recurrence.Rule, start: datetime,
              now: datetime | None, *, claim_by_day: bool = False) -> None:
        horizon, end = self._horizon_end(row, now)
        if start < end:
            materialise(s, row, rule, start, end, claim_by_day=claim_by_day)
        row.materialised_until = horizon
        s.flush()
        flush_index(s)

    def _regenerate(self, s: Session, row: Series, data: SeriesData, rule: recurrence.Rule,
                    cut: datetime, now: datetime | None) -> None:
        """Apply new settings to a series from ``cut`` on, keeping what must be kept."""
        cut_utc = now_utc(cut)
        delete_sessions(s, (S.series_id == row.id) & (S.start_utc >= cut_utc) & untouched())
        for key, value in self._columns(data, rule).items():
            if key != "exdates":
                setattr(row, key, value)
        row.sequence += 1
        row.updated_at = utcnow()
        s.flush()
        self._fill(s, row, rule, max(cut, to_utc(row.start_local, row.tz).replace(tzinfo=UTC)), now,
                   claim_by_day=True)

    @staticmethod
    def _clashes(s: Session, row: Series, start: datetime, now: datetime | None) -> tuple[ConflictInfo, ...]:
        """Clashes of the series' scheduled sessions from ``start`` (or now) to the horizon."""
        lo = max(now_utc(start), now_utc(now))
        own = list(s.execute(select(S.start_utc, S.end_utc).where(
            S.series_id == row.id, S.start_utc >= lo, S.status == "scheduled")))
        return tuple(find_conflicts(s, [(a, b) for a, b in own], supervisee_id=row.supervisee_id,
                                    group_id=row.group_id, exclude_series_id=row.id))

    @staticmethod
    def _upcoming(rule: recurrence.Rule, data: SeriesData, now: datetime | None) -> builtins.list[datetime]:
        today = from_utc(now_utc(now), data.tz).date()
        start = day_start(data.start_local.date(), data.tz)
        end = day_start(horizon_for(max(today, data.start_local.date())) + timedelta(days=1), data.tz)
        return expand(rule, data.start_local, data.tz, start, end)
