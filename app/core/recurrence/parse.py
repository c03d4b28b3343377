"""Reading RFC 5545 RRULE text ("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4") into the
keyword arguments of :class:`app.core.recurrence.Rule`."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from ..i18n import translate
from .limits import RecurrenceError

_RULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYSETPOS", "BYMONTHDAY", "BYMONTH", "WKST"}
_OTHER_PARTS = {"BYSECOND", "BYMINUTE", "BYHOUR", "BYYEARDAY", "BYWEEKNO", "RSCALE", "SKIP"}
_INT = re.compile(r"[+-]?\d{1,4}")
_DAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"(\d{8})(?:T(\d{6})(Z?))?")


def _ints(key: str, value: str) -> tuple[int, ...]:
    """Read a comma-separated list of integers of one rule part."""
    items = value.split(",")
    if not all(_INT.fullmatch(item) for item in items):
        raise RecurrenceError(translate(
            "errors", "malformed rule: {0} must be a number or a list of numbers").format(key))
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
        return moment.replace(tzinfo=UTC) if match[3] else moment
    except ValueError:
        raise RecurrenceError(translate("errors", "malformed rule: UNTIL is not a date")) from None


def _parse_days(value: str, freq: str, fields: dict[str, Any]) -> tuple[str, ...]:
    """Read BYDAY; positions such as "2TU" or "-1FR" become BYSETPOS.

    "BYDAY=2TU" equals "BYDAY=TU;BYSETPOS=2" when only one weekday is named
    and no month days or second month narrow the set, so that is accepted;
    other mixes of positions are refused rather than silently changed.
    """
    days, positions = [], []
    for item in value.upper().split(","):
        match = _DAY.fullmatch(item)
        if match is None:
            raise RecurrenceError(translate("errors", "malformed rule: BYDAY is not a list of weekdays"))
        days.append(match[2])
        if match[1] is not None:
            positions.append(int(match[1]))
    if not positions:
        return tuple(days)
    if freq not in ("MONTHLY", "YEARLY"):
        raise RecurrenceError(translate("errors", "weekday positions need monthly or yearly recurrence"))
    if (len(positions) != len(days) or len(set(days)) != 1 or "by_set_pos" in fields
            or "by_month_day" in fields or len(fields.get("by_month", ())) > 1):
        raise RecurrenceError(translate("errors", "this combination of weekday positions is not supported"))
    fields["by_set_pos"] = tuple(positions)
    return (days[0],)


def parse_fields(text: str) -> dict[str, Any]:
    """Split RRULE text into Rule keyword arguments (UNTIL not yet localised)."""
    if not isinstance(text, str):
        raise RecurrenceError(translate("errors", "the rule must be text"))
    text = text.strip()
    if len(text) > 500:
        raise RecurrenceError(translate("errors", "the rule is too long"))
    if text[:6].upper() == "RRULE:":
        text = text[6:]
    raw: dict[str, str] = {}
    for part in filter(None, text.split(";")):
        key, sep, value = part.partition("=")
        key = key.strip().upper()
        if not sep or not value.strip():
            raise RecurrenceError(translate("errors", "malformed rule: a part has no value"))
        if key in _OTHER_PARTS:
            raise RecurrenceError(translate("errors", "the rule part {0} is not supported").format(key))
        if key not in _RULE_PARTS:
            raise RecurrenceError(translate("errors", "malformed rule: unknown rule part"))
        if key in raw:
            raise RecurrenceError(translate("errors", "malformed rule: {0} is given twice").format(key))
        raw[key] = value.strip()
    if "FREQ" not in raw:
        raise RecurrenceError(translate("errors", "malformed rule: no frequency"))
    fields: dict[str, Any] = {"freq": raw["FREQ"].upper()}
    for key, name in (("BYMONTH", "by_month"), ("BYMONTHDAY", "by_month_day"), ("BYSETPOS", "by_set_pos")):
        if key in raw:
            fields[name] = _ints(key, raw[key])
    for key, name in (("INTERVAL", "interval"), ("COUNT", "count")):
        if key in raw:
            values = _ints(key, raw[key])
            if len(values) != 1:
                raise RecurrenceError(translate(
                    "errors", "malformed rule: {0} must be a single number").format(key))
            fields[name] = values[0]
    if "BYDAY" in raw:
        fields["by_weekday"] = _parse_days(raw["BYDAY"], fields["freq"], fields)
    if "WKST" in raw:
        fields["week_start"] = raw["WKST"].upper()
    if "UNTIL" in raw:
        fields["until"] = _parse_until(raw["UNTIL"])
    return fields
