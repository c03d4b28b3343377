"""Reading .ics: whole files for import, expansion for previews, and iTIP messages.

The rest of the app never touches ``icalendar`` objects: it hands in and gets
back the frozen dataclasses of :mod:`.model`.  The app imports this package
lazily (the ``icalendar`` import costs start-up time).

Choices (see tests/core/data/ics/ for a case of each):

* Floating times, and TZIDs that are neither known nor defined in the file,
  are read in ``default_tz`` (the supervisor's own zone).  Windows,
  ``posix/`` and vendor-prefixed names map to IANA zones; a VTIMEZONE the
  file defines under any other name is read with its own rules and stored as
  the IANA zone whose rules agree (:mod:`.tz`).
* A DTSTART in UTC form belongs to the zone X-PEERGLASS-TZID names (what
  Peerglass writes for the second of a repeated wall-clock time), else to
  the zone of DTEND or RECURRENCE-ID, else to UTC; a UTC-form DTEND,
  EXDATE or RDATE beside a zoned DTSTART is that instant (the second of a
  repeated time, as Peerglass writes it).  A DURATION's days are
  nominal, its hours and minutes exact (RFC 5545 3.3.6).
* DTEND and DURATION together: DTEND wins.  The same RRULE written twice is
  one rule.  A DATE in EXDATE or RDATE of a timed event means that day at
  the event's time of day.  Seconds are kept.
* A file is refused as a whole (:class:`IcsError`, naming the event's
  position, never its content) when it is not iCalendar, is larger than
  :data:`MAX_ICS_BYTES`, holds more than :data:`MAX_EVENTS` events, or an
  event has no, two or an unreadable DTSTART (or an unreadable DTEND, RRULE,
  EXDATE, RDATE or RECURRENCE-ID).  Events that are readable but cannot be
  scheduled are the importer's to report, one by one.
* A foreign RRULE that never matches (dateutil would scan to the year 9999)
  is dropped before expansion; a VTIMEZONE whose rules never match is refused.
"""
from __future__ import annotations

import codecs
import functools
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from app.core import recurrence

from ..i18n import translate
from .fast import fast_event
from .model import (
    CONTROL,
    MAX_EVENTS,
    MAX_ICS_BYTES,
    PRODID,
    STATUSES,
    UTC,
    ZONE_PROPERTY,
    IcsAttendee,
    IcsError,
    IcsEvent,
    aware,
    elapsed,
    zone,
)
from .tz import iana_name, zone_like

__all__ = ["CalendarRead", "calendar_from_mail", "export_calendar", "load_calendar", "parse_calendar",
           "read_calendar"]

_CRITICAL = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"}
CHUNK_EVENTS = 500
"""VEVENTs parsed at a time: memory stays bounded whatever the file's size."""
Progress = Callable[[int, int], None]


def _text(data: bytes | str) -> str:
    """The file's text (UTF-8, else Windows-1252), checked to be iCalendar; IcsError otherwise."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise IcsError(translate("errors", "calendar data must be bytes"))
    data = bytes(data)
    if len(data) > MAX_ICS_BYTES:
        raise IcsError(translate(
            "errors", "the file is larger than {0} MB").format(MAX_ICS_BYTES // (1024 * 1024)))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise IcsError(translate("errors", "the file is not iCalendar text")) from None
    if CONTROL.search(text) or not text.lstrip()[:15].upper() == "BEGIN:VCALENDAR":
        raise IcsError(translate("errors", "the file is not an iCalendar file"))
    return text


def calendar_from_mail(data: bytes) -> bytes:
    """The text/calendar part of an e-mail (.eml, message/rfc822), or ``data`` itself when it is no e-mail.

    A REPLY part is preferred; attachments named ``*.ics`` count too.
    """
    head = bytes(data[:2048]).lstrip(codecs.BOM_UTF8 + b" \t\r\n")
    if head[:15].upper() == b"BEGIN:VCALENDAR" or not re.match(rb"[A-Za-z][A-Za-z0-9-]*:", head):
        return data
    import email
    import email.policy

    try:
        message = email.message_from_bytes(bytes(data), policy=email.policy.default)
    except Exception:  # the email package raises many types for broken mail
        raise IcsError(translate("errors", "the e-mail could not be read")) from None
    found: list[tuple[int, bytes]] = []
    for part in message.walk():
        kind = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if kind in ("text/calendar", "application/ics") or name.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                method = str(part.get_param("method") or "").upper()
                found.append((0 if method == "REPLY" or b"METHOD:REPLY" in payload.upper() else 1, payload))
    if not found:
        raise IcsError(translate("errors", "the e-mail holds no calendar part (text/calendar)"))
    return min(found, key=lambda item: item[0])[1]


def load_calendar(data: bytes | str, *, require_start: bool = True) -> Any:
    """Parse bytes into one icalendar Calendar (several are merged), or raise IcsError.

    ``require_start`` is off for iTIP replies, where DTSTART is optional.
    """
    from icalendar import Calendar

    text = _text(data)
    _check_timezone_rules(text)
    try:
        parts = Calendar.from_ical(text, multiple=True)
    except Exception:  # icalendar raises many types, with content in the message
        raise IcsError(translate("errors", "the file is not valid iCalendar")) from None
    if not parts or any(part.name != "VCALENDAR" for part in parts):
        raise IcsError(translate("errors", "the file is not valid iCalendar"))
    calendar = parts[0]
    for extra in parts[1:]:
        for component in extra.subcomponents:
            calendar.add_component(component)
    events = calendar.walk("VEVENT")
    if len(events) > MAX_EVENTS:
        raise IcsError(translate("errors", "the file holds more than {0} events").format(MAX_EVENTS))
    for event in events:
        for name, _message in event.errors:
            if str(name).upper() in _CRITICAL:
                raise IcsError(translate(
                    "errors", "an event has an unreadable {0}").format(str(name).upper()))
        if require_start and "DTSTART" not in event:
            raise IcsError(translate("errors", "an event has no start (DTSTART)"))
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
            raise IcsError(translate("errors", "a time zone definition in the file is unusable"))


def _address(value: Any) -> tuple[str, str]:
    """Return (CN, e-mail) of an ORGANIZER/ATTENDEE; the e-mail lower-cased."""
    email = re.sub(r"(?i)^mailto:", "", str(value)).strip().lower()
    return str(getattr(value, "params", {}).get("CN", "")), email




# --- reading a whole file, a chunk of events at a time ---------------------------

@dataclass(frozen=True, slots=True)
class CalendarRead:
    """What a file holds: its readable events in file order, and the events
    that could be read but not understood (``(event, reason)``)."""

    events: tuple[IcsEvent, ...]
    problems: tuple[tuple[IcsEvent, str], ...]
    method: str = ""


def _blocks(text: str) -> tuple[list[str], list[tuple[int, str]], str]:
    """Split the text into VTIMEZONE blocks, VEVENT blocks (with the line each starts on) and METHOD."""
    zones: list[str] = []
    events: list[tuple[int, str]] = []
    method = ""
    current: list[str] | None = None
    kind, depth, begun = "", 0, 0
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.rstrip().upper()
        if current is None:
            if word in ("BEGIN:VEVENT", "BEGIN:VTIMEZONE"):
                current, kind, depth, begun = [line], word[6:], 1, number
            elif word.startswith("METHOD:"):
                method = word[7:].strip()
            continue
        current.append(line)
        if word.startswith("BEGIN:"):
            depth += 1
        elif word.startswith("END:"):
            depth -= 1
            if depth == 0:
                block = "\r\n".join(current) + "\r\n"
                if kind == "VEVENT":
                    events.append((begun, block))
                    if len(events) > MAX_EVENTS:
                        raise IcsError(translate(
                            "errors", "the file holds more than {0} events").format(MAX_EVENTS))
                else:
                    zones.append(block)
                current = None
    if current is not None:
        raise IcsError(translate(
            "errors", "the file ends inside an {0} that begins on line {1}").format(kind, begun))
    return zones, events, method


def read_calendar(data: bytes | str, *, default_tz: str = "UTC", progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None, fast: bool = True) -> CalendarRead:
    """Read every VEVENT of a file, :data:`CHUNK_EVENTS` at a time.

    Plain events are read by :mod:`.fast`, the rest by icalendar (``fast``
    False: all by icalendar, to compare the two).

    ``progress(done, total)`` is called after each chunk; when ``cancelled()``
    turns true, :class:`ReadCancelled` is raised.
    """
    from icalendar import Calendar

    zone(default_tz)
    zones, blocks, method = _blocks(_text(data))
    zone_text = "".join(zones)
    _check_timezone_rules(zone_text)
    events: list[IcsEvent] = []
    problems: list[tuple[IcsEvent, str]] = []
    lookup = _zone_lookup(zone_text)
    for first in range(0, len(blocks), CHUNK_EVENTS):
        if cancelled is not None and cancelled():
            raise ReadCancelled()
        chunk = blocks[first:first + CHUNK_EVENTS]
        components: list[Any] = [fast_event(block, lookup) if fast else None for _, block in chunk]
        slow = [i for i, found in enumerate(components) if found is None]
        if slow:
            text = (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n{zone_text}"
                    + "".join(chunk[i][1] for i in slow) + "END:VCALENDAR\r\n")
            try:
                parsed = Calendar.from_ical(text).walk("VEVENT")
            except Exception:  # icalendar raises many types, with content in the message
                parsed = None
            if parsed is None or len(parsed) != len(slow):
                parsed = [_one(chunk[i][1], first + i + 1, chunk[i][0], zone_text) for i in slow]
            for i, component in zip(slow, parsed):
                components[i] = component
        for offset, component in enumerate(components):
            position, line = first + offset + 1, chunk[offset][0]
            event, problem = _event(component, default_tz, position, line)
            events.append(event)
            if problem:
                problems.append((event, problem))
        if progress is not None:
            progress(min(len(blocks), first + CHUNK_EVENTS), len(blocks))
    return CalendarRead(tuple(events), tuple(problems), method)


def _zone_lookup(zone_text: str) -> Callable[[str], tzinfo | None]:
    """TZID -> tzinfo as icalendar resolves it: a known name's IANA zone, else the file's own VTIMEZONE."""
    defined: dict[str, Any] = {}
    if zone_text:
        from icalendar import Calendar

        try:
            parsed = Calendar.from_ical(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n{zone_text}"
                                        "END:VCALENDAR\r\n")
            defined = {str(c.get("TZID", "")).strip(): c for c in parsed.walk("VTIMEZONE")}
        except Exception:
            raise IcsError(translate("errors", "a time zone definition in the file is unusable")) from None

    @functools.lru_cache(maxsize=64)
    def lookup(tzid: str) -> tzinfo | None:
        name = iana_name(tzid)
        if name is not None:
            return zone(name)
        component = defined.get(tzid.strip())
        if component is None:
            return None
        try:
            return component.to_tz(lookup_tzid=False)  # type: ignore[no-any-return]
        except Exception:
            raise IcsError(translate("errors", "a time zone definition in the file is unusable")) from None

    return lookup


class ReadCancelled(IcsError):
    """The reader was asked to stop."""

    def __init__(self) -> None:
        super().__init__(translate("errors", "the import was cancelled"))


def _one(block: str, position: int, line: int, zone_text: str) -> Any:
    """Parse one VEVENT alone, to name the event a chunk failed on."""
    from icalendar import Calendar

    try:
        return Calendar.from_ical(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n{zone_text}{block}"
                                  "END:VCALENDAR\r\n").walk("VEVENT")[0]
    except Exception:
        raise IcsError(translate(
            "errors", "event {0} (line {1}) is not valid iCalendar").format(position, line)) from None


def _values(component: Any, name: str) -> list[Any]:
    """Every value of a property that may be repeated (EXDATE, RDATE, RRULE...)."""
    found = component.get(name)
    if found is None:
        return []
    return list(found) if isinstance(found, list) else [found]


def _zone_of(value: date | datetime, default_tz: str) -> tuple[str, str]:
    """The IANA name (or "UTC") for a DTSTART's zone, and a reason when no IANA zone has the file's rules."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        return default_tz, ""
    info = value.tzinfo
    key = getattr(info, "key", None) or getattr(info, "_tzid", None) or getattr(info, "zone", None)
    if key:
        name = iana_name(str(key))
        if name:
            return name, ""
    if value.utcoffset() == timedelta(0) and value.tzname() in ("UTC", "Z", "GMT"):
        return "UTC", ""
    like = zone_like(info, value.year, hint=str(key or ""))
    if like:
        return like, ""
    return default_tz, "it repeats in a time zone the file defines that matches no known zone"


def _zone_beside(component: Any, default_tz: str) -> str:
    """The zone of a DTSTART written in UTC form: the one :data:`.model.ZONE_PROPERTY` names, else
    that of DTEND or RECURRENCE-ID when one names a zone, else UTC.

    Peerglass writes a time at the second of a repeated wall-clock time (a
    fall-back night) in UTC form, the only unambiguous way (:mod:`.write`);
    the event still belongs to its zone.
    """
    named = iana_name(str(component.get(ZONE_PROPERTY, "")).strip() or "-")
    if named is not None:
        return named
    for name in ("DTEND", "RECURRENCE-ID"):
        values = _values(component, name)
        value = values[0].dt if values else None
        if isinstance(value, datetime) and value.tzinfo is not None:
            found, note = _zone_of(value, default_tz)
            if not note and found != "UTC":
                return found
    return "UTC"


def _event(component: Any, default_tz: str, position: int, line: int) -> tuple[IcsEvent, str]:
    """Turn a parsed VEVENT into an IcsEvent, with a reason when it can't be scheduled as written.

    Raises IcsError (naming the position) when the event can't be read at all.
    """
    where = f"event {position} (line {line})"
    for name, _message in component.errors:
        if str(name).upper() in _CRITICAL:
            raise IcsError(translate("errors", "{0} has an unreadable {1}").format(where, str(name).upper()))
    starts = _values(component, "DTSTART")
    if not starts:
        raise IcsError(translate("errors", "{0} has no start (DTSTART)").format(where))
    if len(starts) > 1:
        raise IcsError(translate(
            "errors", "{0} has two DTSTART properties; it can't be read either way").format(where))
    raw_start = starts[0].dt
    all_day = not isinstance(raw_start, datetime)
    tz, note = _zone_of(raw_start, default_tz)
    if tz == "UTC" and isinstance(raw_start, datetime) and raw_start.tzinfo is not None:
        tz = _zone_beside(component, default_tz)
    here, fallback = zone(tz), zone(default_tz)

    def moment(value: date | datetime) -> datetime:
        if not all_day and not isinstance(value, datetime):  # a DATE on a timed event: that day, same time
            value = datetime.combine(value, start.time().replace(fold=0), tzinfo=here)
        return aware(value, fallback).astimezone(here)

    start = aware(raw_start, fallback).astimezone(here)
    ends = _values(component, "DTEND")
    try:
        if ends:  # DTEND wins over a DURATION written beside it
            end_value = ends[0].dt
            end = aware(end_value, fallback).astimezone(here) if isinstance(end_value, datetime) or all_day \
                else aware(datetime.combine(end_value, time(), tzinfo=here), fallback)
        elif "DURATION" in component:  # days are nominal (wall clock), hours and minutes exact (RFC 5545)
            duration = component["DURATION"].dt
            days = timedelta(days=duration.days)
            base = aware((start + days).replace(tzinfo=None), here) if days else start
            end = (base.astimezone(UTC) + (duration - days)).astimezone(here)
        else:
            end = start + timedelta(days=1) if all_day else start
    except Exception:
        raise IcsError(translate("errors", "{0} has an unreadable end").format(where)) from None
    rules = list(dict.fromkeys(r.to_ical().decode() for r in _values(component, "RRULE")))
    # A one-off in such a zone keeps its instants (shown in the practice's zone); a series would drift.
    problem = note if rules or "RDATE" in component else ""
    if elapsed(start, end) < timedelta(0):
        problem, end = "it ends before it starts", start
    if len(rules) > 1:
        problem = problem or "it has two different repeat rules (RRULE)"
    exdates, exdays = [], []
    for listed in _values(component, "EXDATE"):
        for item in listed.dts:
            if isinstance(item.dt, datetime) or all_day:
                exdates.append(moment(item.dt))
            else:
                exdays.append(item.dt)
    rdates, periods = [], []
    for listed in _values(component, "RDATE"):
        for item in listed.dts:
            value = item.dt
            if isinstance(value, tuple):
                begin = moment(value[0])
                finish = begin + value[1] if isinstance(value[1], timedelta) else moment(value[1])
                periods.append((begin, max(begin, finish)))
            else:
                rdates.append(moment(value))
    rid = component.get("RECURRENCE-ID")
    status = str(component.get("STATUS", "")).upper() or None
    organizer = _address(component["ORGANIZER"]) if "ORGANIZER" in component else None
    attendees = []
    for address in component.attendees:
        name, email = _address(address)
        params = address.params
        attendees.append(IcsAttendee(name, email, str(params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
                                     str(params.get("RSVP", "FALSE")).upper() == "TRUE"))
    try:
        sequence = max(0, int(component.get("SEQUENCE", 0)))
    except (TypeError, ValueError):
        sequence = 0
    try:
        event = IcsEvent(
            uid=str(component.get("UID", "")).strip() or str(uuid.uuid5(
                uuid.NAMESPACE_URL, f"{start.isoformat()}|{component.get('SUMMARY', '')}")),
            summary=str(component.get("SUMMARY", "")), description=str(component.get("DESCRIPTION", "")),
            location=str(component.get("LOCATION", "")), start=start, end=end, tz=tz,
            rrule=rules[0] if rules else None, exdates=tuple(exdates), exdate_days=tuple(exdays),
            rdates=tuple(rdates), rdate_periods=tuple(periods),
            recurrence_id=moment(rid.dt) if rid is not None else None,
            this_and_future=rid is not None and str(rid.params.get("RANGE", "")).upper() == "THISANDFUTURE",
            status=status if status in STATUSES else None, sequence=sequence,
            organizer=organizer, attendees=tuple(attendees), all_day=all_day, position=position, line=line)
    except IcsError as exc:
        raise IcsError(f"{where}: {exc}") from None
    except Exception:
        raise IcsError(translate("errors", "{0} could not be read").format(where)) from None
    return event, problem


def parse_calendar(data: bytes, *, default_tz: str = "UTC") -> list[IcsEvent]:
    """Return every VEVENT of a file: singles, series masters and moved instances."""
    return list(read_calendar(data, default_tz=default_tz).events)


def export_calendar(events: Iterable[IcsEvent], *, prodid: str = PRODID,
                    method: str | None = None) -> bytes:
    """Return an .ics file: series as RRULE masters, moved instances as
    VEVENTs with the same UID and a RECURRENCE-ID, VTIMEZONEs included."""
    from .write import build_calendar

    return build_calendar(events, prodid=prodid, method=method)
