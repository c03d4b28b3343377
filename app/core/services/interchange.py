"""Appointments in and out as iCalendar (.ics), for other calendar programs.

Import reads a file another program exported (series with EXDATEs and moved
instances included), matches each title to a supervisee, and schedules
series and one-off sessions. Export writes the schedule back as series
masters with EXDATEs and moved instances, so a phone or web calendar shows
the same occurrences; ``private`` writes initials only and no locations.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from ..i18n import translate
from ..models import Series, Supervisee, SupervisionSession
from .audit import add_event
from .base import Service, ValidationError
from .calendar_import import (
    ImportCancelled,
    ImportNotWritten,
    ImportResult,
    Progress,
    plan_and_write,
)
from .changes import Changes
from .recurrence_set import recurrence_set
from .scheduling import from_utc
from .search import flush_index
from .settings import SettingsService

UTC = UTC
KIND_TITLE = {"individual": "Supervision", "peer_group": "Peer supervision group",
              "group_supervision": "Group supervision"}


@dataclass(frozen=True)
class TitleMatch:
    """One distinct event title in a file, how often it occurs, and the supervisee it seems to name."""

    title: str
    events: int
    supervisee_id: int | None


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
        masters = {e.uid for e in events if e.recurrence_id is None}
        counts = Counter(e.summary.strip() for e in events  # series and singles, and moved instances alone
                         if not e.all_day and (e.recurrence_id is None or e.uid not in masters))
        people = self._people()
        return [TitleMatch(title, n, self._guess(title, people)) for title, n in sorted(counts.items())]

    def _tz(self) -> str:
        return SettingsService(self.engine).get().time_zone

    def import_ics(self, data: bytes, *, assign: dict[str, int | None] | None = None,
                   supervisee_id: int | None = None, since: date | None = None, dry_run: bool = False,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[ImportResult, Changes]:
        """Schedule a file's appointments, all in one transaction.

        ``assign`` maps titles to supervisees (None skips); titles not in it
        are matched by name, or go to ``supervisee_id`` when given.
        ``dry_run`` does all the work and rolls it back, so the result says
        what an import would do.  ``progress(done, total)`` is called as the
        file is read and written; when ``cancelled()`` turns true the import
        stops with :class:`ImportCancelled`.  Whatever stops it (a cancel,
        Ctrl+C, a full disk, a bad event) leaves the vault exactly as before.
        """
        from ..ical import ReadCancelled, read_calendar

        tz = self._tz()

        def reading(done: int, total: int) -> None:
            if progress is not None:
                progress(done, 2 * total)

        try:
            read = read_calendar(data, default_tz=tz, progress=reading, cancelled=cancelled)
        except ReadCancelled:
            raise ImportCancelled() from None
        people = self._people()
        known_ids = {p[0] for p in people}

        guessed: dict[str, int | None] = {}

        def who(title: str) -> int | None:
            chosen = assign.get(title, ...) if assign is not None and title in assign else ...
            if chosen is ... and title not in guessed:
                guessed[title] = self._guess(title, people)
            found = guessed[title] or supervisee_id if chosen is ... else chosen
            if found is not None and found not in known_ids:
                raise ValidationError({"supervisee": translate(
                    "validation", "A chosen supervisee no longer exists.")})
            return found

        events = list(read.events)

        def writing(done: int, total: int) -> None:
            if progress is not None:
                progress(total + done, 2 * total)

        problems = {id(event): reason for event, reason in read.problems}
        committed = False
        try:
            with self.session() as s:
                result = plan_and_write(s, events, problems, who=who, since=since, today=date.today(),
                                        progress=writing, cancelled=cancelled)
                if dry_run:
                    result.dry_run = True
                    s.rollback()
                    return result, Changes()
                changed = bool(result.series or result.sessions)
                if changed:
                    flush_index(s)
                    add_event(s, "import", "calendar", None,
                              f"{result.series} series, {result.sessions} sessions from an .ics file")
                s.commit()
                committed = True
        except OperationalError as exc:
            if committed:
                raise
            if "full" in str(exc.orig).lower():
                raise ImportNotWritten(translate(
                    "errors", "The disk is full (or the vault may not grow): nothing was imported and the "
                              "vault is unchanged.")) from None
            from ..vault.engine import known_cause

            cause = known_cause(exc)  # read-only, busy: the true reason in words
            raise ImportNotWritten(translate(
                "errors", "The vault could not be written ({0}): nothing was imported and the vault is "
                          "unchanged.").format(cause or type(exc.orig).__name__)) from None
        return result, Changes(sessions=changed, audit=changed)

    def preview_ics(self, data: bytes, **options: object) -> ImportResult:
        """What :meth:`import_ics` would do, without writing anything."""
        result, _ = self.import_ics(data, dry_run=True, **options)  # type: ignore[arg-type]
        return result

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
                rows = s.scalars(select(SupervisionSession)
                                 .where(SupervisionSession.series_id == series.id)).all()
                shape = recurrence_set(series, rows)
                events += [IcsEvent(uid=series.uid, summary=title(own.kind, own.supervisee_id),
                                    location="" if private else own.location, start=own.start, end=own.end,
                                    tz=own.tz, sequence=series.sequence, recurrence_id=own.recurrence_id)
                           for own in shape.own]
                events.append(IcsEvent(
                    uid=series.uid, summary=title(series.kind, series.supervisee_id),
                    location="" if private else series.location, start=shape.start, end=shape.end,
                    tz=series.tz, rrule=series.rrule, exdates=shape.exdates, rdates=shape.rdates,
                    sequence=series.sequence))
            for row in s.scalars(select(SupervisionSession).where(SupervisionSession.series_id.is_(None))
                                 .order_by(SupervisionSession.start_utc)):
                events.append(IcsEvent(  # a moved instance without its series keeps its RECURRENCE-ID
                    uid=row.uid or f"session-{row.id}@peerglass", summary=title(row.kind, row.supervisee_id),
                    location="" if private else row.location, start=from_utc(row.start_utc, row.tz),
                    end=from_utc(row.end_utc, row.tz), tz=row.tz, sequence=row.sequence,
                    recurrence_id=(from_utc(row.original_start, row.tz)
                                   if row.uid and row.original_start else None),
                    status="CANCELLED" if row.status == "cancelled" else "CONFIRMED"))
        return export_calendar(events)

