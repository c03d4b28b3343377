"""What a Peerglass recurrence rule may be: the frequencies, weekdays and caps, the
horizon no series runs past, and the error raised for anything outside them.

The package's modules import one way: ``limits`` <- ``parse`` <- ``rule`` <-
``scan`` <- ``expand``, with ``describe`` beside ``expand``.
"""
from __future__ import annotations

import calendar
from datetime import datetime

from ..errors import PeerglassError

WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES: tuple[str, ...] = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_OCCURRENCES = 1_000
"""Most occurrences a bounded rule may produce: weekly for about 19 years."""
MAX_INTERVAL: dict[str, int] = {"DAILY": 365, "WEEKLY": 52, "MONTHLY": 12, "YEARLY": 10}
"""Largest INTERVAL per frequency; anything above is a typing mistake."""
HORIZON_YEARS = 100
"""No occurrence is generated further than this from the start."""


class RecurrenceError(PeerglassError, ValueError):
    """A recurrence rule, its start or a request for occurrences is unusable."""



def horizon(start: datetime) -> datetime:
    """Return the latest moment any occurrence of a series may have."""
    year = min(start.year + HORIZON_YEARS, 9998)
    day = min(start.day, calendar.monthrange(year, start.month)[1])
    return start.replace(year=year, day=day)
