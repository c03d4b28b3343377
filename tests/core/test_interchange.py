"""import-ics and export-ics: another program's series with EXDATE and a moved instance round-trips."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.ical import IcsError, expand_calendar
from app.core.services.base import ValidationError
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData

DATA = Path(__file__).parent / "data"
BERLIN = ZoneInfo("Europe/Berlin")
UID = "4v1k2m3n4o5p6q7r8s9t0u1v2w@google.com"


@pytest.fixture
def berlin(practice):
    practice.settings.update(SettingsData(time_zone="Europe/Berlin", supervisor_name="Dr Anna Weiß"))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Łukasz Nowak"))
    return practice, sid


def _occurrences(data: bytes, uid: str) -> list[tuple[datetime, datetime]]:
    window = (datetime(2025, 1, 1, tzinfo=BERLIN), datetime(2026, 1, 1, tzinfo=BERLIN))
    return sorted((o.start, o.end) for o in expand_calendar(data, *window) if o.uid == uid)


def test_titles_are_matched_to_supervisees(berlin) -> None:
    practice, sid = berlin
    titles = {t.title: t for t in practice.interchange.titles((DATA / "google_series.ics").read_bytes())}
    assert titles["Supervision – Łukasz"].supervisee_id == sid  # first name, with its Ł
    assert "Conference day" not in titles  # all-day entries are not appointments


def test_import_then_export_round_trips(berlin) -> None:
    practice, sid = berlin
    original = (DATA / "google_series.ics").read_bytes()
    result, changes = practice.interchange.import_ics(original)
    assert (result.series, result.moved, result.skipped_all_day) == (1, 1, 1) and changes.sessions
    rows = practice.sessions.sessions_between(datetime(2025, 3, 1), datetime(2025, 5, 1))
    starts = [r.start.astimezone(BERLIN).replace(tzinfo=None) for r in rows]
    assert datetime(2025, 4, 1, 10) not in starts  # the EXDATE
    assert datetime(2025, 4, 16, 14) in starts and datetime(2025, 4, 15, 10) not in starts  # moved
    assert all(r.supervisee_id == sid for r in rows)
    exported = practice.interchange.export_ics()
    assert _occurrences(exported, UID) == _occurrences(original, UID)
    # Importing the same file again adds nothing.
    again, _ = practice.interchange.import_ics(original)
    assert again.series == 0 and again.skipped_existing == 1


def test_private_export_has_initials_only(berlin) -> None:
    practice, _ = berlin
    practice.interchange.import_ics((DATA / "google_series.ics").read_bytes())
    private = practice.interchange.export_ics(private=True).decode()
    assert "Nowak" not in private and "Łukasz" not in private and "Ł.N." in private
    assert "Praxis am Park" not in private


def test_unassigned_titles_are_skipped_or_assigned(practice) -> None:
    data = (DATA / "google_series.ics").read_bytes()
    result, changes = practice.interchange.import_ics(data)
    assert result.series == 0 and result.skipped_unassigned == 1 and not changes
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Somebody Else"))
    result, _ = practice.interchange.import_ics(data, assign={"Supervision – Łukasz": sid})
    assert result.series == 1


def test_since_skips_the_past(berlin) -> None:
    practice, _ = berlin
    result, _ = practice.interchange.import_ics((DATA / "google_series.ics").read_bytes(), since=date(2025, 4, 9))
    rows = practice.sessions.sessions_between(datetime(2025, 1, 1), datetime(2026, 1, 1))
    assert min(r.start.astimezone(BERLIN).date() for r in rows) >= date(2025, 4, 9)
    assert result.series == 1


def test_since_leaves_out_an_occurrence_moved_to_before_it_and_its_own_time_too(berlin) -> None:
    """The 15 April instance was moved to 8 April; imported from 9 April on, neither is a session (the
    rule made one at 15 April 10:00 again, a session the file does not have)."""
    practice, sid = berlin
    data = b"\r\n".join([
        b"BEGIN:VCALENDAR", b"VERSION:2.0", b"PRODID:-//test//EN",
        b"BEGIN:VEVENT", b"UID:moved-back@example.test", b"DTSTAMP:20250301T000000Z",
        b"DTSTART;TZID=Europe/Berlin:20250401T100000", b"DTEND;TZID=Europe/Berlin:20250401T110000",
        b"RRULE:FREQ=WEEKLY;COUNT=4", b"SUMMARY:Supervision", b"END:VEVENT",
        b"BEGIN:VEVENT", b"UID:moved-back@example.test", b"DTSTAMP:20250301T000000Z",
        b"RECURRENCE-ID;TZID=Europe/Berlin:20250415T100000", b"DTSTART;TZID=Europe/Berlin:20250408T140000",
        b"DTEND;TZID=Europe/Berlin:20250408T150000", b"SUMMARY:Supervision", b"END:VEVENT", b"END:VCALENDAR", b""])
    practice.interchange.import_ics(data, supervisee_id=sid, since=date(2025, 4, 9))
    rows = practice.sessions.sessions_between(datetime(2025, 3, 1), datetime(2025, 6, 1))
    assert [r.start.astimezone(BERLIN) for r in rows] == [datetime(2025, 4, 22, 10, tzinfo=BERLIN)]


def test_malformed_files_change_nothing(berlin) -> None:
    practice, _ = berlin
    for junk in (b"not a calendar", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n",
                 bytes(range(256)) * 10):
        with pytest.raises((IcsError, ValidationError)):
            practice.interchange.import_ics(junk)
    absurd = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@b\r\nSUMMARY:Supervision \xc5\x81ukasz\r\n"
              b"DTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n"
              b"END:VCALENDAR\r\n")
    result, changes = practice.interchange.import_ics(absurd)  # readable, but no session can repeat by the minute
    assert result.series == 0 and not changes and "can't schedule" in result.details()[0]
    assert "ukasz" not in str(practice.audit.recent())
    assert practice.sessions.sessions_between(datetime(2020, 1, 1), datetime(2030, 1, 1)) == []


def test_cli_import_and_export(tmp_path: Path, light_kdf, monkeypatch) -> None:
    from app.cli import run
    from app.core.practice import Credentials, Practice

    from ..conftest import PASSPHRASE

    path = tmp_path / "cli.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.settings.update(SettingsData(time_zone="Europe/Berlin"))
    practice.supervisees.create(SuperviseeData(full_name="Łukasz Nowak"))
    practice.lock()
    monkeypatch.setenv("PEERGLASS_PASSPHRASE", PASSPHRASE)
    assert run(["import-ics", str(DATA / "google_series.ics"), "--vault", str(path)]) == 0
    out = tmp_path / "phone.ics"
    assert run(["export-ics", "--vault", str(path), "--out", str(out), "--private"]) == 0
    assert _occurrences(out.read_bytes(), UID) == _occurrences((DATA / "google_series.ics").read_bytes(), UID)
    assert "Nowak" not in out.read_text()
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"\x00\x01 not a calendar")
    assert run(["import-ics", str(junk), "--vault", str(path)]) == 1
    reopened = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        assert reopened.audit.recent(action="export")[0].object_type == "calendar"
    finally:
        reopened.lock()


def test_cli_export_ics_that_cannot_be_written_is_not_audited_as_an_export(tmp_path: Path, light_kdf,
                                                                           monkeypatch, capsys) -> None:
    """The audit log says what left the vault: a .ics that was never written is not an export."""
    from app.cli import run
    from app.core.practice import Credentials, Practice

    from ..conftest import PASSPHRASE

    path = tmp_path / "cli.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    monkeypatch.setenv("PEERGLASS_PASSPHRASE", PASSPHRASE)
    taken = tmp_path / "taken.ics"
    taken.mkdir()  # a folder where the file should go: the write fails (for root too)
    assert run(["export-ics", "--vault", str(path), "--out", str(taken)]) != 0
    assert "Traceback" not in capsys.readouterr().err
    reopened = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        assert [e for e in reopened.audit.recent(action="export") if e.object_type == "calendar"] == []
    finally:
        reopened.lock()


@pytest.mark.parametrize("change", [{"location": "Room 9, Elm Lane"}, {"duration_minutes": 90}],
                         ids=["room", "length"])
def test_a_kept_session_unlike_its_changed_series_is_exported_as_its_own_occurrence(practice, change) -> None:
    """A session with notes keeps its room and length when the whole series changes (it is not detached):
    the exported file must show it as it is, not as the rule says."""
    from dataclasses import replace
    from datetime import UTC, timedelta

    import icalendar

    from app.core.services.series import SeriesData
    from app.core.services.session_records import SessionRecordData

    now = datetime(2026, 12, 1, 8)
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Kept Person"))
    made = practice.series.create(SeriesData(start_local=datetime(2026, 12, 3, 10), rrule="FREQ=WEEKLY;COUNT=6",
                                             tz="Europe/Berlin", supervisee_id=sid, location="Room 4"), now=now)
    kept = practice.sessions.sessions_between(datetime(2026, 12, 1), datetime(2027, 2, 1))[1]
    practice.sessions.save_record(kept.id, SessionRecordData(brought="something brought"))
    series = practice.series.get(made.id)
    practice.series.edit_all(series.id, replace(series.data, **change), now=now)
    after = practice.sessions.get(kept.id)
    assert (after.location, after.end - after.start, after.detached) == ("Room 4", timedelta(minutes=60), False)
    events = list(icalendar.Calendar.from_ical(practice.interchange.export_ics()).walk("VEVENT"))
    overrides = {e["RECURRENCE-ID"].dt.astimezone(UTC): e for e in events if "RECURRENCE-ID" in e}
    override = overrides.get(after.original_start.astimezone(UTC))
    assert override is not None, "the kept session is not its own occurrence in the file"
    assert str(override["LOCATION"]) == "Room 4"
    assert override["DTEND"].dt - override["DTSTART"].dt == timedelta(minutes=60)
