"""The plain values the iCalendar package hands in and out, and what every module of it shares.

Lowest module of :mod:`app.core.ical`: it imports nothing else of the
package, and ``read``, ``write``, ``itip`` and ``tz`` import from here only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.errors import PeerglassError
from app.core.i18n import translate

__all__ = [
    "CONTROL", "MAX_EVENTS", "MAX_EXPANDED", "MAX_ICS_BYTES", "MAX_WINDOW", "PRODID", "STATUSES", "UTC",
    "ZONE_PROPERTY",
    "IcsAttendee", "IcsError", "IcsEvent", "IcsOccurrence", "aware", "elapsed", "zone",
]

PRODID = "-//Peerglass//Peerglass 0.1//EN"
MAX_ICS_BYTES = 20 * 1024 * 1024
"""Largest .ics accepted: ten years of a busy calendar is a few megabytes."""
MAX_EVENTS = 100_000
"""Most VEVENT components in one file."""
MAX_EXPANDED = 100_000
"""Most occurrences one call to :func:`app.core.ical.expand_calendar` returns."""
MAX_WINDOW = timedelta(days=366 * 25)
"""Longest window :func:`app.core.ical.expand_calendar` accepts."""
STATUSES = ("TENTATIVE", "CONFIRMED", "CANCELLED")
UTC = UTC
ZONE_PROPERTY = "X-PEERGLASS-TZID"
"""The zone of an event whose DTSTART and DTEND are written in UTC form (the second of a
repeated wall-clock time, see :mod:`.write`); read back by :mod:`.read`, ignored by others."""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters no iCalendar text may hold."""


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
    written in.  ``organizer`` is ``(name, email)``.  ``rdates`` are extra
    occurrences at the event's length; ``rdate_periods`` extra occurrences
    with their own end (RDATE;VALUE=PERIOD).  ``this_and_future`` marks a
    RECURRENCE-ID;RANGE=THISANDFUTURE.  ``line`` is where the VEVENT begins in
    the file it was read from (0 when built in code).
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
    exdate_days: tuple[date, ...] = ()
    rdates: tuple[datetime, ...] = ()
    rdate_periods: tuple[tuple[datetime, datetime], ...] = ()
    recurrence_id: datetime | None = None
    this_and_future: bool = False
    status: str | None = None
    sequence: int = 0
    organizer: tuple[str, str] | None = None
    attendees: tuple[IcsAttendee, ...] = ()
    all_day: bool = False
    position: int = field(default=0, compare=False)
    line: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        """Refuse events that cannot be written as valid iCalendar."""
        if not isinstance(self.uid, str) or not self.uid.strip() or CONTROL.search(self.uid):
            raise IcsError(translate("errors", "an event needs a UID"))
        moments = (self.start, self.end, *self.exdates, *self.rdates,
                   *(m for period in self.rdate_periods for m in period),
                   *((self.recurrence_id,) if self.recurrence_id is not None else ()))
        if any(not isinstance(m, datetime) or m.tzinfo is None for m in moments):
            raise IcsError(translate("errors", "event times must be timezone-aware datetimes"))
        if self.length < timedelta(0):
            raise IcsError(translate("errors", "an event ends before it starts"))
        zone(self.tz)
        if self.status is not None and self.status.upper() not in STATUSES:
            raise IcsError(translate("errors", "unknown event status"))
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int) or self.sequence < 0:
            raise IcsError(translate("errors", "the sequence must be a whole number of at least 0"))
        for name in ("exdates", "exdate_days", "rdates", "rdate_periods", "attendees"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    @property
    def length(self) -> timedelta:
        """How long the event lasts, in real time (:func:`elapsed`)."""
        return elapsed(self.start, self.end)

    @property
    def where(self) -> str:
        """'event 3 (line 27)': how a message names this event without quoting it."""
        if not self.position:
            return "an event"
        return f"event {self.position}" + (f" (line {self.line})" if self.line else "")


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


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time from ``start`` to ``end``. Not ``end - start``: in one zone that is wall-clock time and
    ignores ``fold`` (02:30 to the second 02:20 of a fall-back night would be -10 minutes). Not cached:
    datetimes that differ only in ``fold`` are equal and hash alike, so a cache mixed the two up."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    """Return the zone for an IANA name; IcsError if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise IcsError(translate("errors", "unknown time zone")) from None


def aware(value: date | datetime, default: ZoneInfo) -> datetime:
    """A DATE becomes local midnight, a floating time is read in ``default``.

    The result is normalised: a wall-clock time inside a DST gap is read with
    the offset before the gap (RFC 5545 3.3.5: 02:30 becomes 03:30 summer
    time), matching :func:`app.core.recurrence.occurrences`; a repeated time
    is the first of the two, unless the value is already aware with ``fold=1``
    (the second 02:30 of a fall-back night, as read from a UTC-form time): that
    one keeps its instant.
    """
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(), tzinfo=default)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=default, fold=0)
    elif value.fold:
        exact = value.astimezone(UTC).astimezone(value.tzinfo)
        if exact.replace(tzinfo=None, fold=0) == value.replace(tzinfo=None, fold=0):
            return exact  # a time that exists (a repeated one: the second), not one in a gap
    return value.replace(fold=0).astimezone(UTC).astimezone(value.tzinfo)
