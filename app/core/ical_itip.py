"""Writing .ics: VEVENTs, VTIMEZONEs, and iTIP (RFC 5546) REQUEST, CANCEL, REPLY.

:func:`app.core.ical.export_calendar` calls :func:`build_calendar` here.

The UID stays the series' UID for every message; SEQUENCE comes from the
caller, who raises it on every change.  Replies from Outlook, Gmail and
Thunderbird differ in detail (upper-case "MAILTO:", times in UTC or in a
Windows zone name, extra properties); :func:`parse_reply` reads all of them
and :func:`build_reply` imitates them for tests.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from app.core.ical import _CONTROL, PRODID, IcsAttendee, IcsError, IcsEvent, _aware, _zone, load_calendar

__all__ = ["REPLY_STATUSES", "Reply", "build_calendar", "build_cancel", "build_reply", "build_request",
           "check_email", "parse_reply"]

_UTC = timezone.utc
_EMAIL = re.compile(r"[^@\s\"<>,;:]+@[^@\s\"<>,;:]+")

REPLY_STATUSES = ("ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED")
"""PARTSTAT values an attendee may send back in a REPLY (RFC 5546 3.2.3)."""

_DIALECTS = {
    "generic": PRODID,
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "gmail": "-//Google Inc//Google Calendar 70.9054//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def _clean(text: str) -> str:
    """Make a display name safe for a parameter value (Outlook ignores RFC 6868)."""
    return _CONTROL.sub(" ", str(text)).replace('"', "'").replace("\r", " ").replace("\n", " ").strip()


def check_email(email: str) -> str:
    """Return a lower-cased e-mail address, or raise IcsError naming no address."""
    email = re.sub(r"(?i)^mailto:", "", str(email)).strip().lower()
    if len(email) > 254 or not _EMAIL.fullmatch(email):
        raise IcsError("an e-mail address is not valid")
    return email


def cal_address(name: str, email: str, **params: str) -> Any:
    """Build an icalendar ORGANIZER/ATTENDEE value."""
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{check_email(email)}")
    if name and _clean(name):
        address.params["CN"] = _clean(name)
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = value
    return address


def _fixed_rrule(text: str, event: IcsEvent) -> Any:
    """Parse RRULE text and write UNTIL in the form RFC 5545 requires for DTSTART."""
    from icalendar import vRecur

    text = text.strip()
    if text[:6].upper() == "RRULE:":
        text = text[6:]
    try:
        rule = vRecur.from_ical(text)
    except Exception:
        raise IcsError("an event has an unreadable recurrence rule") from None
    if "UNTIL" in rule:
        until, zone = rule["UNTIL"][0], _zone(event.tz)
        if event.all_day:
            if isinstance(until, datetime):
                until = (until.astimezone(zone) if until.tzinfo else until).date()
        else:
            if not isinstance(until, datetime):
                until = datetime.combine(until, time(23, 59, 59))
            until = (until if until.tzinfo else until.replace(tzinfo=zone)).astimezone(_UTC)
        rule["UNTIL"] = [until]
    return rule


def event_component(event: IcsEvent, stamp: datetime, method_status: str | None = None) -> Any:
    """Build the icalendar VEVENT for one IcsEvent."""
    from icalendar import Event

    zone = _zone(event.tz)

    def value(moment: datetime) -> date | datetime:
        local = moment.astimezone(zone)
        return local.date() if event.all_day else local

    component = Event()
    component.add("uid", event.uid)
    component.add("dtstamp", stamp)
    component.add("dtstart", value(event.start))
    component.add("dtend", max(value(event.end), value(event.start) + timedelta(days=1))
                  if event.all_day else value(event.end))
    if event.recurrence_id is not None:
        component.add("recurrence-id", value(event.recurrence_id))
    if event.rrule:
        component.add("rrule", _fixed_rrule(event.rrule, event))
    if event.exdates:
        component.add("exdate", [value(m) for m in event.exdates])
    if event.rdates:
        component.add("rdate", [value(m) for m in event.rdates])
    component.add("sequence", event.sequence)
    for key, text in (("summary", event.summary), ("description", event.description),
                      ("location", event.location)):
        if text:
            component.add(key, text)
    status = method_status or event.status
    if status:
        component.add("status", status.upper())
    if event.organizer is not None:
        component.add("organizer", cal_address(*event.organizer))
    for person in event.attendees:
        component.add("attendee", cal_address(
            person.name, person.email, cutype="INDIVIDUAL", role="REQ-PARTICIPANT",
            partstat=person.partstat.upper(), rsvp="TRUE" if person.rsvp else "FALSE"))
    return component


@functools.lru_cache(maxsize=32)
def _vtimezone(tzid: str, first_year: int, last_year: int) -> bytes:
    """Return a VTIMEZONE for an IANA zone, covering the given years.

    icalendar writes the onset of a spring-forward observance at the end of
    the gap (03:00); RFC 5545 wants it in the old offset (02:00), so those
    onsets are moved back by the size of the gap.
    """
    from icalendar import Timezone

    component = Timezone.from_tzid(tzid, first_date=date(first_year, 1, 1), last_date=date(last_year, 1, 1))
    for observance in component.subcomponents:
        gap = observance.TZOFFSETTO - observance.TZOFFSETFROM
        if gap <= timedelta(0):
            continue
        rdates = observance.pop("RDATE", [])
        rdates = rdates if isinstance(rdates, list) else [rdates]
        observance.DTSTART = observance.DTSTART - gap
        moved = [item.dt - gap for listed in rdates for item in listed.dts]
        if moved:
            observance.add("rdate", moved)
    return component.to_ical()


def _zone_years(events: Iterable[IcsEvent]) -> dict[str, tuple[int, int]]:
    """Return, per zone used, the years its VTIMEZONE must cover."""
    years: dict[str, tuple[int, int]] = {}
    for event in events:
        if event.all_day or event.tz == "UTC":
            continue
        first = event.start.year - 1
        last = event.end.year + 1
        if event.rrule:
            until = re.search(r"UNTIL=(\d{4})", event.rrule.upper())
            last = max(last, int(until[1]) + 1) if until else max(last, event.start.year + 30)
        old = years.get(event.tz, (first, last))
        years[event.tz] = (max(1, min(old[0], first)), min(9998, max(old[1], last)))
    return years


def build_calendar(events: Iterable[IcsEvent], *, prodid: str = PRODID, method: str | None = None,
                   status: str | None = None) -> bytes:
    """Serialise events into a VCALENDAR with a VTIMEZONE for every zone used."""
    from icalendar import Calendar, Timezone

    events = list(events)
    stamp = datetime.now(_UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method.upper())
    for tzid, (first, last) in sorted(_zone_years(events).items()):
        calendar.add_component(Timezone.from_ical(_vtimezone(tzid, first, last)))
    for event in events:
        calendar.add_component(event_component(event, stamp, status))
    return calendar.to_ical()


@dataclass(frozen=True, slots=True)
class Reply:
    """One attendee's answer: e-mail lower-cased without "mailto:";
    ``recurrence_id`` (the answered instance of a series) as a UTC instant."""

    uid: str
    recurrence_id: datetime | None
    attendee_email: str
    partstat: str
    sequence: int
    attendee_name: str = ""


def _people(attendees: Iterable[IcsAttendee | tuple[str, str]], partstat: str) -> tuple[IcsAttendee, ...]:
    """Normalise invitees to IcsAttendee with the given PARTSTAT and RSVP=TRUE."""
    people: dict[str, IcsAttendee] = {}
    for person in attendees:
        name, email = (person.name, person.email) if isinstance(person, IcsAttendee) else person
        email = check_email(email)
        people.setdefault(email, IcsAttendee(name, email, partstat, True))
    if not people:
        raise IcsError("an invitation needs at least one attendee")
    return tuple(people.values())


def _organizer(organizer: tuple[str, str]) -> tuple[str, str]:
    """Check the (name, email) of the organizer."""
    name, email = organizer
    return name, check_email(email)


def build_request(event: IcsEvent, organizer: tuple[str, str],
                  attendees: Iterable[IcsAttendee | tuple[str, str]], *,
                  overrides: Sequence[IcsEvent] = (), prodid: str = PRODID) -> bytes:
    """Return a METHOD:REQUEST invitation for one event or series.

    Every invitee gets RSVP=TRUE and PARTSTAT=NEEDS-ACTION; ``overrides``
    (moved instances, same UID) travel in the same message, as RFC 5546
    asks for a series.
    """
    people = _people(attendees, "NEEDS-ACTION")
    if any(o.uid != event.uid or o.recurrence_id is None for o in overrides):
        raise IcsError("overrides must share the series UID and have a RECURRENCE-ID")
    head = _organizer(organizer)
    events = [replace(e, organizer=head, attendees=people, status=e.status or "CONFIRMED")
              for e in (event, *overrides)]
    return build_calendar(events, prodid=prodid, method="REQUEST")


def build_cancel(event: IcsEvent, organizer: tuple[str, str],
                 attendees: Iterable[IcsAttendee | tuple[str, str]], *,
                 sequence: int | None = None, prodid: str = PRODID) -> bytes:
    """Return a METHOD:CANCEL for an event, a series or (with ``recurrence_id``) one instance.

    ``sequence`` must be higher than the one last sent (``event.sequence``);
    by default it is one higher.
    """
    new_sequence = event.sequence + 1 if sequence is None else sequence
    if isinstance(new_sequence, bool) or not isinstance(new_sequence, int) or new_sequence <= event.sequence:
        raise IcsError("a cancellation needs a higher sequence than the invitation")
    cancelled = replace(event, organizer=_organizer(organizer), attendees=_people(attendees, "NEEDS-ACTION"),
                        sequence=new_sequence)
    return build_calendar([cancelled], prodid=prodid, method="CANCEL", status="CANCELLED")


def build_reply(event: IcsEvent, attendee: IcsAttendee | tuple[str, str], partstat: str, *,
                dialect: str = "generic", comment: str = "") -> bytes:
    """Return the METHOD:REPLY an attendee's client would send for ``event``.

    ``dialect`` imitates a client: "outlook" (upper-case MAILTO:, the
    address as typed, times in a Windows zone name), "gmail" (times in UTC,
    X-NUM-GUESTS), "thunderbird", or "generic".
    """
    from icalendar import Calendar, vCalAddress

    partstat = str(partstat).upper()
    if partstat not in REPLY_STATUSES or dialect not in _DIALECTS:
        raise IcsError("unknown participation status or client")
    name, email = (attendee.name, attendee.email) if isinstance(attendee, IcsAttendee) else attendee
    check_email(email)
    if dialect == "gmail":
        event = replace(event, tz="UTC", start=event.start.astimezone(timezone.utc),
                        end=event.end.astimezone(timezone.utc))
    answer = replace(event, attendees=(), rrule=None, exdates=(), rdates=(), status=None)
    calendar = Calendar.from_ical(build_calendar([answer], prodid=_DIALECTS[dialect], method="REPLY"))
    component = calendar.walk("VEVENT")[0]
    address = vCalAddress(("MAILTO:" if dialect == "outlook" else "mailto:") + email.strip())
    if name and dialect != "thunderbird":
        address.params["CN"] = name.replace('"', "'")
    address.params["PARTSTAT"] = partstat
    if dialect == "gmail":
        address.params["X-NUM-GUESTS"] = "0"
    component.add("attendee", address)
    if comment:
        component.add("comment", comment)
    if dialect == "outlook":
        component.add("x-microsoft-cdo-replytime", f"{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")
        data = calendar.to_ical()
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        windows = next((w for w, olson in WINDOWS_TO_OLSON.items() if olson == event.tz), None)
        if windows and event.tz != "UTC":
            data = data.replace(f"TZID={event.tz}".encode(), f'TZID="{windows}"'.encode())
            data = data.replace(f"TZID:{event.tz}".encode(), f"TZID:{windows}".encode())
        return data
    return calendar.to_ical()


def parse_reply(data: bytes, *, default_tz: str = "UTC") -> list[Reply]:
    """Read a METHOD:REPLY file: one Reply per ATTENDEE line of each VEVENT.

    Raises IcsError for a file that is not a REPLY, a reply without UID or
    attendee, or a PARTSTAT outside :data:`REPLY_STATUSES`.
    """
    fallback = _zone(default_tz)
    calendar = load_calendar(data, require_start=False)
    if str(calendar.get("METHOD", "")).strip().upper() != "REPLY":
        raise IcsError("the file is not an invitation reply (METHOD:REPLY)")
    replies: list[Reply] = []
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", "")).strip()
        if not uid:
            raise IcsError("a reply has no UID")
        rid = component.get("RECURRENCE-ID")
        recurrence_id = _aware(rid.dt, fallback).astimezone(timezone.utc) if rid is not None else None
        attendees = component.attendees
        if not attendees:
            raise IcsError("a reply names no attendee")
        for address in attendees:
            partstat = str(address.params.get("PARTSTAT", "")).upper()
            if partstat not in REPLY_STATUSES:
                raise IcsError("a reply has an unsupported participation status")
            replies.append(Reply(uid, recurrence_id, check_email(str(address)), partstat,
                                 max(0, component.sequence), str(address.params.get("CN", ""))))
    if not replies:
        raise IcsError("the reply contains no event")
    return replies
