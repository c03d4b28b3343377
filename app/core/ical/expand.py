"""Expanding a file's events into occurrences in a window (previews, tests), with recurring_ical_events.

Series, EXDATEs, RDATEs and moved instances (RECURRENCE-ID) are resolved by
``recurring_ical_events``; a foreign RRULE that never matches is dropped
first (dateutil would scan to the year 9999), so only its DTSTART remains,
as RFC 5545 reads it.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from app.core import recurrence

from ..i18n import translate
from .model import MAX_EXPANDED, MAX_WINDOW, STATUSES, UTC, IcsError, IcsOccurrence, aware, zone
from .read import _zone_of, load_calendar

__all__ = ["expand_calendar"]


def _defuse_rules(calendar: Any, default_tz: str) -> None:
    """Drop RRULEs that never match and refuse ones that cannot be checked."""
    for component in calendar.walk("VEVENT"):
        for key in ("RRULE", "EXRULE"):
            rules = component.get(key)
            if rules is None:
                continue
            start = aware(component.DTSTART, zone(default_tz))
            zone_name = _zone_of(component.DTSTART, default_tz)[0]
            local = start.astimezone(zone(zone_name)).replace(tzinfo=None)
            for rule in rules if isinstance(rules, list) else [rules]:
                try:
                    empty = not recurrence.has_occurrences(rule.to_ical().decode(), local, zone_name)
                except recurrence.RecurrenceError as exc:
                    raise IcsError(translate(
                        "errors", "an event has an unusable recurrence rule: {0}").format(exc)) from None
                if empty:  # an RRULE adds nothing, an EXRULE removes nothing
                    del component[key]
                    break


def expand_calendar(data: bytes, window_start: datetime, window_end: datetime, *,
                    default_tz: str = "UTC") -> list[IcsOccurrence]:
    """Return the occurrences starting in ``[window_start, window_end)``, sorted.

    Series, EXDATEs, RDATEs and moved instances (RECURRENCE-ID) are resolved
    by ``recurring_ical_events``.  Naive window bounds are read in
    ``default_tz``.
    """
    import recurring_ical_events

    fallback = zone(default_tz)
    lo, hi = aware(window_start, fallback), aware(window_end, fallback)
    if hi <= lo or hi - lo > MAX_WINDOW:
        raise IcsError(translate("errors", "the window must end after it starts and span at most 25 years"))
    calendar = load_calendar(data)
    _defuse_rules(calendar, default_tz)
    series = {str(c.get("UID", "")) for c in calendar.walk("VEVENT")
              if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c}
    result: list[IcsOccurrence] = []
    try:
        query = recurring_ical_events.of(calendar)
        chunk_start = lo
        while chunk_start < hi:  # a year at a time, so a huge result stops early
            chunk_end = min(hi, chunk_start + timedelta(days=366))
            for component in query.between(chunk_start.astimezone(UTC), chunk_end.astimezone(UTC)):
                start = aware(component.DTSTART, fallback)
                if not chunk_start <= start < chunk_end:
                    continue
                end = aware(component.end, fallback)
                rid, uid = component.get("RECURRENCE-ID"), str(component.get("UID", ""))
                status = str(component.get("STATUS", "")).upper() or None
                result.append(IcsOccurrence(
                    uid=uid, summary=str(component.get("SUMMARY", "")),
                    location=str(component.get("LOCATION", "")), start=start, end=max(start, end),
                    recurrence_id=aware(rid.dt, fallback) if rid is not None and uid in series else None,
                    all_day=not isinstance(component.DTSTART, datetime),
                    status=status if status in STATUSES else None))
            if len(result) > MAX_EXPANDED:
                raise IcsError(translate(
                    "errors", "the window holds more than {0} occurrences").format(MAX_EXPANDED))
            chunk_start = chunk_end
    except IcsError:
        raise
    except Exception:
        raise IcsError(translate("errors", "the calendar could not be expanded")) from None
    result.sort(key=lambda o: (o.start, o.uid))
    return result
