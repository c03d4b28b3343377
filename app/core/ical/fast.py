"""A fast reader for plain VEVENTs, so importing ten years of a calendar takes seconds.

``icalendar`` parses about 3,000 events a second on a modest laptop, which
alone would miss the import budget (2,000 events a second, end to end).
Calendar exports are mostly plain events (UID, times, title, place, a rule),
so :func:`fast_event` reads such a VEVENT block itself and returns an object
that answers the few questions :func:`app.core.ical.read._event` asks of an
icalendar component, with the same kinds of values.  Anything it does not
handle exactly (ORGANIZER, ATTENDEE, EXRULE, a value it can't read) makes it
return None, and the block goes to icalendar instead: the two paths give the
same events (tests/core/test_ical_fast.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from .model import UTC, ZONE_PROPERTY

__all__ = ["FastEvent", "fast_event"]

_PARAMS = r'(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:]*)(?:,(?:"[^"]*"|[^";:,]*))*)*'
_LINE = re.compile(r"([A-Za-z0-9-]+)(" + _PARAMS + r"):(.*)\Z", re.S)
_PARAM = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:]*)(?:,(?:"[^"]*"|[^";:,]*))*)')
_ESCAPE = re.compile(r"\\([\\;,nN])")
_ICALENDAR_ONLY = frozenset({"ORGANIZER", "ATTENDEE", "EXRULE"})
_TEXT = frozenset({"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", ZONE_PROPERTY})
_TIMES = frozenset({"DTSTART", "DTEND", "RECURRENCE-ID"})
Zones = Callable[[str], "tzinfo | None"]


class _Value:
    __slots__ = ("dt", "params")

    def __init__(self, dt: Any, params: dict[str, str]) -> None:
        self.dt, self.params = dt, params


class _Item:
    __slots__ = ("dt",)

    def __init__(self, dt: Any) -> None:
        self.dt = dt


class _List:
    __slots__ = ("dts", "params")

    def __init__(self, dts: list[_Item], params: dict[str, str]) -> None:
        self.dts, self.params = dts, params


class _Rule:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def to_ical(self) -> bytes:
        return self.text.encode()


class FastEvent(dict[str, Any]):
    """Upper-case property name -> value (a list when the property is repeated), like a component."""

    errors: list[tuple[str, str]] = []
    attendees: list[Any] = []


def _when(text: str, params: dict[str, str], zones: Zones) -> date | datetime:
    text = text.strip()
    if params.get("VALUE", "").upper() == "DATE" or len(text) == 8:
        if len(text) != 8 or not text.isdigit():
            raise ValueError(text)
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    if len(text) not in (15, 16) or text[8] not in "Tt" or not (text[:8] + text[9:15]).isdigit():
        raise ValueError(text)
    moment = datetime(int(text[:4]), int(text[4:6]), int(text[6:8]), int(text[9:11]), int(text[11:13]),
                      int(text[13:15]))
    if len(text) == 16:
        if text[15] not in "Zz":
            raise ValueError(text)
        return moment.replace(tzinfo=UTC)
    tzid = params.get("TZID")
    found = zones(tzid) if tzid else None
    return moment.replace(tzinfo=found) if found is not None else moment


def _duration(text: str) -> timedelta:
    from icalendar.prop import vDuration

    found: timedelta = vDuration.from_ical(text.strip())  # type: ignore[no-untyped-call]
    return found


def _period(text: str, params: dict[str, str], zones: Zones) -> tuple[Any, Any]:
    begin, _, end = text.partition("/")
    start = _when(begin, params, zones)
    if end[:1] in ("P", "+", "-"):
        return start, _duration(end)
    return start, _when(end, params, zones)


def _add(event: FastEvent, name: str, value: Any) -> None:
    if name not in event:
        event[name] = value
    elif isinstance(event[name], list):
        event[name].append(value)
    else:
        event[name] = [event[name], value]


def fast_event(block: str, zones: Zones) -> FastEvent | None:
    """Read one ``BEGIN:VEVENT ... END:VEVENT`` block, or None to leave it to icalendar."""
    from icalendar.prop import vRecur

    lines: list[str] = []
    for raw in block.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    event = FastEvent()
    depth = 0
    try:
        for line in lines[1:-1]:
            match = _LINE.match(line)
            if match is None:
                return None
            name, value = match[1].upper(), match[3]
            if name == "BEGIN":
                depth += 1
            elif name == "END":
                depth -= 1
            if depth or name in ("BEGIN", "END"):
                continue  # inside a VALARM: nothing the import needs
            if name in _ICALENDAR_ONLY:
                return None
            params = {k.upper(): v.strip('"') for k, v in _PARAM.findall(match[2])}
            if name in _TEXT:
                if name not in event:
                    event[name] = _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)
            elif name in _TIMES:
                _add(event, name, _Value(_when(value, params, zones), params))
            elif name == "DURATION":
                _add(event, name, _Value(_duration(value), params))
            elif name == "RRULE":
                _add(event, name, _Rule(vRecur.from_ical(value.strip()).to_ical().decode()))
            elif name in ("EXDATE", "RDATE"):
                period = params.get("VALUE", "").upper() == "PERIOD"
                items = [_Item(_period(v, params, zones) if period else _when(v, params, zones))
                         for v in value.split(",") if v.strip()]
                _add(event, name, _List(items, params))
    except (ValueError, TypeError, IndexError):
        return None
    if "SEQUENCE" in event:
        try:
            event["SEQUENCE"] = int(event["SEQUENCE"])
        except ValueError:
            return None
    if lines[0].strip().upper() != "BEGIN:VEVENT" or depth:
        return None
    return event
