"""Occurrences of a rule: vetting it against the limits with the bounded
:mod:`scan`, expanding it with ``dateutil.rrule`` on wall-clock time, and
splitting a series for "this and following"."""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil import rrule as _du

from ..i18n import translate
from .limits import HORIZON_YEARS, MAX_OCCURRENCES, WEEKDAYS, RecurrenceError, horizon
from .rule import Rule, naive_start, zone_of
from .scan import scan

_DU_FREQ: dict[str, Literal[0, 1, 2, 3, 4, 5, 6]] = {"DAILY": _du.DAILY, "WEEKLY": _du.WEEKLY, "MONTHLY": _du.MONTHLY, "YEARLY": _du.YEARLY}


@functools.lru_cache(maxsize=512)
def _vet(rule: Rule, start: datetime) -> int | None:
    """Refuse a rule that is empty, too long or runs past the horizon.

    Returns the number of occurrences of a bounded rule, None otherwise.
    """
    if rule.until is not None:
        if rule.until < start.date():
            raise RecurrenceError(translate("errors", "the end date is before the start"))
        if rule.until > horizon(start).date():
            raise RecurrenceError(translate(
                "errors", "the end date is more than {0} years after the start").format(HORIZON_YEARS))
    found = 0
    for _ in scan(rule, start):
        found += 1
        if not rule.bounded or found > MAX_OCCURRENCES:
            break
    if found == 0:
        raise RecurrenceError(translate("errors", "the rule produces no occurrences"))
    if found > MAX_OCCURRENCES:
        raise RecurrenceError(translate(
            "errors", "the rule produces more than {0} occurrences").format(MAX_OCCURRENCES))
    if rule.count is not None and found < rule.count:
        raise RecurrenceError(translate(
            "errors", "the series would run more than {0} years").format(HORIZON_YEARS))
    return found if rule.bounded else None


def _dateutil(rule: Rule, start: datetime) -> _du.rrule:
    """Build the dateutil rule for a vetted rule, on naive local time."""
    until = datetime.combine(rule.until, time(23, 59, 59)) if rule.until else None
    return _du.rrule(
        _DU_FREQ[rule.freq], dtstart=start, interval=rule.interval,
        wkst=_du.weekdays[WEEKDAYS.index(rule.week_start)], count=rule.count, until=until,
        bysetpos=rule.by_set_pos or None, bymonth=rule.by_month or None,
        bymonthday=rule.by_month_day or None,
        byweekday=tuple(WEEKDAYS.index(d) for d in rule.by_weekday) or None,
    )


def _localise(naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach the zone: gap times move forward by the gap, repeated times take the first."""
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def _as_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """Return a window bound or exdate as a UTC instant (naive means local wall clock)."""
    if moment.tzinfo is None:
        return _localise(moment, zone).astimezone(UTC)
    return moment.astimezone(UTC)


def validate(rule: Rule, start_local: datetime, tz: str) -> None:
    """Raise RecurrenceError unless the rule is usable from this start in this zone."""
    _vet(rule, naive_start(start_local, zone_of(tz)))


def has_occurrences(text: str, start_local: datetime, tz: str | None = None) -> bool:
    """Whether a rule read from another calendar ever repeats within the horizon.

    Used before handing foreign rules to dateutil-based expanders, which scan
    to the year 9999 on a rule that never matches.  Peerglass's caps on
    interval and count do not apply here; RecurrenceError still reports
    unreadable text and parts that cannot be checked (BYHOUR, HOURLY, ...).
    """
    zone = zone_of(tz) if tz else None
    start = naive_start(start_local, zone)
    rule = Rule._parse_lenient(text, tz, start)
    return next(scan(rule, start), None) is not None


def first_occurrence(rule: Rule, start_local: datetime) -> datetime:
    """Return the first occurrence (naive local) at or after the start.

    RFC 5545 leaves a DTSTART that does not match its rule undefined (Google
    shows it, Outlook does not); callers should store this as the start.
    """
    start = naive_start(start_local)
    _vet(rule, start)
    return next(scan(rule, start))


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
    zone = zone_of(tz)
    start = naive_start(start_local, zone)
    total = _vet(rule, start)
    if total is None and window_end is None:
        raise RecurrenceError(translate("errors", "an open-ended series needs the end of a window"))
    lo = _as_utc(window_start, zone) if window_start is not None else None
    hi = _as_utc(window_end, zone) if window_end is not None else None
    expansion = _dateutil(rule, start)
    if hi is None and lo is None:
        naive = list(expansion)
    else:
        slack = timedelta(days=2)
        lo_local = lo.astimezone(zone).replace(tzinfo=None) - slack if lo else start
        hi_local = (hi.astimezone(zone).replace(tzinfo=None) + slack if hi else horizon(start))
        hi_local = min(hi_local, horizon(start))
        naive = expansion.between(max(lo_local, start), hi_local, inc=True) if lo_local <= hi_local else []
    if len(naive) > MAX_OCCURRENCES:
        raise RecurrenceError(translate(
            "errors", "the window holds more than {0} occurrences").format(MAX_OCCURRENCES))
    skip_days, skip_walls, skip_instants = set(), set(), set()
    for ex in exdates:
        if not isinstance(ex, datetime):
            skip_days.add(ex)
        elif ex.tzinfo is None:
            skip_walls.add(ex.replace(microsecond=0))
        else:
            skip_instants.add(ex.astimezone(UTC))
    result = []
    for wall in naive:
        if wall.date() in skip_days or wall in skip_walls:
            continue
        aware = _localise(wall, zone)
        instant = aware.astimezone(UTC)
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
    start = naive_start(start_local)
    split_at = naive_start(split_at_local)
    total = _vet(rule, start)
    before = 0
    for wall in scan(rule, start):  # at most one occurrence a day: match on the date
        if wall.date() >= split_at.date():
            break
        before += 1
    else:
        wall = None
    if wall is None or wall.date() != split_at.date():
        raise RecurrenceError(translate("errors", "the split point is not an occurrence of the series"))
    if before == 0:
        raise RecurrenceError(translate(
            "errors", "the split point is the first occurrence; edit the whole series instead"))
    if total is not None and rule.count is not None:
        return replace(rule, count=before), replace(rule, count=total - before)
    return replace(rule, until=split_at.date() - timedelta(days=1)), rule
