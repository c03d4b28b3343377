"""The bounded scan that vets a rule before dateutil sees it.

dateutil walks to the year 9999 before giving up on a rule that never
matches; this period-by-period walk stops at the series horizon, so a
refusal is quick. It mirrors dateutil's defaults, and a test checks the two
agree occurrence for occurrence.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

from .limits import WEEKDAYS, horizon
from .rule import Rule


def _matches_month_day(day: date, by_month_day: tuple[int, ...]) -> bool:
    """Whether ``day`` matches one of the (possibly negative) BYMONTHDAY values."""
    length = calendar.monthrange(day.year, day.month)[1]
    return any(day.day == (m if m > 0 else length + m + 1) for m in by_month_day)


def _period_anchor(rule: Rule, start: date, index: int) -> date:
    """Return the first day of period ``index`` (DAILY: the day itself)."""
    step = rule.interval * index
    if rule.freq == "DAILY":
        return start + timedelta(days=step)
    if rule.freq == "WEEKLY":
        week = start - timedelta(days=(start.weekday() - WEEKDAYS.index(rule.week_start)) % 7)
        return week + timedelta(weeks=step)
    if rule.freq == "MONTHLY":
        year, month = divmod(start.year * 12 + start.month - 1 + step, 12)
        return date(year, month + 1, 1) if year <= 9999 else date.max
    return date(start.year + step, 1, 1) if start.year + step <= 9999 else date.max


def _period_days(rule: Rule, start: date, index: int) -> list[date]:
    """Candidate days of period ``index``, before BYSETPOS and the start cut.

    Mirrors dateutil's defaults: WEEKLY takes the start's weekday, MONTHLY
    the start's day of month, YEARLY the start's day (and month).
    """
    anchor = _period_anchor(rule, start, index)
    if rule.freq == "DAILY":
        days = [anchor]
    elif rule.freq == "WEEKLY":  # like dateutil, the first week starts at the start day
        days = [anchor + timedelta(days=i) for i in range(7) if index or anchor + timedelta(days=i) >= start]
    else:
        months = ((anchor.month,) if rule.freq == "MONTHLY"
                  else rule.by_month or ((start.month,) if not (rule.by_month_day or rule.by_weekday)
                                         else tuple(range(1, 13))))
        days = []
        for month in months:
            length = calendar.monthrange(anchor.year, month)[1]
            if rule.by_month_day:
                numbers: Iterable[int] = sorted({m if m > 0 else length + m + 1 for m in rule.by_month_day}
                                                & set(range(1, length + 1)))
            else:
                numbers = (range(1, length + 1) if rule.by_weekday
                           else [start.day] if start.day <= length else [])
            days.extend(date(anchor.year, month, d) for d in numbers)
    if rule.by_month:
        days = [d for d in days if d.month in rule.by_month]
    if rule.by_month_day and rule.freq == "DAILY":
        days = [d for d in days if _matches_month_day(d, rule.by_month_day)]
    weekdays = rule.by_weekday or ((WEEKDAYS[start.weekday()],) if rule.freq == "WEEKLY" else ())
    if weekdays:
        wanted = {WEEKDAYS.index(d) for d in weekdays}
        days = [d for d in days if d.weekday() in wanted]
    return days


def scan(rule: Rule, start: datetime) -> Iterator[datetime]:
    """Yield occurrences (naive local) in order, never looking past the horizon."""
    last = horizon(start).date()
    if rule.until is not None:
        last = min(last, rule.until)
    first_day, emitted, index = start.date(), 0, 0
    if rule.freq == "DAILY" and rule.by_set_pos and not {1, -1} & set(rule.by_set_pos):
        return  # a daily period holds one day, so only position 1 or -1 can match
    while (anchor := _period_anchor(rule, first_day, index)) <= last:
        if rule.freq == "DAILY" and rule.by_month and anchor.month not in rule.by_month:
            month_end = date(anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1])
            index += -(-((month_end - anchor).days + 1) // rule.interval)  # jump to the next month
            continue
        days = _period_days(rule, first_day, index)
        if rule.by_set_pos and days:
            days = sorted({days[p - 1 if p > 0 else p] for p in rule.by_set_pos if abs(p) <= len(days)})
        for day in days:
            if day < first_day:
                continue
            if day > last:
                return
            yield datetime.combine(day, start.time())
            emitted += 1
            if rule.count is not None and emitted >= rule.count:
                return
        index += 1
