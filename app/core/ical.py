"""iCalendar (.ics) export, import and expansion, as plain data.

The rest of the app never touches ``icalendar`` objects: it hands in and gets
back the frozen dataclasses below.  The app imports this module lazily (the
``icalendar`` import costs start-up time).  The writers (VEVENT and
VTIMEZONE building, iTIP REQUEST/CANCEL/REPLY) live in
:mod:`app.core.ical_itip`; the iTIP functions are re-exported here.

Choices:

* Floating times and DTSTARTs whose TZID is neither an IANA name nor defined
  in the file are read in ``default_tz`` (the supervisor's own zone).
* All-day (DATE) events are kept, with ``all_day=True`` and start/end at
  local midnight in ``default_tz`` (end exclusive, as in the file).
* A file is refused as a whole (:class:`IcsError`) when it is not
  iCalendar, is larger than :data:`MAX_ICS_BYTES`, holds more than
  :data:`MAX_EVENTS` events, or an event has no or an unreadable DTSTART,
  DTEND, RRULE, EXDATE, RDATE or RECURRENCE-ID.  Messages never quote the
  file's content.
* A foreign RRULE (or EXRULE) that never matches (dateutil would scan to
  the year 9999) is dropped before expansion, so only its DTSTART remains,
  as RFC 5545 reads it.  Rules more often than daily, or with BYHOUR and
  similar parts, are refused, and so is a VTIMEZONE whose rules never match.
"""
from __future__ import annotations

import codecs
import functools
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core import recurrence
from app.core.errors import PeerglassError

if TYPE_CHECKING:  # re-exported lazily through __getattr__
    from app.core.ical_itip import Reply, build_cancel, build_reply, build_request, parse_reply

__all__ = [
    "MAX_EVENTS", "MAX_EXPANDED", "MAX_ICS_BYTES", "PRODID", "IcsAttendee", "IcsError", "IcsEvent",
    "IcsOccurrence", "Reply", "build_cancel", "build_reply", "build_request", "expand_calendar",
    "export_calendar", "parse_calendar", "parse_reply",
]

PRODID = "-//Peerglass//Peerglass 0.1//EN"
MAX_ICS_BYTES = 20 * 1024 * 1024
"""Largest .ics accepted: ten years of a busy calendar is a few megabytes."""
MAX_EVENTS = 100_000
"""Most VEVENT components in one file."""
MAX_EXPANDED = 100_000
"""Most occurrences one call to :func:`expand_calendar` returns."""
MAX_WINDOW = timedelta(days=366 * 25)
"""Longest window :func:`expand_calendar` accepts."""
STATUSES = ("TENTATIVE", "CONFIRMED", "CANCELLED")
_UTC = timezone.utc
_CRITICAL = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"}
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Z"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class IcsError(PeerglassError, ValueError):
    """An .ics file or an event for export is unusable; the message names no content."""


@dataclass(frozen=True, slots=True)
class IcsAttendee:
    """One ATTENDEE: display name, e-mail address, PARTSTAT and RSVP."""

    name: str
    email: str
    partstat: str = "NEEDS-ACTION"
    rsvp: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class IcsEvent:
    """One VEVENT: a single event, a series master (``rrule``) or a moved
    instance of a series (``recurrence_id`` = the instance's original start).

    ``start``/``end`` are aware; ``tz`` is the IANA zone (or "UTC") they are
    written in.  ``organizer`` is ``(name, email)``.
    """

    uid: str
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime
    end: datetime
    tz: str = "UTC"
    rrule: str | None = None
    exdates: tuple[datetime, ...] = ()
    rdates: tuple[datetime, ...] = ()
    recurrence_id: datetime | None = None
    status: str | None = None
    sequence: int = 0
    organizer: tuple[str, str] | None = None
    attendees: tuple[IcsAttendee, ...] = ()
    all_day: bool = False

    def __post_init__(self) -> None:
        """Refuse events that cannot be written as valid iCalendar."""
        if not isinstance(self.uid, str) or not self.uid.strip() or _CONTROL.search(self.uid):
            raise IcsError("an event needs a UID")
        moments = (self.start, self.end, *self.exdates, *self.rdates,
                   *((self.recurrence_id,) if self.recurrence_id is not None else ()))
        if any(not isinstance(m, datetime) or m.tzinfo is None for m in moments):
            raise IcsError("event times must be timezone-aware datetimes")
        if self.end < self.start:
            raise IcsError("an event ends before it starts")
        _zone(self.tz)
        if self.status is not None and self.status.upper() not in STATUSES:
            raise IcsError("unknown event status")
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int) or self.sequence < 0:
            raise IcsError("the sequence must be a whole number of at least 0")
        object.__setattr__(self, "exdates", tuple(self.exdates))
        object.__setattr__(self, "rdates", tuple(self.rdates))
        object.__setattr__(self, "attendees", tuple(self.attendees))


@dataclass(frozen=True, slots=True)
class IcsOccurrence:
    """One expanded occurrence; ``recurrence_id`` is the original start of a
    series instance (None for a single event)."""

    uid: str
    summary: str
    location: str
    start: datetime
    end: datetime
    recurrence_id: datetime | None = None
    all_day: bool = False
    status: str | None = None


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    """Return the zone for an IANA name; IcsError if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise IcsError("unknown time zone") from None


# --- reading ------------------------------------------------------------------

def load_calendar(data: bytes | str, *, require_start: bool = True) -> Any:
    """Parse bytes into one icalendar Calendar (several are merged), or raise IcsError.

    ``require_start`` is off for iTIP replies, where DTSTART is optional.
    """
    from icalendar import Calendar

    if isinstance(data, str):
        data = data.encode("utf-8")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise IcsError("calendar data must be bytes")
    data = bytes(data)
    if len(data) > MAX_ICS_BYTES:
        raise IcsError(f"the file is larger than {MAX_ICS_BYTES // (1024 * 1024)} MB")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise IcsError("the file is not iCalendar text") from None
    if _CONTROL.search(text) or not text.lstrip()[:15].upper() == "BEGIN:VCALENDAR":
        raise IcsError("the file is not an iCalendar file")
    _check_timezone_rules(text)
    try:
        parts = Calendar.from_ical(text, multiple=True)
    except Exception:  # icalendar raises many types, with content in the message
        raise IcsError("the file is not valid iCalendar") from None
    if not parts or any(part.name != "VCALENDAR" for part in parts):
        raise IcsError("the file is not valid iCalendar")
    calendar = parts[0]
    for extra in parts[1:]:
        for component in extra.subcomponents:
            calendar.add_component(component)
    events = calendar.walk("VEVENT")
    if len(events) > MAX_EVENTS:
        raise IcsError(f"the file holds more than {MAX_EVENTS} events")
    for event in events:
        for name, _message in event.errors:
            if str(name).upper() in _CRITICAL:
                raise IcsError(f"an event has an unreadable {str(name).upper()}")
        if require_start and "DTSTART" not in event:
            raise IcsError("an event has no start (DTSTART)")
    return calendar


_UNFOLD = re.compile(r"\r?\n[ \t]")
_OBSERVANCE = re.compile(r"(?ims)^BEGIN:(STANDARD|DAYLIGHT)[ \t]*\r?$(.*?)^END:\1")
_RULE_LINE = re.compile(r"(?im)^RRULE[^:\r\n]*:([^\r\n]*)")
_START_LINE = re.compile(r"(?im)^DTSTART[^:\r\n]*:(\d{8}T\d{6})")


@functools.lru_cache(maxsize=256)
def _observance_ok(rule: str, start: str) -> bool:
    """Whether a VTIMEZONE observance rule is readable and ever matches."""
    try:
        return recurrence.has_occurrences(rule, datetime.strptime(start, "%Y%m%dT%H%M%S"))
    except (recurrence.RecurrenceError, ValueError):
        return False


def _check_timezone_rules(text: str) -> None:
    """Refuse VTIMEZONE rules that never match, before dateutil meets them.

    dateutil, which builds custom time zones, scans to the year 9999 on
    such a rule (seconds per lookup), so the raw text is checked first.
    """
    for block in _OBSERVANCE.finditer(_UNFOLD.sub("", text)):
        rules, start = _RULE_LINE.findall(block[2]), _START_LINE.search(block[2])
        if rules and (start is None or not all(_observance_ok(r.strip(), start[1]) for r in rules)):
            raise IcsError("a time zone definition in the file is unusable")


def _aware(value: date | datetime, default: ZoneInfo) -> datetime:
    """A DATE becomes local midnight, a floating time is read in ``default``.

    The result is normalised: a wall-clock time inside a DST gap (which
    files and ``recurring_ical_events`` keep as written) moves forward by the
    gap, matching :func:`app.core.recurrence.occurrences`.
    """
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(), tzinfo=default)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=default)
    return value.astimezone(_UTC).astimezone(value.tzinfo)


def _zone_name(value: date | datetime, default_tz: str) -> str:
    """Return an IANA name (or "UTC") for the zone of a DTSTART value."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        return default_tz
    from icalendar.timezone.tzid import tzid_from_tzinfo
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    key = getattr(value.tzinfo, "key", None) or getattr(value.tzinfo, "_tzid", None)
    key = WINDOWS_TO_OLSON.get(key, key) if key else tzid_from_tzinfo(value.tzinfo)
    if key in _UTC_NAMES or (key is None and value.utcoffset() == timedelta(0)
                             and value.tzname() in ("UTC", "Z")):
        key = "UTC"
    try:
        _zone(key)
    except IcsError:
        return default_tz
    return key


def _address(value: Any) -> tuple[str, str]:
    """Return (CN, e-mail) of an ORGANIZER/ATTENDEE; the e-mail lower-cased."""
    email = re.sub(r"(?i)^mailto:", "", str(value)).strip().lower()
    return str(getattr(value, "params", {}).get("CN", "")), email


def _event(component: Any, default_tz: str) -> IcsEvent:
    """Turn a loaded VEVENT into an IcsEvent."""
    raw_start = component.DTSTART
    try:
        raw_end = component.end
    except Exception:
        raise IcsError("an event has an unreadable end") from None
    all_day = not isinstance(raw_start, datetime)
    tz = _zone_name(raw_start, default_tz)
    zone, fallback = _zone(tz), _zone(default_tz)

    def moment(value: date | datetime) -> datetime:
        return _aware(value, fallback).astimezone(zone)

    rules = component.get("RRULE")
    if isinstance(rules, list):
        if len(rules) > 1:
            raise IcsError("an event has more than one RRULE")
        rules = rules[0]
    organizer = _address(component["ORGANIZER"]) if "ORGANIZER" in component else None
    attendees = []
    for address in component.attendees:
        name, email = _address(address)
        params = address.params
        attendees.append(IcsAttendee(name, email, str(params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
                                     str(params.get("RSVP", "FALSE")).upper() == "TRUE"))
    recurrence_id = component.get("RECURRENCE-ID")
    status = str(component.get("STATUS", "")).upper() or None
    try:
        return IcsEvent(
            uid=str(component.get("UID", "")).strip() or str(uuid.uuid5(
                uuid.NAMESPACE_URL, f"{raw_start.isoformat()}|{component.get('SUMMARY', '')}")),
            summary=str(component.get("SUMMARY", "")), description=str(component.get("DESCRIPTION", "")),
            location=str(component.get("LOCATION", "")), start=moment(raw_start),
            end=max(moment(raw_end), moment(raw_start)), tz=tz,
            rrule=rules.to_ical().decode() if rules is not None else None,
            exdates=tuple(moment(v) for v in component.exdates),
            rdates=tuple(moment(v[0]) for v in component.rdates),
            recurrence_id=moment(recurrence_id.dt) if recurrence_id is not None else None,
            status=status if status in STATUSES else None, sequence=max(0, component.sequence),
            organizer=organizer, attendees=tuple(attendees), all_day=all_day)
    except IcsError:
        raise
    except Exception:
        raise IcsError("an event could not be read") from None


def parse_calendar(data: bytes, *, default_tz: str = "UTC") -> list[IcsEvent]:
    """Return every VEVENT of a file: singles, series masters and moved instances."""
    _zone(default_tz)
    return [_event(component, default_tz) for component in load_calendar(data).walk("VEVENT")]


def _defuse_rules(calendar: Any, default_tz: str) -> None:
    """Drop RRULEs that never match and refuse ones that cannot be checked."""
    for component in calendar.walk("VEVENT"):
        for key in ("RRULE", "EXRULE"):
            rules = component.get(key)
            if rules is None:
                continue
            start = _aware(component.DTSTART, _zone(default_tz))
            zone_name = _zone_name(component.DTSTART, default_tz)
            local = start.astimezone(_zone(zone_name)).replace(tzinfo=None)
            for rule in rules if isinstance(rules, list) else [rules]:
                try:
                    empty = not recurrence.has_occurrences(rule.to_ical().decode(), local, zone_name)
                except recurrence.RecurrenceError as exc:
                    raise IcsError(f"an event has an unusable recurrence rule: {exc}") from None
                if empty:  # an RRULE adds nothing, an EXRULE removes nothing
                    del component[key]
                    break


def expand_calendar(data: bytes, window_start: datetime, window_end: datetime, *,
                    default_tz: str = "UTC") -> list[IcsOccurrence]:
    """Return the occurrences starting in ``[window_start, window_end)``, sorted.

    Series, EXDATEs, RDATEs and moved instances (RECURRENCE-ID) are resolved
    by ``recurring_ical_events``.  Naive window bounds are read in
    ``default_tz``.
    """
    import recurring_ical_events

    fallback = _zone(default_tz)
    lo, hi = _aware(window_start, fallback), _aware(window_end, fallback)
    if hi <= lo or hi - lo > MAX_WINDOW:
        raise IcsError("the window must end after it starts and span at most 25 years")
    calendar = load_calendar(data)
    _defuse_rules(calendar, default_tz)
    series = {str(c.get("UID", "")) for c in calendar.walk("VEVENT")
              if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c}
    result: list[IcsOccurrence] = []
    try:
        query = recurring_ical_events.of(calendar)
        chunk_start = lo
        while chunk_start < hi:  # a year at a time, so a huge result stops early
            chunk_end = min(hi, chunk_start + timedelta(days=366))
            for component in query.between(chunk_start.astimezone(_UTC), chunk_end.astimezone(_UTC)):
                start = _aware(component.DTSTART, fallback)
                if not chunk_start <= start < chunk_end:
                    continue
                end = _aware(component.end, fallback)
                rid, uid = component.get("RECURRENCE-ID"), str(component.get("UID", ""))
                status = str(component.get("STATUS", "")).upper() or None
                result.append(IcsOccurrence(
                    uid=uid, summary=str(component.get("SUMMARY", "")),
                    location=str(component.get("LOCATION", "")), start=start, end=max(start, end),
                    recurrence_id=_aware(rid.dt, fallback) if rid is not None and uid in series else None,
                    all_day=not isinstance(component.DTSTART, datetime),
                    status=status if status in STATUSES else None))
            if len(result) > MAX_EXPANDED:
                raise IcsError(f"the window holds more than {MAX_EXPANDED} occurrences")
            chunk_start = chunk_end
    except IcsError:
        raise
    except Exception:
        raise IcsError("the calendar could not be expanded") from None
    result.sort(key=lambda o: (o.start, o.uid))
    return result


# --- writing (the builders live in ical_itip, loaded on first use) ---------------

def export_calendar(events: Iterable[IcsEvent], *, prodid: str = PRODID,
                    method: str | None = None) -> bytes:
    """Return an .ics file: series as RRULE masters, moved instances as
    VEVENTs with the same UID and a RECURRENCE-ID, VTIMEZONEs included."""
    from app.core.ical_itip import build_calendar

    return build_calendar(events, prodid=prodid, method=method)


def __getattr__(name: str) -> Any:
    """Re-export the iTIP functions without importing them at module load."""
    if name in ("Reply", "build_cancel", "build_reply", "build_request", "parse_reply"):
        from app.core import ical_itip

        return getattr(ical_itip, name)
    raise AttributeError(name)
