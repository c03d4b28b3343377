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
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..models import Series, Supervisee, SupervisionGroup, SupervisionSession
from ..services.base import reading
from ..services.recurrence_set import Instants, out_of_the_ordinary, recurrence_set
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


@dataclass
class LocalData:
    """What the objects are built from, read from the vault in one go (plain values and rows that
    need no session), so the building, CPU work that expands each series' rule over its life, can
    run off the database lane (``SyncPlan.wanted``, built in the network step)."""

    privacy: Privacy
    names: _Names
    series: list[Series] = field(default_factory=list)
    exceptions: dict[int, list[SupervisionSession]] = field(default_factory=lambda: defaultdict(list))
    ordinary: dict[int, list[datetime]] = field(default_factory=lambda: defaultdict(list))
    singles: list[SupervisionSession] = field(default_factory=list)


def load_local(engine: Engine, privacy: Privacy, start: datetime, end: datetime, *,
               uids: set[str] | None = None) -> LocalData:
    """Read what the objects for sessions starting in ``[start, end)`` (naive UTC) are built from.

    ``uids``: only those objects (one just brought in from the server, say).
    """
    S = SupervisionSession
    with reading(engine) as s:
        data = LocalData(privacy, _Names(s))
        in_window = (S.start_utc >= start) & (S.start_utc < end)
        series_ids = set(s.scalars(select(S.series_id).where(in_window, S.series_id.is_not(None)).distinct()))
        if uids is not None:
            series_ids &= set(s.scalars(select(Series.id).where(Series.uid.in_(uids))))
        if series_ids:
            # The exceptions in full (cancelled, moved, changed on their own, or kept with a room or
            # length the series no longer has); of the ordinary sessions only the original starts,
            # which recurrence_set needs to tell an instance of the rule from an extra date or a
            # session kept from before the series was moved (24,000 rows at S10: plain values).
            exceptions = out_of_the_ordinary()
            mine = S.series_id.in_(series_ids) & S.original_start.is_not(None)
            for row in s.scalars(select(S).join(Series, Series.id == S.series_id).where(mine, exceptions)
                                 .order_by(S.start_utc)):
                data.exceptions[row.series_id or 0].append(row)
            for series_id, original in s.execute(select(S.series_id, S.original_start)
                                                 .join(Series, Series.id == S.series_id)
                                                 .where(mine, ~exceptions)):
                if series_id is not None and original is not None:  # (the query's own condition)
                    data.ordinary[series_id].append(original)
        data.series = list(s.scalars(select(Series).where(Series.id.in_(series_ids)).order_by(Series.id)))
        for row in s.scalars(select(S).where(in_window, S.series_id.is_(None), S.status != "cancelled")
                             .order_by(S.start_utc)):
            if uids is None or session_uid(row) in uids:
                data.singles.append(row)
    return data


def build_objects(data: LocalData, memo: Instants | None = None) -> dict[str, LocalObject]:
    """The objects from what :func:`load_local` read; no vault access. ``memo``: the series' rule
    expansions, kept by the caller from one sync to the next."""
    from ..ical import IcsEvent

    privacy, names = data.privacy, data.names
    objects: dict[str, LocalObject] = {}
    for series in data.series:
        events = _series_events(IcsEvent, series, data.exceptions[series.id], data.ordinary[series.id],
                                privacy, names, memo)
        objects[series.uid] = LocalObject(series.uid, series.id, None, tuple(events))
    for row in data.singles:
        uid = session_uid(row)
        event = IcsEvent(uid=uid, summary=privacy.title(row.kind, names.who(row.supervisee_id, row.group_id)),
                         location=privacy.location(row.location), start=from_utc(row.start_utc, row.tz),
                         end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=row.sequence,
                         status="CONFIRMED")
        objects[uid] = LocalObject(uid, None, row.id, (event,))
    return objects


def local_objects(engine: Engine, privacy: Privacy, start: datetime, end: datetime, *,
                  uids: set[str] | None = None, memo: Instants | None = None) -> dict[str, LocalObject]:
    """Every object the server should hold for sessions starting in ``[start, end)`` (naive UTC)."""
    return build_objects(load_local(engine, privacy, start, end, uids=uids), memo)


def _series_events(IcsEvent: Any, series: Series, rows: Sequence[SupervisionSession],
                   ordinary: list[datetime], privacy: Privacy, names: _Names,
                   memo: Instants | None) -> list[IcsEvent]:
    shape = recurrence_set(series, rows, ordinary=ordinary, memo=memo)
    overrides = [IcsEvent(
        uid=series.uid, summary=privacy.title(own.kind, names.who(own.supervisee_id, own.group_id)),
        location=privacy.location(own.location), start=own.start, end=own.end, tz=own.tz,
        sequence=series.sequence, recurrence_id=own.recurrence_id) for own in shape.own]
    master = IcsEvent(uid=series.uid, summary=privacy.title(series.kind, names.who(series.supervisee_id,
                                                                                   series.group_id)),
                      location=privacy.location(series.location), start=shape.start, end=shape.end,
                      tz=series.tz, rrule=series.rrule, exdates=shape.exdates, rdates=shape.rdates,
                      sequence=series.sequence)
    return [master, *overrides]
