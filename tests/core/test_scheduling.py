"""Series and session edits on a real vault: exactly the right sessions survive."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.core.practice import Credentials, Practice
from app.core.services.base import ValidationError
from app.core.services.series import SeriesData
from app.core.services.session_records import FollowUpData, SessionRecordData
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData
from app.core.vault import migrate

from ..conftest import PASSPHRASE

BERLIN = "Europe/Berlin"
UTC = UTC
# "Now" for the edits: Wednesday 26 February 2025, 12:00 UTC.
NOW = datetime(2025, 2, 26, 12, 0, tzinfo=UTC)
CREATED = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)


def _person(practice: Practice, name: str = "Amara Okafor") -> int:
    return practice.supervisees.create(SuperviseeData(full_name=name))[0]


def _weekly(practice: Practice, supervisee_id: int, hour: int = 10, tz: str = BERLIN,
            start: datetime = datetime(2025, 1, 6), rule: str = "FREQ=WEEKLY", now=CREATED) -> int:
    data = SeriesData(start_local=start.replace(hour=hour), rrule=rule, tz=tz, duration_minutes=50,
                      supervisee_id=supervisee_id, location="Room 1")
    return practice.series.create(data, now=now).id


def _local(practice: Practice, tz: str = BERLIN, series_id: int | None = None) -> list[datetime]:
    """Every session's start as naive wall-clock time in ``tz``."""
    rows = practice.sessions.sessions_between(datetime(2024, 1, 1, tzinfo=UTC), datetime(2027, 12, 1, tzinfo=UTC),
                                              display_tz=tz)
    return [r.start.replace(tzinfo=None) for r in rows if series_id is None or r.series_id == series_id]


def _by_day(practice: Practice, day: date, tz: str = BERLIN):
    return [r for r in practice.sessions.sessions_between(datetime(2024, 1, 1, tzinfo=UTC),
                                                          datetime(2027, 12, 1, tzinfo=UTC), display_tz=tz)
            if r.start.date() == day]


def _mondays(first: date, last: date, hour: int) -> list[datetime]:
    out, day = [], first
    while day <= last:
        out.append(datetime.combine(day, datetime.min.time()).replace(hour=hour))
        day += timedelta(days=7)
    return out


@pytest.fixture
def scenario(practice: Practice):
    """A weekly Monday 10:00 Berlin series with every kind of exception.

    02-03 held with notes; 02-10 deleted (EXDATE); 03-10 deleted (EXDATE);
    03-17 moved to Tuesday 03-18 14:00 (detached); 03-24 has prep notes.
    """
    person = _person(practice)
    series_id = _weekly(practice, person)
    one = lambda d: _by_day(practice, d)[0].id  # noqa: E731
    practice.sessions.save_record(one(date(2025, 2, 3)), SessionRecordData(
        brought="A client who keeps bringing gifts", theme_ids=(1,), status="held"))
    practice.sessions.delete(one(date(2025, 2, 10)))
    practice.sessions.delete(one(date(2025, 3, 10)))
    moved = one(date(2025, 3, 17))
    practice.sessions.update(moved, SessionData(start_local=datetime(2025, 3, 18, 14, 0), tz=BERLIN,
                                                duration_minutes=50, supervisee_id=person, location="Room 1"))
    practice.sessions.save_record(one(date(2025, 3, 24)), SessionRecordData(reflections="Prepare: contract review"))
    return practice, person, series_id


EXCEPTIONS = {datetime(2025, 2, 10, 10), datetime(2025, 3, 10, 10), datetime(2025, 3, 17, 10)}


def test_schema_head_matches_migrations() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD
    assert int(migrate.SCHEMA_HEAD) >= 2  # the scheduling tables exist from 0002 on


def test_series_materialised_to_horizon_with_exceptions(scenario) -> None:
    practice, _, series_id = scenario
    expected = [d for d in _mondays(date(2025, 1, 6), date(2026, 1, 1), 10) if d not in EXCEPTIONS]
    expected = sorted(expected + [datetime(2025, 3, 18, 14)])
    assert _local(practice) == expected
    record = practice.series.get(series_id)
    assert record.materialised_until == date(2026, 1, 1)
    assert set(record.exdates) == {datetime(2025, 2, 10, 10), datetime(2025, 3, 10, 10)}
    assert record.sequence == 3  # two deletions and one moved session
    assert record.description.startswith("Weekly on Monday, 10:00")


def test_edit_all_regenerates_only_untouched_future(scenario) -> None:
    practice, person, series_id = scenario
    data = SeriesData(start_local=datetime(2025, 1, 6, 11, 0), rrule="FREQ=WEEKLY", tz=BERLIN,
                      duration_minutes=50, supervisee_id=person, location="Room 2")
    result = practice.series.edit_all(series_id, data, now=NOW)
    assert result.changes.sessions and result.conflicts == ()
    past = [d for d in _mondays(date(2025, 1, 6), date(2025, 2, 24), 10) if d not in EXCEPTIONS]
    future = [d for d in _mondays(date(2025, 3, 3), date(2026, 2, 26), 11)
              if d.date() not in (date(2025, 3, 10), date(2025, 3, 17), date(2025, 3, 24))]
    kept = [datetime(2025, 3, 18, 14), datetime(2025, 3, 24, 10)]
    assert _local(practice) == sorted(past + future + kept)
    week = _by_day(practice, date(2025, 3, 31))
    assert week[0].location == "Room 2"
    assert _by_day(practice, date(2025, 2, 3))[0].status == "held"
    assert practice.series.get(series_id).sequence == 4


def test_edit_following_splits_the_series(scenario) -> None:
    practice, person, series_id = scenario
    split = _by_day(practice, date(2025, 3, 3))[0].id
    data = SeriesData(start_local=datetime(2025, 3, 3, 9, 0), rrule="FREQ=WEEKLY", tz=BERLIN,
                      duration_minutes=50, supervisee_id=person, location="Online")
    new_id = practice.series.edit_following(split, data, now=NOW).id
    assert new_id != series_id
    old_part = [d for d in _mondays(date(2025, 1, 6), date(2025, 2, 24), 10) if d not in EXCEPTIONS]
    assert _local(practice, series_id=series_id) == old_part
    new_part = [d for d in _mondays(date(2025, 3, 3), date(2026, 2, 26), 9)
                if d.date() not in (date(2025, 3, 10), date(2025, 3, 17), date(2025, 3, 24))]
    kept = [datetime(2025, 3, 18, 14), datetime(2025, 3, 24, 10)]
    assert _local(practice, series_id=new_id) == sorted(new_part + kept)
    old, new = practice.series.get(series_id), practice.series.get(new_id)
    assert "UNTIL=20250302" in old.data.rrule and old.uid != new.uid
    assert new.exdates == (datetime(2025, 3, 10, 9),)  # moved with the time of day
    assert old.exdates == (datetime(2025, 2, 10, 10),)
    # the held session and the past stay in the old series
    assert _by_day(practice, date(2025, 2, 3))[0].series_id == series_id
    # extending the horizon later revives nothing in either part
    practice.series.extend_horizon(date(2025, 6, 1))
    assert not _by_day(practice, date(2025, 3, 10))
    assert [r.start.hour for r in _by_day(practice, date(2026, 5, 25))] == [9]


def test_edit_this_session_only(scenario) -> None:
    practice, person, _ = scenario
    target = _by_day(practice, date(2025, 4, 7))[0]
    practice.sessions.update(target.id, SessionData(start_local=datetime(2025, 4, 7, 16, 0), tz=BERLIN,
                                                    duration_minutes=90, supervisee_id=person, location="Café"))
    practice.sessions.cancel(_by_day(practice, date(2025, 4, 14))[0].id, by="supervisee")
    record = practice.sessions.get(target.id)
    assert (record.start.hour, record.duration_minutes, record.location, record.detached) == (16, 90, "Café", True)
    cancelled = _by_day(practice, date(2025, 4, 14))[0]
    assert (cancelled.status, cancelled.cancelled_by, cancelled.detached) == ("cancelled", "supervisee", True)
    # an "all" edit leaves both alone
    practice.series.edit_all(target.series_id, SeriesData(
        start_local=datetime(2025, 1, 6, 12, 0), rrule="FREQ=WEEKLY", tz=BERLIN, duration_minutes=50,
        supervisee_id=person), now=NOW)
    assert [(r.start.hour, r.status) for r in _by_day(practice, date(2025, 4, 7))] == [(16, "scheduled")]
    assert [(r.start.hour, r.status) for r in _by_day(practice, date(2025, 4, 14))] == [(10, "cancelled")]
    assert [r.start.hour for r in _by_day(practice, date(2025, 4, 21))] == [12]


def test_deleting_one_occurrence_loses_no_other(scenario) -> None:
    practice, _, series_id = scenario
    before = _local(practice)
    victim = _by_day(practice, date(2025, 5, 5))[0]
    changes = practice.sessions.delete(victim.id)
    assert changes.sessions and changes.audit
    after = _local(practice)
    assert sorted(set(before) - set(after)) == [datetime(2025, 5, 5, 10)] and len(after) == len(before) - 1
    assert datetime(2025, 5, 5, 10) in practice.series.get(series_id).exdates
    practice.series.extend_horizon(date(2025, 9, 1))
    assert datetime(2025, 5, 5, 10) not in _local(practice)
    events = practice.audit.recent(action="delete")
    assert any(e.object_type == "session" and e.object_id == victim.id for e in events)
    assert all("Amara" not in e.detail for e in events)


def test_deleting_the_series_keeps_held_noted_and_moved(scenario) -> None:
    practice, _, series_id = scenario
    practice.series.delete(series_id, now=NOW)
    past = [d for d in _mondays(date(2025, 1, 6), date(2025, 2, 24), 10) if d not in EXCEPTIONS]
    assert _local(practice) == sorted(past + [datetime(2025, 3, 18, 14), datetime(2025, 3, 24, 10)])
    assert "UNTIL=20250302" in practice.series.get(series_id).data.rrule
    practice.series.extend_horizon(date(2025, 12, 1))
    assert len(_local(practice)) == len(past) + 2


def test_deleting_a_series_that_has_not_started_removes_it(practice: Practice) -> None:
    person = _person(practice)
    series_id = _weekly(practice, person, start=datetime(2025, 6, 2))
    practice.series.delete(series_id, now=CREATED)
    assert _local(practice) == [] and practice.series.list() == []


@pytest.mark.parametrize("tz, first, changes", [
    ("America/New_York", datetime(2025, 3, 3), (date(2025, 3, 9), date(2025, 11, 2))),
    ("Europe/Berlin", datetime(2025, 3, 24), (date(2025, 3, 30), date(2025, 10, 26))),
])
def test_wall_clock_kept_across_dst(practice: Practice, tz: str, first: datetime, changes) -> None:
    person = _person(practice)
    _weekly(practice, person, tz=tz, start=first)
    rows = practice.sessions.sessions_between(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 12, 1, tzinfo=UTC),
                                              display_tz=tz)
    assert len(rows) >= 30 and all((r.start.hour, r.start.minute) == (10, 0) for r in rows)
    utc_hours = {r.start.astimezone(UTC).hour for r in rows}
    assert len(utc_hours) == 2  # summer and winter time
    spring, autumn = changes
    before = [r for r in rows if r.start.date() < spring][-1]
    after = [r for r in rows if r.start.date() > spring][0]
    assert before.start.astimezone(UTC).hour - after.start.astimezone(UTC).hour == 1
    late = [r for r in rows if r.start.date() > autumn][0]
    assert late.start.astimezone(UTC).hour == before.start.astimezone(UTC).hour


def test_a_move_to_the_repeated_hour_of_a_fall_back_night_keeps_the_chosen_one(practice: Practice) -> None:
    """Berlin, 25 October 2026: 02:00-03:00 happens twice (CEST, then CET). ``fold`` picks: fold=0 (what a
    plain date and time is) the first, fold=1 the second, given naive or aware; the session lands there."""
    from zoneinfo import ZoneInfo

    from app.core.sync.proposals import _move

    person = _person(practice)
    sid = practice.sessions.create(SessionData(start_local=datetime(2026, 10, 24, 10), tz=BERLIN,
                                               supervisee_id=person)).id

    def moved_to(start_local: datetime) -> datetime:
        practice.sessions.update(sid, SessionData(start_local=start_local, tz=BERLIN, supervisee_id=person))
        return practice.sessions.get(sid).start.astimezone(UTC).replace(tzinfo=None)

    first, second = datetime(2026, 10, 25, 0, 30), datetime(2026, 10, 25, 1, 30)  # UTC
    assert moved_to(datetime(2026, 10, 25, 2, 30)) == first
    assert moved_to(datetime(2026, 10, 25, 2, 30, fold=1)) == second
    assert moved_to(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo(BERLIN))) == second
    assert moved_to(datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo(BERLIN))) == first
    record = practice.sessions.get(sid)
    assert record.start.fold == 0 and record.end.astimezone(UTC) - record.start.astimezone(UTC) == timedelta(hours=1)
    # A phone moved it to the second 02:30 (accepted from sync: a naive-UTC instant): it lands there.
    _move(practice.sessions, sid, second, second + timedelta(minutes=50))
    record = practice.sessions.get(sid)
    assert record.start.astimezone(UTC).replace(tzinfo=None) == second and record.start.fold == 1
    assert record.end.astimezone(UTC) - record.start.astimezone(UTC) == timedelta(minutes=50)
    # fold=1 in a spring-forward gap (29 March 2026, no 02:30) still moves forward by the gap, as fold=0.
    assert moved_to(datetime(2026, 3, 29, 2, 30, fold=1)) == moved_to(datetime(2026, 3, 29, 2, 30)) \
        == datetime(2026, 3, 29, 1, 30)


def test_horizon_extension_adds_and_is_idempotent(practice: Practice) -> None:
    person = _person(practice)
    series_id = _weekly(practice, person)
    count = len(_local(practice))
    assert count == 52 and practice.series.get(series_id).materialised_until == date(2026, 1, 1)
    assert practice.series.extend_horizon(date(2025, 7, 1)).sessions
    extended = _local(practice)
    assert len(extended) == count + 26 and extended[-1] == datetime(2026, 6, 29, 10)
    assert not practice.series.extend_horizon(date(2025, 7, 1)).sessions
    assert _local(practice) == extended
    assert not practice.series.extend_horizon(date(2025, 3, 1)).sessions  # an earlier day: nothing


def test_open_extends_the_horizon(vault_path, light_kdf) -> None:
    practice, _ = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    person = _person(practice)
    series_id = _weekly(practice, person, start=datetime(2025, 1, 6))
    practice.lock()
    practice = Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    try:
        until = practice.series.get(series_id).materialised_until
        assert until is not None and until >= date.today() + timedelta(days=360)
    finally:
        practice.lock()


def test_conflicts_are_reported_not_refused(practice: Practice) -> None:
    amara, ben = _person(practice), _person(practice, "Ben Müller")
    _weekly(practice, amara)
    clash = practice.sessions.conflicts(datetime(2025, 1, 13, 9, 30, tzinfo=UTC),
                                        datetime(2025, 1, 13, 10, 0, tzinfo=UTC), supervisee_id=ben)
    assert len(clash) == 1 and not clash[0].same_supervisee and "Amara Okafor" in clash[0].message
    result = practice.sessions.create(SessionData(start_local=datetime(2025, 1, 20, 10, 30), tz=BERLIN,
                                                  supervisee_id=amara))
    assert [c.same_supervisee for c in result.conflicts] == [True]
    assert practice.sessions.conflicts(datetime(2025, 1, 13, 8, 0, tzinfo=UTC),
                                       datetime(2025, 1, 13, 9, 0, tzinfo=UTC)) == []
    series = practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 10, 20), rrule="FREQ=WEEKLY;COUNT=4",
                                               tz=BERLIN, supervisee_id=ben), now=CREATED)
    assert len(series.conflicts) == 5  # four weeks, plus the one-off on 20 January
    preview = practice.series.preview(SeriesData(start_local=datetime(2025, 1, 7, 10), tz=BERLIN,
                                                 supervisee_id=ben, rrule="FREQ=WEEKLY;COUNT=3"), now=CREATED)
    assert preview.conflicts == () and len(preview.first) == 3
    cancelled = _by_day(practice, date(2025, 1, 27))
    for row in cancelled:
        practice.sessions.cancel(row.id)
    assert practice.sessions.conflicts(datetime(2025, 1, 27, 9, 0, tzinfo=UTC),
                                       datetime(2025, 1, 27, 10, 0, tzinfo=UTC)) == []


@pytest.mark.parametrize("rule", ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=SECONDLY", "FREQ=WEEKLY;INTERVAL=900",
                                  "FREQ=WEEKLY;COUNT=100000", "nonsense", "FREQ=MONTHLY;BYMONTHDAY=40"])
def test_absurd_rules_are_refused(practice: Practice, rule: str) -> None:
    person = _person(practice)
    with pytest.raises(ValidationError) as caught:
        practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 10), rrule=rule, tz=BERLIN,
                                          supervisee_id=person), now=CREATED)
    assert "rrule" in caught.value.problems and "repeat rule" in str(caught.value)
    assert practice.series.list() == [] and _local(practice) == []


def test_bad_bookings_are_refused(practice: Practice) -> None:
    with pytest.raises(ValidationError) as caught:
        practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 10), tz="Mars/Olympus",
                                          duration_minutes=2), now=CREATED)
    assert {"supervisee_id", "tz", "duration_minutes"} <= set(caught.value.problems)


def test_records_follow_ups_and_queries(scenario) -> None:
    practice, person, _ = scenario
    held = _by_day(practice, date(2025, 1, 13))[0]
    practice.sessions.set_status(held.id, "held")
    assert [r.id for r in practice.sessions.held_without_notes()] == [held.id]
    practice.sessions.save_record(held.id, SessionRecordData(
        brought="**Money** and overwork", mirrored="Tiredness", private_note="my own hunch",
        follow_ups=(FollowUpData("Send the article", date(2025, 1, 20)), FollowUpData("No date")),
        theme_ids=(6, 8), status="held", held_minutes=55, fee=80, paid=True))
    assert practice.sessions.held_without_notes() == []
    record = practice.sessions.get(held.id)
    assert record.data.private_note == "my own hunch" and record.data.held_minutes == 55 and record.data.paid
    assert [t.name for t in record.themes] == ["Money and overwork", "Self-care"]
    due = practice.sessions.follow_ups_due(date(2025, 1, 31))
    assert [f.text for f in due] == ["Send the article"]
    practice.sessions.set_follow_up_done(due[0].id)
    assert practice.sessions.follow_ups_due(date(2025, 1, 31)) == []
    history = practice.sessions.history(person)
    assert history[0].start > history[-1].start and len(history) == len(_local(practice))
    assert next(r for r in history if r.id == held.id).theme_colors == ("#b7950b", "#27ae60")
    counts = practice.sessions.theme_counts(person)
    assert counts[date(2025, 1, 1)] == {"Money and overwork": 1, "Self-care": 1}
    assert counts[date(2025, 2, 1)] == {"Boundaries": 1}
    # a record read back and saved unchanged keeps its follow-ups (ids kept)
    practice.sessions.save_record(held.id, practice.sessions.get(held.id).data)
    assert [f.id for f in practice.sessions.get(held.id).data.follow_ups] == [f.id for f in record.data.follow_ups]
    awaiting = practice.sessions.awaiting_outcome(now=NOW)
    assert sorted(r.start.date() for r in awaiting) == [
        date(2025, 1, 6), date(2025, 1, 20), date(2025, 1, 27), date(2025, 2, 17), date(2025, 2, 24)]


def test_deleting_a_supervisee_removes_their_sessions(scenario) -> None:
    practice, person, _ = scenario
    practice.supervisees.delete(person)
    assert _local(practice) == [] and practice.series.list() == []
    assert practice.search.search("gifts") == []


def test_edit_following_from_before_a_held_session_keeps_it(scenario) -> None:
    practice, person, series_id = scenario
    split = _by_day(practice, date(2025, 1, 27))[0].id
    data = SeriesData(start_local=datetime(2025, 1, 27, 9, 0), rrule="FREQ=WEEKLY", tz=BERLIN,
                      duration_minutes=50, supervisee_id=person)
    new_id = practice.series.edit_following(split, data, now=NOW).id
    assert _local(practice, series_id=series_id) == _mondays(date(2025, 1, 6), date(2025, 1, 20), 10)
    new_part = [d for d in _mondays(date(2025, 1, 27), date(2026, 2, 26), 9)
                if d.date() not in (date(2025, 2, 3), date(2025, 2, 10), date(2025, 3, 10),
                                    date(2025, 3, 17), date(2025, 3, 24))]
    kept = [datetime(2025, 2, 3, 10), datetime(2025, 3, 18, 14), datetime(2025, 3, 24, 10)]
    assert _local(practice, series_id=new_id) == sorted(new_part + kept)
    held = _by_day(practice, date(2025, 2, 3))
    assert [(r.status, r.has_notes, r.series_id) for r in held] == [("held", True, new_id)]
    assert practice.search.search("gifts")[0].session_id == held[0].id
