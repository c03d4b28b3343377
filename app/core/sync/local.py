"""The calendar objects the vault wants on the server, built from sessions and series.

One object per series (master with RRULE and EXDATEs, a VEVENT per moved
occurrence carrying its own SUMMARY and LOCATION) and one per single
session, for everything that touches the sync window. Each object has a
fingerprint of its content (not of the bytes, which carry a DTSTAMP) so an
unchanged object is never pushed again.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..models import Series, Supervisee, SupervisionGroup, SupervisionSession
from ..services.base import reading
from ..services.scheduling import from_utc, load_exdates, to_utc, zone
from .privacy import Privacy

if TYPE_CHECKING:
    from ..ical import IcsEvent

PRODID = "-//Peerglass//Calendar sync//EN"


@dataclass(frozen=True)
class LocalObject:
    """One calendar object: its UID, the vault rows behind it and its events."""

    uid: str
    series_id: int | None
    session_id: int | None
    events: tuple[IcsEvent, ...]

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(repr(self.events).encode("utf-8")).hexdigest()

    def to_ics(self) -> bytes:
        from ..ical import export_calendar

        return export_calendar(self.events, prodid=PRODID)


def session_uid(row: SupervisionSession) -> str:
    return row.uid or f"session-{row.id}@peerglass"


class _Names:
    def __init__(self, s: Session) -> None:
        self.people = dict(s.execute(select(Supervisee.id, Supervisee.full_name)).all())
        self.groups = dict(s.execute(select(SupervisionGroup.id, SupervisionGroup.name)).all())

    def who(self, supervisee_id: int | None, group_id: int | None) -> str:
        if group_id is not None and group_id in self.groups:
            return self.groups[group_id]
        return self.people.get(supervisee_id, "") if supervisee_id is not None else ""


def window(now: datetime, past_days: int, future_days: int) -> tuple[datetime, datetime]:
    """The naive-UTC window of sessions that are synced."""
    return now - timedelta(days=past_days), now + timedelta(days=future_days)


def local_objects(engine: Engine, privacy: Privacy, start: datetime, end: datetime, *,
                  uids: set[str] | None = None) -> dict[str, LocalObject]:
    """Every object the server should hold for sessions starting in ``[start, end)`` (naive UTC).

    ``uids``: only those objects (one just brought in from the server, say).
    """
    from ..ical import IcsEvent

    objects: dict[str, LocalObject] = {}
    with reading(engine) as s:
        names = _Names(s)
        in_window = (SupervisionSession.start_utc >= start) & (SupervisionSession.start_utc < end)
        series_ids = set(s.scalars(select(SupervisionSession.series_id).where(
            in_window, SupervisionSession.series_id.is_not(None)).distinct()))
        if uids is not None:
            series_ids &= set(s.scalars(select(Series.id).where(Series.uid.in_(uids))))
        members: dict[int, list[SupervisionSession]] = defaultdict(list)
        if series_ids:
            # Only the exceptions matter (cancelled, moved, changed on their own, or kept with a
            # room or length the series no longer has): an ordinary occurrence is already the
            # rule's, and a ten-year series has thousands of them. (_series_events decides.)
            exceptions = (SupervisionSession.status == "cancelled") | SupervisionSession.detached.is_(True) \
                | (SupervisionSession.start_utc != SupervisionSession.original_start) \
                | SupervisionSession.location.is_distinct_from(Series.location) \
                | (SupervisionSession.duration_minutes != Series.duration_minutes)
            for row in s.scalars(select(SupervisionSession)
                                 .join(Series, Series.id == SupervisionSession.series_id)
                                 .where(SupervisionSession.series_id.in_(series_ids), exceptions)
                                 .order_by(SupervisionSession.start_utc)):
                members[row.series_id or 0].append(row)
        for series in s.scalars(select(Series).where(Series.id.in_(series_ids)).order_by(Series.id)):
            events = _series_events(IcsEvent, series, members[series.id], privacy, names)
            objects[series.uid] = LocalObject(series.uid, series.id, None, tuple(events))
        for row in s.scalars(select(SupervisionSession).where(
                in_window, SupervisionSession.series_id.is_(None),
                SupervisionSession.status != "cancelled").order_by(SupervisionSession.start_utc)):
            uid = session_uid(row)
            if uids is not None and uid not in uids:
                continue
            event = IcsEvent(uid=uid, summary=privacy.title(row.kind, names.who(row.supervisee_id, row.group_id)),
                             location=privacy.location(row.location), start=from_utc(row.start_utc, row.tz),
                             end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=row.sequence,
                             status="CONFIRMED")
            objects[uid] = LocalObject(uid, None, row.id, (event,))
    return objects


def _series_events(IcsEvent: Any, series: Series, rows: Iterable[SupervisionSession],
                   privacy: Privacy, names: _Names) -> list[IcsEvent]:
    title = privacy.title(series.kind, names.who(series.supervisee_id, series.group_id))
    exdates = {dt.replace(tzinfo=zone(series.tz)) for dt in load_exdates(series)}
    overrides = []
    for row in rows:
        if row.original_start is None:
            continue
        if row.status == "cancelled":
            exdates.add(from_utc(row.original_start, series.tz))
        elif row.detached or row.start_utc != row.original_start or row.end_utc != row.original_start + \
                timedelta(minutes=series.duration_minutes) or row.location != series.location:
            overrides.append(IcsEvent(
                uid=series.uid, summary=privacy.title(row.kind, names.who(row.supervisee_id, row.group_id)),
                location=privacy.location(row.location), start=from_utc(row.start_utc, row.tz),
                end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=series.sequence,
                recurrence_id=from_utc(row.original_start, series.tz)))
    begin = to_utc(series.start_local, series.tz)
    start = from_utc(begin, series.tz)
    # The end in real time, not wall clock (01:30 + 105 minutes on a fall-back night is the second 02:15).
    master = IcsEvent(uid=series.uid, summary=title, location=privacy.location(series.location),
                      start=start, end=from_utc(begin + timedelta(minutes=series.duration_minutes), series.tz),
                      tz=series.tz,
                      rrule=series.rrule, exdates=tuple(sorted(exdates)), sequence=series.sequence)
    return [master, *overrides]
