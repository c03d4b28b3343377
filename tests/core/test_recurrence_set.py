"""A series is written as the sessions it holds: export-ics, CalDAV sync (to a real Radicale on
127.0.0.1) and invitations read it the same way (``services.recurrence_set``), and what another
program expands from what they write (recurring_ical_events) is the vault's own sessions."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar

from app.core.practice import Practice
from app.core.services.invitations import InviteTarget
from app.core.services.recurrence_set import _distinct
from app.core.services.series import SeriesData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from app.core.sync.local import local_objects
from app.core.sync.privacy import Privacy

BERLIN = "Europe/Berlin"
NOW = datetime(2026, 12, 1, 8)  # naive UTC, as the services take it
WINDOW = (datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))
Spans = list[tuple[datetime, datetime]]


def _expanded(data: bytes) -> Spans:
    """The occurrences another calendar program shows for one .ics (or several, concatenated)."""
    found: Spans = []
    for chunk in data.split(b"END:VCALENDAR")[:-1]:
        calendar = Calendar.from_ical(chunk + b"END:VCALENDAR\r\n")
        found += [(e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC))
                  for e in recurring_ical_events.of(calendar).between(*WINDOW)]
    return sorted(found)


def _held(practice: Practice) -> Spans:
    rows = practice.sessions.sessions_between(*WINDOW, include_cancelled=False)
    return sorted((r.start.astimezone(UTC), r.end.astimezone(UTC)) for r in rows)


def _synced(practice: Practice) -> bytes:
    objects = local_objects(practice.vault.engine, Privacy("full"), datetime(2026, 9, 1), datetime(2027, 4, 1))
    return b"".join(o.to_ics() for o in objects.values())


def _thursdays(practice: Practice) -> int:
    """Sixteen Thursdays at 10:00 for 50 minutes from 1 October 2026 (Berlin), made on 1 September."""
    practice.settings.update(SettingsData(time_zone=BERLIN, supervisor_name="Dr Sam Example",
                                          email="sam@example.org"))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Alex Example", email="alex@example.org"))
    return practice.series.create(SeriesData(start_local=datetime(2026, 10, 1, 10), rrule="FREQ=WEEKLY;COUNT=16",
                                             tz=BERLIN, duration_minutes=50, supervisee_id=sid),
                                  now=datetime(2026, 9, 1)).id


def moved_series(practice: Practice) -> int:
    """Thursdays 10:00 for 50 minutes since October; on 1 December the whole series becomes Fridays,
    60 minutes (one Thursday cancelled before, one Friday deleted after). The series' id."""
    made_id = _thursdays(practice)
    thursdays = practice.sessions.sessions_between(*WINDOW)
    practice.sessions.cancel(thursdays[3].id)  # a held-back Thursday: left out, not an EXDATE of the rule
    series = practice.series.get(made_id)
    practice.series.edit_all(made_id, replace(series.data, start_local=datetime(2026, 10, 2, 10),
                                              duration_minutes=60), now=NOW)
    fridays = [r for r in practice.sessions.sessions_between(*WINDOW) if r.start.weekday() == 4]
    practice.sessions.delete(fridays[1].id)  # an EXDATE
    return made_id


def test_a_series_moved_to_another_day_is_written_as_the_sessions_it_holds(practice: Practice,
                                                                         tmp_path: Path) -> None:
    """The held Thursdays stay where they were (with their 50 minutes); the rule now names Fridays
    since October that never held a session. Written before: those nine Fridays appeared in
    export-ics, on the server and in the invitation, and the server lost the held Thursdays."""
    series_id = moved_series(practice)
    held = _held(practice)
    weekdays = sorted({s.astimezone(UTC).strftime("%a") for s, _ in held})
    assert weekdays == ["Fri", "Thu"] and len(held) == 8 + 6  # 9 Thursdays less one, 7 Fridays less one
    assert {e - s for s, e in held} == {timedelta(minutes=50), timedelta(minutes=60)}

    assert _expanded(practice.interchange.export_ics()) == held
    assert _expanded(_synced(practice)) == held
    out = practice.invitations.save_as_files(InviteTarget.series(series_id), tmp_path, now=NOW)
    (ics,) = [p for p in out.paths if p.suffix == ".ics"]
    assert _expanded(ics.read_bytes()) == held


def test_a_series_moved_to_another_hour_across_the_clock_change_keeps_every_held_session(
        practice: Practice, tmp_path: Path) -> None:
    """Thursdays 10:00 since October (the clocks went back on 25 October), moved on 1 December to 11:00.
    Each held 10:00 is written as its day's 11:00 instance moved (RECURRENCE-ID), not as an RDATE with
    an EXDATE on the same day: recurring_ical_events 3.8 drops both once the clocks have changed since
    DTSTART, and export and sync lost 5 of the 9 held sessions that way. Before this reading, export
    wrote all 9 phantom 11:00s beside them (25 occurrences for 16 sessions)."""
    made_id = _thursdays(practice)
    series = practice.series.get(made_id)
    practice.series.edit_all(made_id, replace(series.data, start_local=datetime(2026, 10, 1, 11)), now=NOW)
    held = _held(practice)
    assert len(held) == 16 and sum(s.astimezone(UTC).hour in (8, 9) and s.month in (10, 11) for s, _ in held) == 9
    exported = practice.interchange.export_ics()
    assert _expanded(exported) == held
    assert _expanded(_synced(practice)) == held
    text = exported.decode().replace("\r\n ", "")
    assert "EXDATE" not in text and "RDATE;TZID" not in text
    assert text.count("RECURRENCE-ID;TZID=Europe/Berlin:") == 9
    out = practice.invitations.save_as_files(InviteTarget.series(made_id), tmp_path, now=NOW)
    (ics,) = [p for p in out.paths if p.suffix == ".ics"]
    assert _expanded(ics.read_bytes()) == held


def test_an_extra_date_is_an_rdate_on_the_server_not_an_occurrence_of_nothing(practice: Practice,
                                                                             caldav_server) -> None:
    """A calendar file's series with two extra dates (RDATE, one of them a PERIOD of its own length),
    synced to Radicale. Sync wrote each extra as an overriding VEVENT whose RECURRENCE-ID names no
    instance of the set (RFC 5545 3.8.4.4), which a strict client drops. It now writes both as RDATEs,
    the longer one with an occurrence of its own: not as a PERIOD, which Radicale refuses ("PERIOD not
    supported by used vobject", 400, and the whole series would not sync). A second sync sends nothing."""
    from app.core.sync import AccountData, Remote

    from .caldav_server import PASSWORD, USER

    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    practice.interchange.import_ics(b"\r\n".join([
        b"BEGIN:VCALENDAR", b"VERSION:2.0", b"PRODID:-//test//EN", b"BEGIN:VEVENT",
        b"UID:extra-dates@example.com", b"DTSTAMP:20261201T000000Z",
        b"DTSTART;TZID=Europe/Berlin:20261207T100000", b"DTEND;TZID=Europe/Berlin:20261207T105000",
        b"RRULE:FREQ=WEEKLY;COUNT=4", b"RDATE;TZID=Europe/Berlin:20261210T150000",
        b"RDATE;VALUE=PERIOD:20261217T140000Z/20261217T153000Z",
        b"SUMMARY:Supervision", b"END:VEVENT", b"END:VCALENDAR", b""]), supervisee_id=sid)
    held = _held(practice)
    assert len(held) == 6 and (datetime(2026, 12, 17, 14, tzinfo=UTC), datetime(2026, 12, 17, 15, 30, tzinfo=UTC)) in held

    remote = Remote(caldav_server.url, USER, PASSWORD)
    url = remote.make_calendar("Peerglass")
    practice.sync.save_account(AccountData(server_url=caldav_server.url, username=USER, calendar_url=url,
                                           privacy="full", enabled=True))
    practice.sync.sync(remote, now=NOW.replace(tzinfo=UTC))
    import caldav

    client = caldav.DAVClient(url=caldav_server.url, username=USER, password=PASSWORD, require_tls=False)
    (stored,) = [o.data for o in client.calendar(url=url).events()]
    text = stored.replace("\r\n ", "")
    assert "RDATE;TZID=Europe/Berlin:20261210T150000,20261217T150000" in text and "PERIOD" not in text
    assert [line for line in text.splitlines() if line.startswith("RECURRENCE-ID")] \
        == ["RECURRENCE-ID;TZID=Europe/Berlin:20261217T150000"]
    assert _expanded(stored.encode()) == held
    again = practice.sync.sync(remote, now=NOW.replace(tzinfo=UTC))
    assert (again.pushed, again.updated) == (0, 0)

    # The phone moves the extra date of 10 December by an hour: a proposal for that session.
    import icalendar

    (event,) = client.calendar(url=url).events()
    cal = icalendar.Calendar.from_ical(event.data)
    extra = datetime(2026, 12, 10, 14, tzinfo=UTC)
    override = icalendar.Event()
    for key, value in (("uid", "extra-dates@example.com"), ("dtstamp", extra), ("recurrence-id", extra),
                       ("dtstart", extra + timedelta(hours=1)), ("dtend", extra + timedelta(hours=1, minutes=50)),
                       ("summary", "moved on the phone")):
        override.add(key, value)
    cal.add_component(override)
    event.data = cal.to_ical().decode()
    event.save()
    report = practice.sync.sync(remote, now=NOW.replace(tzinfo=UTC))
    assert report.conflicts == 0
    (proposal,) = practice.sync.pending()
    (session,) = [r for r in practice.sessions.sessions_between(*WINDOW) if r.start == extra]
    assert (proposal.kind, proposal.session_id) == ("moved", session.id)
    practice.sync.accept_all(now=NOW.replace(tzinfo=UTC))
    assert practice.sessions.get(session.id).start == extra + timedelta(hours=1)
    settle = practice.sync.sync(remote, now=NOW.replace(tzinfo=UTC))
    assert (settle.pulled, settle.conflicts) == (0, 0) and practice.sync.pending() == []


@pytest.mark.parametrize("values", [
    [datetime(2026, 10, 25, 2, 30, fold=1), datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 2, 30)],
])
def test_the_two_0230s_of_a_fall_back_night_stay_two_and_in_order(values: list[datetime]) -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(BERLIN)
    aware = [v.replace(tzinfo=zone) for v in values]
    assert len(set(aware)) == 1  # what set() and sorted() did to them
    first, second = _distinct(aware)
    assert (first.fold, second.fold) == (0, 1)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
