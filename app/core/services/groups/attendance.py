"""Expected attendees of group meetings not yet held, kept in step with the membership.

A light module on purpose: ``Practice.open`` calls :func:`fill_expected_attendance`
after the series horizon grows, without loading the rest of the group code.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ...models import Attendance, GroupMembership, SupervisionSession
from ..base import Service
from ..changes import Changes
from ..members import is_person_key, people
from ..scheduling import from_utc
from ..search import flush_index
from .rota import Stint, active

S = SupervisionSession


def stints_of(s: Session, group_ids: Iterable[int]) -> dict[int, list[Stint]]:
    ids = list(group_ids)
    found: dict[int, list[Stint]] = defaultdict(list)
    if ids:
        for m in s.scalars(select(GroupMembership).where(GroupMembership.group_id.in_(ids))):
            found[m.group_id].append(Stint(m.person_key, m.joined_on, m.left_on, m.rota_position, m.id))
    return found


def local_day(start_utc: datetime, tz: str) -> date:
    return from_utc(start_utc, tz).date()


def sync_expected(s: Session, group_id: int, from_day: date | None) -> int:
    """Make the expected attendees of scheduled meetings from ``from_day`` match the membership.

    Only scheduled (not held, cancelled or no-show) meetings change; person
    rows that no longer belong are removed, missing members added, names
    refreshed; other rows (a guest) are left alone. Returns meetings touched.
    """
    query = select(S.id, S.start_utc, S.tz).where(S.group_id == group_id, S.status == "scheduled")
    if from_day is not None:
        query = query.where(S.start_utc >= datetime.combine(from_day - timedelta(days=1), time()))
    meetings = [(r.id, local_day(r.start_utc, r.tz)) for r in s.execute(query)]
    meetings = [(i, d) for i, d in meetings if from_day is None or d >= from_day]
    if not meetings:
        return 0
    stints = stints_of(s, [group_id]).get(group_id, [])
    names = {k: p.name for k, p in people(s, {st.key for st in stints}).items()}
    existing: dict[int, dict[str, Attendance]] = defaultdict(dict)
    ids = [i for i, _ in meetings]
    for chunk in range(0, len(ids), 500):
        for row in s.scalars(select(Attendance).where(Attendance.session_id.in_(ids[chunk:chunk + 500]))):
            existing[row.session_id][row.person_key] = row
    touched = 0
    for session_id, day in meetings:
        want = [st.key for st in active(stints, day)]
        have = existing.get(session_id, {})
        changed = False
        for key, old in have.items():
            if is_person_key(key) and key not in want:
                s.delete(old)
                changed = True
        for key in want:
            kept = have.get(key)
            if kept is None:
                s.add(Attendance(session_id=session_id, person_key=key, name=names.get(key, ""), present=True))
                changed = True
            elif kept.name != names.get(key, kept.name):
                kept.name = names.get(key, kept.name)
                changed = True
        touched += changed
    s.flush()
    flush_index(s)
    return touched


def fill_expected(s: Session, today: date | None = None) -> Changes:
    """Expected attendees for scheduled meetings from ``today`` that have none yet."""
    today = today or date.today()
    cut = datetime.combine(today - timedelta(days=1), time())
    group_ids = set(s.scalars(select(S.group_id).where(
        S.group_id.is_not(None), S.status == "scheduled", S.start_utc >= cut,
        ~exists().where(Attendance.session_id == S.id))))
    for group_id in group_ids:
        if group_id is not None:  # the query asks for group meetings only
            sync_expected(s, group_id, today)
    return Changes(sessions=bool(group_ids))


def fill_expected_attendance(engine: Engine, today: date | None = None) -> Changes:
    """:func:`fill_expected` in its own transaction (for ``Practice.open``)."""
    with Service(engine).transaction() as s:
        return fill_expected(s, today)
