"""iTIP (RFC 5546) messages: REQUEST, CANCEL and REPLY, built and read.

The UID stays the series' UID for every message; SEQUENCE comes from the
caller, who raises it on every change.  Every message passes libical's
RFC 5546 restriction checks (tests/core/libical_check.py): an override in a
REQUEST carries its own SUMMARY, LOCATION and DESCRIPTION, and a CANCEL that
uninvites attendees carries no STATUS (RFC 5546 3.2.5).

Replies from Outlook, Gmail and Thunderbird differ in detail (upper-case
"MAILTO:", times in UTC or in a Windows zone name, no SEQUENCE, extra
properties), and users hand in the whole e-mail as often as its attachment:
:func:`parse_reply` reads all of them and :func:`build_reply` imitates them
for tests.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..i18n import translate
from .model import PRODID, IcsAttendee, IcsError, IcsEvent, aware, zone
from .read import calendar_from_mail, load_calendar
from .write import build_calendar, check_email

__all__ = ["REPLY_STATUSES", "Reply", "build_cancel", "build_reply", "build_request", "parse_reply"]

REPLY_STATUSES = ("ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED")
"""PARTSTAT values an attendee may send back in a REPLY (RFC 5546 3.2.3)."""

_DIALECTS = {
    "generic": PRODID,
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "gmail": "-//Google Inc//Google Calendar 70.9054//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


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
    has_sequence: bool = True  # False: the reply carried no SEQUENCE (read as 0)
    stamp: datetime | None = None  # its DTSTAMP, aware UTC


def _people(attendees: Iterable[IcsAttendee | tuple[str, str]], partstat: str) -> tuple[IcsAttendee, ...]:
    """Normalise invitees to IcsAttendee with the given PARTSTAT and RSVP=TRUE."""
    people: dict[str, IcsAttendee] = {}
    for person in attendees:
        name, email = (person.name, person.email) if isinstance(person, IcsAttendee) else person
        email = check_email(email)
        people.setdefault(email, IcsAttendee(name, email, partstat, True))
    if not people:
        raise IcsError(translate("errors", "an invitation needs at least one attendee"))
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
        raise IcsError(translate("errors", "overrides must share the series UID and have a RECURRENCE-ID"))
    head = _organizer(organizer)
    overrides = [replace(o, summary=o.summary or event.summary, location=o.location or event.location,
                         description=o.description or event.description) for o in overrides]
    events = [replace(e, organizer=head, attendees=people, status=e.status or "CONFIRMED")
              for e in (event, *overrides)]
    return build_calendar(events, prodid=prodid, method="REQUEST")


def build_cancel(event: IcsEvent, organizer: tuple[str, str],
                 attendees: Iterable[IcsAttendee | tuple[str, str]], *,
                 sequence: int | None = None, prodid: str = PRODID, uninvite: bool = False) -> bytes:
    """Return a METHOD:CANCEL for an event, a series or (with ``recurrence_id``) one instance.

    ``sequence`` must be higher than the one last sent (``event.sequence``);
    by default it is one higher.  ``uninvite``: the meeting goes on, only
    these attendees are taken off it, so no STATUS:CANCELLED (RFC 5546 3.2.5).
    """
    new_sequence = event.sequence + 1 if sequence is None else sequence
    if isinstance(new_sequence, bool) or not isinstance(new_sequence, int) or new_sequence <= event.sequence:
        raise IcsError(translate("errors", "a cancellation needs a higher sequence than the invitation"))
    cancelled = replace(event, organizer=_organizer(organizer), attendees=_people(attendees, "NEEDS-ACTION"),
                        sequence=new_sequence)
    if uninvite:
        return build_calendar([cancelled], prodid=prodid, method="CANCEL", status="")
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
        raise IcsError(translate("errors", "unknown participation status or client"))
    name, email = (attendee.name, attendee.email) if isinstance(attendee, IcsAttendee) else attendee
    check_email(email)
    if dialect == "gmail":
        event = replace(event, tz="UTC", start=event.start.astimezone(UTC),
                        end=event.end.astimezone(UTC))
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
        component.add("x-microsoft-cdo-replytime", f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
        data = bytes(calendar.to_ical())
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        windows = next((w for w, olson in WINDOWS_TO_OLSON.items() if olson == event.tz), None)
        if windows and event.tz != "UTC":
            data = data.replace(f"TZID={event.tz}".encode(), f'TZID="{windows}"'.encode())
            data = data.replace(f"TZID:{event.tz}".encode(), f"TZID:{windows}".encode())
        return data
    return bytes(calendar.to_ical())


def parse_reply(data: bytes, *, default_tz: str = "UTC") -> list[Reply]:
    """Read a METHOD:REPLY, given as an .ics or as the whole e-mail (.eml, message/rfc822).

    One Reply per ATTENDEE line of each VEVENT.  Raises IcsError for a file
    that is not a REPLY, a reply without UID or attendee, or a PARTSTAT
    outside :data:`REPLY_STATUSES`.
    """
    fallback = zone(default_tz)
    calendar = load_calendar(calendar_from_mail(data), require_start=False)
    if str(calendar.get("METHOD", "")).strip().upper() != "REPLY":
        raise IcsError(translate("errors", "the file is not an invitation reply (METHOD:REPLY)"))
    replies: list[Reply] = []
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", "")).strip()
        if not uid:
            raise IcsError(translate("errors", "a reply has no UID"))
        rid = component.get("RECURRENCE-ID")
        recurrence_id = aware(rid.dt, fallback).astimezone(UTC) if rid is not None else None
        stamp = component.get("DTSTAMP")
        stamped = aware(stamp.dt, zone("UTC")).astimezone(UTC) if stamp is not None else None
        has_sequence = "SEQUENCE" in component
        attendees = component.attendees
        if not attendees:
            raise IcsError(translate("errors", "a reply names no attendee"))
        for address in attendees:
            partstat = str(address.params.get("PARTSTAT", "")).upper()
            if partstat not in REPLY_STATUSES:
                raise IcsError(translate("errors", "a reply has an unsupported participation status"))
            replies.append(Reply(uid, recurrence_id, check_email(str(address)), partstat,
                                 max(0, component.sequence), str(address.params.get("CN", "")),
                                 has_sequence, stamped))
    if not replies:
        raise IcsError(translate("errors", "the reply contains no event"))
    return replies
