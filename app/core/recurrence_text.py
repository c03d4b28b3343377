"""RRULE text for :mod:`app.core.recurrence`: reading rule strings and the
English description shown to the supervisor ("Every 2 weeks on Tuesday,
10:00–11:00, until 30 June 2027")."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from .recurrence import WEEKDAYS, RecurrenceError, Rule

_UTC = timezone.utc


_RULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYSETPOS", "BYMONTHDAY", "BYMONTH", "WKST"}
_OTHER_PARTS = {"BYSECOND", "BYMINUTE", "BYHOUR", "BYYEARDAY", "BYWEEKNO", "RSCALE", "SKIP"}
_INT = re.compile(r"[+-]?\d{1,4}")
_DAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"(\d{8})(?:T(\d{6})(Z?))?")


def _ints(key: str, value: str) -> tuple[int, ...]:
    """Read a comma-separated list of integers of one rule part."""
    items = value.split(",")
    if not all(_INT.fullmatch(item) for item in items):
        raise RecurrenceError(f"malformed rule: {key} must be a number or a list of numbers")
    return tuple(int(item) for item in items)


def _parse_until(value: str) -> date | datetime:
    """Read UNTIL as a date, a floating datetime or an aware UTC datetime."""
    match = _UNTIL.fullmatch(value)
    try:
        if match is None:
            raise ValueError
        day = datetime.strptime(match[1], "%Y%m%d")
        if match[2] is None:
            return day.date()
        moment = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
        return moment.replace(tzinfo=_UTC) if match[3] else moment
    except ValueError:
        raise RecurrenceError("malformed rule: UNTIL is not a date") from None


def _parse_days(value: str, freq: str, fields: dict) -> tuple[str, ...]:
    """Read BYDAY; positions such as "2TU" or "-1FR" become BYSETPOS.

    "BYDAY=2TU" equals "BYDAY=TU;BYSETPOS=2" when only one weekday is named
    and no month days or second month narrow the set, so that is accepted;
    other mixes of positions are refused rather than silently changed.
    """
    days, positions = [], []
    for item in value.upper().split(","):
        match = _DAY.fullmatch(item)
        if match is None:
            raise RecurrenceError("malformed rule: BYDAY is not a list of weekdays")
        days.append(match[2])
        if match[1] is not None:
            positions.append(int(match[1]))
    if not positions:
        return tuple(days)
    if freq not in ("MONTHLY", "YEARLY"):
        raise RecurrenceError("weekday positions need monthly or yearly recurrence")
    if (len(positions) != len(days) or len(set(days)) != 1 or "by_set_pos" in fields
            or "by_month_day" in fields or len(fields.get("by_month", ())) > 1):
        raise RecurrenceError("this combination of weekday positions is not supported")
    fields["by_set_pos"] = tuple(positions)
    return (days[0],)


def _parse_fields(text: str) -> dict:
    """Split RRULE text into Rule keyword arguments (UNTIL not yet localised)."""
    if not isinstance(text, str):
        raise RecurrenceError("the rule must be text")
    text = text.strip()
    if len(text) > 500:
        raise RecurrenceError("the rule is too long")
    if text[:6].upper() == "RRULE:":
        text = text[6:]
    raw: dict[str, str] = {}
    for part in filter(None, text.split(";")):
        key, sep, value = part.partition("=")
        key = key.strip().upper()
        if not sep or not value.strip():
            raise RecurrenceError("malformed rule: a part has no value")
        if key in _OTHER_PARTS:
            raise RecurrenceError(f"the rule part {key} is not supported")
        if key not in _RULE_PARTS:
            raise RecurrenceError("malformed rule: unknown rule part")
        if key in raw:
            raise RecurrenceError(f"malformed rule: {key} is given twice")
        raw[key] = value.strip()
    if "FREQ" not in raw:
        raise RecurrenceError("malformed rule: no frequency")
    fields: dict = {"freq": raw["FREQ"].upper()}
    for key, name in (("BYMONTH", "by_month"), ("BYMONTHDAY", "by_month_day"), ("BYSETPOS", "by_set_pos")):
        if key in raw:
            fields[name] = _ints(key, raw[key])
    for key, name in (("INTERVAL", "interval"), ("COUNT", "count")):
        if key in raw:
            values = _ints(key, raw[key])
            if len(values) != 1:
                raise RecurrenceError(f"malformed rule: {key} must be a single number")
            fields[name] = values[0]
    if "BYDAY" in raw:
        fields["by_weekday"] = _parse_days(raw["BYDAY"], fields["freq"], fields)
    if "WKST" in raw:
        fields["week_start"] = raw["WKST"].upper()
    if "UNTIL" in raw:
        fields["until"] = _parse_until(raw["UNTIL"])
    return fields


# --- plain English ----------------------------------------------------------

_DAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday")))
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
