"""Objects on the server that Peerglass did not push: a phone's split of a series, or a new event.

A phone's "this and following" edit comes in one of two shapes: the series
gets an UNTIL/COUNT and a new object (a new UID, often a copy of the title,
sometimes a RELATED-TO or a UID that starts with the old one) carries the
rest; or the object keeps its UID and gains ``RECURRENCE-ID;RANGE=THISANDFUTURE``
(every following occurrence shifted alike). Both are told apart here from
the occurrences, so the supervisor sees one change instead of many.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .diff import Occurrences, occurrences

_RELATED = re.compile(r"^RELATED-TO[^:\n]*:(.+)$", re.MULTILINE | re.IGNORECASE)
_SUMMARY = re.compile(r"^SUMMARY[^:\n]*:(.*)$", re.MULTILINE)
SPLIT_NEAR = timedelta(days=7)
"""How far from the first missing occurrence the new part of a split may start."""


@dataclass(frozen=True)
class Foreign:
    """An object of the server's own, read far enough to propose it."""

    href: str
    etag: str
    data: str
    uid: str
    summary: str
    recurring: bool
    importable: bool  # a timed event with a length: it can become a session
    related: tuple[str, ...]
    first: tuple[datetime, datetime] | None  # its first occurrence in the window, naive UTC
    count: int  # occurrences in the window


@dataclass(frozen=True)
class Split:
    """Pushed occurrences from ``index`` on are replaced: shifted alike, or carried by ``carrier``."""

    index: int
    new_start: datetime
    new_end: datetime
    carrier: Foreign | None


def _unfold(data: str) -> str:
    return data.replace("\r\n ", "").replace("\r\n\t", "").replace("\r\n", "\n")


def summary_of(data: str) -> str:
    match = _SUMMARY.search(_unfold(data))
    return match.group(1).strip() if match else ""


def read_foreign(href: str, etag: str, data: str, lo: datetime, hi: datetime) -> Foreign | None:
    """The object as a candidate (None when it is not readable iCalendar or has no main event)."""
    from ..ical import IcsError, parse_calendar
    from ..services.scheduling import MAX_SESSION_MINUTES

    try:
        events = parse_calendar(data.encode("utf-8"))
        found = occurrences(data, lo, hi)
    except (IcsError, ValueError):
        return None
    masters = [e for e in events if e.recurrence_id is None]
    if not masters:
        return None
    master = masters[0]
    length = master.end - master.start
    usable = not master.all_day and timedelta(0) < length <= timedelta(minutes=MAX_SESSION_MINUTES)
    spans = sorted(found.values())
    text = _unfold(data)
    return Foreign(href=href, etag=etag, data=data, uid=master.uid, summary=master.summary.strip(),
                   recurring=bool(master.rrule or master.rdates), importable=usable and bool(spans),
                   related=tuple(m.strip() for m in _RELATED.findall(text)),
                   first=spans[0] if spans else None, count=len(spans))


def find_split(uid: str, pushed_data: str, ordered: list[tuple[datetime | None, tuple[datetime, datetime]]],
               theirs: Occurrences, candidates: dict[str, Foreign]) -> Split | None:
    """A "this and following" change at the end of a pushed series, if that is what the server shows."""
    n = len(ordered)
    missing = n
    while missing > 0 and ordered[missing - 1][0] not in theirs:
        missing -= 1
    if missing < n:  # the series now ends early: is the rest carried by a new object?
        first_missing = ordered[missing][1][0]
        title = summary_of(pushed_data)
        ranked: list[tuple[bool, timedelta, Foreign]] = []
        for candidate in candidates.values():
            if not candidate.recurring or candidate.first is None:
                continue
            linked = uid in candidate.related or (candidate.uid != uid and candidate.uid.startswith(uid))
            distance = abs(candidate.first[0] - first_missing)
            if (linked or (title and candidate.summary == title)) and distance <= SPLIT_NEAR:
                ranked.append((not linked, distance, candidate))
        if not ranked:
            return None
        # a link (RELATED-TO, the UID) first, then the nearest: "Busy" titles are all alike
        _, _, best = min(ranked, key=lambda r: (r[0], r[1]))
        assert best.first is not None
        return Split(missing, best.first[0], best.first[1], best)
    shifted, delta = n, None
    while shifted > 0:
        key, span = ordered[shifted - 1]
        new = theirs.get(key)
        if new is None or new == span:
            break
        change = (new[0] - span[0], new[1] - new[0])
        if delta is not None and change != delta:
            break
        delta = change
        shifted -= 1
    if n - shifted >= 2:  # two or more, all moved alike to the end: one change "from then on"
        new_start, new_end = theirs[ordered[shifted][0]]
        return Split(shifted, new_start, new_end, None)
    return None
