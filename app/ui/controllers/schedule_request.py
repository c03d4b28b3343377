"""What the schedule dialog starts from, and the change it makes in the end.

Kept apart from the dialog's widgets: a request is plain data (it is also
the draft kept across a lock), and :func:`schedule_command` is the one place
that decides which core call a save becomes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from app.core.services.series import SeriesData
from app.core.services.sessions import SessionData

from ..dialogs.edit_scope import ALL, FOLLOWING, THIS


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    return sorted(available_timezones() | {"UTC"})


@dataclass(frozen=True)
class ScheduleRequest:
    """Where the dialog starts: a new session, or an existing one (and its series) to change."""

    start: datetime  # naive wall-clock time in ``tz``
    duration_minutes: int
    tz: str
    kind: str = "individual"
    supervisee_id: int | None = None
    supervisee_name: str = ""  # shown even when archived
    group_id: int | None = None
    location: str = ""
    fee: Decimal | None = None
    rrule: str | None = None
    session_id: int | None = None  # editing this session
    series_id: int | None = None  # ... which belongs to this series
    series_start: datetime | None = None  # the series' first start (naive, its zone)
    series_fee: Decimal | None = None
    occurrence_start: datetime | None = None  # the session's start when opened (for "all")
    can_repeat: bool = True  # False for a one-off with notes or already held
    rule_touched: bool = False

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = value.isoformat()
            elif isinstance(value, Decimal):
                out[key] = str(value)
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ScheduleRequest:
        values = dict(raw)
        for key in ("start", "series_start", "occurrence_start"):
            if values.get(key):
                values[key] = datetime.fromisoformat(values[key])
        for key in ("fee", "series_fee"):
            if values.get(key) is not None:
                values[key] = Decimal(values[key])
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})


def schedule_command(request: ScheduleRequest, scope: str | None, *, repeating: bool, start: datetime,
                     series_data: Callable[..., SeriesData], session_data: SessionData):
    """The command (practice -> (Scheduled, Changes)) for a save in ``scope``.

    "all" moves the series' own start by as much as this session was moved;
    a one-off given a repeat rule becomes a series (and the one-off goes).
    """
    session_id, series_id = request.session_id, request.series_id
    if scope == ALL:
        moved = start - (request.occurrence_start or request.start)
        data = series_data(start=(request.series_start or request.start) + moved)
        return lambda p: _pair(p.series.edit_all(series_id, data))
    if scope == FOLLOWING:
        data = series_data()
        return lambda p: _pair(p.series.edit_following(session_id, data))
    if scope == THIS or (session_id is not None and not repeating):
        return lambda p: _pair(p.sessions.update(session_id, session_data))
    if repeating:
        data = series_data()

        def run(p):
            scheduled = p.series.create(data)
            if session_id is None:
                return scheduled, scheduled.changes
            return scheduled, scheduled.changes | p.sessions.delete(session_id)
        return run
    return lambda p: _pair(p.sessions.create(session_data))


def _pair(scheduled):
    """A command result the task runner understands: (result, Changes)."""
    return scheduled, scheduled.changes
