"""What the Today page shows, read with the SQLCipher driver alone (no SQLAlchemy).

Today is the first page a cold start paints, so it is read from the driver's
connection before SQLAlchemy is loaded (``app.core.first_look``), and the same
code reads it afterwards (``Practice.today``): one way to read Today. The
queries are those of ``SessionService.today``/``sessions_between``,
``held_without_notes``, ``awaiting_outcome``, ``follow_ups_due``,
``GroupService.reviews_due`` and ``BackupService.last_backup``;
tests/core/test_today_reader.py keeps the two in step.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .rows import FollowUpRow, SessionRow

ATTENTION_LIMIT = 50  # the first this many of each "needs doing" list ("50+" beyond)
FOLLOW_UP_DAYS = 7  # follow-ups due within a week
REVIEW_DAYS = 14  # group reviews due within two weeks
MAX_SESSION_MINUTES = 600  # as services.scheduling: how far back a session overlapping the day can start

_STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite (and compares it, as text)


@dataclass(frozen=True)
class TodayData:
    day: date
    tz: str
    today: list[SessionRow]
    week: list[SessionRow]
    without_notes: list[SessionRow]
    awaiting: list[SessionRow]
    follow_ups: list[FollowUpRow]
    reviews: list[tuple[str, date]] = field(default_factory=list)
    last_backup: datetime | None = None


_ROW_SQL = ("SELECT s.id, s.start_utc, s.end_utc, s.kind, s.status, s.cancelled_by, s.supervisee_id, "
            "p.full_name, s.group_id, s.series_id, s.location, s.has_notes, s.detached "
            "FROM session AS s LEFT OUTER JOIN supervisee AS p ON p.id = s.supervisee_id WHERE ")


def _stamp(moment: datetime) -> str:
    return moment.strftime(_STAMP)


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _utc(wall: datetime, tz: str) -> datetime:
    """Naive UTC of a naive wall-clock time in ``tz`` (fold=0, as services.scheduling.to_utc)."""
    return wall.replace(tzinfo=ZoneInfo(tz), fold=0).astimezone(UTC).replace(tzinfo=None)


def _rows(conn: Any, where: str, params: tuple[object, ...], tz: str, *, newest_first: bool = False,
          limit: int | None = None) -> list[SessionRow]:
    order = " ORDER BY s.start_utc DESC, s.id" if newest_first else " ORDER BY s.start_utc, s.id"
    found = conn.execute(_ROW_SQL + where + order + (f" LIMIT {int(limit)}" if limit is not None else ""),
                         params).fetchall()
    colours: dict[int, list[str]] = defaultdict(list)
    noted = [r[0] for r in found if r[11]]
    for chunk in range(0, len(noted), 900):
        ids = noted[chunk:chunk + 900]
        for session_id, colour in conn.execute(
                "SELECT st.session_id, t.color FROM session_theme AS st JOIN theme AS t ON t.id = st.theme_id "
                f"WHERE st.session_id IN ({','.join('?' * len(ids))}) ORDER BY t.position, t.id", ids):
            colours[session_id].append(colour)
    zone = ZoneInfo(tz)
    return [SessionRow(r[0], _parse(r[1]).replace(tzinfo=UTC).astimezone(zone),
                       _parse(r[2]).replace(tzinfo=UTC).astimezone(zone), r[3], r[4], r[5], r[6], r[7] or "",
                       r[8], r[9], r[10], bool(r[11]), bool(r[12]), tuple(colours.get(r[0], ())))
            for r in found]


def _between(conn: Any, start: datetime, end: datetime, tz: str) -> list[SessionRow]:
    """Sessions overlapping the wall-clock span ``[start, end)`` in ``tz`` (``sessions_between``)."""
    lo, hi = _utc(start, tz), _utc(end, tz)
    return _rows(conn, "s.start_utc >= ? AND s.start_utc < ? AND s.end_utc > ?",
                 (_stamp(lo - timedelta(minutes=MAX_SESSION_MINUTES)), _stamp(hi), _stamp(lo)), tz)


def read_today(conn: Any, now: datetime | None = None) -> TodayData:
    """Everything the Today page shows, from a driver (DB-API) connection to an open vault.

    ``now`` (aware) stands for the clock in tests.
    """
    row = conn.execute("SELECT time_zone FROM practice_settings WHERE id = 1").fetchone()
    tz = (row[0] if row else "") or "UTC"
    now_utc = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    day = now_utc.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).date()
    midnight = datetime.combine(day, datetime.min.time())
    tomorrow = midnight + timedelta(days=1)
    week_end = datetime.combine(day + timedelta(days=7 - day.weekday()), datetime.min.time())
    today = _between(conn, midnight, tomorrow, tz)
    week = _between(conn, tomorrow, week_end, tz) if week_end > tomorrow else []
    without_notes = _rows(conn, "s.status = 'held' AND s.has_notes = 0", (), tz,
                          newest_first=True, limit=ATTENTION_LIMIT)
    cut = _stamp(now_utc)
    awaiting = _rows(conn, "s.status = 'scheduled' AND s.end_utc <= ? AND s.start_utc < ?", (cut, cut), tz,
                     newest_first=True, limit=ATTENTION_LIMIT)
    zone = ZoneInfo(tz)
    follow_ups = [
        FollowUpRow(r[0], r[1], _parse(r[5]).replace(tzinfo=UTC).astimezone(zone), r[6], r[7] or "", r[2],
                    date.fromisoformat(r[3]), bool(r[4]))
        for r in conn.execute(
            "SELECT f.id, f.session_id, f.text, f.due, f.done, s.start_utc, s.supervisee_id, p.full_name "
            "FROM follow_up AS f JOIN session AS s ON s.id = f.session_id "
            "LEFT OUTER JOIN supervisee AS p ON p.id = s.supervisee_id "
            "WHERE f.due IS NOT NULL AND f.due <= ? AND f.done = 0 "
            "ORDER BY f.due, s.start_utc, f.position, f.id LIMIT ?",
            ((day + timedelta(days=FOLLOW_UP_DAYS)).isoformat(), ATTENTION_LIMIT))]
    reviews = [(name, date.fromisoformat(on)) for name, on in conn.execute(
        "SELECT name, review_on FROM supervision_group WHERE archived_at IS NULL AND review_on IS NOT NULL "
        "AND review_on <= ? ORDER BY review_on, id", ((day + timedelta(days=REVIEW_DAYS)).isoformat(),))]
    backup = conn.execute("SELECT at FROM audit_event WHERE action = 'backup' ORDER BY at DESC, id DESC "
                          "LIMIT 1").fetchone()
    return TodayData(day, tz, today, week, without_notes, awaiting, follow_ups, reviews,
                     _parse(backup[0]) if backup else None)
