"""The :class:`Rule` value: one RFC 5545 RRULE, normalised and checked against
Peerglass's limits, written back as RRULE text and read from it."""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..i18n import translate
from .limits import FREQUENCIES, MAX_INTERVAL, MAX_OCCURRENCES, WEEKDAYS, RecurrenceError
from .parse import parse_fields

_SUB_DAILY = ("SECONDLY", "MINUTELY", "HOURLY")


def _int_tuple(values: Iterable[int] | int | None, what: str, low: int, high: int,
               *, allow_negative: bool) -> tuple[int, ...]:
    """Validate and sort a BYxxx list of integers."""
    if values is None:
        return ()
    if isinstance(values, int):
        values = (values,)
    out: set[int] = set()
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RecurrenceError(translate("errors", "{0} must be whole numbers").format(what))
        if value == 0 or abs(value) < low or abs(value) > high or (value < 0 and not allow_negative):
            raise RecurrenceError(translate("errors", "{0} value out of range").format(what))
        out.add(value)
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class Rule:
    """One RFC 5545 RRULE, restricted to what a practice calendar needs.

    ``until`` is an inclusive local date; ``by_set_pos`` selects positions in
    each period's set ("BYDAY=TU;BYSETPOS=2" is the second Tuesday,
    "BYDAY=FR;BYSETPOS=-1" the last Friday).  Values are normalised (upper
    case, sorted, de-duplicated) so equal rules compare equal.
    """

    freq: str
    interval: int = 1
    by_weekday: tuple[str, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    until: date | None = None
    count: int | None = None
    week_start: str = "MO"

    def __post_init__(self) -> None:
        """Normalise the fields and refuse rules that are wrong whatever the start."""
        self._normalise(policy=True)

    def _normalise(self, *, policy: bool) -> None:
        """Normalise and check the fields; ``policy`` adds Peerglass's own caps.

        Without ``policy`` (rules read from other calendars) any INTERVAL and
        COUNT is accepted, and COUNT beside UNTIL is tolerated.
        """
        freq = str(self.freq).upper()
        if freq in _SUB_DAILY:
            raise RecurrenceError(translate("errors", "recurrence more often than daily is not supported"))
        if freq not in FREQUENCIES:
            raise RecurrenceError(translate("errors", "unknown recurrence frequency"))
        object.__setattr__(self, "freq", freq)
        interval = self.interval
        if isinstance(interval, bool) or not isinstance(interval, int) or interval < 1:
            raise RecurrenceError(translate("errors", "interval must be a whole number of at least 1"))
        if policy and interval > MAX_INTERVAL[freq]:
            raise RecurrenceError(translate(
                "errors", "interval is too large for {0} recurrence (at most "
                          "{1})").format(freq.lower(), MAX_INTERVAL[freq]))
        days = self.by_weekday
        days = (days,) if isinstance(days, str) else tuple(days or ())
        days = tuple(str(d).upper() for d in days)
        if any(d not in WEEKDAYS for d in days):
            raise RecurrenceError(translate("errors", "unknown weekday in rule"))
        object.__setattr__(self, "by_weekday", tuple(d for d in WEEKDAYS if d in days))
        week_start = str(self.week_start).upper()
        if week_start not in WEEKDAYS:
            raise RecurrenceError(translate("errors", "unknown week start day in rule"))
        object.__setattr__(self, "week_start", week_start)
        object.__setattr__(self, "by_set_pos", _int_tuple(
            self.by_set_pos, "set positions", 1, 366, allow_negative=True))
        object.__setattr__(self, "by_month_day", _int_tuple(
            self.by_month_day, "month days", 1, 31, allow_negative=True))
        object.__setattr__(self, "by_month", _int_tuple(
            self.by_month, "months", 1, 12, allow_negative=False))
        if self.by_month_day and freq == "WEEKLY":
            raise RecurrenceError(translate("errors", "month days cannot be used with weekly recurrence"))
        if self.by_set_pos and not (self.by_weekday or self.by_month_day or self.by_month):
            raise RecurrenceError(translate(
                "errors", "set positions need weekdays, month days or months to select from"))
        if isinstance(self.until, datetime):
            object.__setattr__(self, "until", self.until.date())
        elif self.until is not None and not isinstance(self.until, date):
            raise RecurrenceError(translate("errors", "until must be a date"))
        count = self.count
        if count is not None:
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise RecurrenceError(translate("errors", "count must be a whole number of at least 1"))
            if policy and count > MAX_OCCURRENCES:
                raise RecurrenceError(translate(
                    "errors", "a series may have at most {0} occurrences").format(MAX_OCCURRENCES))
            if policy and self.until is not None:
                raise RecurrenceError(translate("errors", "a rule cannot have both an end date and a count"))

    @property
    def bounded(self) -> bool:
        """Whether the rule ends by itself (COUNT or UNTIL)."""
        return self.count is not None or self.until is not None

    def to_rrule(self, tz: str | None = None) -> str:
        """Return RFC 5545 RRULE text (without the "RRULE:" prefix).

        UNTIL is the last second of the local ``until`` day.  With ``tz`` it
        is written in UTC, as RFC 5545 requires beside a DTSTART with a TZID;
        without it, as floating local time (for storage beside the zone).
        """
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        for key, values in (("BYMONTH", self.by_month), ("BYMONTHDAY", self.by_month_day),
                            ("BYDAY", self.by_weekday), ("BYSETPOS", self.by_set_pos)):
            if values:
                parts.append(f"{key}={','.join(str(v) for v in values)}")
        if self.week_start != "MO":
            parts.append(f"WKST={self.week_start}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            last = datetime.combine(self.until, time(23, 59, 59))
            if tz is None:
                parts.append(f"UNTIL={last:%Y%m%dT%H%M%S}")
            else:
                utc = last.replace(tzinfo=zone_of(tz)).astimezone(UTC)
                parts.append(f"UNTIL={utc:%Y%m%dT%H%M%S}Z")
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str, *, tz: str | None = None,
              start_local: datetime | None = None) -> Rule:
        """Read RRULE text (with or without the "RRULE:" prefix).

        A UTC UNTIL is turned into a local date with ``tz``; when
        ``start_local`` is given, an UNTIL earlier in the day than the start
        time excludes that day, exactly as RFC 5545 reads it.
        """
        return cls(**_rule_fields(text, tz, start_local))

    @classmethod
    def _parse_lenient(cls, text: str, tz: str | None, start_local: datetime | None) -> Rule:
        """Read a rule from another calendar without Peerglass's caps."""
        rule = object.__new__(cls)
        for name, value in {**_DEFAULTS, **_rule_fields(text, tz, start_local)}.items():
            object.__setattr__(rule, name, value)
        rule._normalise(policy=False)
        return rule


_DEFAULTS = {"interval": 1, "by_weekday": (), "by_set_pos": (), "by_month_day": (), "by_month": (),
             "until": None, "count": None, "week_start": "MO"}



def _rule_fields(text: str, tz: str | None, start_local: datetime | None) -> dict[str, Any]:
    """Parse RRULE text into Rule fields, reading UNTIL as a local date."""
    fields = parse_fields(text)
    until = fields.get("until")
    if isinstance(until, datetime):
        if until.tzinfo is not None:
            until = until.astimezone(zone_of(tz) if tz else UTC).replace(tzinfo=None)
        if start_local is not None and until.time() < start_local.time():
            fields["until"] = until.date() - timedelta(days=1)
        else:
            fields["until"] = until.date()
    return fields


@functools.lru_cache(maxsize=64)
def zone_of(tz: str) -> ZoneInfo:
    """Return the ZoneInfo for an IANA name, refusing unknown names."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise RecurrenceError(translate("errors", "unknown time zone")) from exc


def naive_start(start_local: datetime, zone: ZoneInfo | None = None) -> datetime:
    """Return the start as naive wall-clock time, whole seconds.

    An aware value is read in ``zone`` when given, else at its own wall clock.
    """
    if not isinstance(start_local, datetime):
        raise RecurrenceError(translate("errors", "the start must be a date and time"))
    if start_local.tzinfo is not None:
        start_local = (start_local.astimezone(zone) if zone else start_local).replace(tzinfo=None)
    if not 1000 <= start_local.year <= 9000:
        raise RecurrenceError(translate("errors", "the start date is out of range"))
    return start_local.replace(microsecond=0, fold=0)
