"""The calendar objects the vault wants on the server, built from sessions and series.

One object per series (master with RRULE, EXDATEs and RDATEs as
``services.recurrence_set`` reads the series, a VEVENT per moved occurrence
carrying its own SUMMARY and LOCATION) and one per single session, for
everything that touches the sync window. Each object has a
fingerprint of its content (not of the bytes, which carry a DTSTAMP) so an
unchanged object is never pushed again.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..models import Series, Supervisee, SupervisionGroup, SupervisionSession
from ..services.base import reading
from ..services.recurrence_set import Instants, recurrence_set
from ..services.scheduling import from_utc
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
                  uids: set[str] | None = None, memo: Instants | None = None) -> dict[str, LocalObject]:
    """Every object the server should hold for sessions starting in ``[start, end)`` (naive UTC).

    ``uids``: only those objects (one just brought in from the server, say). ``memo``: the series'
    rule expansions, kept by the caller from one sync to the next.
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
        ordinary: dict[int, list[datetime]] = defaultdict(list)
        if series_ids:
            # The exceptions in full (cancelled, moved, changed on their own, or kept with a room or
            # length the series no longer has); of the ordinary sessions only the original starts,
            # which recurrence_set needs to tell an instance of the rule from an extra date or a
            # session kept from before the series was moved (24,000 rows at S10: plain values).
            S = SupervisionSession
            exceptions = (S.status == "cancelled") | S.detached.is_(True) | (S.start_utc != S.original_start) \
                | S.location.is_distinct_from(Series.location) | (S.duration_minutes != Series.duration_minutes)
            mine = S.series_id.in_(series_ids) & S.original_start.is_not(None)
            for row in s.scalars(select(S).join(Series, Series.id == S.series_id).where(mine, exceptions)
                                 .order_by(S.start_utc)):
                members[row.series_id or 0].append(row)
            for series_id, original in s.execute(select(S.series_id, S.original_start)
                                                 .join(Series, Series.id == S.series_id)
                                                 .where(mine, ~exceptions)):
                if series_id is not None and original is not None:  # (the query's own condition)
                    ordinary[series_id].append(original)
        for series in s.scalars(select(Series).where(Series.id.in_(series_ids)).order_by(Series.id)):
            events = _series_events(IcsEvent, series, members[series.id], ordinary[series.id], privacy,
                                    names, memo)
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


def _series_events(IcsEvent: Any, series: Series, rows: Sequence[SupervisionSession],
                   ordinary: list[datetime], privacy: Privacy, names: _Names,
                   memo: Instants | None) -> list[IcsEvent]:
    shape = recurrence_set(series, rows, ordinary=ordinary, memo=memo)
    overrides = [IcsEvent(
        uid=series.uid, summary=privacy.title(row.kind, names.who(row.supervisee_id, row.group_id)),
        location=privacy.location(row.location), start=from_utc(row.start_utc, row.tz),
        end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=series.sequence,
        recurrence_id=from_utc(row.original_start or row.start_utc, series.tz)) for row in shape.own]
    master = IcsEvent(uid=series.uid, summary=privacy.title(series.kind, names.who(series.supervisee_id,
                                                                                   series.group_id)),
                      location=privacy.location(series.location), start=shape.start, end=shape.end,
                      tz=series.tz, rrule=series.rrule, exdates=shape.exdates, rdates=shape.rdates,
                      sequence=series.sequence)
    return [master, *overrides]
