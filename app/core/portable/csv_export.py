"""``peerglass export-csv``: supervisees, sessions and hours as CSV files for a spreadsheet.

UTF-8 with a BOM (so Excel reads accents and non-Latin names), a header row,
ISO dates and 24-hour local times. No note of any kind is written: no session
notes, private notes, goals, follow-ups or contact notes. Text cells that a
spreadsheet would run as a formula (starting = + - @, or a tab or carriage
return, which some spreadsheets skip before one) get a leading "'".
"""
from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from app.core.models import Supervisee, SupervisionGroup, SupervisionSession, Theme, session_theme
from app.core.services.reports import Period, ReportService
from app.core.services.scheduling import from_utc
from app.core.vault.atomic import write_atomic

FILES = ("supervisees.csv", "sessions.csv", "hours.csv")


@dataclass(frozen=True)
class CsvSummary:
    rows: dict[str, int]


_FORMULA_STARTS = ("=", "+", "-", "@")
_SKIPPED_STARTS = ("\t", "\r")  # never a number's start here, though float() would skip them


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    first = text[:1]
    if first in _SKIPPED_STARTS or (first in _FORMULA_STARTS and not _number(text)):
        return "'" + text
    return text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _csv(header: list[str], rows: list[list[object]]) -> tuple[bytes, int]:
    """The file's bytes and how many records (after the header) it holds."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), len(rows)


def write_csv(engine: Engine, folder: Path) -> CsvSummary:
    """Write the three files into ``folder`` (created 0700), each atomically and 0600."""
    folder = Path(folder)
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        os.chmod(folder, 0o700)
    with engine.connect() as db:
        people = db.execute(select(Supervisee).order_by(Supervisee.id)).all()
        groups = dict(db.execute(select(SupervisionGroup.id, SupervisionGroup.name)).all())
        themes: dict[int, list[str]] = defaultdict(list)
        for session_id, name in db.execute(
                select(session_theme.c.session_id, Theme.name)
                .join(Theme, Theme.id == session_theme.c.theme_id)
                .order_by(session_theme.c.session_id, Theme.position, Theme.id)):
            themes[session_id].append(name)
        sessions = db.execute(select(SupervisionSession).order_by(SupervisionSession.start_utc,
                                                                  SupervisionSession.id)).all()
    names = {p.id: p.full_name for p in people}
    out: dict[str, tuple[bytes, int]] = {}
    out["supervisees.csv"] = _csv(
        ["id", "full_name", "preferred_name", "pronouns", "email", "phone", "discipline", "licence_number",
         "modality", "setting", "start_date", "end_date", "status", "archived"],
        [[p.id, p.full_name, p.preferred_name, p.pronouns, p.email, p.phone, p.discipline, p.licence_number,
          p.modality, p.setting, p.start_date, p.end_date, p.status, "yes" if p.archived_at else "no"]
         for p in people])
    rows = []
    for s in sessions:
        start, end = from_utc(s.start_utc, s.tz), from_utc(s.end_utc, s.tz)
        rows.append([s.id, start.date().isoformat(), start.strftime("%H:%M"), end.strftime("%H:%M"), s.tz,
                     s.kind, s.supervisee_id, names.get(s.supervisee_id or 0, ""), s.group_id,
                     groups.get(s.group_id or 0, ""), s.status, s.cancelled_by, s.duration_minutes,
                     s.held_minutes, s.fee, "yes" if s.paid else "no", s.location, "; ".join(themes[s.id])])
    out["sessions.csv"] = _csv(
        ["id", "date", "start", "end", "time_zone", "kind", "supervisee_id", "supervisee", "group_id",
         "group", "status", "cancelled_by", "planned_minutes", "held_minutes", "fee", "paid", "location",
         "themes"], rows)
    out["hours.csv"] = _csv(["supervisee_id", "supervisee", "date", "kind", "minutes", "hours"],
                            _hours(engine, people, sessions))
    for name, (data, _count) in out.items():
        write_atomic(folder / name, data, mode=0o600)
    # the records each file holds (a quoted cell may hold a line break of its own)
    return CsvSummary({name: count for name, (_data, count) in out.items()})


def _hours(engine: Engine, people: Sequence[Any], sessions: Sequence[Any]) -> list[list[object]]:
    """Held supervision per supervisee and day, as the hours log PDF counts it (groups included)."""
    if not sessions:
        return []
    first = min(from_utc(s.start_utc, s.tz).date() for s in sessions)
    last = max(from_utc(s.start_utc, s.tz).date() for s in sessions)
    reports = ReportService(engine)
    rows: list[list[object]] = []
    for person in people:
        log = reports.hours_log(person.id, Period(first - timedelta(days=1), last + timedelta(days=1)))
        for entry in log.entries:
            rows.append([person.id, person.full_name, entry.on.isoformat(), entry.kind.value, entry.minutes,
                         f"{entry.minutes / 60:.2f}"])
    return rows
