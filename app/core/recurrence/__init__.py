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
first checked by :func:`.scan.scan`, a small period-by-period walk that is bounded
by the horizon, and only rules that pass reach ``dateutil``.
"""
from __future__ import annotations

from .describe import describe
from .expand import first_occurrence, has_occurrences, occurrences, split_rule, validate
from .limits import FREQUENCIES, HORIZON_YEARS, MAX_INTERVAL, MAX_OCCURRENCES, WEEKDAYS, RecurrenceError
from .rule import Rule

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

