"""Sessions: one-offs, "this session" edits, outcomes, and the calendar queries.

List queries return light :class:`SessionRow` values (no note bodies);
``get`` returns the full record and ``save_record`` stores it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import false, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..i18n import translate
from ..models import (
    CANCELLED_BY,
    SESSION_STATUSES,
    Attendance,
    FollowUp,
    Series,
    Supervisee,
    SupervisionSession,
    Theme,
    session_theme,
    utcnow,
)
from . import session_records
from .audit import add_event
from .base import NotFound, Service, ValidationError
from .changes import Changes
from .rows import FollowUpRow, SessionRow
from .scheduling import (
    MAX_SESSION_MINUTES,
    ConflictInfo,
    Scheduled,
    booking_problems,
    find_conflicts,
    from_utc,
    load_exdates,
    local_wall,
    new_uid,
    now_utc,
    practice_tz,
    store_exdates,
    to_utc,
    wall_clock,
    zone,
)
from .search import flush_index
from .session_records import FollowUpData, SessionRecord, SessionRecordData
from .validation import clean

S = SupervisionSession


@dataclass(frozen=True)
class SessionData:
    """When and what a single session is. ``start_local`` is wall-clock time in ``tz``."""

    start_local: datetime
    tz: str = "UTC"
    duration_minutes: int = 60
    kind: str = "individual"
    supervisee_id: int | None = None
    group_id: int | None = None
    location: str = ""
    fee: Decimal | None = None


_ROW_COLUMNS = (S.id, S.start_utc, S.end_utc, S.kind, S.status, S.cancelled_by, S.supervisee_id,
                Supervisee.full_name, S.group_id, S.series_id, S.location, S.has_notes, S.detached)


def _rows(s: Session, where: ColumnElement[bool], *, newest_first: bool = False,
          limit: int | None = None, display_tz: str | None = None) -> list[SessionRow]:
    query = (select(*_ROW_COLUMNS).outerjoin(Supervisee, Supervisee.id == S.supervisee_id).where(where)
             .order_by(S.start_utc.desc() if newest_first else S.start_utc, S.id))
    if limit is not None:
        query = query.limit(limit)
    found = list(s.execute(query))
    colours: dict[int, list[str]] = defaultdict(list)
    noted = [r.id for r in found if r.has_notes]
    for chunk in range(0, len(noted), 900):
        for session_id, colour in s.execute(
                select(session_theme.c.session_id, Theme.color)
                .join(Theme, Theme.id == session_theme.c.theme_id)
                .where(session_theme.c.session_id.in_(noted[chunk:chunk + 900]))
                .order_by(Theme.position, Theme.id)):
            colours[session_id].append(colour)
    tz = display_tz or practice_tz(s)
    return [SessionRow(r.id, from_utc(r.start_utc, tz), from_utc(r.end_utc, tz), r.kind, r.status,
                       r.cancelled_by, r.supervisee_id, r.full_name or "", r.group_id, r.series_id,
                       r.location, r.has_notes, r.detached, tuple(colours.get(r.id, ())))
            for r in found]


class SessionService(Service):
    # ---- scheduling one session -----------------------------------------
    def create(self, data: SessionData) -> Scheduled:
        """A one-off session; clashes are returned, not refused."""
        with self.transaction() as s:
            start, end = self._checked(s, data)
            row = S(kind=data.kind, supervisee_id=data.supervisee_id, group_id=data.group_id,
                    start_utc=start, end_utc=end, tz=data.tz, duration_minutes=data.duration_minutes,
                    location=clean(data.location), fee=data.fee, uid=new_uid())
            s.add(row)
            s.flush()
            clashes = find_conflicts(s, [(start, end)], supervisee_id=data.supervisee_id,
                                     group_id=data.group_id, exclude_session_ids=[row.id])
            flush_index(s)
            return Scheduled(row.id, Changes(sessions=True), tuple(clashes))

    def update(self, session_id: int, data: SessionData) -> Scheduled:
        """Edit this session only (move, length, place...); a series member becomes detached."""
        with self.transaction() as s:
            row = self._row(s, session_id)
            start, end = self._checked(s, data)
            before = (row.start_utc, row.end_utc, row.tz, row.location, row.kind, row.supervisee_id,
                      row.group_id, row.fee)
            row.start_utc, row.end_utc, row.tz = start, end, data.tz
            row.duration_minutes, row.location = data.duration_minutes, clean(data.location)
            row.kind, row.supervisee_id, row.group_id, row.fee = (data.kind, data.supervisee_id,
                                                                  data.group_id, data.fee)
            after = (row.start_utc, row.end_utc, row.tz, row.location, row.kind, row.supervisee_id,
                     row.group_id, row.fee)
            if before != after:
                self._changed(s, row)
            clashes = find_conflicts(s, [(start, end)], supervisee_id=data.supervisee_id,
                                     group_id=data.group_id, exclude_session_ids=[row.id])
            flush_index(s)
        return Scheduled(session_id, Changes(sessions=True), tuple(clashes))

    def set_status(self, session_id: int, status: str, cancelled_by: str = "",
                   held_minutes: int | None = None) -> Changes:
        """Mark held, no-show, cancelled (by whom) or back to scheduled."""
        if status not in SESSION_STATUSES:
            raise ValidationError({"status": translate(
                "validation", "Status is scheduled, held, cancelled or no-show.")})
        if cancelled_by not in CANCELLED_BY or (status == "cancelled") != bool(cancelled_by):
            raise ValidationError({"cancelled_by": translate(
                "validation", "Say who cancelled (supervisor or supervisee).")})
        with self.transaction() as s:
            row = self._row(s, session_id)
            if row.status != status or row.cancelled_by != cancelled_by:
                row.status, row.cancelled_by = status, cancelled_by
                if status == "cancelled":
                    self._changed(s, row)  # invitations go out as CANCEL
            if status == "held":
                row.held_minutes = held_minutes if held_minutes is not None else (
                    row.held_minutes or row.duration_minutes)
        return Changes(sessions=True)

    def cancel(self, session_id: int, by: str = "supervisor") -> Changes:
        return self.set_status(session_id, "cancelled", cancelled_by=by)

    def delete(self, session_id: int) -> Changes:
        """Delete one session; in a series its occurrence becomes an EXDATE (no other is touched)."""
        with self.transaction() as s:
            row = self._row(s, session_id)
            if row.series_id is not None and row.original_start is not None:
                series = s.get(Series, row.series_id)
                if series is not None:
                    store_exdates(series, load_exdates(series) + [local_wall(row.original_start, series.tz)])
                    series.sequence += 1
                    series.updated_at = utcnow()
            s.delete(row)
            add_event(s, "delete", "session", session_id, "session deleted")
            s.flush()
            flush_index(s)
        return Changes(sessions=True, audit=True)

    # ---- records ---------------------------------------------------------
    def get(self, session_id: int) -> SessionRecord:
        with self.session() as s:
            return session_records.load_record(s, session_id)

    def save_record(self, session_id: int, data: SessionRecordData) -> Changes:
        with self.transaction() as s:
            session_records.save_record(s, session_id, data)
            s.flush()
            flush_index(s)
        return Changes(sessions=True)

    def set_follow_up_done(self, follow_up_id: int, done: bool = True) -> Changes:
        with self.transaction() as s:
            row = s.get(FollowUp, follow_up_id)
            if row is None:
                raise NotFound(translate("errors", "Follow-up"), follow_up_id)
            row.done = done
        return Changes(sessions=True)

    # ---- conflicts ---------------------------------------------------------
    def conflicts(self, start: datetime, end: datetime, supervisee_id: int | None = None,
                  group_id: int | None = None, exclude_session_id: int | None = None) -> list[ConflictInfo]:
        """Sessions (not cancelled) overlapping ``[start, end)``; naive times are practice-local."""
        with self.session() as s:
            tz = practice_tz(s)
            return find_conflicts(s, [(to_utc(start, tz), to_utc(end, tz))], supervisee_id=supervisee_id,
                                  group_id=group_id, display_tz=tz,
                                  exclude_session_ids=[exclude_session_id] if exclude_session_id else [])

    # ---- queries -------------------------------------------------------------
    def sessions_between(self, start: datetime, end: datetime, *, supervisee_id: int | None = None,
                         include_cancelled: bool = True, display_tz: str | None = None) -> list[SessionRow]:
        """Sessions overlapping ``[start, end)`` in time order (day, week, month, agenda)."""
        with self.session() as s:
            tz = display_tz or practice_tz(s)
            lo, hi = to_utc(start, tz), to_utc(end, tz)
            where = (S.start_utc >= lo - timedelta(minutes=MAX_SESSION_MINUTES)) & (S.start_utc < hi) \
                & (S.end_utc > lo)
            if supervisee_id is not None:
                where &= S.supervisee_id == supervisee_id
            if not include_cancelled:
                where &= S.status != "cancelled"
            return _rows(s, where, display_tz=tz)

    def today(self, day: date | None = None) -> list[SessionRow]:
        """The practice's sessions on ``day`` (default: today in the practice's zone)."""
        with self.session() as s:
            tz = practice_tz(s)
        day = day or datetime.now(zone(tz)).date()
        start = datetime.combine(day, datetime.min.time())
        return self.sessions_between(start, start + timedelta(days=1), display_tz=tz)

    def held_without_notes(self, limit: int = 500) -> list[SessionRow]:
        """Held sessions with nothing recorded yet, newest first."""
        with self.session() as s:
            return _rows(s, (S.status == literal_column("'held'")) & (S.has_notes == false()),
                         newest_first=True, limit=limit)

    def awaiting_outcome(self, now: datetime | None = None, limit: int = 500) -> list[SessionRow]:
        """Past sessions still marked scheduled (held? no-show?), newest first."""
        with self.session() as s:
            cut = now_utc(now)
            return _rows(s, (S.status == literal_column("'scheduled'")) & (S.end_utc <= cut)
                         & (S.start_utc < cut), newest_first=True, limit=limit)

    def history(self, supervisee_id: int, limit: int | None = None) -> list[SessionRow]:
        """One supervisee's sessions (their own and groups they attended), newest first."""
        attended = select(Attendance.session_id).where(Attendance.person_key == f"supervisee:{supervisee_id}")
        with self.session() as s:
            return _rows(s, or_(S.supervisee_id == supervisee_id, S.id.in_(attended)),
                         newest_first=True, limit=limit)

    def follow_ups_due(self, by: date, include_done: bool = False, limit: int | None = None) -> list[FollowUpRow]:
        """Follow-ups with a due date on or before ``by``, earliest first (the first ``limit``)."""
        query = (select(FollowUp.id, FollowUp.session_id, FollowUp.text, FollowUp.due, FollowUp.done,
                        S.start_utc, S.supervisee_id, Supervisee.full_name)
                 .join(S, S.id == FollowUp.session_id)
                 .outerjoin(Supervisee, Supervisee.id == S.supervisee_id)
                 .where(FollowUp.due.is_not(None), FollowUp.due <= by)
                 .order_by(FollowUp.due, S.start_utc, FollowUp.position, FollowUp.id))
        if not include_done:
            query = query.where(FollowUp.done.is_(False))
        if limit is not None:
            query = query.limit(limit)
        with self.session() as s:
            tz = practice_tz(s)
            return [FollowUpRow(r.id, r.session_id, from_utc(r.start_utc, tz), r.supervisee_id,
                                r.full_name or "", r.text, r.due, r.done) for r in s.execute(query)]

    def theme_counts(self, supervisee_id: int, start: date | None = None,
                     end: date | None = None) -> dict[date, dict[str, int]]:
        """Per month (its first day, practice zone): theme name -> sessions, for a chart."""
        query = (select(S.start_utc, Theme.name)
                 .join(session_theme, session_theme.c.session_id == S.id)
                 .join(Theme, Theme.id == session_theme.c.theme_id)
                 .where(S.supervisee_id == supervisee_id, S.status != "cancelled")
                 .order_by(S.start_utc))
        counts: dict[date, dict[str, int]] = {}
        with self.session() as s:
            tz = practice_tz(s)
            for start_utc, name in s.execute(query):
                day = from_utc(start_utc, tz).date()
                if (start and day < start) or (end and day > end):
                    continue
                month = counts.setdefault(day.replace(day=1), {})
                month[name] = month.get(name, 0) + 1
        return counts

    # ---- helpers -------------------------------------------------------------
    @staticmethod
    def _row(s: Session, session_id: int) -> SupervisionSession:
        row = s.get(S, session_id)
        if row is None:
            raise NotFound(translate("errors", "Session"), session_id)
        return row

    @staticmethod
    def _checked(s: Session, data: SessionData) -> tuple[datetime, datetime]:
        problems = booking_problems(s, kind=data.kind, supervisee_id=data.supervisee_id, tz=data.tz,
                                    duration_minutes=data.duration_minutes, location=clean(data.location),
                                    fee=data.fee)
        if not isinstance(data.start_local, datetime):
            problems["start_local"] = translate("validation", "Choose a date and time.")
        if problems:
            raise ValidationError(problems)
        start = to_utc(wall_clock(data.start_local, data.tz), data.tz)
        return start, start + timedelta(minutes=data.duration_minutes)

    @staticmethod
    def _changed(s: Session, row: SupervisionSession) -> None:
        """Raise the iTIP sequence; a series member is now an exception to its rule."""
        row.sequence += 1
        row.updated_at = utcnow()
        if row.series_id is not None:
            row.detached = True
            series = s.get(Series, row.series_id)
            if series is not None:
                series.sequence += 1


__all__ = ["SessionService", "SessionData", "SessionRow", "FollowUpRow", "FollowUpData",
           "SessionRecord", "SessionRecordData", "ConflictInfo", "Scheduled"]
