"""Both sides of a conflict, field by field, for the side-by-side view.

Peerglass's side is what the vault would push now (so its title is at the
account's privacy level); the server's side is the object as the server
holds it. Dates and times are shown in the supervisor's zone; the occurrence
shown is the first one the two sides disagree about (else the first one).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .diff import Occurrences, occurrences
from .incoming import summary_of

FIELDS = ("date", "time", "length", "place", "title", "status", "meetings")


@dataclass(frozen=True)
class Version:
    """One side: ``fields`` in FIELDS order (empty when that side has nothing)."""

    date: str = ""
    time: str = ""
    length: str = ""
    place: str = ""
    title: str = ""
    status: str = ""
    meetings: str = ""

    def get(self, name: str) -> str:
        return str(getattr(self, name))


def _first_line(data: str, name: str) -> str:
    text = data.replace("\r\n ", "").replace("\r\n", "\n")
    for line in text.split("\n"):
        head, _, value = line.partition(":")
        if head.split(";")[0].upper() == name:
            return value.strip().replace("\\,", ",").replace("\\;", ";")
    return ""


def _first_difference(mine: Occurrences, theirs: Occurrences) -> tuple[bool, datetime | None]:
    """(True, key) of the first occurrence the sides disagree about; (False, None) when they agree."""
    keys = sorted(set(mine) | set(theirs), key=lambda k: (mine.get(k) or theirs[k])[0])
    for key in keys:
        if mine.get(key) != theirs.get(key):
            return True, key
    return False, None


def versions(local_data: str, server_data: str, lo: datetime, hi: datetime,
             tz: str = "UTC") -> tuple[Version, Version]:
    """(Peerglass's, the server's) for two iCalendar texts of one object; lo/hi naive UTC.

    The meeting shown is the first one the sides disagree about; on a side that no longer
    has it, it shows as cancelled.
    """
    from ..services.scheduling import from_utc

    mine = occurrences(local_data, lo, hi) if local_data else {}
    theirs = occurrences(server_data, lo, hi) if server_data else {}
    differs, key = _first_difference(mine, theirs)

    def side(data: str, found: Occurrences, other: Occurrences) -> Version:
        if not data:
            return Version(status="deleted")
        status = (_first_line(data, "STATUS") or "CONFIRMED").lower()
        if differs and key in found:
            span: tuple[datetime, datetime] | None = found[key]
        elif differs and key in other:
            span, status = other[key], "cancelled"
        else:
            span = min(found.values()) if found else None
        when = from_utc(span[0], tz) if span else None
        minutes = int((span[1] - span[0]).total_seconds() // 60) if span else 0
        repeats = " (repeating)" if _first_line(data, "RRULE") else ""
        return Version(date=f"{when:%a %d %b %Y}" if when else "", time=f"{when:%H:%M}" if when else "",
                       length=f"{minutes} min" if span else "", place=_first_line(data, "LOCATION"),
                       title=summary_of(data), status=status, meetings=f"{len(found)}{repeats}")

    return side(local_data, mine, theirs), side(server_data, theirs, mine)


def differing(a: Version, b: Version) -> set[str]:
    return {name for name in FIELDS if a.get(name) != b.get(name)}
