"""Every iTIP message Peerglass writes passes libical's RFC 5546 restriction checks.

The judge is libical itself (Debian's libical-dev), through a tiny C program
compiled at test time (tests/core/libical/); without libical the tests are
skipped with the reason printed.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from app.core.ical import IcsEvent, build_reply
from app.core.services.invitations import InviteTarget
from app.core.services.series import SeriesData
from app.core.services.sessions import SessionData
from tests.core.libical import checker, restriction_errors
from tests.core.test_invitations import ANNA, BERLIN, CREATED, LATER, scene

_, REASON = checker()
pytestmark = pytest.mark.skipif(bool(REASON), reason=f"libical not available: {REASON}")


def messages(out) -> list[bytes]:  # type: ignore[no-untyped-def]
    return [p.read_bytes() for p in out.paths if p.suffix == ".ics"]


def assert_passes(data: bytes) -> Calendar:
    assert restriction_errors(data) == [], data.decode()
    return Calendar.from_ical(data)


def test_the_judge_catches_an_untitled_override() -> None:  # a positive control: the check can fail
    from zoneinfo import ZoneInfo

    from app.core.ical import build_calendar

    tz = BERLIN
    start = datetime(2027, 1, 5, 10, tzinfo=ZoneInfo(tz))
    bare = IcsEvent(uid="u@x", start=start, end=start + timedelta(hours=1), tz=tz, recurrence_id=start,
                    organizer=("O", "o@example.org"))
    errors = restriction_errors(build_calendar([bare], method="REQUEST"))
    assert any("SUMMARY" in e for e in errors)


def test_every_message_kind_passes(scene, tmp_path: Path) -> None:  # noqa: F811
    practice, group_id, series_id, (anna, bela, hanako, _) = scene
    # REQUEST with an override: one meeting moved a day later, at another place.
    meeting = practice.groups.meetings(group_id, datetime(2025, 2, 1), datetime(2025, 2, 28))[0]
    record = practice.sessions.get(meeting.session_id)
    practice.sessions.update(meeting.session_id, SessionData(
        start_local=meeting.start.replace(tzinfo=None) + timedelta(days=1), tz=BERLIN, duration_minutes=90,
        kind=record.kind, group_id=group_id, location="Library"))
    out = practice.invitations.save_as_files(InviteTarget.series(series_id), tmp_path / "request",
                                             now=CREATED)
    for data in messages(out):
        cal = assert_passes(data)
        events = cal.walk("VEVENT")
        assert len(events) == 2
        override = next(e for e in events if "RECURRENCE-ID" in e)
        assert str(override["SUMMARY"]) and "LOCATION" in override and "DESCRIPTION" in override
        (vtimezone,) = cal.walk("VTIMEZONE")
        assert len(vtimezone.subcomponents) < 20  # the span used, not 30 years
    # An updated REQUEST (the series moved an hour later).
    practice.groups.edit_meetings(series_id, SeriesData(
        start_local=datetime(2025, 1, 7, 19, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
        duration_minutes=90), now=LATER)
    out = practice.invitations.save_as_files(InviteTarget.series(series_id), tmp_path / "update", now=LATER)
    for data in messages(out):
        assert assert_passes(data).walk("VEVENT")[0]["SEQUENCE"] >= 1
    # A member leaves: the others get a REQUEST, she a CANCEL that uninvites her (no STATUS).
    practice.groups.remove_member(group_id, bela, date(2025, 3, 1))
    out = practice.invitations.save_as_files(InviteTarget.series(series_id), tmp_path / "uninvite",
                                             now=datetime(2025, 3, 2).astimezone())
    kinds = {}
    for data in messages(out):
        cal = assert_passes(data)
        kinds[str(cal["METHOD"])] = cal
    uninvite = kinds["CANCEL"].walk("VEVENT")[0]
    assert "STATUS" not in uninvite and len(uninvite["ATTENDEE"] if isinstance(uninvite["ATTENDEE"], list)
                                            else [uninvite["ATTENDEE"]]) == 1
    # CANCEL of one meeting.
    meeting = practice.groups.meetings(group_id, datetime(2025, 4, 1), datetime(2025, 4, 30))[0]
    practice.sessions.cancel(meeting.session_id)
    out = practice.invitations.save_as_files(InviteTarget.meeting(meeting.session_id), tmp_path / "one",
                                             now=datetime(2025, 3, 3).astimezone())
    for data in messages(out):
        event = assert_passes(data).walk("VEVENT")[0]
        assert str(event["STATUS"]) == "CANCELLED" and "RECURRENCE-ID" in event
    # CANCEL of the whole series.
    out = practice.invitations.save_as_files(InviteTarget.series(series_id), tmp_path / "series",
                                             method="CANCEL", now=datetime(2025, 3, 4).astimezone())
    assert messages(out)
    for data in messages(out):
        event = assert_passes(data).walk("VEVENT")[0]
        assert str(event["STATUS"]) == "CANCELLED" and "RRULE" in event


@pytest.mark.parametrize("dialect", ["generic", "outlook", "gmail", "thunderbird"])
def test_replies_pass(dialect: str) -> None:
    from zoneinfo import ZoneInfo

    start = datetime(2027, 1, 5, 10, tzinfo=ZoneInfo(BERLIN))
    event = IcsEvent(uid="u@x", summary="Supervision", start=start, end=start + timedelta(hours=1), tz=BERLIN,
                     organizer=("O", "o@example.org"), sequence=2)
    assert_passes(build_reply(event, ANNA, "ACCEPTED", dialect=dialect))


def test_a_request_for_a_series_moved_to_another_day_passes(practice, tmp_path: Path) -> None:
    """Its RDATEs (the held Thursdays) and EXDATEs (the Fridays before the move) included."""
    from tests.core.test_recurrence_set import NOW, moved_series

    series_id = moved_series(practice)
    out = practice.invitations.save_as_files(InviteTarget.series(series_id), tmp_path, now=NOW)
    (data,) = messages(out)
    text = data.decode().replace("\r\n ", "")
    assert "RDATE;TZID=Europe/Berlin:20261001T100000" in text and "EXDATE" in text
    assert_passes(data)
