"""iCalendar (.ics) reading, writing and iTIP, as plain data.

One-way layers inside the package: ``model`` (values, errors, zone helpers)
← ``tz`` (zone names) and ``fast`` (plain VEVENTs) ← ``read`` ← ``expand``,
``write`` ← ``itip``.  The rest of the app
imports the public names below from ``app.core.ical``; the iTIP functions
load on first use, so importing the package costs little.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .expand import expand_calendar
from .model import (
    MAX_EVENTS,
    MAX_EXPANDED,
    MAX_ICS_BYTES,
    PRODID,
    IcsAttendee,
    IcsError,
    IcsEvent,
    IcsOccurrence,
)
from .read import (
    CalendarRead,
    ReadCancelled,
    calendar_from_mail,
    export_calendar,
    load_calendar,
    parse_calendar,
    read_calendar,
)

if TYPE_CHECKING:  # re-exported lazily through __getattr__
    from .itip import REPLY_STATUSES, Reply, build_cancel, build_reply, build_request, parse_reply
    from .write import build_calendar, check_email

__all__ = [
    "MAX_EVENTS", "MAX_EXPANDED", "MAX_ICS_BYTES", "PRODID", "REPLY_STATUSES", "CalendarRead", "IcsAttendee",
    "IcsError", "IcsEvent", "IcsOccurrence", "ReadCancelled", "Reply", "build_calendar", "build_cancel",
    "build_reply", "build_request", "calendar_from_mail", "check_email", "expand_calendar", "export_calendar",
    "load_calendar", "parse_calendar", "parse_reply", "read_calendar",
]

_LAZY = {"REPLY_STATUSES": "itip", "Reply": "itip", "build_cancel": "itip", "build_reply": "itip",
         "build_request": "itip", "parse_reply": "itip", "build_calendar": "write", "check_email": "write"}


def __getattr__(name: str) -> Any:
    """Load the iTIP and writing functions on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(name)
