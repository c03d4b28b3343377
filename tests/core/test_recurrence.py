"""Recurrence rules: wall-clock time across DST, rule text, limits, splitting."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core import recurrence
from app.core.recurrence import (
    MAX_OCCURRENCES,
    RecurrenceError,
    Rule,
    describe,
    first_occurrence,
    has_occurrences,
    occurrences,
    split_rule,
    validate,
)
from app.core.recurrence.expand import _dateutil, _vet
from app.core.recurrence.scan import scan

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ZONES = ["America/New_York", "Europe/Berlin", "Europe/London", "Australia/Sydney",
         "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Auckland"]
UTC = UTC


def walls(items: list[datetime]) -> list[datetime]:
    """Occurrences as naive wall-clock times."""
    return [o.replace(tzinfo=None) for o in items]


# --- wall-clock time across DST ------------------------------------------------

@pytest.mark.parametrize(("tz", "winter", "summer"), [
    ("America/New_York", timedelta(hours=-5), timedelta(hours=-4)),
    ("Europe/Berlin", timedelta(hours=1), timedelta(hours=2)),
])
def test_weekly_ten_o_clock_stays_ten_across_both_dst_changes(tz, winter, summer):
    got = occurrences(Rule("WEEKLY", by_weekday=("TU",), count=52), datetime(2025, 1, 7, 10), tz)
    assert len(got) == 52
    assert all((o.hour, o.minute) == (10, 0) and o.tzinfo == ZoneInfo(tz) for o in got)
    offsets = [o.utcoffset() for o in got]
    assert offsets[0] == winter and offsets[26] == summer and offsets[-1] == winter
    # the UTC time really moves: once at each change
    assert sum(1 for a, b in zip(offsets, offsets[1:]) if a != b) == 2
    assert len({o.astimezone(UTC).hour for o in got}) == 2


def test_time_in_spring_gap_moves_forward_by_the_gap():
    got = occurrences(Rule("WEEKLY", count=3), datetime(2025, 3, 2, 2, 30), "America/New_York")
    assert [(o.month, o.day, o.hour, o.minute) for o in got] == [(3, 2, 2, 30), (3, 9, 3, 30), (3, 16, 2, 30)]
    assert got[1].utcoffset() == timedelta(hours=-4)


def test_repeated_fall_back_time_takes_the_first():
    got = occurrences(Rule("DAILY", count=1), datetime(2025, 11, 2, 1, 30), "America/New_York")
    assert got[0].utcoffset() == timedelta(hours=-4) and got[0].fold == 0


def _gap_shifted(nominal: datetime, zone: ZoneInfo) -> datetime:
    """Where a nominal wall-clock time lands: itself, or forward by the gap."""
    before = nominal.replace(tzinfo=zone, fold=0).utcoffset()
    after = nominal.replace(tzinfo=zone, fold=1).utcoffset()
    exists = nominal.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == nominal
    return nominal if exists or after <= before else nominal + (after - before)


@FAST
@given(
    start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31)),
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]),
    interval=st.integers(1, 4),
    tz=st.sampled_from(ZONES),
    minute=st.sampled_from([0, 15, 30, 45]),
)
def test_every_occurrence_keeps_the_start_wall_clock(start, freq, interval, tz, minute):
    start = start.replace(minute=minute, second=0, microsecond=0)
    assume(freq != "MONTHLY" or start.day <= 28)
    zone = ZoneInfo(tz)
    got = occurrences(Rule(freq, interval=interval, count=40), start, tz)
    assert len(got) == 40
    for occ in got:
        wall = occ.replace(tzinfo=None)
        nominal = datetime.combine(wall.date(), start.time())
        if nominal > wall:  # a gap shift carried it past midnight
            nominal -= timedelta(days=1)
        assert wall == _gap_shifted(nominal, zone)  # the start's time, or moved forward by a gap
        assert occ.tzinfo == zone


@pytest.mark.parametrize("tz", ZONES)
def test_every_time_of_day_through_a_year_of_dst_changes(tz):
    zone, shifted = ZoneInfo(tz), 0
    for minute in range(0, 24 * 60, 30):  # every Sunday: all these zones change on a Sunday
        start = datetime(2025, 1, 5) + timedelta(minutes=minute)
        for occ in occurrences(Rule("WEEKLY", count=53), start, tz):
            wall = occ.replace(tzinfo=None)
            nominal = datetime.combine(wall.date(), start.time())
            if nominal > wall:
                nominal -= timedelta(days=1)
            assert wall == _gap_shifted(nominal, zone)
            shifted += wall != nominal
    assert shifted > 0 or tz == "Asia/Kolkata"  # the gap really was met


# --- patterns ------------------------------------------------------------------

def test_monthly_on_the_second_tuesday_and_last_friday():
    second_tue = Rule("MONTHLY", by_weekday=("TU",), by_set_pos=(2,), count=6)
    assert [o.date() for o in occurrences(second_tue, datetime(2025, 1, 14, 9), "Europe/Berlin")] == [
        date(2025, 1, 14), date(2025, 2, 11), date(2025, 3, 11), date(2025, 4, 8),
        date(2025, 5, 13), date(2025, 6, 10)]
    last_fri = Rule.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4")
    assert last_fri == Rule("MONTHLY", by_weekday=("FR",), by_set_pos=(-1,), count=4)
    assert [o.date() for o in occurrences(last_fri, datetime(2025, 1, 31, 9), "UTC")] == [
        date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 28), date(2025, 4, 25)]


def test_monthly_by_date_skips_short_months():
    on_15 = occurrences(Rule("MONTHLY", by_month_day=(15,), count=3), datetime(2025, 1, 15, 9), "UTC")
    assert [o.date() for o in on_15] == [date(2025, 1, 15), date(2025, 2, 15), date(2025, 3, 15)]
    on_31 = occurrences(Rule("MONTHLY", count=3), datetime(2025, 1, 31, 9), "UTC")
    assert [o.date() for o in on_31] == [date(2025, 1, 31), date(2025, 3, 31), date(2025, 5, 31)]


def test_until_is_inclusive_and_count_is_exact():
    rule = Rule("WEEKLY", until=date(2025, 3, 4))
    got = occurrences(rule, datetime(2025, 2, 4, 10), "Europe/Berlin")
    assert [o.date() for o in got] == [date(2025, 2, 4), date(2025, 2, 11), date(2025, 2, 18),
                                       date(2025, 2, 25), date(2025, 3, 4)]
    assert len(occurrences(Rule("DAILY", count=7), datetime(2025, 2, 4, 10), "UTC")) == 7


def test_exdates_by_day_wall_clock_and_instant():
    start, tz = datetime(2025, 3, 3, 10), "Europe/Berlin"
    rule = Rule("WEEKLY", count=6)
    skip = {date(2025, 3, 10), datetime(2025, 3, 17, 10),
            datetime(2025, 3, 24, 9, tzinfo=UTC), datetime(2025, 3, 31, 10, tzinfo=UTC)}
    got = occurrences(rule, start, tz, exdates=skip)
    # 31 March 10:00 UTC is 12:00 in Berlin, so that one stays
    assert [o.date() for o in got] == [date(2025, 3, 3), date(2025, 3, 31), date(2025, 4, 7)]


def test_window_is_half_open_and_cheap_on_a_long_series():
    rule, start = Rule("WEEKLY"), datetime(2025, 1, 6, 10)
    week = occurrences(rule, start, "Europe/Berlin", window_start=datetime(2034, 5, 1),
                       window_end=datetime(2034, 5, 8))
    assert walls(week) == [datetime(2034, 5, 1, 10)]
    edge = occurrences(rule, start, "Europe/Berlin", window_start=datetime(2025, 1, 13, 10),
                       window_end=datetime(2025, 1, 20, 10))
    assert walls(edge) == [datetime(2025, 1, 13, 10)]
    aware = occurrences(rule, start, "Europe/Berlin", window_start=datetime(2025, 1, 13, 9, tzinfo=UTC),
                        window_end=datetime(2025, 1, 13, 9, 30, tzinfo=UTC))
    assert walls(aware) == [datetime(2025, 1, 13, 10)]
    with pytest.raises(RecurrenceError, match="open-ended"):
        occurrences(rule, start, "Europe/Berlin")


def test_first_occurrence_moves_an_unmatched_start():
    rule = Rule("WEEKLY", by_weekday=("MO", "TH"))
    assert first_occurrence(rule, datetime(2025, 1, 1, 10)) == datetime(2025, 1, 2, 10)


# --- rule text -------------------------------------------------------------------

def test_to_rrule_text():
    rule = Rule("WEEKLY", interval=2, by_weekday=("TU",), until=date(2027, 6, 30))
    assert rule.to_rrule("UTC") == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959Z"
    assert rule.to_rrule("Europe/Berlin").endswith("UNTIL=20270630T215959Z")
    assert rule.to_rrule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959"
    assert Rule("MONTHLY", by_weekday=("FR",), by_set_pos=(-1,), count=5).to_rrule() == \
        "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;COUNT=5"


def test_parse_reads_foreign_forms():
    assert Rule.parse("RRULE:freq=weekly;wkst=su;byday=mo,th") == \
        Rule("WEEKLY", by_weekday=("MO", "TH"), week_start="SU")
    assert Rule.parse("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH").by_set_pos == (4,)
    # an UNTIL at 09:00 local excludes a 10:00 occurrence that day
    rule = Rule.parse("FREQ=DAILY;UNTIL=20250305T080000Z", tz="Europe/Berlin",
                      start_local=datetime(2025, 3, 1, 10))
    assert rule.until == date(2025, 3, 4)
    assert Rule.parse("FREQ=DAILY;UNTIL=20250305").until == date(2025, 3, 5)


@FAST
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    interval=st.integers(1, 10),
    days=st.lists(st.sampled_from(recurrence.WEEKDAYS), max_size=3),
    until=st.dates(min_value=date(2025, 1, 1), max_value=date(2040, 1, 1)),
    tz=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
)
def test_rule_text_round_trips(freq, interval, days, until, tz, hour):
    rule = Rule(freq, interval=interval, by_weekday=tuple(days), until=until)
    start = datetime(2025, 1, 1, hour)
    assert Rule.parse(rule.to_rrule(tz), tz=tz, start_local=start) == rule
    assert Rule.parse(rule.to_rrule()) == rule


@pytest.mark.parametrize("text", [
    "", "garbage", "FREQ=SOMETIMES", "FREQ=HOURLY", "FREQ=MINUTELY;COUNT=3", "FREQ=SECONDLY",
    "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=53", "FREQ=DAILY;INTERVAL=-1", "FREQ=WEEKLY;COUNT=0",
    "FREQ=WEEKLY;COUNT=1001", "FREQ=WEEKLY;COUNT=3;UNTIL=20300101", "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=WEEKLY;BYDAY=2MO", "FREQ=MONTHLY;BYDAY=1MO,-1FR", "FREQ=WEEKLY;BYMONTHDAY=3",
    "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=MONTHLY;BYMONTH=13", "FREQ=MONTHLY;BYSETPOS=1",
    "FREQ=WEEKLY;BYHOUR=9", "FREQ=WEEKLY;FREQ=DAILY", "FREQ=WEEKLY;UNTIL=tomorrow", "FREQ=WEEKLY;X-FOO=1",
    "FREQ=WEEKLY;COUNT=99999999999", "FREQ=WEEKLY;" + "BYDAY=MO;" * 200,
])
def test_malformed_or_absurd_text_is_refused(text):
    with pytest.raises(RecurrenceError):
        Rule.parse(text)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("text", [
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4;BYSETPOS=5",
    "FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31",
    "FREQ=DAILY;INTERVAL=7;BYDAY=MO",  # from a Wednesday: only Wednesdays are visited
    "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",  # 2025 + 4k is never a leap year
    "FREQ=WEEKLY;BYDAY=MO;UNTIL=20250101",  # start is a Wednesday
    "FREQ=WEEKLY;UNTIL=20241231",  # before the start
    "FREQ=DAILY;UNTIL=20300101",  # more than MAX_OCCURRENCES
    "FREQ=YEARLY;COUNT=500",  # beyond the 100-year horizon
    "FREQ=YEARLY;UNTIL=21500101",
])
def test_absurd_rules_are_refused_quickly(text):
    # dateutil alone scans to the year 9999 on these (seconds); the bounded vet must not
    with pytest.raises(RecurrenceError):
        occurrences(Rule.parse(text), datetime(2025, 1, 1, 10), "Europe/Berlin",
                    window_end=datetime(2030, 1, 1))


def test_field_checks_and_limits():
    assert MAX_OCCURRENCES == 1000
    for bad in (dict(interval=0), dict(interval=True), dict(count=0), dict(count=3, until=date(2030, 1, 1)),
                dict(by_weekday=("XX",)), dict(by_set_pos=(0,)), dict(until="2030-01-01")):
        with pytest.raises(RecurrenceError):
            Rule("WEEKLY", **bad)
    with pytest.raises(RecurrenceError, match="time zone"):
        validate(Rule("WEEKLY", count=2), datetime(2025, 1, 1), "Mars/Olympus_Mons")
    with pytest.raises(RecurrenceError, match="start"):
        validate(Rule("WEEKLY", count=2), datetime(1, 1, 1), "UTC")
    validate(Rule("WEEKLY", count=1000), datetime(2025, 1, 1), "UTC")


def test_has_occurrences_for_rules_from_other_calendars():
    start = datetime(2025, 1, 1, 10)
    assert has_occurrences("FREQ=DAILY;COUNT=5000", start)  # beyond Peerglass's own cap, still fine
    assert not has_occurrences("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", start)
    assert not has_occurrences("FREQ=WEEKLY;UNTIL=20200101T000000Z", start, "Europe/Berlin")
    with pytest.raises(RecurrenceError):
        has_occurrences("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30", start)


# --- the bounded scan agrees with dateutil ---------------------------------------------

@st.composite
def rules(draw: st.DrawFn) -> Rule:
    """Any rule the dataclass accepts, with a small COUNT."""
    try:
        return Rule(
            draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])),
            interval=draw(st.integers(1, 3)),
            by_weekday=tuple(draw(st.lists(st.sampled_from(recurrence.WEEKDAYS), max_size=3))),
            by_set_pos=draw(st.sampled_from([(), (), (1,), (2,), (-1,), (1, -1), (5,)])),
            by_month_day=draw(st.sampled_from([(), (), (1,), (15,), (-1,), (29, 30, 31)])),
            by_month=draw(st.sampled_from([(), (), (2,), (3, 9)])),
            count=draw(st.integers(1, 30)),
            week_start=draw(st.sampled_from(["MO", "SU"])),
        )
    except RecurrenceError:
        assume(False)
        raise


@FAST
@given(rule=rules(), start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 1, 1)))
def test_bounded_scan_matches_dateutil(rule, start):
    start = start.replace(second=0, microsecond=0)
    try:
        _vet(rule, start)
    except RecurrenceError:
        return
    assert list(scan(rule, start)) == list(_dateutil(rule, start))


# --- "this and following" ---------------------------------------------------------

@FAST
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]),
    interval=st.integers(1, 3),
    days=st.lists(st.sampled_from(recurrence.WEEKDAYS), max_size=3),
    end=st.sampled_from(["count", "until", "open"]),
    start=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)),
    tz=st.sampled_from(ZONES),
    data=st.data(),
)
def test_split_parts_concatenate_to_the_original(freq, interval, days, end, start, tz, data):
    start = start.replace(second=0, microsecond=0)
    kwargs = {"count": {"count": 25}, "until": {"until": start.date() + timedelta(days=400)}, "open": {}}[end]
    rule = Rule(freq, interval=interval, by_weekday=tuple(days) if freq != "MONTHLY" else (), **kwargs)
    window_end = start + timedelta(days=800)
    original = occurrences(rule, start, tz, window_end=window_end)
    assume(len(original) >= 2)
    index = data.draw(st.integers(1, len(original) - 1))
    split_at = original[index].replace(tzinfo=None)  # as stored, possibly moved by a DST gap
    first, second = split_rule(rule, start, split_at)
    second_start = datetime.combine(split_at.date(), start.time())
    if rule.count is not None:
        assert first.count + second.count == rule.count
    assert first.until is None or first.until == split_at.date() - timedelta(days=1)
    joined = occurrences(first, start, tz, window_end=window_end) + \
        occurrences(second, second_start, tz, window_end=window_end)
    assert joined == original


def test_split_refuses_points_outside_the_series():
    rule, start = Rule("WEEKLY", count=5), datetime(2025, 1, 6, 10)
    with pytest.raises(RecurrenceError, match="not an occurrence"):
        split_rule(rule, start, datetime(2025, 1, 7, 10))
    assert split_rule(rule, start, datetime(2025, 1, 13, 15)) == (replace(rule, count=1), replace(rule, count=4))
    with pytest.raises(RecurrenceError, match="first occurrence"):
        split_rule(rule, start, start)
    with pytest.raises(RecurrenceError, match="not an occurrence"):
        split_rule(rule, start, datetime(2025, 6, 2, 10))


# --- describe -------------------------------------------------------------------------

@pytest.mark.parametrize(("rule", "start", "minutes", "text"), [
    (Rule("WEEKLY", interval=2, by_weekday=("TU",), until=date(2027, 6, 30)), datetime(2025, 3, 4, 10), 60,
     "Every 2 weeks on Tuesday, 10:00\u201311:00, until 30 June 2027"),
    (Rule("WEEKLY", by_weekday=("MO", "TH"), count=12), datetime(2025, 3, 3, 9), 50,
     "Weekly on Monday and Thursday, 09:00\u201309:50, 12 times"),
    (Rule("MONTHLY", by_weekday=("TU",), by_set_pos=(2,)), datetime(2025, 3, 11, 18), 90,
     "Monthly on the second Tuesday, 18:00\u201319:30"),
    (Rule("MONTHLY", by_weekday=("FR",), by_set_pos=(-1,), count=1), datetime(2025, 3, 28, 8), 45,
     "Monthly on the last Friday, 08:00\u201308:45, once"),
    (Rule("MONTHLY", by_month_day=(15,)), datetime(2025, 3, 15, 10), 60, "Monthly on day 15, 10:00\u201311:00"),
    (Rule("MONTHLY"), datetime(2025, 3, 15, 10), 0, "Monthly on day 15, 10:00"),
    (Rule("DAILY"), datetime(2025, 3, 15, 7, 30), 30, "Every day, 07:30\u201308:00"),
    (Rule("DAILY", by_weekday=recurrence.WEEKDAYS[:5]), datetime(2025, 3, 17, 7), 30,
     "Every weekday, 07:00\u201307:30"),
    (Rule("WEEKLY", interval=3), datetime(2025, 3, 14, 23, 30), 60, "Every 3 weeks on Friday, 23:30\u201300:30"),
    (Rule("YEARLY", by_month=(11,), by_weekday=("TH",), by_set_pos=(4,)), datetime(2025, 11, 27, 12), 60,
     "Yearly on the fourth Thursday of November, 12:00\u201313:00"),
    (Rule("YEARLY"), datetime(2025, 3, 4, 10), 60, "Yearly on 4 March, 10:00\u201311:00"),
])
def test_describe(rule, start, minutes, text):
    assert describe(rule, start, minutes, "Europe/Berlin") == text
