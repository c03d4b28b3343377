"""Time zone names from other programs mapped to IANA zones.

Files name zones many ways: IANA names, Windows names ("W. Europe Standard
Time", from Outlook), ``posix/`` and ``right/`` paths, vendor prefixes
("/mozilla.org/20050126_1/Europe/Berlin"), or a name the file makes up and
defines in its own VTIMEZONE ("MyTimezone").  Peerglass stores IANA names, so
:func:`iana_name` maps a name and :func:`zone_like` finds the IANA zone whose
rules agree with a file-defined zone over the years used.
"""
from __future__ import annotations

import functools
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, available_timezones

from .model import UTC

__all__ = ["UTC_NAMES", "iana_name", "zone_like"]

UTC_NAMES = frozenset({"UTC", "ETC/UTC", "ETC/UCT", "UCT", "ETC/UNIVERSAL", "UNIVERSAL", "ETC/ZULU", "ZULU",
                       "Z", "GMT", "ETC/GMT", "GREENWICH STANDARD TIME", "UTC+00:00",
                       "COORDINATED UNIVERSAL TIME"})


@functools.lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Upper-cased IANA name -> its spelling (what the settings' zone list offers)."""
    return {name.upper(): name for name in available_timezones()}


@functools.lru_cache(maxsize=1)
def _windows() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return {name.upper(): olson for name, olson in WINDOWS_TO_OLSON.items()}


@functools.lru_cache(maxsize=512)
def iana_name(tzid: str) -> str | None:
    """The IANA name (or "UTC") a TZID stands for, or None when it names no known zone."""
    name = str(tzid).strip().strip('"').strip()
    upper = name.upper()
    if upper in UTC_NAMES:
        return "UTC"
    known = _known()
    if upper in known:
        return known[upper]
    if upper in _windows():
        return _windows()[upper]
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    for first in range(1, len(parts)):  # "posix/Europe/Vaduz", "/mozilla.org/.../Europe/Berlin"
        tail = "/".join(parts[first:]).upper()
        if tail in known:
            return known[tail]
        if tail in UTC_NAMES:
            return "UTC"
    return None


def _offsets(zone: tzinfo, first: datetime, days: int) -> list[timedelta | None]:
    return [(first + timedelta(days=d)).astimezone(zone).utcoffset() for d in range(days)]


def zone_like(custom: tzinfo, year: int, *, hint: str = "") -> str | None:
    """The IANA zone whose UTC offsets match ``custom`` every day of ``year`` and the next.

    ``hint`` (the file's TZID) is tried first.  Returns None when no zone
    matches (a made-up rule); the caller then keeps the instants and says so.
    """
    first = datetime(max(1900, min(year, 2100)), 1, 1, 12, tzinfo=UTC)
    wanted = _offsets(custom, first, 731)
    return _match(tuple(wanted), first, hint)


@functools.lru_cache(maxsize=64)
def _match(wanted: tuple[timedelta | None, ...], first: datetime, hint: str) -> str | None:
    samples = (0, 181, 365, 546)
    candidates = []
    hinted = iana_name(hint) if hint else None
    if hinted:
        candidates.append(hinted)
    regional = (n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    candidates += sorted(regional,
                         key=lambda n: (n.startswith(("US/", "Canada/", "Brazil/", "Chile/", "Mexico/")), n))
    candidates += ["UTC"] + sorted(n for n in available_timezones() if n.startswith("Etc/"))
    for name in candidates:
        zone = ZoneInfo(name)
        if all((first + timedelta(days=d)).astimezone(zone).utcoffset() == wanted[d] for d in samples) \
                and _offsets(zone, first, len(wanted)) == list(wanted):
            return name
    return None
