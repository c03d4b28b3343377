"""RFC 5545 recurrence rules turned into session occurrences.

A series is stored as a rule, a naive local start ("10:00 on Tuesdays") and an
IANA time zone.  Occurrences are expanded on naive wall-clock datetimes with
``dateutil.rrule`` and only then given the zone, so a 10:00 session stays at
10:00 local time on both sides of a daylight-saving change.

Limits (all refusals raise :class:`RecurrenceError`):

* frequencies DAILY, WEEKLY, MONTHLY and YEARLY only;
* ``interval`` at most :data:`MAX_INTERVAL` (a year of days/weeks/months,
  ten years);
* a bounded rule (COUNT or UNTIL) yields at most :data:`MAX_OCCURRENCES`
  (1,000: a weekly meeting for about 19 years);
* nothing is generated more than :data:`HORIZON_YEARS` (100) years after the
  start: an UNTIL or COUNT reaching past it is refused, an open-ended series
  simply stops there;
* a rule with no occurrence in that horizon is refused.

``dateutil`` scans to the year 9999 before it gives up on a rule that never
matches (seconds for "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"), so every rule is
first checked by :func:`_scan`, a small period-by-period walk that is bounded
by the horizon, and only rules that pass reach ``dateutil``.
"""
from __future__ import annotations

import calendar
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as _du

__all__ = [
    "FREQUENCIES",
    "HORIZON_YEARS",
    "MAX_INTERVAL",
    "MAX_OCCURRENCES",
    "WEEKDAYS",
    "RecurrenceError",
    "Rule",
    "describe",
    "first_occurrence",
    "has_occurrences",
    "occurrences",
    "split_rule",
    "validate",
]

WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES: tuple[str, ...] = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_OCCURRENCES = 1_000
"""Most occurrences a bounded rule may produce: weekly for about 19 years."""
MAX_INTERVAL: dict[str, int] = {"DAILY": 365, "WEEKLY": 52, "MONTHLY": 12, "YEARLY": 10}
"""Largest INTERVAL per frequency; anything above is a typing mistake."""
HORIZON_YEARS = 100
"""No occurrence is generated further than this from the start."""

_SUB_DAILY = ("SECONDLY", "MINUTELY", "HOURLY")
_DU_FREQ = {"DAILY": _du.DAILY, "WEEKLY": _du.WEEKLY, "MONTHLY": _du.MONTHLY, "YEARLY": _du.YEARLY}
_UTC = timezone.utc


class RecurrenceError(ValueError):
    """A recurrence rule, its start or a request for occurrences is unusable."""


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
            raise RecurrenceError(f"{what} must be whole numbers")
        if value == 0 or abs(value) < low or abs(value) > high or (value < 0 and not allow_negative):
            raise RecurrenceError(f"{what} value out of range")
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
            raise RecurrenceError("recurrence more often than daily is not supported")
        if freq not in FREQUENCIES:
            raise RecurrenceError("unknown recurrence frequency")
        object.__setattr__(self, "freq", freq)
        interval = self.interval
        if isinstance(interval, bool) or not isinstance(interval, int) or interval < 1:
            raise RecurrenceError("interval must be a whole number of at least 1")
        if policy and interval > MAX_INTERVAL[freq]:
            raise RecurrenceError(f"interval is too large for {freq.lower()} recurrence "
                                  f"(at most {MAX_INTERVAL[freq]})")
        days = self.by_weekday
        days = (days,) if isinstance(days, str) else tuple(days or ())
        days = tuple(str(d).upper() for d in days)
        if any(d not in WEEKDAYS for d in days):
            raise RecurrenceError("unknown weekday in rule")
        object.__setattr__(self, "by_weekday", tuple(d for d in WEEKDAYS if d in days))
        week_start = str(self.week_start).upper()
        if week_start not in WEEKDAYS:
            raise RecurrenceError("unknown week start day in rule")
        object.__setattr__(self, "week_start", week_start)
        object.__setattr__(self, "by_set_pos", _int_tuple(
            self.by_set_pos, "set positions", 1, 366, allow_negative=True))
        object.__setattr__(self, "by_month_day", _int_tuple(
            self.by_month_day, "month days", 1, 31, allow_negative=True))
        object.__setattr__(self, "by_month", _int_tuple(
            self.by_month, "months", 1, 12, allow_negative=False))
        if self.by_month_day and freq == "WEEKLY":
            raise RecurrenceError("month days cannot be used with weekly recurrence")
        if self.by_set_pos and not (self.by_weekday or self.by_month_day or self.by_month):
            raise RecurrenceError("set positions need weekdays, month days or months to select from")
        if isinstance(self.until, datetime):
            object.__setattr__(self, "until", self.until.date())
        elif self.until is not None and not isinstance(self.until, date):
            raise RecurrenceError("until must be a date")
        count = self.count
        if count is not None:
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise RecurrenceError("count must be a whole number of at least 1")
            if policy and count > MAX_OCCURRENCES:
                raise RecurrenceError(f"a series may have at most {MAX_OCCURRENCES} occurrences")
            if policy and self.until is not None:
                raise RecurrenceError("a rule cannot have both an end date and a count")

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
                utc = last.replace(tzinfo=_zone(tz)).astimezone(_UTC)
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


def _rule_fields(text: str, tz: str | None, start_local: datetime | None) -> dict:
    """Parse RRULE text into Rule fields, reading UNTIL as a local date."""
    from .recurrence_text import _parse_fields

    fields = _parse_fields(text)
    until = fields.get("until")
    if isinstance(until, datetime):
        if until.tzinfo is not None:
            until = until.astimezone(_zone(tz) if tz else _UTC).replace(tzinfo=None)
        if start_local is not None and until.time() < start_local.time():
            fields["until"] = until.date() - timedelta(days=1)
        else:
            fields["until"] = until.date()
    return fields


@functools.lru_cache(maxsize=64)
def _zone(tz: str) -> ZoneInfo:
    """Return the ZoneInfo for an IANA name, refusing unknown names."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise RecurrenceError("unknown time zone") from exc


def _naive_start(start_local: datetime, zone: ZoneInfo | None = None) -> datetime:
    """Return the start as naive wall-clock time, whole seconds.

    An aware value is read in ``zone`` when given, else at its own wall clock.
    """
    if not isinstance(start_local, datetime):
        raise RecurrenceError("the start must be a date and time")
    if start_local.tzinfo is not None:
        start_local = (start_local.astimezone(zone) if zone else start_local).replace(tzinfo=None)
    if not 1000 <= start_local.year <= 9000:
        raise RecurrenceError("the start date is out of range")
    return start_local.replace(microsecond=0, fold=0)


def _scan(rule: "Rule", start: datetime) -> Iterator[datetime]:
    """Occurrences from the bounded walk (``recurrence_scan``), loaded on first use."""
    from .recurrence_scan import scan

    return scan(rule, start)


def _horizon(start: datetime) -> datetime:
    """Return the latest moment any occurrence of a series may have."""
    year = min(start.year + HORIZON_YEARS, 9998)
    day = min(start.day, calendar.monthrange(year, start.month)[1])
    return start.replace(year=year, day=day)


@functools.lru_cache(maxsize=512)
def _vet(rule: Rule, start: datetime) -> int | None:
    """Refuse a rule that is empty, too long or runs past the horizon.

    Returns the number of occurrences of a bounded rule, None otherwise.
    """
    if rule.until is not None:
        if rule.until < start.date():
            raise RecurrenceError("the end date is before the start")
        if rule.until > _horizon(start).date():
            raise RecurrenceError(f"the end date is more than {HORIZON_YEARS} years after the start")
    found = 0
    for _ in _scan(rule, start):
        found += 1
        if not rule.bounded or found > MAX_OCCURRENCES:
            break
    if found == 0:
        raise RecurrenceError("the rule produces no occurrences")
    if found > MAX_OCCURRENCES:
        raise RecurrenceError(f"the rule produces more than {MAX_OCCURRENCES} occurrences")
    if rule.count is not None and found < rule.count:
        raise RecurrenceError(f"the series would run more than {HORIZON_YEARS} years")
    return found if rule.bounded else None


def _dateutil(rule: Rule, start: datetime) -> _du.rrule:
    """Build the dateutil rule for a vetted rule, on naive local time."""
    until = datetime.combine(rule.until, time(23, 59, 59)) if rule.until else None
    return _du.rrule(
        _DU_FREQ[rule.freq], dtstart=start, interval=rule.interval,
        wkst=WEEKDAYS.index(rule.week_start), count=rule.count, until=until,
        bysetpos=rule.by_set_pos or None, bymonth=rule.by_month or None,
        bymonthday=rule.by_month_day or None,
        byweekday=tuple(WEEKDAYS.index(d) for d in rule.by_weekday) or None,
    )


def _localise(naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach the zone: gap times move forward by the gap, repeated times take the first."""
    return naive.replace(tzinfo=zone, fold=0).astimezone(_UTC).astimezone(zone)


def _as_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """Return a window bound or exdate as a UTC instant (naive means local wall clock)."""
    if moment.tzinfo is None:
        return _localise(moment, zone).astimezone(_UTC)
    return moment.astimezone(_UTC)


def validate(rule: Rule, start_local: datetime, tz: str) -> None:
    """Raise RecurrenceError unless the rule is usable from this start in this zone."""
    _vet(rule, _naive_start(start_local, _zone(tz)))


def has_occurrences(text: str, start_local: datetime, tz: str | None = None) -> bool:
    """Whether a rule read from another calendar ever repeats within the horizon.

    Used before handing foreign rules to dateutil-based expanders, which scan
    to the year 9999 on a rule that never matches.  Peerglass's caps on
    interval and count do not apply here; RecurrenceError still reports
    unreadable text and parts that cannot be checked (BYHOUR, HOURLY, ...).
    """
    zone = _zone(tz) if tz else None
    start = _naive_start(start_local, zone)
    rule = Rule._parse_lenient(text, tz, start)
    return next(_scan(rule, start), None) is not None


def first_occurrence(rule: Rule, start_local: datetime) -> datetime:
    """Return the first occurrence (naive local) at or after the start.

    RFC 5545 leaves a DTSTART that does not match its rule undefined (Google
    shows it, Outlook does not); callers should store this as the start.
    """
    start = _naive_start(start_local)
    _vet(rule, start)
    return next(_scan(rule, start))


def occurrences(
    rule: Rule,
    start_local: datetime,
    tz: str,
    *,
    window_start: datetime | None = None,
    window_end: datetime | None = None,
    exdates: Iterable[date | datetime] = frozenset(),
) -> list[datetime]:
    """Return the occurrence starts, aware in ``tz``, at the start's wall-clock time.

    The window is half-open, ``window_start <= start < window_end``; naive
    bounds are local wall-clock times.  An open-ended rule needs
    ``window_end``.  ``exdates`` removes occurrences: a date removes that
    local day, a naive datetime that wall-clock time, an aware one that
    instant.  COUNT counts occurrences before exdates are removed.
    """
    zone = _zone(tz)
    start = _naive_start(start_local, zone)
    total = _vet(rule, start)
    if total is None and window_end is None:
        raise RecurrenceError("an open-ended series needs the end of a window")
    lo = _as_utc(window_start, zone) if window_start is not None else None
    hi = _as_utc(window_end, zone) if window_end is not None else None
    expansion = _dateutil(rule, start)
    if hi is None and lo is None:
        naive = list(expansion)
    else:
        slack = timedelta(days=2)
        lo_local = lo.astimezone(zone).replace(tzinfo=None) - slack if lo else start
        hi_local = (hi.astimezone(zone).replace(tzinfo=None) + slack if hi else _horizon(start))
        hi_local = min(hi_local, _horizon(start))
        naive = expansion.between(max(lo_local, start), hi_local, inc=True) if lo_local <= hi_local else []
    if len(naive) > MAX_OCCURRENCES:
        raise RecurrenceError(f"the window holds more than {MAX_OCCURRENCES} occurrences")
    skip_days, skip_walls, skip_instants = set(), set(), set()
    for ex in exdates:
        if not isinstance(ex, datetime):
            skip_days.add(ex)
        elif ex.tzinfo is None:
            skip_walls.add(ex.replace(microsecond=0))
        else:
            skip_instants.add(ex.astimezone(_UTC))
    result = []
    for wall in naive:
        if wall.date() in skip_days or wall in skip_walls:
            continue
        aware = _localise(wall, zone)
        instant = aware.astimezone(_UTC)
        if instant in skip_instants or (lo and instant < lo) or (hi and instant >= hi):
            continue
        result.append(aware)
    return result


def split_rule(rule: Rule, start_local: datetime, split_at_local: datetime) -> tuple[Rule, Rule]:
    """Split a series for "this and following" at one of its occurrences.

    The first rule (from the original start) ends the day before
    ``split_at_local``; the second carries on as before and is to be started
    on that day at the series' own wall-clock time.  ``split_at_local`` is
    matched by its date (a series has at most one occurrence a day), so a
    session moved by a DST gap still splits.  A COUNT is shared so that both
    together give exactly the original occurrences.
    """
    start = _naive_start(start_local)
    split_at = _naive_start(split_at_local)
    total = _vet(rule, start)
    before = 0
    for wall in _scan(rule, start):  # at most one occurrence a day: match on the date
        if wall.date() >= split_at.date():
            break
        before += 1
    else:
        wall = None
    if wall is None or wall.date() != split_at.date():
        raise RecurrenceError("the split point is not an occurrence of the series")
    if before == 0:
        raise RecurrenceError("the split point is the first occurrence; edit the whole series instead")
    if total is not None and rule.count is not None:
        return replace(rule, count=before), replace(rule, count=total - before)
    return replace(rule, until=split_at.date() - timedelta(days=1)), rule


def describe(rule: Rule, start_local: datetime, duration_minutes: int, tz: str) -> str:
    """Return a readable English summary such as "Weekly on Monday, 09:00–09:50, 12 times".

    ``tz`` is checked but not shown: the caller shows the zone if it differs
    from the user's own.
    """
    from .recurrence_text import _describe

    return _describe(rule, _naive_start(start_local, _zone(tz)), duration_minutes)
