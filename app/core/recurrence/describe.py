"""The description of a rule shown to the supervisor ("Every 2 weeks on Tuesday,
10:00–11:00, until 30 June 2027"), in English unless a translator is installed
(app.core.i18n, context "recurrence": each phrase is a template with {fields})."""
from __future__ import annotations

from datetime import datetime, timedelta

from ..i18n import translatable, translate
from .limits import WEEKDAYS
from .rule import Rule, naive_start, zone_of

_DAY_NAMES = dict(zip(WEEKDAYS, (
    translatable("recurrence", "Monday"), translatable("recurrence", "Tuesday"),
    translatable("recurrence", "Wednesday"), translatable("recurrence", "Thursday"),
    translatable("recurrence", "Friday"), translatable("recurrence", "Saturday"),
    translatable("recurrence", "Sunday")), strict=True))
_MONTH_NAMES = ("", translatable("recurrence", "January"), translatable("recurrence", "February"),
                translatable("recurrence", "March"), translatable("recurrence", "April"),
                translatable("recurrence", "May"), translatable("recurrence", "June"),
                translatable("recurrence", "July"), translatable("recurrence", "August"),
                translatable("recurrence", "September"), translatable("recurrence", "October"),
                translatable("recurrence", "November"), translatable("recurrence", "December"))
_ORDINALS = {1: translatable("recurrence", "first"), 2: translatable("recurrence", "second"),
             3: translatable("recurrence", "third"), 4: translatable("recurrence", "fourth"),
             5: translatable("recurrence", "fifth"), -1: translatable("recurrence", "last"),
             -2: translatable("recurrence", "second-to-last"),
             -3: translatable("recurrence", "third-to-last")}


def _day(code: str) -> str:
    return translate("recurrence", _DAY_NAMES[code])


def _month(number: int) -> str:
    return translate("recurrence", _MONTH_NAMES[number])


def _join(words: list[str], last: str = "and") -> str:
    """Join words as "a", "a and b", "a, b and c" (``last`` is "and" or "or")."""
    if len(words) == 1:
        return words[0]
    template = (translate("recurrence", "{0} and {1}") if last == "and"
                else translate("recurrence", "{0} or {1}"))
    return template.format(", ".join(words[:-1]), words[-1])


def _ordinal(n: int) -> str:
    """Return "second", "last", "12th" or "12th-to-last"."""
    if n in _ORDINALS:
        return translate("recurrence", _ORDINALS[n])
    k = abs(n)
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    word = {"st": translate("recurrence", "{0}st"), "nd": translate("recurrence", "{0}nd"),
            "rd": translate("recurrence", "{0}rd")}.get(suffix) or translate("recurrence", "{0}th")
    word = word.format(k)
    return translate("recurrence", "{0}-to-last").format(word) if n < 0 else word


def _day_part(rule: Rule, start: datetime) -> str:
    """Describe which days of a month (or year) a MONTHLY/YEARLY rule picks."""
    days = [_day(d) for d in rule.by_weekday]
    if rule.by_weekday == WEEKDAYS[:5]:
        days = [translate("recurrence", "weekday")]
    month_days = [translate("recurrence", "day {0}").format(m) if m > 0
                  else translate("recurrence", "the {0} day").format(_ordinal(m))
                  for m in sorted(rule.by_month_day, key=lambda m: (m < 0, abs(m)))]
    if rule.by_set_pos and not month_days:
        return translate("recurrence", "the {0} {1}").format(
            _join([_ordinal(p) for p in rule.by_set_pos]), _join(days, "or"))
    if rule.by_set_pos:
        return translate("recurrence", "the {0} of {1}").format(
            _join([_ordinal(p) for p in rule.by_set_pos]), _join(month_days))
    if month_days and days:
        return translate("recurrence", "{0} when it falls on {1}").format(
            _join(month_days), _join(days, "or"))
    if month_days:
        return _join(month_days)
    if days:
        return translate("recurrence", "every {0}").format(_join(days))
    return translate("recurrence", "day {0}").format(start.day)


def _head(freq: str, n: int) -> str:
    """"Weekly", "Every 2 weeks"..."""
    if n == 1:
        return {"DAILY": translate("recurrence", "Every day"),
                "WEEKLY": translate("recurrence", "Weekly"),
                "MONTHLY": translate("recurrence", "Monthly"),
                "YEARLY": translate("recurrence", "Yearly")}[freq]
    return {"DAILY": translate("recurrence", "Every {0} days"),
            "WEEKLY": translate("recurrence", "Every {0} weeks"),
            "MONTHLY": translate("recurrence", "Every {0} months"),
            "YEARLY": translate("recurrence", "Every {0} years")}[freq].format(n)


def _describe(rule: Rule, start: datetime, duration_minutes: int) -> str:
    """Build the summary used by :func:`describe`."""
    n, freq = rule.interval, rule.freq
    head = _head(freq, n)
    on = translate("recurrence", "{0} on {1}")
    months = [_month(m) for m in rule.by_month]
    if freq == "DAILY" and rule.by_weekday:
        head = (translate("recurrence", "Every weekday") if n == 1 and rule.by_weekday == WEEKDAYS[:5]
                else on.format(head, _join([_day(d) for d in rule.by_weekday])))
    elif freq == "WEEKLY":
        head = on.format(head, _join([_day(d) for d in rule.by_weekday or (WEEKDAYS[start.weekday()],)]))
    elif freq == "MONTHLY":
        head = on.format(head, _day_part(rule, start))
    elif freq == "YEARLY":
        if not (rule.by_weekday or rule.by_month_day):
            head = on.format(head, translate("recurrence", "{0} {1}").format(
                start.day, _join(months or [_month(start.month)])))
            months = []
        else:
            head = on.format(head, _day_part(rule, start))
            if not months:
                head = translate("recurrence", "{0} of the year").format(head)
    if months:
        head = (translate("recurrence", "{0} in {1}") if freq != "YEARLY"
                else translate("recurrence", "{0} of {1}")).format(head, _join(months))
    end = start + timedelta(minutes=max(0, int(duration_minutes)))
    head += f", {start:%H:%M}" + (f"\u2013{end:%H:%M}" if end != start else "")
    if rule.until is not None:
        until = translate("recurrence", "{0} {1} {2}").format(
            rule.until.day, _month(rule.until.month), rule.until.year)
        head = translate("recurrence", "{0}, until {1}").format(head, until)
    elif rule.count is not None:
        head = (translate("recurrence", "{0}, once") if rule.count == 1
                else translate("recurrence", "{0}, {1} times")).format(head, rule.count)
    return head


def describe(rule: Rule, start_local: datetime, duration_minutes: int, tz: str) -> str:
    """Return a readable summary such as "Weekly on Monday, 09:00–09:50, 12 times".

    ``tz`` is checked but not shown: the caller shows the zone if it differs
    from the user's own.
    """
    return _describe(rule, naive_start(start_local, zone_of(tz)), duration_minutes)
