"""Writing .ics: VEVENTs and VTIMEZONEs, for export and for the iTIP messages in :mod:`.itip`.

A VTIMEZONE covers only the span the events use (from the first moment to
the last occurrence of a bounded rule; an open-ended series a few years past
today), so a 12-meeting series does not carry 30 years of transitions.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..i18n import translate
from .model import CONTROL, PRODID, UTC, ZONE_PROPERTY, IcsError, IcsEvent, zone

__all__ = ["build_calendar", "cal_address", "check_email", "event_component"]

_EMAIL = re.compile(r"[^@\s\"<>,;:]+@[^@\s\"<>,;:]+")


def _clean(text: str) -> str:
    """Make a display name safe for a parameter value (Outlook ignores RFC 6868)."""
    return CONTROL.sub(" ", str(text)).replace('"', "'").replace("\r", " ").replace("\n", " ").strip()


def check_email(email: str) -> str:
    """Return a lower-cased e-mail address, or raise IcsError naming no address."""
    email = re.sub(r"(?i)^mailto:", "", str(email)).strip().lower()
    if len(email) > 254 or not _EMAIL.fullmatch(email):
        raise IcsError(translate("errors", "an e-mail address is not valid"))
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
        raise IcsError(translate("errors", "an event has an unreadable recurrence rule")) from None
    if "UNTIL" in rule:
        until, where = rule["UNTIL"][0], zone(event.tz)
        if event.all_day:
            if isinstance(until, datetime):
                until = (until.astimezone(where) if until.tzinfo else until).date()
        else:
            if not isinstance(until, datetime):
                until = datetime.combine(until, time(23, 59, 59))
            until = (until if until.tzinfo else until.replace(tzinfo=where)).astimezone(UTC)
        rule["UNTIL"] = [until]
    return rule


def _second_of_repeated(local: datetime) -> bool:
    """Whether an aware local time is the second of a wall-clock time that happens twice."""
    return local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset()


def _by_form(values: list[Any]) -> list[list[Any]]:
    """Split EXDATE/RDATE values into those written local and those in UTC form (each list non-empty)."""
    def utc(value: Any) -> bool:
        return any(isinstance(v, datetime) and v.tzinfo is UTC for v in (value if isinstance(value, tuple)
                                                                          else (value,)))
    local = [v for v in values if not utc(v)]
    exact = [v for v in values if utc(v)]
    return [group for group in (local, exact) if group]


def event_component(event: IcsEvent, stamp: datetime, method_status: str | None = None) -> Any:
    """Build the icalendar VEVENT for one IcsEvent."""
    from icalendar import Event

    local_zone = zone(event.tz)

    def value(moment: datetime) -> date | datetime:
        local = moment.astimezone(local_zone)
        return local.date() if event.all_day else local

    def instant(moment: datetime) -> date | datetime:
        """``value``, but the second of a repeated wall-clock time (a fall-back night) in UTC form."""
        found = value(moment)
        return found.astimezone(UTC) if isinstance(found, datetime) and _second_of_repeated(found) else found

    # RFC 5545 3.3.5 reads TZID=Europe/Berlin:20261025T023000 as the first
    # 02:30 of that night, as every reader does (ours too, model.aware), so
    # the second one can only be written as its UTC instant. DTSTART and
    # DTEND go together: recurring_ical_events (and DURATION in wall-clock
    # arithmetic) gets a zoned start with a UTC end in the repeated hour
    # wrong. X-PEERGLASS-TZID keeps the zone for our own reader. Not for a
    # series master (RRULE): its DTSTART stays local so the rule expands in
    # wall-clock time across DST changes; our rules' occurrences are never
    # the second of a repeated time (recurrence reads wall times at fold=0).
    exact = not event.rrule and not event.all_day and any(
        isinstance(found := value(m), datetime) and _second_of_repeated(found) for m in (event.start, event.end))
    component = Event()
    component.add("uid", event.uid)
    component.add("dtstamp", stamp)
    if exact:
        component.add("dtstart", event.start.astimezone(UTC))
        component.add("dtend", event.end.astimezone(UTC))
        if event.tz != "UTC":
            component.add(ZONE_PROPERTY, event.tz)
    else:
        component.add("dtstart", value(event.start))
        # A series master ending at the second of a repeated time: DTEND in UTC form beside the local
        # DTSTART (RFC 5545 3.8.5.3: DTEND - DTSTART is the exact length of every instance). Not DURATION:
        # icalendar computes its end in wall-clock time, and a length of a day or more is read back as
        # nominal days. recurring_ical_events adds the length in wall-clock time either way.
        component.add("dtend", max(value(event.end), value(event.start) + timedelta(days=1))
                      if event.all_day else instant(event.end))
    if event.recurrence_id is not None:
        component.add("recurrence-id", value(event.recurrence_id) if event.rrule else instant(event.recurrence_id),
                      parameters={"RANGE": "THISANDFUTURE"} if event.this_and_future else {})
    if event.rrule:
        component.add("rrule", _fixed_rrule(event.rrule, event))
    # The second of a repeated time in UTC form, in a property of its own (RFC 5545 3.8.5.1/3.8.5.2 allow
    # several EXDATE/RDATE properties; a value list has one TZID).
    for name, moments in (("exdate", event.exdates), ("rdate", event.rdates)):
        for group in _by_form([instant(m) for m in moments]):
            component.add(name, group)
    # A PERIOD in UTC form: icalendar writes a zoned period without its TZID (a floating time, read in
    # each reader's own zone), and a period names two instants, not a wall-clock time to repeat.
    periods = [(value(a), value(b)) for a, b in event.rdate_periods]
    periods = [(a.astimezone(UTC), b.astimezone(UTC)) if isinstance(a, datetime) and isinstance(b, datetime)
               else (a, b) for a, b in periods]
    for group in _by_form(periods):
        component.add("rdate", group, parameters={"VALUE": "PERIOD"})
    component.add("sequence", event.sequence)
    for key, text in (("summary", event.summary), ("description", event.description),
                      ("location", event.location)):
        if text:
            component.add(key, text)
    status = event.status if method_status is None else method_status
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
def _vtimezone(tzid: str, first: date, last: date) -> bytes:
    """Return a VTIMEZONE for an IANA zone, covering ``first`` to ``last``.

    icalendar writes the onset of a spring-forward observance at the end of
    the gap (03:00); RFC 5545 wants it in the old offset (02:00), so those
    onsets are moved back by the size of the gap.
    """
    from icalendar import Timezone

    component = Timezone.from_tzid(tzid, first_date=first, last_date=last)
    component.pop("COMMENT", None)
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
    return bytes(component.to_ical())


OPEN_ENDED_YEARS = 2
"""An open-ended series' VTIMEZONE covers this many years past today (or its start)."""


def _last_occurrence(event: IcsEvent) -> datetime:
    """The start of a series' last occurrence (an open-ended one: a few years past today)."""
    from app.core import recurrence

    local = event.start.astimezone(zone(event.tz)).replace(tzinfo=None)
    later = max(event.start, datetime.now(UTC)) + timedelta(days=366 * OPEN_ENDED_YEARS)
    try:
        rule = recurrence.Rule.parse(event.rrule or "", tz=event.tz, start_local=local)
        if not rule.bounded:
            return later
        found = recurrence.occurrences(rule, local, event.tz)
    except recurrence.RecurrenceError:
        return later
    return found[-1] if found else event.start


def _zone_spans(events: Iterable[IcsEvent]) -> dict[str, tuple[date, date]]:
    """Return, per zone used, the first and last day its VTIMEZONE must cover."""
    spans: dict[str, tuple[date, date]] = {}
    for event in events:
        if event.all_day or event.tz == "UTC":
            continue
        moments = [event.start, event.end, *event.exdates, *event.rdates,
                   *(m for period in event.rdate_periods for m in period)]
        if event.recurrence_id is not None:
            moments.append(event.recurrence_id)
        if event.rrule:
            moments.append(_last_occurrence(event) + event.length)
        first = min(moments).date() - timedelta(days=366)  # a year before: readers want the prior change
        last = max(moments).date() + timedelta(days=1)
        old = spans.get(event.tz, (first, last))
        spans[event.tz] = (max(date(1, 1, 2), min(old[0], first)), min(date(9998, 12, 31), max(old[1], last)))
    return spans


def build_calendar(events: Iterable[IcsEvent], *, prodid: str = PRODID, method: str | None = None,
                   status: str | None = None) -> bytes:
    """Serialise events into a VCALENDAR with a VTIMEZONE for every zone used.

    ``status`` overrides every event's STATUS ("" writes none).
    """
    from icalendar import Calendar, Timezone

    events = list(events)
    stamp = datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method.upper())
    for tzid, (first, last) in sorted(_zone_spans(events).items()):
        calendar.add_component(Timezone.from_ical(_vtimezone(tzid, first, last)))
    for event in events:
        calendar.add_component(event_component(event, stamp, status))
    return bytes(calendar.to_ical())
