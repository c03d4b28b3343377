"""Scheduling what an .ics file holds, in one transaction, with batched inserts.

:class:`~.interchange.InterchangeService` reads the file (``app.core.ical``)
and calls :func:`plan_and_write` inside one database transaction, which it
commits, or rolls back for a dry run, a cancel, Ctrl+C, a full disk or any
error: the vault is then exactly as before.

What becomes what:

* a series master (RRULE and/or RDATE) becomes a series; its RDATEs (dates,
  date-times, periods), a DTSTART that its rule does not match, and its moved
  instances become sessions of the series that a series edit keeps
  (``detached``); EXDATEs and cancelled instances become exdates;
* RECURRENCE-ID;RANGE=THISANDFUTURE splits the series there: the rest is a
  second series at the new time and length (UID ``<uid>/<recurrence-id>``);
* a moved instance whose master is not in the file becomes a single session
  carrying the series UID and its RECURRENCE-ID, so a later import of the
  whole series adopts it instead of doubling it;
* an event with no length (a reminder), longer than a session may last
  (10 hours), all-day, before ``since``, already imported, or without a
  supervisee is not imported, and is listed with the reason.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import recurrence
from ..i18n import translate
from ..models import Series, SupervisionSession
from ..vault.errors import VaultError
from .scheduling import MAX_SESSION_MINUTES, day_start, dump_exdates, horizon_for, materialise, zone

if TYPE_CHECKING:
    from ..ical import IcsEvent

S = SupervisionSession
BATCH = 1000
"""Session rows per INSERT."""
Progress = Callable[[int, int], None]


class ImportCancelled(VaultError):
    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The import was cancelled; nothing was imported and the vault is unchanged."))


class ImportNotWritten(VaultError):
    """The database refused the write (disk full, read-only...); nothing was committed."""


@dataclass(frozen=True)
class NotImported:
    """One event of the file that was not imported, and why (shown to the user, never logged)."""

    where: str
    title: str
    start: datetime | None
    reason: str

    def line(self) -> str:
        when = f" on {self.start:%d %b %Y %H:%M}" if self.start is not None else ""
        title = f" \u201c{self.title.strip()[:60]}\u201d" if self.title.strip() else ""
        return f"{self.where[:1].upper()}{self.where[1:]}{title}{when}: {self.reason}."


@dataclass
class ImportResult:
    series: int = 0
    sessions: int = 0
    moved: int = 0
    cancelled: int = 0
    extra: int = 0
    skipped_unassigned: int = 0
    skipped_all_day: int = 0
    skipped_past: int = 0
    skipped_existing: int = 0
    skipped_unusable: int = 0
    not_imported: list[NotImported] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        parts = [f"{self.series} series", f"{self.sessions} single sessions"]
        if self.moved or self.cancelled:
            parts.append(f"{self.moved} moved and {self.cancelled} cancelled occurrences")
        if self.extra:
            parts.append(f"{self.extra} extra dates")
        reasons: dict[str, int] = defaultdict(int)
        for item in self.not_imported:
            reasons[_KINDS.get(item.reason, "unusable")] += 1
        left = [f"{n} {why}" for why, n in reasons.items() if n]
        text = f"{verb} " + ", ".join(parts) + (f"; not imported: {', '.join(left)}" if left else "") + "."
        return text + (" Dry run: nothing was written." if self.dry_run else "")

    def details(self) -> list[str]:
        """One line per event not imported, in file order."""
        return [item.line() for item in self.not_imported]


ALL_DAY = "it is an all-day entry, not a session"
NO_LENGTH = "it has no length (a reminder, not a session)"
TOO_LONG = f"it is longer than a session may last ({MAX_SESSION_MINUTES // 60} hours)"
UNASSIGNED = "its title names no supervisee"
EXISTING = "it was imported before"
PAST = "it is before the chosen start date"
ORPHAN_CANCELLED = "it cancels one meeting of a series that is not in the file"
FOLLOWS = "it belongs to a series that was not imported"
_KINDS = {ALL_DAY: "all-day", NO_LENGTH: "with no length",
          TOO_LONG: f"longer than {MAX_SESSION_MINUTES // 60} hours",
          UNASSIGNED: "without a supervisee", EXISTING: "already imported", PAST: "before the start date",
          ORPHAN_CANCELLED: "cancelled occurrences without their series", FOLLOWS: "of series not imported"}


@dataclass
class _Segment:
    uid: str
    start: datetime  # naive wall clock in tz
    rule: recurrence.Rule
    seconds: float
    location: str


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _plus(moment: datetime, length: timedelta) -> datetime:
    """``moment`` + ``length`` in real time, in ``moment``'s zone."""
    return (moment.astimezone(UTC) + length).astimezone(moment.tzinfo)


class _Writer:
    """Collects session rows and inserts them a batch at a time."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.rows: list[dict[str, object]] = []

    def add(self, **values: object) -> None:
        row: dict[str, object] = {"series_id": None, "group_id": None, "kind": "individual",
                                  "status": "scheduled",
                                  "cancelled_by": "", "original_start": None, "detached": False,
                                  "has_notes": False, "paid": False, "fee": None, "sequence": 0, "uid": None}
        row.update(values)
        start, end = row["start_utc"], row["end_utc"]
        assert isinstance(start, datetime) and isinstance(end, datetime)
        row["duration_minutes"] = math.ceil((end - start).total_seconds() / 60)
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.s.execute(S.__table__.insert(), self.rows)  # type: ignore[attr-defined]
            self.rows = []


def plan_and_write(s: Session, events: list[IcsEvent], problems: dict[int, str], *,
                   who: Callable[[str], int | None], since: date | None, today: date,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the events' series and sessions in ``s`` (the caller commits); return what was done and not."""
    result = ImportResult()
    horizon = horizon_for(today)
    known_series = {uid: ident for uid, ident in s.execute(select(Series.uid, Series.id))}
    singles = set(s.scalars(select(S.uid).where(S.uid.is_not(None), S.original_start.is_(None))))
    orphans = {(u, o) for u, o in s.execute(select(S.uid, S.original_start).where(
        S.uid.is_not(None), S.original_start.is_not(None), S.series_id.is_(None)))}
    masters: dict[str, IcsEvent] = {}
    moved: dict[str, list[IcsEvent]] = defaultdict(list)
    for event in events:
        if event.recurrence_id is not None:
            moved[event.uid].append(event)
        elif event.uid in masters:
            problems.setdefault(id(event), translate(
                "validation", "its UID is used by another event of the file"))
        else:
            masters[event.uid] = event
    writer = _Writer(s)
    done = 0

    def skip(event: IcsEvent, reason: str) -> None:
        result.not_imported.append(NotImported(event.where, event.summary, event.start, reason))
        counter = {ALL_DAY: "skipped_all_day", UNASSIGNED: "skipped_unassigned", EXISTING: "skipped_existing",
                   PAST: "skipped_past"}.get(reason, "skipped_unusable")
        setattr(result, counter, getattr(result, counter) + 1)

    def step(count: int = 1) -> None:
        nonlocal done
        done += count
        if done % 200 < count:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, len(events))

    for event in events:
        if id(event) in problems and event.recurrence_id is None and masters.get(event.uid) is not event:
            skip(event, problems[id(event)])
            step()
    for uid, master in masters.items():
        group = moved.pop(uid, [])
        reason = _master_problem(master, problems, uid in known_series or uid in singles)
        person = who(master.summary.strip()) if reason is None else None
        if reason is None and person is None:
            reason = UNASSIGNED
        if reason is not None:
            skip(master, reason)
            for item in group:
                skip(item, FOLLOWS)
            step(1 + len(group))
            continue
        assert person is not None
        if master.rrule or master.rdates or master.rdate_periods:
            _series(s, writer, master, group, person, since, horizon, result, skip)
        else:
            _single(writer, master, person, since, result, skip)
            for item in group:
                skip(item, FOLLOWS)
        step(1 + len(group))
    for uid, group in moved.items():  # moved instances whose series is not in the file
        for item in group:
            reason = problems.get(id(item)) or _length_problem(item)
            if reason is None and item.status == "CANCELLED":
                reason = ORPHAN_CANCELLED
            rid = _naive_utc(item.recurrence_id) if item.recurrence_id else None
            if reason is None and ((uid, rid) in orphans or uid in known_series):
                reason = EXISTING
            person = who(item.summary.strip()) if reason is None else None
            if reason is None and person is None:
                reason = UNASSIGNED
            if reason is None and since is not None and item.start.astimezone(zone(item.tz)).date() < since:
                reason = PAST
            if reason is not None:
                skip(item, reason)
            else:
                writer.add(supervisee_id=person, start_utc=_naive_utc(item.start),
                           end_utc=_naive_utc(item.end),
                           tz=item.tz, location=item.location[:200], uid=uid[:120], original_start=rid,
                           detached=True, sequence=item.sequence)
                orphans.add((uid, rid))
                result.sessions += 1
            step()
    writer.flush()
    if progress is not None:
        progress(len(events), len(events))
    return result


def _length_problem(event: IcsEvent) -> str | None:
    if event.all_day:
        return ALL_DAY
    length = event.length
    if length <= timedelta(0):
        return NO_LENGTH
    if length > timedelta(minutes=MAX_SESSION_MINUTES):
        return TOO_LONG
    return None


def _master_problem(event: IcsEvent, problems: dict[int, str], existing: bool) -> str | None:
    if id(event) in problems:
        return problems[id(event)]
    if event.all_day:
        return ALL_DAY
    if existing:
        return EXISTING
    return _length_problem(event)


def _single(writer: _Writer, event: IcsEvent, person: int, since: date | None, result: ImportResult,
            skip: Callable[[IcsEvent, str], None]) -> None:
    if since is not None and event.start.astimezone(zone(event.tz)).date() < since:
        skip(event, PAST)
        return
    writer.add(supervisee_id=person, start_utc=_naive_utc(event.start), end_utc=_naive_utc(event.end),
               tz=event.tz,
               location=event.location[:200], uid=event.uid[:120], sequence=event.sequence,
               status="cancelled" if event.status == "CANCELLED" else "scheduled")
    result.sessions += 1
    if event.status == "CANCELLED":
        result.cancelled += 1


def _series(s: Session, writer: _Writer, master: IcsEvent, group: list[IcsEvent], person: int,
            since: date | None, horizon: date, result: ImportResult,
            skip: Callable[[IcsEvent, str], None]) -> None:
    """One series (or two, split by THISANDFUTURE) with its extra, moved and cancelled occurrences."""
    tz, local_zone = master.tz, zone(master.tz)

    def wall(moment: datetime) -> datetime:
        return moment.astimezone(local_zone).replace(tzinfo=None)

    start = wall(master.start)
    try:
        rule = recurrence.Rule.parse(master.rrule or "FREQ=DAILY;COUNT=1", tz=tz, start_local=start)
        recurrence.validate(rule, start, tz)
        first = recurrence.first_occurrence(rule, start)
    except recurrence.RecurrenceError as exc:
        skip(master, f"it repeats in a way Peerglass can't schedule ({exc})")
        for item in group:
            skip(item, FOLLOWS)
        return
    seconds = master.length.total_seconds()
    # Extra occurrences: RDATEs, and a DTSTART the rule does not match (RFC 5545 counts it).
    extras: list[tuple[datetime, datetime]] = [(r, _plus(r, master.length)) for r in master.rdates]
    extras += list(master.rdate_periods)
    if master.rrule and first != start:
        extras.append((master.start, master.end))
    exdates = [wall(m) for m in master.exdates]
    exdates += [datetime.combine(d, start.time()) for d in master.exdate_days]
    segments = [_Segment(master.uid, first, rule, seconds, master.location)]
    shifts: list[tuple[datetime, timedelta, int]] = []  # THISANDFUTURE: (from original wall, shift, segment)
    ranged = [g for g in group if g.this_and_future and g.recurrence_id is not None]
    for change in sorted(ranged, key=lambda g: g.recurrence_id):  # type: ignore[arg-type, return-value]
        assert change.recurrence_id is not None
        rid, last = wall(change.recurrence_id), segments[-1]
        shift = wall(change.start) - rid
        length = change.length.total_seconds()
        if rid.date() <= last.start.date():
            last.start, last.seconds = last.start + shift, length
            last.location = change.location or last.location
        else:
            try:
                ended, rest = recurrence.split_rule(last.rule, last.start, rid)
            except recurrence.RecurrenceError:
                skip(change, "its RANGE=THISANDFUTURE does not name an occurrence of the series")
                continue
            last.rule = ended
            suffix = "/" + f"{_naive_utc(change.recurrence_id):%Y%m%dT%H%M%SZ}"
            segments.append(_Segment(master.uid[:120 - len(suffix)] + suffix, rid + shift, rest, length,
                                     change.location or last.location))
        shifts.append((rid, shift, len(segments) - 1))
        result.moved += 1

    def segment_of(original: datetime) -> tuple[_Segment, datetime]:
        """The segment an original occurrence time belongs to, and its time there."""
        index, moved_to = 0, original
        for from_wall, shift, number in shifts:
            if original.date() >= from_wall.date():
                index, moved_to = number, original + shift
        return segments[index], moved_to

    cut = datetime.combine(since, datetime.min.time()) if since is not None else None
    rows: dict[int, list[dict[str, object]]] = defaultdict(list)
    ex_by: dict[int, list[datetime]] = defaultdict(list)
    for value in exdates:
        segment, moved_to = segment_of(value)
        ex_by[id(segment)].append(moved_to)
    for item in group:
        if item.this_and_future or item.recurrence_id is None:
            continue
        segment, original = segment_of(wall(item.recurrence_id))
        if item.status == "CANCELLED":
            ex_by[id(segment)].append(original)
            result.cancelled += 1
            continue
        if cut is not None and wall(item.start) < cut:
            ex_by[id(segment)].append(original)  # moved to before the start date: nor at its own time
            continue
        rows[id(segment)].append({"start_utc": _naive_utc(item.start), "end_utc": _naive_utc(item.end),
                                  "location": (item.location or segment.location)[:200],
                                  "original_start": _naive_utc(original.replace(tzinfo=local_zone))})
        result.moved += 1
    # An extra date that an occurrence of its own replaces (moved, another length, cancelled) is that
    # occurrence, not a second session beside it; one an EXDATE names is not there (RFC 5545 3.8.5.1).
    replaced = {_naive_utc(item.recurrence_id) for item in group
                if item.recurrence_id is not None and not item.this_and_future}
    replaced |= {_naive_utc(m) for m in master.exdates}
    for begin, end in extras:
        segment, _ = segment_of(wall(begin))
        if (cut is not None and wall(begin) < cut) or _naive_utc(begin) in replaced:
            continue
        rows[id(segment)].append({"start_utc": _naive_utc(begin), "end_utc": _naive_utc(end),
                                  "location": segment.location[:200], "original_start": _naive_utc(begin)})
        result.extra += 1
    made = 0
    for segment in segments:
        seg_start, seg_rule = segment.start, segment.rule
        if cut is not None and seg_start < cut:
            later = recurrence.occurrences(seg_rule, seg_start, tz, window_start=cut,
                                           window_end=cut + timedelta(days=800))
            if later:
                try:
                    _, seg_rule = recurrence.split_rule(seg_rule, seg_start, later[0].replace(tzinfo=None))
                    seg_start = later[0].replace(tzinfo=None)
                except recurrence.RecurrenceError:
                    seg_start = later[0].replace(tzinfo=None)
            elif not rows[id(segment)]:
                continue
            else:
                seg_rule = recurrence.Rule("DAILY", count=1)
                earliest = min(r["start_utc"] for r in rows[id(segment)])  # type: ignore[type-var]
                assert isinstance(earliest, datetime)
                seg_start = earliest.replace(tzinfo=UTC).astimezone(local_zone).replace(tzinfo=None)
        row = Series(uid=segment.uid, sequence=master.sequence, kind="individual", supervisee_id=person,
                     group_id=None,
                     rrule=seg_rule.to_rrule(), start_local=seg_start, tz=tz,
                     duration_minutes=max(1, round(segment.seconds / 60)), location=segment.location[:200],
                     fee=None, exdates=dump_exdates(ex_by[id(segment)]), anchor_local=None,
                     materialised_until=horizon)
        s.add(row)
        s.flush()
        s.execute(update(S).where(S.series_id.is_(None), S.uid == segment.uid, S.original_start.is_not(None))
                  .values(series_id=row.id, uid=None), execution_options={"synchronize_session": False})
        taken = set(s.scalars(select(S.original_start).where(S.series_id == row.id)))
        extra_rows = [dict(r, series_id=row.id, supervisee_id=person, tz=tz, detached=True,
                           sequence=master.sequence)
                      for r in rows[id(segment)] if r["original_start"] not in taken]
        for extra in extra_rows:
            writer.add(**extra)
        writer.flush()
        begin = seg_start.replace(tzinfo=local_zone).astimezone(UTC)
        end = day_start(horizon + timedelta(days=1), tz)
        if begin < end:
            materialise(s, row, seg_rule, begin, end)
        made += 1
    if made:
        result.series += 1
    else:
        skip(master, PAST)


__all__ = ["ImportCancelled", "ImportNotWritten", "ImportResult", "NotImported", "plan_and_write"]
