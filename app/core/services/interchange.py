"""Appointments in and out as iCalendar (.ics), for other calendar programs.

Import reads a file another program exported (series with EXDATEs and moved
instances included), matches each title to a supervisee, and schedules
series and one-off sessions. Export writes the schedule back as series
masters with EXDATEs and moved instances, so a phone or web calendar shows
the same occurrences; ``private`` writes initials only and no locations.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select

from .. import recurrence
from ..models import Series, Supervisee, SupervisionSession
from .base import Service, ValidationError
from .changes import Changes
from .scheduling import delete_sessions, from_utc, load_exdates, store_exdates, to_utc, zone
from .series import SeriesData, SeriesService
from .sessions import SessionData, SessionService
from .settings import SettingsService

if TYPE_CHECKING:
    from ..ical import IcsEvent

_Adopter = TypeVar("_Adopter", Series, SupervisionSession)

KIND_TITLE = {"individual": "Supervision", "peer_group": "Peer supervision group",
              "group_supervision": "Group supervision"}


@dataclass(frozen=True)
class TitleMatch:
    """One distinct event title in a file, how often it occurs, and the supervisee it seems to name."""

    title: str
    events: int
    supervisee_id: int | None


@dataclass
class ImportResult:
    series: int = 0
    sessions: int = 0
    moved: int = 0
    cancelled: int = 0
    skipped_unassigned: int = 0
    skipped_all_day: int = 0
    skipped_past: int = 0
    skipped_existing: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.series} series", f"{self.sessions} single sessions"]
        if self.moved or self.cancelled:
            parts.append(f"{self.moved} moved and {self.cancelled} cancelled occurrences")
        skipped = {"without a supervisee": self.skipped_unassigned, "all-day": self.skipped_all_day,
                   "before the start date": self.skipped_past, "already imported": self.skipped_existing}
        left = [f"{n} {why}" for why, n in skipped.items() if n]
        return "Imported " + ", ".join(parts) + (f"; skipped {', '.join(left)}" if left else "") + "."


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def initials(name: str) -> str:
    """'Łukasz Żółć' -> 'Ł.Ż.'; used for exports that must not name people."""
    return "".join(f"{part[0]}." for part in name.split() if part) or "—"


class InterchangeService(Service):
    # ---- import -------------------------------------------------------------
    def _people(self) -> list[tuple[int, str, str]]:
        with self.session() as s:
            return [(i, full, pref) for i, full, pref in s.execute(
                select(Supervisee.id, Supervisee.full_name, Supervisee.preferred_name)
                .where(Supervisee.archived_at.is_(None)))]

    def _guess(self, title: str, people: list[tuple[int, str, str]]) -> int | None:
        """The supervisee a title names: a full name, else a unique first or preferred name."""
        words = set(_fold(title).replace("–", " ").replace("-", " ").split())
        folded = _fold(title)
        full = [i for i, name, _ in people if _fold(name) in folded]
        if len(full) == 1:
            return full[0]
        first = [i for i, name, pref in people
                 if (name.split() and _fold(name.split()[0]) in words) or (pref and _fold(pref) in words)]
        return first[0] if len(first) == 1 else None

    def titles(self, data: bytes) -> list[TitleMatch]:
        """What an import would ask: each distinct title and the supervisee it seems to be."""
        from ..ical import parse_calendar

        events = parse_calendar(data, default_tz=self._tz())
        counts = Counter(e.summary.strip() for e in events if e.recurrence_id is None and not e.all_day)
        people = self._people()
        return [TitleMatch(title, n, self._guess(title, people)) for title, n in sorted(counts.items())]

    def _tz(self) -> str:
        return SettingsService(self.engine).get().time_zone

    def import_ics(self, data: bytes, *, assign: dict[str, int | None] | None = None,
                   supervisee_id: int | None = None, since: date | None = None) -> tuple[ImportResult, Changes]:
        """Schedule a file's appointments. ``assign`` maps titles to supervisees (None skips);
        titles not in it are matched by name, or go to ``supervisee_id`` when given."""
        from ..ical import parse_calendar

        tz = self._tz()
        events = parse_calendar(data, default_tz=tz)
        people = self._people()
        known_ids = {p[0] for p in people}
        with self.session() as s:
            existing = set(s.scalars(select(Series.uid))) | set(
                s.scalars(select(SupervisionSession.uid).where(SupervisionSession.uid.is_not(None))))
        result = ImportResult()
        overrides: dict[str, list[IcsEvent]] = defaultdict(list)
        masters: list[IcsEvent] = []
        for event in events:
            (overrides[event.uid] if event.recurrence_id is not None else masters).append(event)
        plan = []
        for event in masters:
            if event.all_day:
                result.skipped_all_day += 1
                continue
            if event.uid in existing:
                result.skipped_existing += 1
                continue
            title = event.summary.strip()
            who = (assign or {}).get(title, ...) if assign is not None and title in assign else ...
            if who is ...:
                who = self._guess(title, people) or supervisee_id
            if who is None:
                result.skipped_unassigned += 1
                continue
            if who not in known_ids:
                raise ValidationError({"supervisee": "A chosen supervisee no longer exists."})
            plan.append((event, who))
        # Validate every rule before writing anything, so a bad file changes nothing.
        for event, _ in plan:
            if event.rrule:
                local = event.start.replace(tzinfo=None)
                try:
                    recurrence.Rule.parse(event.rrule, tz=event.tz)
                    recurrence.validate(recurrence.Rule.parse(event.rrule, tz=event.tz), local, event.tz)
                except recurrence.RecurrenceError as exc:
                    raise ValidationError({"rrule": f"An appointment repeats in a way Peerglass can't "
                                                    f"schedule: {exc}"}) from None
        series_service, session_service = SeriesService(self.engine), SessionService(self.engine)
        for event, who in plan:
            minutes = max(5, min(600, int((event.end - event.start).total_seconds() // 60) or 60))
            local = event.start.replace(tzinfo=None)
            if event.rrule:
                rule_text = event.rrule
                if since is not None and local.date() < since:
                    rule = recurrence.Rule.parse(rule_text, tz=event.tz)
                    later = recurrence.occurrences(rule, local, event.tz,
                                                   window_start=datetime.combine(since, local.time()),
                                                   window_end=datetime.combine(since, local.time()) + timedelta(days=800))
                    if not later:
                        result.skipped_past += 1
                        continue
                    _, rest = recurrence.split_rule(rule, local, later[0].replace(tzinfo=None))
                    rule_text, local = rest.to_rrule(event.tz), later[0].replace(tzinfo=None)
                made = series_service.create(SeriesData(start_local=local, rrule=rule_text, tz=event.tz,
                                                        duration_minutes=minutes, supervisee_id=who,
                                                        location=event.location[:200]))
                self._adopt_uid(Series, made.id, event.uid)
                self._apply_exceptions(made.id, event, overrides.get(event.uid, []), session_service, result)
                result.series += 1
            else:
                if since is not None and local.date() < since:
                    result.skipped_past += 1
                    continue
                made = session_service.create(SessionData(start_local=local, tz=event.tz, duration_minutes=minutes,
                                                          supervisee_id=who, location=event.location[:200]))
                self._adopt_uid(SupervisionSession, made.id, event.uid)
                if (event.status or "") == "CANCELLED":
                    session_service.cancel(made.id)
                result.sessions += 1
        changed = bool(result.series or result.sessions)
        return result, Changes(sessions=changed)

    def _adopt_uid(self, model: type[_Adopter], row_id: int, uid: str) -> None:
        """Keep the other program's UID, so importing the same file again adds nothing."""
        with self.transaction() as s:
            row = s.get(model, row_id)
            if row is not None:
                row.uid = uid[:120]

    def _apply_exceptions(self, series_id: int, master: IcsEvent, moved: list[IcsEvent], sessions: SessionService,
                          result: ImportResult) -> None:
        if master.exdates:
            with self.transaction() as s:
                row = s.get(Series, series_id)
                assert row is not None  # made just before, in this import
                skipped = [d.astimezone(zone(master.tz)).replace(tzinfo=None) for d in master.exdates]
                store_exdates(row, list(load_exdates(row)) + skipped)
                originals = [d.astimezone(UTC).replace(tzinfo=None) for d in master.exdates]
                delete_sessions(s, (SupervisionSession.series_id == series_id)
                                & SupervisionSession.original_start.in_(originals))
        with self.session() as s:
            by_original = {row.original_start: row.id for row in s.execute(
                select(SupervisionSession.original_start, SupervisionSession.id)
                .where(SupervisionSession.series_id == series_id))}
        for event in moved:
            assert event.recurrence_id is not None  # overrides are grouped by it
            original = event.recurrence_id.astimezone(UTC).replace(tzinfo=None)
            session_id = by_original.get(original)
            if session_id is None:
                continue  # before the start date or past the scheduling horizon
            if (event.status or "") == "CANCELLED":
                sessions.cancel(session_id)
                result.cancelled += 1
                continue
            record = sessions.get(session_id)
            minutes = max(5, min(600, int((event.end - event.start).total_seconds() // 60) or 60))
            sessions.update(session_id, SessionData(
                start_local=event.start.astimezone(zone(master.tz)).replace(tzinfo=None),
                tz=master.tz, duration_minutes=minutes, kind=record.kind, supervisee_id=record.supervisee_id,
                location=(event.location or master.location)[:200]))
            result.moved += 1

    # ---- export -------------------------------------------------------------
    def export_ics(self, *, private: bool = False) -> bytes:
        """The whole schedule as an .ics file (``private``: initials only, no places)."""
        from ..ical import IcsEvent, export_calendar

        events: list[IcsEvent] = []
        with self.session() as s:
            names = dict(s.execute(select(Supervisee.id, Supervisee.full_name)).all())

            def title(kind: str, supervisee: int | None) -> str:
                name = names.get(supervisee, "") if supervisee else ""
                label = KIND_TITLE.get(kind, "Supervision")
                if not name:
                    return label
                return f"{label} — {initials(name) if private else name}"

            for series in s.scalars(select(Series).order_by(Series.id)):
                rows = s.scalars(select(SupervisionSession).where(SupervisionSession.series_id == series.id)).all()
                exdates = [dt.replace(tzinfo=zone(series.tz)) for dt in load_exdates(series)]
                start = to_utc(series.start_local, series.tz)
                masters_start = from_utc(start, series.tz)
                for row in rows:
                    if row.original_start is None:
                        continue
                    if row.status == "cancelled":
                        exdates.append(from_utc(row.original_start, series.tz))
                    elif row.detached or row.start_utc != row.original_start:
                        events.append(IcsEvent(
                            uid=series.uid, summary=title(row.kind, row.supervisee_id),
                            location="" if private else row.location, start=from_utc(row.start_utc, row.tz),
                            end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=series.sequence,
                            recurrence_id=from_utc(row.original_start, series.tz)))
                events.append(IcsEvent(
                    uid=series.uid, summary=title(series.kind, series.supervisee_id),
                    location="" if private else series.location, start=masters_start,
                    end=masters_start + timedelta(minutes=series.duration_minutes), tz=series.tz,
                    rrule=series.rrule, exdates=tuple(sorted(set(exdates))), sequence=series.sequence))
            for row in s.scalars(select(SupervisionSession).where(SupervisionSession.series_id.is_(None))
                                 .order_by(SupervisionSession.start_utc)):
                events.append(IcsEvent(
                    uid=row.uid or f"session-{row.id}@peerglass", summary=title(row.kind, row.supervisee_id),
                    location="" if private else row.location, start=from_utc(row.start_utc, row.tz),
                    end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=row.sequence,
                    status="CANCELLED" if row.status == "cancelled" else "CONFIRMED"))
        return export_calendar(events)
