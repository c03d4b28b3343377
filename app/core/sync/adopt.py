"""Accepting what came from other devices: a new event becomes sessions, a split splits the series.

A new event is scheduled by the calendar importer (``InterchangeService.import_ics``,
with its rules: series, EXDATEs, moved and cancelled occurrences, RANGE=THISANDFUTURE),
then recorded as a synced object at its own href, with the fingerprint of what
the vault now renders, so it is neither pushed again as a second object nor
overwritten until it changes in Peerglass.

A split is the app's own this-and-following edit (``SeriesService.edit_following``)
at the first changed occurrence; when the phone put the rest in an object of
its own, the new series takes that object's UID and is tracked there.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ..i18n import translate
from ..models import CalendarAccount, Series, SupervisionSession, SyncObject
from ..services.base import ValidationError, reading, writing
from .diff import naive_utc, session_for
from .local import local_objects, window
from .privacy import Privacy
from .remote import held_etag


class NotBroughtIn(ValidationError):
    """A new event from the server that cannot become a session; nothing was changed."""

    def __init__(self, reason: str) -> None:
        super().__init__({"event": translate(
            "errors", "This event can't become a session: {0}.").format(reason)})


def fingerprint(engine: Engine, uid: str, now: datetime | None = None) -> str:
    """The fingerprint of what the vault would push for ``uid`` now ("" when nothing)."""
    with reading(engine) as s:
        account = s.get(CalendarAccount, 1)
        privacy = Privacy(account.privacy if account is not None else "busy")
        past, future = (account.past_days, account.future_days) if account is not None else (92, 365)
    lo, hi = window(naive_utc(now or datetime.now(UTC)), past, future)
    mine = local_objects(engine, privacy, lo, hi, uids={uid}).get(uid)
    return mine.fingerprint if mine is not None else ""


def track(engine: Engine, uid: str, href: str, etag: str, data: str, *, series_id: int | None,
          session_id: int | None, now: datetime | None = None) -> None:
    """Record a server object as one of ours, as the server holds it now."""
    hashed = fingerprint(engine, uid, now)
    with writing(engine) as s:
        row = s.scalar(select(SyncObject).where(SyncObject.uid == uid))
        if row is None:
            row = SyncObject(uid=uid, href=href)
            s.add(row)
        row.href, row.etag, row.pushed_data, row.pushed_hash = href, held_etag(etag), data, hashed
        row.series_id, row.session_id = series_id, session_id
        row.held = row.force_push = row.ignored = False


def bring_in(engine: Engine, uid: str, href: str, etag: str, data: str, supervisee_id: int | None,
             now: datetime | None = None) -> None:
    """Schedule a new event from the server (one transaction), then track it."""
    from ..ical import IcsError, parse_calendar
    from ..services.interchange import InterchangeService

    def scheduled() -> tuple[int | None, int | None]:
        with reading(engine) as s:
            series_id = s.scalar(select(Series.id).where(Series.uid == uid))
            session_id = None if series_id is not None else s.scalar(select(SupervisionSession.id).where(
                SupervisionSession.uid == uid, SupervisionSession.series_id.is_(None)))
        return series_id, session_id

    series_id, session_id = scheduled()
    if series_id is None and session_id is None:
        try:
            titles = {e.summary.strip() for e in parse_calendar(data.encode("utf-8"))}
        except IcsError as exc:
            raise NotBroughtIn(str(exc)) from None
        assign: dict[str, int | None] | None = \
            {title: supervisee_id for title in titles} if supervisee_id is not None else None
        result, _ = InterchangeService(engine).import_ics(data.encode("utf-8"), assign=assign)
        if not (result.series or result.sessions):
            reasons = [item.reason for item in result.not_imported]
            raise NotBroughtIn(reasons[0] if reasons else translate(
                "validation", "nothing in it can be scheduled"))
        series_id, session_id = scheduled()
    # (already scheduled: an accept cut short after the import; it is only tracked now)
    track(engine, uid, href, etag, data, series_id=series_id, session_id=session_id, now=now)


def split_series(engine: Engine, row_uid: str, key: datetime, new_start: datetime, new_end: datetime,
                 href: str, etag: str, data: str, now: datetime | None = None) -> int:
    """Split the series of ``row_uid`` at occurrence ``key`` (naive UTC); the new series' id."""
    from ..services.scheduling import local_wall
    from ..services.series import SeriesService

    with reading(engine) as s:
        row = s.scalar(select(SyncObject).where(SyncObject.uid == row_uid))
        target = session_for(s, row, key) if row is not None and row.series_id is not None else None
        series_id = row.series_id if row is not None else None
    if series_id is None:
        raise ValidationError({"series": translate(
            "validation", "The series this change belongs to is no longer in the vault.")})
    series = SeriesService(engine)
    old = series.get(series_id).data
    rrule, carrier_uid = old.rrule, ""
    if href:  # the phone put the rest in an object of its own: its rule (COUNT, UNTIL, days) is the new one
        from ..ical import parse_calendar

        master = next((e for e in parse_calendar(data.encode("utf-8")) if e.recurrence_id is None), None)
        if master is not None and master.rrule:
            rrule, carrier_uid = master.rrule, master.uid[:120]
    start_local = local_wall(new_start, old.tz)
    if target is None:  # split already, by an accept cut short before the new part was tracked?
        with reading(engine) as s:
            made_before = s.scalar(select(Series.id).where(
                Series.id != series_id, Series.start_local == start_local, Series.tz == old.tz,
                Series.supervisee_id.is_(None) if old.supervisee_id is None
                else Series.supervisee_id == old.supervisee_id,
                Series.group_id.is_(None) if old.group_id is None else Series.group_id == old.group_id))
        if made_before is None:
            raise ValidationError({"series": translate(
                "validation", "The meeting this change starts from is no longer in the series.")})
        made = made_before
    else:
        minutes = max(1, int((new_end - new_start) / timedelta(minutes=1)))
        changed = replace(old, start_local=start_local, rrule=rrule, duration_minutes=minutes)
        made = series.edit_following(target, changed, now=now).id
    if carrier_uid and made != series_id:
        with writing(engine) as s:
            new_row = s.get(Series, made)
            if new_row is not None:
                new_row.uid = carrier_uid
        track(engine, carrier_uid, href, etag, data, series_id=made, session_id=None, now=now)
    return made


def leave_out(engine: Engine, uid: str, href: str, etag: str, *, delete_it: bool) -> None:
    """Remember a server object not to bring in: left alone, or deleted at the next sync."""
    with writing(engine) as s:
        row = s.scalar(select(SyncObject).where(SyncObject.href == href))
        if row is None:
            if s.scalar(select(SyncObject.id).where(SyncObject.uid == uid)) is not None:
                return
            row = SyncObject(uid=uid[:120], href=href)
            s.add(row)
        row.etag, row.pushed_data, row.pushed_hash = etag, "", ""
        row.series_id = row.session_id = None
        row.held = row.force_push = False
        row.ignored = not delete_it
