"""A series as the recurrence set a calendar program expands: the master's EXDATEs and RDATEs, and the
occurrences of their own, so the instances it shows are the sessions the vault holds.

export-ics (``interchange``), CalDAV sync (``sync/local``) and invitations (``invitations/messages``)
write a series from this one reading; each adds its own titles and places.

A vault's series is not always its rule alone. A held session keeps the time it had when the whole
series was later moved to another day or hour (``SeriesService.edit_all``), so the rule now names
instants before that change that never held a session, and the kept sessions are no instances of it;
a calendar file adds extra dates (RDATE) to a rule. So, up to the last session that is an instance of
the rule:

- a session that is no instance of the rule, on a day whose instance of the rule holds no session,
  is that instance moved (an occurrence of its own whose RECURRENCE-ID is the instance): what a
  calendar program writes when one meeting moves within its day, read right by every reader. Not an
  RDATE with an EXDATE on the same day: recurring_ical_events 3.8 then drops both once the clocks
  have changed since DTSTART (a series moved from 11:00 to 10:00 lost 5 of its 9 held sessions);
- another instance of the rule with no session and no stored exdate gets an EXDATE (it never
  happened), a cancelled instance too; a cancelled extra is left out;
- another session that is no instance of the rule is an RDATE, with an occurrence of its own when it
  was moved or its length or place differs (not an RDATE PERIOD: Radicale refuses the whole object,
  "PERIOD not supported by used vobject", and many programs ignore one);
- an instance moved, changed on its own, or unlike the series (its length or place) has an
  occurrence of its own.

Instances are compared as UTC instants, so the two 02:30s of a night the clocks go back stay two.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from sqlalchemy.sql.elements import ColumnElement

from .. import recurrence
from ..models import Series, SupervisionSession
from .scheduling import expand, from_utc, load_exdates, series_rule, to_utc, zone


class SeriesSession(Protocol):
    """What is read of each session of the series (an ORM row or a selected row)."""

    @property
    def original_start(self) -> datetime | None: ...
    @property
    def start_utc(self) -> datetime: ...
    @property
    def end_utc(self) -> datetime: ...
    @property
    def status(self) -> str: ...
    @property
    def detached(self) -> bool: ...
    @property
    def location(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def supervisee_id(self) -> int | None: ...
    @property
    def group_id(self) -> int | None: ...
    @property
    def tz(self) -> str: ...


@dataclass(frozen=True)
class Occurrence:
    """An occurrence of its own: the instance it stands for (RECURRENCE-ID) and the session there."""

    recurrence_id: datetime  # aware, in the series' zone
    start: datetime  # aware, in the session's zone
    end: datetime
    tz: str
    location: str
    kind: str
    supervisee_id: int | None
    group_id: int | None


@dataclass(frozen=True)
class RecurrenceSet:
    """The master's times (aware, in the series' zone) and the occurrences of their own."""

    start: datetime
    end: datetime  # the start plus the length in real time (01:30 + 105 min on a fall-back night: the second 02:15)
    exdates: tuple[datetime, ...]
    rdates: tuple[datetime, ...]
    own: tuple[Occurrence, ...]


def out_of_the_ordinary() -> ColumnElement[bool]:
    """The sessions :func:`recurrence_set` needs in full, in SQL (joined with their ``Series``):
    cancelled, moved, changed on their own, or unlike the series' place or length. The rest it needs
    only the original starts of (``ordinary``)."""
    S = SupervisionSession
    return (S.status == "cancelled") | S.detached.is_(True) | (S.start_utc != S.original_start) \
        | S.location.is_distinct_from(Series.location) | (S.duration_minutes != Series.duration_minutes)


def _distinct(values: Iterable[datetime]) -> tuple[datetime, ...]:
    """Sorted by instant, one per instant: aware datetimes in one zone compare by wall clock and
    ignore fold, so ``set`` and ``sorted`` would join or misorder the two 02:30s."""
    by_instant = {v.astimezone(UTC): v for v in values}
    return tuple(by_instant[k] for k in sorted(by_instant))


Instants = dict[tuple[object, ...], "frozenset[datetime] | None"]
MEMO_SIZE = 2_000


def rule_instants(series: Series, lo: datetime, hi: datetime, memo: Instants | None = None
                  ) -> frozenset[datetime] | None:
    """The naive-UTC instants of the series' rule in ``[lo, hi)`` (naive UTC); None if the rule can't be
    expanded (then every session counts as an instance of it). ``memo``: expansions kept by a caller
    that asks again (CalDAV sync, every few minutes: ~4 ms a ten-year weekly series)."""
    key = (series.rrule, series.start_local, series.tz, lo, hi)
    if memo is not None and key in memo:
        return memo[key]
    try:
        found: frozenset[datetime] | None = frozenset(
            o.astimezone(UTC).replace(tzinfo=None)
            for o in expand(series_rule(series), series.start_local, series.tz, lo.replace(tzinfo=UTC),
                            hi.replace(tzinfo=UTC), anchor=None))
    except recurrence.RecurrenceError:
        found = None
    if memo is not None:
        if len(memo) >= MEMO_SIZE:  # a series changed many times over a long day: start again
            memo.clear()
        memo[key] = found
    return found


def recurrence_set(series: Series, sessions: Sequence[SeriesSession], *, ordinary: Iterable[datetime] = (),
                   memo: Instants | None = None) -> RecurrenceSet:
    """The recurrence set of ``series`` as its sessions make it.

    ``sessions``: all of them, or only those out of the ordinary (cancelled, moved, changed on their
    own, or unlike the series' length or place) with ``ordinary`` the original starts of the rest:
    an ordinary session has the series' length, place, kind and people, and needs no more than its start.
    """
    tz = series.tz
    begin = to_utc(series.start_local, tz)
    length = timedelta(minutes=series.duration_minutes)
    place = series.location or ""
    stored = [e.replace(tzinfo=zone(tz)) for e in load_exdates(series)]
    plain = set(ordinary)
    originals = plain | {r.original_start for r in sessions if r.original_start is not None}
    in_rule: frozenset[datetime] | None = frozenset()
    if originals:
        day = timedelta(days=1)
        in_rule = rule_instants(series, min(min(originals), begin) - day, max(originals) + day, memo)
    exdates = list(stored)
    phantoms: dict[date, list[datetime]] = {}  # by local day: instants that hold no session
    last = max((o for o in originals if o in in_rule), default=None) if in_rule is not None else None
    if in_rule is not None and last is not None:
        covered = originals | {to_utc(e, tz) for e in stored}
        for i in sorted(i for i in in_rule if i <= last and i not in covered):
            phantoms.setdefault(from_utc(i, tz).date(), []).append(i)

    def instance_for(original: datetime) -> datetime | None:
        """The instance of the rule, on an extra session's day, that holds no session (claimed)."""
        free = phantoms.get(from_utc(original, tz).date())
        return free.pop(0) if free else None

    rdates: list[datetime] = []
    own: list[Occurrence] = []

    def occurrence(rid: datetime, start: datetime, end: datetime, row: SeriesSession | None) -> Occurrence:
        if row is None:
            return Occurrence(from_utc(rid, tz), from_utc(start, tz), from_utc(end, tz), tz, place, series.kind,
                              series.supervisee_id, series.group_id)
        return Occurrence(from_utc(rid, tz), from_utc(start, row.tz), from_utc(end, row.tz), row.tz,
                          row.location or "", row.kind, row.supervisee_id, row.group_id)

    extras_plain = sorted(o for o in plain if in_rule is not None and o not in in_rule)
    for original in extras_plain:
        claimed = instance_for(original)
        if claimed is not None:
            own.append(occurrence(claimed, original, original + length, None))
        else:
            rdates.append(from_utc(original, tz))
    for row in sessions:
        if row.original_start is None:
            continue
        original = from_utc(row.original_start, tz)
        extra = in_rule is not None and row.original_start not in in_rule
        if row.status == "cancelled":
            if not extra:
                exdates.append(original)
            continue
        moved = row.start_utc != row.original_start
        unlike = moved or (row.location or "") != place or row.end_utc - row.start_utc != length
        if extra:
            claimed = instance_for(row.original_start)
            if claimed is not None:
                own.append(occurrence(claimed, row.start_utc, row.end_utc, row))
                continue
            rdates.append(original)
            if not unlike:
                continue
        if extra or row.detached or unlike:
            own.append(occurrence(row.original_start, row.start_utc, row.end_utc, row))
    exdates += [from_utc(i, tz) for free in phantoms.values() for i in free]
    return RecurrenceSet(start=from_utc(begin, tz), end=from_utc(begin + length, tz),
                         exdates=_distinct(exdates), rdates=_distinct(rdates),
                         own=tuple(sorted(own, key=lambda o: o.recurrence_id.astimezone(UTC))))


__all__ = ["Instants", "Occurrence", "RecurrenceSet", "SeriesSession", "out_of_the_ordinary", "recurrence_set",
           "rule_instants"]
