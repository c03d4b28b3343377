"""The repeated hour of a fall-back night in .ics (Europe/Berlin, 25 October 2026: 02:00-03:00 twice).

RFC 5545 3.3.5 reads a repeated local time as its first occurrence, and so
does every reader, ours included; a time at the second occurrence is
therefore written in UTC form (``...Z``), which is unambiguous. The first
occurrence, and every ordinary time, keeps its TZID. A series master keeps
a local DTSTART (its rule expands in local time).

Beside the conformance suite (test_ical_conformance.py): these cases start
from the vault (a session the core holds at fold=1) rather than from a file.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from app.core.ical import IcsEvent, export_calendar, parse_calendar, read_calendar
from app.core.practice import Practice
from app.core.services.series import SeriesData
from app.core.services.sessions import SessionData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from app.core.sync.local import local_objects
from app.core.sync.privacy import Privacy
from tests.conftest import PASSPHRASE

BERLIN = "Europe/Berlin"
FIRST = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
SECOND = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, an hour later
LENGTH = timedelta(minutes=50)
WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 12, 1, tzinfo=UTC))


def _event(uid: str, start: datetime, length: timedelta = LENGTH, **extra: object) -> IcsEvent:
    return IcsEvent(uid=uid, summary=uid, start=start.astimezone(ZoneInfo(BERLIN)),
                    end=(start + length).astimezone(ZoneInfo(BERLIN)), tz=BERLIN, **extra)  # type: ignore[arg-type]


def _lines(data: bytes, uid: str) -> list[str]:
    """The unfolded lines of the VEVENT(s) with ``uid``."""
    text = data.decode().replace("\r\n ", "")
    found, inside = [], False
    for block in text.split("BEGIN:VEVENT")[1:]:
        body = block.split("END:VEVENT")[0]
        inside = f"UID:{uid}\r\n" in body
        if inside:
            found += [line for line in body.splitlines() if line]
    return found


def _all_readers(data: bytes) -> dict[str, set[tuple[str, datetime, datetime]]]:
    """(summary, start, end) in UTC of every non-recurring VEVENT, as three readers see it."""
    ours = {(e.summary, e.start.astimezone(UTC), e.end.astimezone(UTC))
            for e in parse_calendar(data, default_tz="Asia/Tokyo") if not e.rrule}
    calendar = Calendar.from_ical(data)
    theirs = {(str(c["SUMMARY"]), c["DTSTART"].dt.astimezone(UTC), c["DTEND"].dt.astimezone(UTC))
              for c in calendar.walk("VEVENT") if "RRULE" not in c}
    expanded = {(str(c["SUMMARY"]), c.start.astimezone(UTC), c.end.astimezone(UTC))
                for c in recurring_ical_events.of(calendar).between(*WINDOW)}
    return {"ours": ours, "icalendar": theirs, "recurring_ical_events": expanded}


SHORT = timedelta(minutes=20)  # 02:30-02:50 at the first 02:30: both in the first hour


def test_the_second_0230_is_written_in_utc_and_every_reader_lands_on_it() -> None:
    data = export_calendar([_event("first", FIRST, SHORT), _event("second", SECOND),
                            _event("first-long", FIRST), _event("ordinary", datetime(2026, 10, 26, 9, tzinfo=UTC))])
    second, first, long, ordinary = (_lines(data, uid) for uid in ("second", "first", "first-long", "ordinary"))
    assert {"DTSTART:20261025T013000Z", "DTEND:20261025T022000Z", "X-PEERGLASS-TZID:Europe/Berlin"} <= set(second)
    # The first 02:30 and ordinary times: as before, with TZID.
    assert {"DTSTART;TZID=Europe/Berlin:20261025T023000", "DTEND;TZID=Europe/Berlin:20261025T025000"} <= set(first)
    assert {"DTSTART;TZID=Europe/Berlin:20261026T100000", "DTEND;TZID=Europe/Berlin:20261026T105000"} <= set(ordinary)
    assert not any(line.startswith("X-PEERGLASS") for line in first + ordinary)
    # 50 minutes from the first 02:30 ends at the second 02:20: both times in UTC form (a zoned DTSTART
    # with a UTC DTEND would be valid, but recurring_ical_events computes such an end an hour late).
    assert {"DTSTART:20261025T003000Z", "DTEND:20261025T012000Z"} <= set(long)
    wanted = {("first", FIRST, FIRST + SHORT), ("second", SECOND, SECOND + LENGTH),
              ("first-long", FIRST, FIRST + LENGTH),
              ("ordinary", datetime(2026, 10, 26, 9, tzinfo=UTC), datetime(2026, 10, 26, 9, 50, tzinfo=UTC))}
    for reader, got in _all_readers(data).items():
        assert got == wanted, reader


def test_reading_a_utc_time_keeps_the_fold_and_the_zone() -> None:
    """Read back, the second 02:30 is in Berlin again (fold=1), and written again the same way."""
    data = export_calendar([_event("second", SECOND)])
    (event,) = parse_calendar(data, default_tz="Asia/Tokyo")
    assert event.tz == BERLIN and event.start.astimezone(UTC) == SECOND
    assert event.start.tzinfo == ZoneInfo(BERLIN) and (event.start.hour, event.start.minute, event.start.fold) \
        == (2, 30, 1)
    assert export_calendar([event]).count(b"DTSTART:20261025T013000Z") == 1
    # A foreign file: DTSTART in UTC form, DTEND zoned; a zoned DTSTART, DTEND in UTC form in the repeated
    # hour; DURATION from the first 02:30 (exact: 50 minutes of real time, RFC 5545 3.3.6).
    head = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
    body = (b"BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261001T000000Z\r\nDTSTART:20261025T013000Z\r\n"
            b"DTEND;TZID=Europe/Berlin:20261025T032000\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20261001T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261025T023000\r\n"
            b"DTEND:20261025T012000Z\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20261001T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261025T023000\r\n"
            b"DURATION:PT50M\r\nEND:VEVENT\r\n")
    for fast in (True, False):
        a, b, c = read_calendar(head + body + b"END:VCALENDAR\r\n", default_tz="Asia/Tokyo", fast=fast).events
        assert (a.tz, a.start.astimezone(UTC), a.start.fold, a.end - a.start) == (BERLIN, SECOND, 1, LENGTH)
        for event in (b, c):
            assert event.tz == BERLIN and event.start.astimezone(UTC) == FIRST
            assert event.end.astimezone(UTC) == FIRST + LENGTH and event.end.fold == 1


def test_a_recurrence_id_in_the_repeated_hour_is_the_first_occurrence(tmp_path: Path, light_kdf) -> None:  # type: ignore[no-untyped-def]
    """A daily 02:30 series: its 25 October instance is the first 02:30 (RFC 5545 and our recurrence), so a
    local RECURRENCE-ID 02:30 names it; the moved instance replaces it rather than adding one."""
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:daily@t\r\n"
            b"DTSTAMP:20261001T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261024T023000\r\n"
            b"DTEND;TZID=Europe/Berlin:20261024T032000\r\nRRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:S\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:daily@t\r\nDTSTAMP:20261001T000000Z\r\n"
            b"RECURRENCE-ID;TZID=Europe/Berlin:20261025T023000\r\nDTSTART:20261025T013000Z\r\n"
            b"DTEND;TZID=Europe/Berlin:20261025T032000\r\nSUMMARY:S\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    moved = [e for e in parse_calendar(data) if e.recurrence_id is not None]
    assert [(e.recurrence_id.astimezone(UTC), e.start.astimezone(UTC), e.tz) for e in moved  # type: ignore[union-attr]
            ] == [(FIRST, SECOND, BERLIN)]
    wanted = [datetime(2026, 10, 24, 0, 30, tzinfo=UTC), SECOND, datetime(2026, 10, 26, 1, 30, tzinfo=UTC)]
    expanded = recurring_ical_events.of(Calendar.from_ical(data)).between(*WINDOW)
    assert sorted(c.start.astimezone(UTC) for c in expanded) == wanted
    practice, sid = _practice(tmp_path / "a", light_kdf)
    try:
        practice.interchange.import_ics(data, supervisee_id=sid)
        assert _starts(practice) == wanted
    finally:
        practice.lock()


def _practice(folder: Path, light_kdf) -> tuple[Practice, int]:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True)
    practice, _ = Practice.create(folder / "v.pgvault", PASSPHRASE, kdf=light_kdf)
    practice.settings.update(SettingsData(time_zone="Asia/Tokyo", supervisor_name="Dr Sam Example"))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    return practice, sid


def _starts(practice: Practice) -> list[datetime]:
    rows = practice.sessions.sessions_between(*WINDOW, include_cancelled=False)
    return sorted(r.start.astimezone(UTC) for r in rows)


def _spans(practice: Practice) -> list[tuple[datetime, datetime, str]]:
    rows = practice.sessions.sessions_between(*WINDOW, include_cancelled=False)
    return sorted((r.start.astimezone(UTC), r.end.astimezone(UTC), practice.sessions.get(r.id).tz) for r in rows)


def test_export_ics_and_sync_write_the_second_0230_so_it_round_trips(tmp_path: Path, light_kdf) -> None:  # type: ignore[no-untyped-def]
    """From the vault: a single session at each 02:30, and a weekly series whose 31 October 2027 instance
    was moved to the second 02:30 of that night. Exported, read by three readers, imported again."""
    practice, sid = _practice(tmp_path / "a", light_kdf)
    try:
        for start_local, minutes in ((datetime(2026, 10, 25, 2, 30), 20), (datetime(2026, 10, 25, 2, 30, fold=1), 50)):
            practice.sessions.create(SessionData(start_local=start_local, tz=BERLIN, duration_minutes=minutes,
                                                 supervisee_id=sid))
        practice.series.create(SeriesData(start_local=datetime(2027, 10, 17, 10), rrule="FREQ=WEEKLY;COUNT=4",
                                          tz=BERLIN, duration_minutes=50, supervisee_id=sid))
        moved_second = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
        (instance,) = [r for r in practice.sessions.sessions_between(*WINDOW)
                       if r.start.astimezone(UTC) == datetime(2027, 10, 31, 9, tzinfo=UTC)]
        practice.sessions.update(instance.id, SessionData(
            start_local=datetime(2027, 10, 31, 2, 30, fold=1), tz=BERLIN, duration_minutes=50, supervisee_id=sid))
        before = _spans(practice)
        assert [s for s, _, _ in before if s.date().month == 10 and s.day in (25, 31)] \
            == [FIRST, SECOND, moved_second]
        exported = practice.interchange.export_ics()
        synced = [o.to_ics() for o in local_objects(
            practice.vault.engine, Privacy("full"), datetime(2026, 10, 1), datetime(2027, 12, 1)).values()]
    finally:
        practice.lock()
    for files in ([exported], synced):  # export-ics: one file; CalDAV sync: an object per series or session
        text = b"".join(files).decode().replace("\r\n ", "")
        assert "DTSTART:20261025T013000Z" in text and "DTSTART;TZID=Europe/Berlin:20261025T023000" in text
        assert "DTSTART:20271031T013000Z" in text  # the moved instance
        assert "RECURRENCE-ID;TZID=Europe/Berlin:20271031T100000" in text  # the instance it replaces
        assert "DTSTART;TZID=Europe/Berlin:20271017T100000" in text  # the master stays local
        readers = [_all_readers(data) for data in files]
        for reader in readers[0]:
            got = set().union(*(found[reader] for found in readers))
            assert {s for _, s, _ in got} >= {FIRST, SECOND, moved_second}, reader
            assert all(end - start == (SHORT if start == FIRST else LENGTH) for _, start, end in got), reader
    again, sid2 = _practice(tmp_path / "b", light_kdf)
    try:
        again.interchange.import_ics(exported, supervisee_id=sid2)
        assert _spans(again) == before  # same instants, same zone
    finally:
        again.lock()


def test_aware_keeps_an_aware_second_0230_and_lengths_are_not_mixed_up() -> None:
    """model.aware: an aware fold=1 time keeps its instant; floating and DATE inputs are as before."""
    from datetime import date

    from app.core.ical.model import aware, elapsed

    berlin = ZoneInfo(BERLIN)
    assert aware(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=berlin), ZoneInfo("UTC")).astimezone(UTC) == SECOND
    assert aware(datetime(2026, 10, 25, 2, 30, tzinfo=berlin), ZoneInfo("UTC")).astimezone(UTC) == FIRST
    assert aware(datetime(2026, 10, 25, 2, 30, fold=1), berlin).astimezone(UTC) == FIRST  # floating: the first
    assert aware(date(2026, 10, 25), berlin).astimezone(UTC) == datetime(2026, 10, 24, 22, tzinfo=UTC)
    for fold in (0, 1):  # a gap time moves forward whatever its fold
        assert aware(datetime(2026, 3, 29, 2, 30, fold=fold, tzinfo=berlin), berlin).astimezone(UTC) \
            == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # Equal-looking ends (02:15 and the second 02:15 compare and hash alike) have different lengths.
    start = datetime(2026, 10, 25, 1, 30, tzinfo=berlin)
    assert elapsed(start, datetime(2026, 10, 25, 2, 15, tzinfo=berlin)) == timedelta(minutes=45)
    assert elapsed(start, datetime(2026, 10, 25, 2, 15, fold=1, tzinfo=berlin)) == timedelta(minutes=105)
    # A preview window that starts at the second 02:30 leaves out a session at the first.
    from app.core.ical import expand_calendar

    data = export_calendar([_event("first", FIRST, SHORT), _event("second", SECOND)])
    found = expand_calendar(data, datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=berlin), WINDOW[1])
    assert [o.summary for o in found] == ["second"]


def test_a_master_ending_at_the_second_repeated_time_and_its_exdates_rdates() -> None:
    """A weekly series from 01:30 on the fall-back night lasting 105 minutes ends at the second 02:15:
    DTEND in UTC form beside the local DTSTART. EXDATE/RDATE values at the second 02:30 (of that night a
    year later) in UTC form, in properties of their own beside the local ones."""
    berlin = ZoneInfo(BERLIN)
    start = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)  # 01:30 CEST
    length = timedelta(minutes=105)
    second_2027 = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # the second 02:30 of 31 October 2027
    master = IcsEvent(uid="m", summary="m", start=start.astimezone(berlin), end=(start + length).astimezone(berlin),
                      tz=BERLIN, rrule="FREQ=WEEKLY;COUNT=3",
                      exdates=(datetime(2026, 11, 1, 0, 30, tzinfo=UTC).astimezone(berlin),),
                      rdates=(datetime(2027, 10, 31, 0, 30, tzinfo=UTC).astimezone(berlin),
                              second_2027.astimezone(berlin)))
    data = export_calendar([master])
    lines = set(_lines(data, "m"))
    assert {"DTSTART;TZID=Europe/Berlin:20261025T013000", "DTEND:20261025T011500Z",
            "RDATE;TZID=Europe/Berlin:20271031T023000", "RDATE:20271031T013000Z",
            "EXDATE;TZID=Europe/Berlin:20261101T013000"} <= lines, lines
    wanted_starts = [start, datetime(2026, 11, 8, 0, 30, tzinfo=UTC), datetime(2027, 10, 31, 0, 30, tzinfo=UTC),
                     second_2027]
    for fast in (True, False):
        (back,) = read_calendar(data, default_tz="Asia/Tokyo", fast=fast).events
        assert back.length == length and back.end.astimezone(UTC) == start + length
        assert sorted(m.astimezone(UTC) for m in back.rdates) == wanted_starts[2:]
        assert [m.astimezone(UTC) for m in back.exdates] == [datetime(2026, 11, 1, 0, 30, tzinfo=UTC)]
        assert export_calendar([back]).count(b"RDATE:20271031T013000Z") == 1
    (component,) = Calendar.from_ical(data).walk("VEVENT")
    assert component["DTEND"].dt.astimezone(UTC) - component["DTSTART"].dt.astimezone(UTC) == length
    expanded = sorted(recurring_ical_events.of(Calendar.from_ical(data)).between(*WINDOW), key=lambda c: c.start)
    assert [c.start.astimezone(UTC) for c in expanded] == wanted_starts
    # recurring_ical_events adds the length in wall-clock time (01:30 + 1:45 = 03:15 CET), whatever the
    # form (DTEND or DURATION): instances that cross the change (the first, the RDATE at the first 02:30)
    # come out an hour longer there; the others are exact, the UTC-form RDATE too.
    hour = timedelta(hours=1)
    assert [c.end.astimezone(UTC) - c.start.astimezone(UTC) for c in expanded] \
        == [length + hour, length, length + hour, length]


def test_a_vault_series_from_0130_on_the_fall_back_night_exports_its_real_length(tmp_path: Path, light_kdf) -> None:  # type: ignore[no-untyped-def]
    """The master's end is its start plus the length in real time (not wall clock: 01:30 + 1:45 is the
    second 02:15 that night), in export-ics and in CalDAV sync alike."""
    practice, sid = _practice(tmp_path / "a", light_kdf)
    try:
        practice.series.create(SeriesData(start_local=datetime(2026, 10, 25, 1, 30), rrule="FREQ=WEEKLY;COUNT=2",
                                          tz=BERLIN, duration_minutes=105, supervisee_id=sid))
        exported = practice.interchange.export_ics()
        synced = b"".join(o.to_ics() for o in local_objects(
            practice.vault.engine, Privacy("full"), datetime(2026, 10, 1), datetime(2027, 12, 1)).values())
    finally:
        practice.lock()
    for data in (exported, synced):
        text = data.decode().replace("\r\n ", "")
        assert "DTSTART;TZID=Europe/Berlin:20261025T013000" in text and "DTEND:20261025T011500Z" in text
        (master,) = parse_calendar(data)
        assert master.length == timedelta(minutes=105)
