"""The light rows lists show: sessions (calendars, agendas, histories, Today) and follow-ups.

Plain values with no database imports, so the first page can be built and
filled before SQLAlchemy is loaded (``services.today``); ``services.sessions``
re-exports them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SessionRow:
    """What calendars, agendas and histories show; never note bodies."""

    id: int
    start: datetime  # aware, in the display zone (the practice's unless asked otherwise)
    end: datetime
    kind: str
    status: str
    cancelled_by: str
    supervisee_id: int | None
    supervisee_name: str
    group_id: int | None
    series_id: int | None
    location: str
    has_notes: bool
    detached: bool
    theme_colors: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    session_id: int
    session_start: datetime
    supervisee_id: int | None
    supervisee_name: str
    text: str
    due: date | None
    done: bool
