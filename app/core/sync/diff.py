"""Comparing what Peerglass pushed with what the server now holds, occurrence by occurrence."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import SupervisionSession, SyncObject

_UID = re.compile(r"^UID:(.+)$", re.MULTILINE)

Occurrences = dict[datetime | None, tuple[datetime, datetime]]


def aware(naive: datetime | None) -> datetime | None:
    return naive.replace(tzinfo=UTC) if naive is not None else None


def naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def occurrences(data: str, lo: datetime, hi: datetime) -> Occurrences:
    """Occurrence key (original start, naive UTC; None for a single event) -> (start, end), naive UTC."""
    from ..ical import expand_calendar

    shifts = _range_shifts(data)
    found: Occurrences = {}
    for occ in expand_calendar(data.encode("utf-8"), lo.replace(tzinfo=UTC), hi.replace(tzinfo=UTC)):
        if (occ.status or "") == "CANCELLED":
            continue
        key = naive_utc(occ.recurrence_id) if occ.recurrence_id is not None else None
        if key is not None and key in shifts:
            # RANGE=THISANDFUTURE: the expansion gives every following occurrence that one
            # RECURRENCE-ID; its own original start is its start less the shift.
            key = naive_utc(occ.start) - shifts[key]
        found[key] = (naive_utc(occ.start), naive_utc(occ.end))
    return found


def _range_shifts(data: str) -> dict[datetime, timedelta]:
    """RECURRENCE-ID;RANGE=THISANDFUTURE (naive UTC) -> how far it moves the following occurrences."""
    if "THISANDFUTURE" not in data.upper():
        return {}
    from ..ical import parse_calendar

    return {naive_utc(e.recurrence_id): e.start - e.recurrence_id
            for e in parse_calendar(data.encode("utf-8")) if e.this_and_future and e.recurrence_id is not None}


def describe(found: Occurrences) -> str:
    upcoming = sorted(v[0] for v in found.values())
    if not upcoming:
        return "no meetings in the sync window"
    return f"{len(upcoming)} meeting(s), first {upcoming[0]:%Y-%m-%d %H:%M} UTC"


def session_for(s: Session, row: SyncObject, key: datetime | None) -> int | None:
    """The vault session an occurrence of a pushed object stands for."""
    if row.series_id is None:
        return row.session_id
    return s.scalar(select(SupervisionSession.id).where(
        SupervisionSession.series_id == row.series_id, SupervisionSession.original_start == key))


def uid_of(data: str) -> str:
    match = _UID.search(data.replace("\r\n ", "").replace("\r\n", "\n"))
    return match.group(1).strip() if match else ""
