"""The English description of a rule shown to the supervisor ("Every 2 weeks
on Tuesday, 10:00–11:00, until 30 June 2027")."""
from __future__ import annotations

from datetime import datetime, timedelta

from .limits import WEEKDAYS
from .rule import Rule, naive_start, zone_of

_DAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"), strict=True))
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last",
             -2: "second-to-last", -3: "third-to-last"}


def _join(words: list[str], last: str = "and") -> str:
    """Join words as "a", "a and b", "a, b and c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def _ordinal(n: int) -> str:
    """Return "second", "last", "12th" or "12th-to-last"."""
    if n in _ORDINALS:
        return _ORDINALS[n]
    k = abs(n)
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}" + ("-to-last" if n < 0 else "")


def _day_part(rule: Rule, start: datetime) -> str:
    """Describe which days of a month (or year) a MONTHLY/YEARLY rule picks."""
    days = [_DAY_NAMES[d] for d in rule.by_weekday]
    if rule.by_weekday == WEEKDAYS[:5]:
        days = ["weekday"]
    month_days = [f"day {m}" if m > 0 else f"the {_ordinal(m)} day"
                  for m in sorted(rule.by_month_day, key=lambda m: (m < 0, abs(m)))]
    if rule.by_set_pos and not month_days:
        return f"the {_join([_ordinal(p) for p in rule.by_set_pos])} {_join(days, 'or')}"
    if rule.by_set_pos:
        return f"the {_join([_ordinal(p) for p in rule.by_set_pos])} of {_join(month_days)}"
    if month_days and days:
        return f"{_join(month_days)} when it falls on {_join(days, 'or')}"
    if month_days:
        return _join(month_days)
    if days:
        return f"every {_join(days)}"
    return f"day {start.day}"


def _describe(rule: Rule, start: datetime, duration_minutes: int) -> str:
    """Build the English summary used by :func:`describe`."""
    n, freq = rule.interval, rule.freq
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[freq]
    head = ({"DAILY": "Every day", "WEEKLY": "Weekly", "MONTHLY": "Monthly", "YEARLY": "Yearly"}[freq]
            if n == 1 else f"Every {n} {unit}s")
    months = [_MONTH_NAMES[m] for m in rule.by_month]
    if freq == "DAILY" and rule.by_weekday:
        head = ("Every weekday" if n == 1 and rule.by_weekday == WEEKDAYS[:5]
                else f"{head} on {_join([_DAY_NAMES[d] for d in rule.by_weekday])}")
    elif freq == "WEEKLY":
        head += f" on {_join([_DAY_NAMES[d] for d in rule.by_weekday or (WEEKDAYS[start.weekday()],)])}"
    elif freq == "MONTHLY":
        head += f" on {_day_part(rule, start)}"
    elif freq == "YEARLY":
        if not (rule.by_weekday or rule.by_month_day):
            head += f" on {start.day} {_join(months or [_MONTH_NAMES[start.month]])}"
            months = []
        else:
            head += f" on {_day_part(rule, start)}" + ("" if months else " of the year")
    if months:
        head += f" {'in' if freq != 'YEARLY' else 'of'} {_join(months)}"
    end = start + timedelta(minutes=max(0, int(duration_minutes)))
    head += f", {start:%H:%M}" + (f"\u2013{end:%H:%M}" if end != start else "")
    if rule.until is not None:
        head += f", until {rule.until.day} {_MONTH_NAMES[rule.until.month]} {rule.until.year}"
    elif rule.count is not None:
        head += ", once" if rule.count == 1 else f", {rule.count} times"
    return head


def describe(rule: Rule, start_local: datetime, duration_minutes: int, tz: str) -> str:
    """Return a readable English summary such as "Weekly on Monday, 09:00–09:50, 12 times".

    ``tz`` is checked but not shown: the caller shows the zone if it differs
    from the user's own.
    """
    return _describe(rule, naive_start(start_local, zone_of(tz)), duration_minutes)
