"""iCalendar import/export/expansion and iTIP messages, against hand-written
fixtures that look like what Google, Outlook and Exchange send."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from app.core import recurrence
from app.core.ical import (
    MAX_ICS_BYTES,
    IcsAttendee,
    IcsError,
    IcsEvent,
    build_cancel,
    build_reply,
    build_request,
    expand_calendar,
    export_calendar,
    parse_calendar,
    parse_reply,
    read_calendar,
)

DATA = Path(__file__).parent / "data"
UTC = UTC
BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
YEAR_2025 = (datetime(2025, 1, 1), datetime(2026, 1, 1))
ORGANIZER = ("Dr. Anna Weiß", "anna.weiss@example.org")
GROUP = [("Łukasz Nowak", "Lukasz.Nowak@Example.com"), IcsAttendee("山田 花子", "hanako@example.jp"),
         ("Ωμέγα \"Omega\" Ltd", "omega@example.gr")]


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def series_event(**changes) -> IcsEvent:
    """A fortnightly Tuesday group session, as the services layer would hand it over."""
    rule = recurrence.Rule("WEEKLY", interval=2, by_weekday=("TU",), until=date(2025, 6, 30))
    event = IcsEvent(
        uid="series-7f3a@peerglass", summary="Group supervision", location="Room 2",
        start=datetime(2025, 3, 4, 10, tzinfo=BERLIN), end=datetime(2025, 3, 4, 11, 30, tzinfo=BERLIN),
        tz="Europe/Berlin", rrule=rule.to_rrule("Europe/Berlin"), sequence=2)
    return replace(event, **changes)


# --- import of what other calendars export ---------------------------------------

def test_google_export_parses_into_masters_overrides_and_all_day_events():
    events = parse_calendar(fixture("google_series.ics"), default_tz="Europe/Berlin")
    master, moved, day = events
    assert master.uid == moved.uid == "4v1k2m3n4o5p6q7r8s9t0u1v2w@google.com"
    assert master.rrule and "BYDAY=TU" in master.rrule and master.recurrence_id is None
    assert master.start == datetime(2025, 3, 4, 10, tzinfo=BERLIN) and master.tz == "Europe/Berlin"
    assert master.exdates == (datetime(2025, 4, 1, 10, tzinfo=BERLIN),)
    assert master.location == "Room 2, Praxis am Park" and "boundaries, self-care" in master.description
    assert master.organizer == ("Dr. Anna Weiß", "anna.weiss@example.org")
    assert master.attendees[0] == IcsAttendee("Łukasz Nowak", "lukasz.nowak@example.com", "ACCEPTED", False)
    assert master.sequence == 1 and master.status == "CONFIRMED"
    assert moved.recurrence_id == datetime(2025, 4, 15, 10, tzinfo=BERLIN)
    assert moved.start == datetime(2025, 4, 16, 14, tzinfo=BERLIN) and moved.rrule is None
    assert day.all_day and day.start == datetime(2025, 3, 21, tzinfo=BERLIN)
    assert day.end - day.start == timedelta(days=1)


def test_google_export_expands_to_the_right_occurrences():
    got = expand_calendar(fixture("google_series.ics"), *YEAR_2025, default_tz="Europe/Berlin")
    sessions = [o for o in got if not o.all_day]
    assert [o.start.astimezone(BERLIN).replace(tzinfo=None) for o in sessions] == [
        datetime(2025, 3, 4, 10), datetime(2025, 3, 11, 10), datetime(2025, 3, 18, 10),
        datetime(2025, 3, 25, 10),                      # 1 April is an EXDATE
        datetime(2025, 4, 8, 10), datetime(2025, 4, 16, 14),  # 15 April moved to the 16th
        datetime(2025, 4, 22, 10), datetime(2025, 4, 29, 10)]  # UNTIL is inclusive
    assert {o.start.utcoffset() for o in sessions} == {timedelta(hours=1), timedelta(hours=2)}
    moved = sessions[5]
    assert moved.summary.endswith("(moved)") and moved.location == "Online"
    assert moved.recurrence_id == datetime(2025, 4, 15, 10, tzinfo=BERLIN)
    assert sessions[0].recurrence_id == sessions[0].start
    (day,) = [o for o in got if o.all_day]
    assert day.summary == "Conference day" and day.recurrence_id is None


def test_outlook_export_with_windows_zone_names():
    events = parse_calendar(fixture("outlook_export.ics"), default_tz="Europe/Berlin")
    master = events[0]
    assert master.tz == "America/New_York" and master.rrule == "FREQ=MONTHLY;COUNT=6;BYDAY=2TU"
    assert master.organizer == ("Sam O'Neil", "sam.oneil@example.net")
    assert events[3].tz == "UTC" and events[3].start == datetime(2025, 2, 1, 15, tzinfo=UTC)
    got = expand_calendar(fixture("outlook_export.ics"), *YEAR_2025, default_tz="America/New_York")
    group = [o.start.astimezone(NEW_YORK).replace(tzinfo=None) for o in got if o.summary.startswith("Peer")]
    assert group == [datetime(2025, 1, 14, 10), datetime(2025, 2, 11, 10), datetime(2025, 4, 8, 10),
                     datetime(2025, 5, 15, 16), datetime(2025, 6, 10, 10)]


def test_window_is_half_open_on_start_times():
    data = fixture("google_series.ics")
    got = expand_calendar(data, datetime(2025, 3, 11, 10, tzinfo=BERLIN), datetime(2025, 3, 18, 10, tzinfo=BERLIN))
    assert [o.start for o in got] == [datetime(2025, 3, 11, 10, tzinfo=BERLIN)]


def test_floating_times_are_read_in_the_default_zone():
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:f1\r\nDTSTAMP:20250101T000000Z\r\n"
            b"DTSTART:20250110T090000\r\nDTEND:20250110T100000\r\nRRULE:FREQ=DAILY;COUNT=2\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = parse_calendar(data, default_tz="America/New_York")
    assert event.tz == "America/New_York" and event.start == datetime(2025, 1, 10, 9, tzinfo=NEW_YORK)
    got = expand_calendar(data, *YEAR_2025, default_tz="America/New_York")
    assert [o.start for o in got] == [datetime(2025, 1, 10, 9, tzinfo=NEW_YORK),
                                      datetime(2025, 1, 11, 9, tzinfo=NEW_YORK)]


# --- export ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["google_series.ics", "outlook_export.ics"])
def test_export_of_parsed_events_round_trips(name):
    original = fixture(name)
    exported = export_calendar(parse_calendar(original, default_tz="Europe/Berlin"))

    def starts(data: bytes) -> list[tuple]:
        query = recurring_ical_events.of(Calendar.from_ical(data))
        return sorted((str(c["UID"]), c.start if isinstance(c.start, datetime) else c.start.isoformat(),
                       str(c.get("SUMMARY")), str(c.get("LOCATION", "")))
                      for c in query.between(datetime(2024, 6, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)))

    assert starts(exported) == starts(original)
    assert parse_calendar(exported, default_tz="Europe/Berlin") == parse_calendar(original, default_tz="Europe/Berlin")


def test_export_writes_vtimezone_tzid_rrule_exdate_and_overrides():
    master = series_event(exdates=(datetime(2025, 3, 18, 10, tzinfo=BERLIN),))
    moved = series_event(rrule=None, recurrence_id=datetime(2025, 4, 1, 10, tzinfo=BERLIN),
                         start=datetime(2025, 4, 2, 15, tzinfo=BERLIN), end=datetime(2025, 4, 2, 16, tzinfo=BERLIN))
    data = export_calendar([master, moved])
    text = data.decode()
    assert text.count("BEGIN:VTIMEZONE") == 1 and "TZID:Europe/Berlin" in text
    assert "DTSTART;TZID=Europe/Berlin:20250304T100000" in text
    (rrule,) = [line for line in text.splitlines() if line.startswith("RRULE:")]
    assert set(rrule[6:].split(";")) == {"FREQ=WEEKLY", "INTERVAL=2", "UNTIL=20250630T215959Z", "BYDAY=TU"}
    assert "EXDATE;TZID=Europe/Berlin:20250318T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20250401T100000" in text and "DTSTAMP:" in text
    got = expand_calendar(data, *YEAR_2025)
    assert datetime(2025, 4, 2, 15, tzinfo=BERLIN) in [o.start for o in got]
    assert datetime(2025, 3, 18, 10, tzinfo=BERLIN) not in [o.start for o in got]


def test_floating_until_is_written_in_utc():
    event = series_event(rrule="FREQ=WEEKLY;UNTIL=20250401T235959")
    assert "UNTIL=20250401T215959Z" in export_calendar([event]).decode()


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe"])
def test_generated_vtimezone_agrees_with_zoneinfo(tz):
    event = series_event(tz=tz, start=datetime(2025, 3, 4, 10, tzinfo=ZoneInfo(tz)),
                         end=datetime(2025, 3, 4, 11, tzinfo=ZoneInfo(tz)), rrule="FREQ=WEEKLY;UNTIL=20251231")
    (vtimezone,) = Calendar.from_ical(export_calendar([event])).timezones
    custom, zone = vtimezone.to_tz(lookup_tzid=False), ZoneInfo(tz)
    day = datetime(2025, 3, 3, tzinfo=UTC)  # the VTIMEZONE covers the span the series uses
    while day < datetime(2026, 1, 1, tzinfo=UTC):
        changes = day.astimezone(zone).utcoffset() != (day + timedelta(days=1)).astimezone(zone).utcoffset()
        for step in range(0, 24 * 60, 15 if changes else 12 * 60):  # every 15 minutes on change days
            moment = day + timedelta(minutes=step)
            assert moment.astimezone(custom).utcoffset() == moment.astimezone(zone).utcoffset(), moment
        day += timedelta(days=1)


def test_vtimezone_of_a_short_series_covers_only_its_span():
    tz = "Europe/Berlin"
    event = series_event(tz=tz, start=datetime(2025, 3, 4, 10, tzinfo=ZoneInfo(tz)),
                         end=datetime(2025, 3, 4, 11, tzinfo=ZoneInfo(tz)), rrule="FREQ=WEEKLY;COUNT=12")
    (vtimezone,) = Calendar.from_ical(export_calendar([event])).timezones
    assert len(vtimezone.subcomponents) <= 6  # a year before the start to the last meeting, not 30 years


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tz=st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Tokyo"]),
    rule=st.sampled_from([
        recurrence.Rule("WEEKLY", count=30), recurrence.Rule("WEEKLY", interval=2, by_weekday=("MO", "TH")),
        recurrence.Rule("MONTHLY", by_weekday=("TU",), by_set_pos=(2,), until=date(2026, 12, 31)),
        recurrence.Rule("MONTHLY", by_month_day=(-1,), count=12), recurrence.Rule("DAILY", interval=3, count=80)]),
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2025, 12, 31)),
)
def test_recurring_ical_events_expands_our_export_like_recurrence_does(tz, rule, start):
    start = recurrence.first_occurrence(rule, start.replace(minute=0, second=0, microsecond=0))
    ours = recurrence.occurrences(rule, start, tz, window_end=datetime(2027, 1, 1))
    event = series_event(tz=tz, rrule=rule.to_rrule(tz), start=ours[0], end=ours[0] + timedelta(minutes=50))
    theirs = expand_calendar(export_calendar([event]), datetime(2024, 12, 1, tzinfo=UTC),
                             datetime(2027, 1, 1, tzinfo=ZoneInfo(tz)))
    assert [o.start for o in theirs] == ours


# --- malformed input ------------------------------------------------------------------

SECRET = "Secret Client Mustermann"


def _ics(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VEVENT", "UID:m1",
            f"SUMMARY:{SECRET}", *lines, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(body).encode()


MALFORMED = {
    "empty": b"",
    "prose": f"Dear {SECRET}, see you Tuesday".encode(),
    "binary": bytes(random.Random(5).randrange(256) for _ in range(4096)),
    "nul": b"BEGIN:VCALENDAR\r\n\x00\x00\r\nEND:VCALENDAR\r\n",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "vcard": f"BEGIN:VCARD\r\nFN:{SECRET}\r\nEND:VCARD\r\n".encode(),
    "truncated": b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20250101T100000Z\r\n",
    "no_dtstart": _ics("DTEND:20250101T100000Z"),
    "bad_dtstart": _ics(f"DTSTART:{SECRET}"),
    "bad_dtend": _ics("DTSTART:20250101T100000Z", "DTEND:soon"),
    "bad_rrule": _ics("DTSTART:20250101T100000Z", f"RRULE:FREQ=WEEKLY;BYDAY={SECRET}"),
    "bad_exdate": _ics("DTSTART:20250101T100000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE:never"),
    "two_rrules": _ics("DTSTART:20250101T100000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "RRULE:FREQ=DAILY;COUNT=3"),
    "utf16": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".encode("utf-16"),
    "not_bytes": 12345,
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_input_gives_a_content_free_ics_error(name):
    if name == "two_rrules":  # legal for expansion (RFC 5545 only advises against it)
        assert len(expand_calendar(MALFORMED[name], *YEAR_2025)) == 5  # union, DTSTART once
        (problem,) = read_calendar(MALFORMED[name]).problems  # the importer reports it, one event
        assert "two different repeat rules" in problem[1] and SECRET not in problem[1]
        return
    with pytest.raises(IcsError) as info:
        parse_calendar(MALFORMED[name])
    assert SECRET not in str(info.value) and "Mustermann" not in str(info.value)
    with pytest.raises(IcsError) as info:
        expand_calendar(MALFORMED[name], *YEAR_2025)
    assert SECRET not in str(info.value)


def test_oversized_file_is_refused_before_parsing():
    with pytest.raises(IcsError, match="larger than"):
        parse_calendar(b"BEGIN:VCALENDAR\r\n" + b"X" * MAX_ICS_BYTES)


@pytest.mark.timeout(20)
def test_rules_that_never_match_or_cannot_be_checked_do_not_hang():
    never = _ics("DTSTART:20250101T100000Z", "DTEND:20250101T110000Z", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")
    got = expand_calendar(never, *YEAR_2025)  # only DTSTART remains, as RFC 5545 reads it
    assert [o.start for o in got] == [datetime(2025, 1, 1, 10, tzinfo=UTC)]
    hourly = _ics("DTSTART:20250101T100000Z", "RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30")
    with pytest.raises(IcsError, match="recurrence rule"):
        expand_calendar(hourly, *YEAR_2025)
    with pytest.raises(IcsError, match="window"):
        expand_calendar(fixture("google_series.ics"), datetime(2025, 1, 1), datetime(2080, 1, 1))
    exrule = _ics("DTSTART:20250101T100000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "EXRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31")
    assert len(expand_calendar(exrule, *YEAR_2025)) == 3


@pytest.mark.timeout(20)
def test_a_custom_time_zone_whose_rules_never_match_is_refused_quickly():
    text = fixture("outlook_export.ics").decode().replace("Eastern Standard Time", "Custom Zone")
    sane = parse_calendar(text.encode(), default_tz="America/New_York")  # unknown name: read via its VTIMEZONE
    assert sane[0].start == datetime(2025, 1, 14, 10, tzinfo=NEW_YORK)
    broken = text.replace("RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")
    with pytest.raises(IcsError, match="time zone"):
        parse_calendar(broken.encode())


def test_event_values_are_checked_before_writing():
    with pytest.raises(IcsError):
        series_event(start=datetime(2025, 3, 4, 10))  # naive
    with pytest.raises(IcsError):
        series_event(end=datetime(2025, 3, 4, 9, tzinfo=BERLIN))
    with pytest.raises(IcsError):
        series_event(tz="Mars/Olympus_Mons")
    with pytest.raises(IcsError, match="recurrence rule"):
        export_calendar([series_event(rrule="FREQ=NEVER;;;")])


# --- iTIP -------------------------------------------------------------------------------

def _vevents(data: bytes) -> tuple[Calendar, list]:
    calendar = Calendar.from_ical(data)
    return calendar, calendar.walk("VEVENT")


def test_request_has_organizer_attendees_rsvp_and_timezone():
    moved = series_event(rrule=None, recurrence_id=datetime(2025, 4, 1, 10, tzinfo=BERLIN),
                         start=datetime(2025, 4, 2, 15, tzinfo=BERLIN), end=datetime(2025, 4, 2, 16, tzinfo=BERLIN))
    data = build_request(series_event(), ORGANIZER, GROUP + [("dup", "lukasz.nowak@example.com")], overrides=[moved])
    calendar, (master, override) = _vevents(data)
    assert calendar["METHOD"] == "REQUEST" and calendar.timezones[0].tz_name == "Europe/Berlin"
    assert str(master["UID"]) == str(override["UID"]) == "series-7f3a@peerglass"
    assert master["SEQUENCE"] == 2 and master["STATUS"] == "CONFIRMED" and "RRULE" in master
    assert str(master["ORGANIZER"]) == "mailto:anna.weiss@example.org"
    people = master.attendees
    assert [str(a) for a in people] == ["mailto:lukasz.nowak@example.com", "mailto:hanako@example.jp",
                                        "mailto:omega@example.gr"]
    for person in people:
        assert (person.params["RSVP"], person.params["PARTSTAT"], person.params["ROLE"]) == \
            ("TRUE", "NEEDS-ACTION", "REQ-PARTICIPANT")
    assert [a.params["CN"] for a in people] == ["Łukasz Nowak", "山田 花子", "Ωμέγα 'Omega' Ltd"]
    assert override["RECURRENCE-ID"].dt == datetime(2025, 4, 1, 10, tzinfo=BERLIN)
    parsed = parse_calendar(data)
    assert all(a.rsvp and a.partstat == "NEEDS-ACTION" for a in parsed[0].attendees)


def test_request_refuses_bad_addresses_and_empty_lists():
    with pytest.raises(IcsError, match="e-mail"):
        build_request(series_event(), ORGANIZER, [("Someone", "not an address")])
    with pytest.raises(IcsError, match="e-mail"):
        build_request(series_event(), ("Me", "me@"), GROUP)
    with pytest.raises(IcsError, match="attendee"):
        build_request(series_event(), ORGANIZER, [])


def test_cancel_keeps_uid_and_raises_sequence():
    calendar, (event,) = _vevents(build_cancel(series_event(), ORGANIZER, GROUP, sequence=5))
    assert calendar["METHOD"] == "CANCEL" and event["STATUS"] == "CANCELLED"
    assert str(event["UID"]) == "series-7f3a@peerglass" and event["SEQUENCE"] == 5
    _, (event,) = _vevents(build_cancel(series_event(), ORGANIZER, GROUP))
    assert event["SEQUENCE"] == 3
    one = series_event(rrule=None, recurrence_id=datetime(2025, 3, 18, 10, tzinfo=BERLIN))
    _, (event,) = _vevents(build_cancel(one, ORGANIZER, GROUP))
    assert event["RECURRENCE-ID"].dt == datetime(2025, 3, 18, 10, tzinfo=BERLIN) and "RRULE" not in event
    with pytest.raises(IcsError, match="higher sequence"):
        build_cancel(series_event(), ORGANIZER, GROUP, sequence=2)


@pytest.mark.parametrize("dialect", ["generic", "outlook", "gmail", "thunderbird"])
@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED", "TENTATIVE"])
def test_replies_from_each_client_parse(dialect, partstat):
    instance = series_event(rrule=None, recurrence_id=datetime(2025, 4, 1, 10, tzinfo=BERLIN), sequence=4)
    data = build_reply(instance, ("Łukasz Nowak", "Lukasz.Nowak@Example.com"), partstat.lower(), dialect=dialect)
    (reply,) = parse_reply(data)
    assert reply.uid == "series-7f3a@peerglass" and reply.partstat == partstat and reply.sequence == 4
    assert reply.attendee_email == "lukasz.nowak@example.com"
    assert reply.recurrence_id == datetime(2025, 4, 1, 8, tzinfo=UTC)
    (series_reply,) = parse_reply(build_reply(series_event(), GROUP[1], partstat, dialect=dialect))
    assert series_reply.recurrence_id is None and series_reply.attendee_email == "hanako@example.jp"


def test_hand_written_exchange_and_gmail_replies():
    (maria,) = parse_reply(fixture("reply_outlook.ics"))
    assert (maria.attendee_email, maria.partstat, maria.sequence, maria.attendee_name) == \
        ("maria.schmidt@example.com", "TENTATIVE", 3, "Maria Schmidt")
    assert maria.recurrence_id == datetime(2025, 4, 15, 10, tzinfo=BERLIN)
    (jo,) = parse_reply(fixture("reply_gmail.ics"))
    assert (jo.attendee_email, jo.partstat, jo.recurrence_id) == ("jo.peer@gmail.com", "DECLINED", None)


def test_parse_reply_refuses_what_is_not_a_reply():
    with pytest.raises(IcsError, match="not an invitation reply"):
        parse_reply(build_request(series_event(), ORGANIZER, GROUP))
    with pytest.raises(IcsError, match="not an invitation reply"):
        parse_reply(fixture("google_series.ics"))
    text = fixture("reply_gmail.ics").decode()
    with pytest.raises(IcsError, match="participation status"):
        parse_reply(text.replace("PARTSTAT=DECLINED", "PARTSTAT=NEEDS-ACTION").encode())
    no_attendee = text.replace("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=jo.pe\r\n "
                               "er@gmail.com;X-NUM-GUESTS=0:mailto:jo.peer@gmail.com\r\n", "")
    with pytest.raises(IcsError, match="no attendee"):
        parse_reply(no_attendee.encode())
    with pytest.raises(IcsError):
        parse_reply(MALFORMED["binary"])
    with pytest.raises(IcsError):
        build_reply(series_event(), GROUP[1], "MAYBE")


def test_an_rdate_period_is_written_in_utc_form_not_as_a_floating_time() -> None:
    """icalendar writes a zoned PERIOD without its TZID (a floating time each reader puts in its own
    zone); the writer gives a PERIOD's two instants in UTC form, and they read back the same."""
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2027, 3, 1, 10, tzinfo=berlin)
    period = (datetime(2027, 3, 3, 15, tzinfo=berlin), datetime(2027, 3, 3, 16, 30, tzinfo=berlin))
    data = export_calendar([IcsEvent(uid="period@example.test", summary="Supervision", start=start,
                                     end=start + timedelta(hours=1), tz="Europe/Berlin",
                                     rrule="FREQ=WEEKLY;COUNT=2", rdate_periods=(period,))])
    assert "RDATE;VALUE=PERIOD:20270303T140000Z/20270303T153000Z" in data.decode()
    (event,) = parse_calendar(data, default_tz="America/New_York")
    assert [(a.astimezone(UTC), b.astimezone(UTC)) for a, b in event.rdate_periods] \
        == [(period[0].astimezone(UTC), period[1].astimezone(UTC))]
