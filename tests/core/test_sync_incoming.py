"""What other devices add to the synced calendar, against a real Radicale server on 127.0.0.1.

New events (brought in only when the account opts in) and a phone's "this and
following" split, in both shapes phones write it: an UNTIL on the series plus a
new object, or RECURRENCE-ID;RANGE=THISANDFUTURE. All made through the
``caldav`` library, as a phone would.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

pytest.importorskip("radicale", reason="radicale (the test CalDAV server) is not installed")

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.models import SyncObject
from app.core.sync import NotBroughtIn, Remote, proposal_text

from .caldav_server import PASSWORD, USER, RadicaleServer
from .test_sync import BERLIN, NAME, NOW, _phone, _setup, _stored, make_scheduled

ZONE = __import__("zoneinfo").ZoneInfo(BERLIN)


@pytest.fixture
def server(any_caldav_server: RadicaleServer) -> RadicaleServer:
    return any_caldav_server


@pytest.fixture
def scheduled(practice):  # type: ignore[no-untyped-def]
    return make_scheduled(practice)


def _opt_in(practice) -> None:  # type: ignore[no-untyped-def]
    practice.sync.save_account(replace(practice.sync.account(), import_new=True))


def _vevent(uid: str, summary: str, start: datetime, minutes: int = 60, rrule: dict | None = None,
            exdate: datetime | None = None) -> str:
    """A phone's event, in UTC (the library's generated VTIMEZONEs are not a phone's)."""
    start = start.astimezone(UTC)
    exdate = exdate.astimezone(UTC) if exdate is not None else None
    cal = icalendar.Calendar()
    cal.add("prodid", "-//A phone//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", NOW)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("summary", summary)
    if rrule:
        event.add("rrule", rrule)
    if exdate is not None:
        event.add("exdate", exdate)
    cal.add_component(event)
    return cal.to_ical().decode()


def _objects(practice) -> list[SyncObject]:  # type: ignore[no-untyped-def]
    with Session(practice.vault.engine) as s:
        return list(s.scalars(select(SyncObject)))


def test_events_made_elsewhere_are_left_alone_unless_the_account_opts_in(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    _phone(server).save_event(_vevent("dentist@phone", "Dentist", datetime(2026, 12, 8, 9, tzinfo=ZONE)))
    report = practice.sync.sync(remote, now=NOW)
    assert report.foreign == 1 and report.pulled == 0
    assert practice.sync.pending() == []
    assert practice.sync.account().import_new is False


def test_new_events_come_back_as_proposals_and_are_tracked_once_accepted(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    _opt_in(practice)
    practice.sync.sync(remote, now=NOW)
    phone = _phone(server)
    first = NAME.split()[0]
    phone.save_event(_vevent("weekly@phone", f"Supervision {first}", datetime(2026, 12, 7, 16, tzinfo=ZONE),
                             rrule={"freq": "weekly", "count": 5}, exdate=datetime(2026, 12, 21, 16, tzinfo=ZONE)))
    phone.save_event(_vevent("once@phone", f"{first} extra", datetime(2026, 12, 9, 8, tzinfo=ZONE), 45))
    report = practice.sync.sync(remote, now=NOW)
    assert report.pulled == 2 and report.foreign == 0
    pending = practice.sync.pending()
    assert [p.kind for p in pending] == ["new", "new"]
    assert all(proposal_text(p, BERLIN).startswith("New event: ") for p in pending)
    assert proposal_text(pending[0], BERLIN) == "New event: Mon 07 Dec 2026 16:00"
    assert first not in proposal_text(pending[0], BERLIN)  # the list line carries times only
    assert pending[0].title == f"Supervision {first}"  # the title is there for the app to show
    assert practice.sync.accept_all(now=NOW) == 2
    sessions = practice.sessions.sessions_between(datetime(2026, 12, 1), datetime(2027, 3, 1),
                                                  supervisee_id=scheduled["supervisee"])
    added = [s for s in sessions if s.start.astimezone(ZONE).hour in (16, 8)]
    assert len(added) == 5  # four of the weekly (one EXDATE) and the single one
    assert sorted(o.uid for o in _objects(practice) if o.uid.endswith("@phone")) == ["once@phone", "weekly@phone"]
    # tracked: no second copy is pushed, and nothing is proposed again
    settle = practice.sync.sync(remote, now=NOW)
    assert (settle.pushed, settle.updated, settle.pulled, settle.conflicts) == (0, 0, 0, 0)
    assert len(_stored(server)) == 3
    # a change made in Peerglass goes to the phone's own object
    weekly = practice.series.list(supervisee_id=scheduled["supervisee"])
    made = next(s for s in weekly if s.uid == "weekly@phone")
    practice.series.edit_all(made.id, replace(made.data, location="Garden room"), now=NOW.replace(tzinfo=None))
    changed = practice.sync.sync(remote, now=NOW)
    assert (changed.pushed, changed.updated) == (0, 1)
    assert len(_stored(server)) == 3


def test_a_new_event_whose_supervisee_is_unknown_waits_for_one(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    _opt_in(practice)
    practice.sync.sync(remote, now=NOW)
    _phone(server).save_event(_vevent("who@phone", "Coffee", datetime(2026, 12, 10, 15, tzinfo=ZONE)))
    practice.sync.sync(remote, now=NOW)
    [proposal] = practice.sync.pending()
    with pytest.raises(NotBroughtIn) as caught:
        practice.sync.accept(proposal.id, now=NOW)
    assert "supervisee" in str(caught.value)
    assert practice.sync.accept_all(now=NOW) == 0 and len(practice.sync.pending()) == 1  # nothing changed
    practice.sync.accept(proposal.id, now=NOW, supervisee_id=scheduled["supervisee"])
    [session] = [s for s in practice.sessions.sessions_between(datetime(2026, 12, 10), datetime(2026, 12, 11))
                 if s.start.astimezone(ZONE).hour == 15]
    assert session.supervisee_id == scheduled["supervisee"]
    assert practice.sync.sync(remote, now=NOW).pushed == 0


def test_a_rejected_new_event_stays_out_and_on_the_server(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    _opt_in(practice)
    practice.sync.sync(remote, now=NOW)
    _phone(server).save_event(_vevent("no@phone", "Réka maybe", datetime(2026, 12, 11, 12, tzinfo=ZONE)))
    practice.sync.sync(remote, now=NOW)
    [proposal] = practice.sync.pending()
    practice.sync.reject(proposal.id)
    [event] = [e for e in _phone(server).events() if "no@phone" in e.data]
    event.data = event.data.replace("Réka maybe", "Réka, moved")
    event.save()
    report = practice.sync.sync(remote, now=NOW)
    assert (report.pulled, report.deleted, report.updated) == (0, 0, 0)
    assert practice.sync.pending() == []
    assert any("no@phone" in d for d in _stored(server))
    # a full listing (a new token) does not bring it back either
    practice.sync.sync(Remote(server.url, USER, PASSWORD), now=NOW)
    assert practice.sync.pending() == []


def _series_uid(practice, scheduled) -> str:  # type: ignore[no-untyped-def]
    return practice.series.get(scheduled["series"]).uid


def test_a_phone_split_with_a_new_object_is_one_proposal(practice, scheduled, server) -> None:
    """Thursdays 10:00 from 10 Dec; the phone moves "this and following" from 7 Jan to 12:00."""
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    uid = _series_uid(practice, scheduled)
    [event] = _phone(server).events()
    cal = icalendar.Calendar.from_ical(event.data)
    master = next(e for e in cal.walk("VEVENT") if "RRULE" in e)
    master["RRULE"] = icalendar.vRecur.from_ical("FREQ=WEEKLY;UNTIL=20270106T230000Z")
    event.data = cal.to_ical().decode()
    event.save()
    rest = _vevent("split-rest@phone", str(master["SUMMARY"]), datetime(2027, 1, 7, 12, tzinfo=ZONE),
                   rrule={"freq": "weekly", "count": 8})
    _phone(server).save_event(rest)
    report = practice.sync.sync(remote, now=NOW)
    assert report.pulled == 1 and report.conflicts == 0
    [split] = practice.sync.pending()
    assert split.kind == "split"
    assert proposal_text(split, BERLIN) == ("From Thu 07 Jan 2027 on: moved to Thu 07 Jan 2027 12:00 "
                                            "and the following meetings")
    practice.sync.accept(split.id, now=NOW)
    series = {s.uid: s for s in practice.series.list(supervisee_id=scheduled["supervisee"])}
    assert set(series) == {uid, "split-rest@phone"}
    assert series[uid].data.rrule == "FREQ=WEEKLY;COUNT=5"  # 3 Dec to 31 Dec, as the phone ended it
    later = practice.sessions.sessions_between(datetime(2027, 1, 7), datetime(2027, 3, 1),
                                               supervisee_id=scheduled["supervisee"])
    assert later and all(s.start.astimezone(ZONE).hour == 12 for s in later if s.status == "scheduled")
    settle = practice.sync.sync(remote, now=NOW)
    assert (settle.pushed, settle.pulled, settle.conflicts) == (0, 0, 0)  # no duplicate of the phone's part
    assert len(_stored(server)) == 2
    assert practice.sync.pending() == []


def test_a_phone_split_with_range_thisandfuture_is_one_proposal(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    target = practice.sessions.get(scheduled["sessions"][7])  # Thu 21 Jan 2027 10:00
    [event] = _phone(server).events()
    cal = icalendar.Calendar.from_ical(event.data)
    override = icalendar.Event()
    override.add("uid", _series_uid(practice, scheduled))
    override.add("dtstamp", NOW)
    override.add("recurrence-id", target.original_start, parameters={"RANGE": "THISANDFUTURE"})
    override.add("dtstart", target.original_start + timedelta(hours=-2))
    override.add("dtend", target.original_start + timedelta(hours=-1))
    override.add("summary", "moved on the phone")
    cal.add_component(override)
    event.data = cal.to_ical().decode()
    event.save()
    report = practice.sync.sync(remote, now=NOW)
    assert report.pulled == 1
    [split] = practice.sync.pending()
    assert split.kind == "split" and split.session_id == target.id
    assert proposal_text(split, BERLIN).startswith("From Thu 21 Jan 2027 on: moved to Thu 21 Jan 2027 08:00")
    practice.sync.accept(split.id, now=NOW)
    assert len(practice.series.list(supervisee_id=scheduled["supervisee"])) == 2
    later = [s for s in practice.sessions.sessions_between(datetime(2027, 1, 21), datetime(2027, 3, 1),
                                                           supervisee_id=scheduled["supervisee"])]
    assert len(later) == 5 and all(s.start.astimezone(ZONE).hour == 8 for s in later)  # 21 Jan to 18 Feb
    pushed = practice.sync.sync(remote, now=NOW)
    assert (pushed.pushed, pushed.updated, pushed.pulled) == (1, 1, 0)  # the rest, and the ended series
    assert len(_stored(server)) == 2
    assert "THISANDFUTURE" not in "".join(_stored(server))
    settle = practice.sync.sync(remote, now=NOW)
    assert (settle.pushed, settle.updated, settle.pulled, settle.conflicts) == (0, 0, 0, 0)


def test_a_rejected_split_puts_the_whole_series_back(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    [event] = _phone(server).events()
    cal = icalendar.Calendar.from_ical(event.data)
    master = next(e for e in cal.walk("VEVENT") if "RRULE" in e)
    master["RRULE"] = icalendar.vRecur.from_ical("FREQ=WEEKLY;UNTIL=20270106T230000Z")
    event.data = cal.to_ical().decode()
    event.save()
    _phone(server).save_event(_vevent("rest@phone", str(master["SUMMARY"]), datetime(2027, 1, 7, 12, tzinfo=ZONE),
                                      rrule={"freq": "weekly", "count": 8}))
    practice.sync.sync(remote, now=NOW)
    [split] = practice.sync.pending()
    practice.sync.reject(split.id)
    report = practice.sync.sync(remote, now=NOW)
    assert (report.updated, report.deleted) == (1, 1)
    [data] = _stored(server)
    assert "COUNT=12" in data and "rest@phone" not in data
    assert len(practice.series.list(supervisee_id=scheduled["supervisee"])) == 1


def test_discovery_from_a_bare_host_finds_the_calendar(practice, caldav_server: RadicaleServer) -> None:
    """Radicale answers /.well-known/caldav (RFC 6764) with a redirect to its service."""
    server = caldav_server
    made = Remote(server.url, USER, PASSWORD).make_calendar("Found by discovery")
    bare = f"http://127.0.0.1:{server.port}"
    remote = Remote(bare, USER, PASSWORD)
    names = dict(remote.calendars())
    assert remote.discovered == bare + "/"  # /.well-known/caldav was asked, and followed
    assert names.get("Found by discovery") == made
    assert remote.use(name="Found by discovery") == made


def test_an_accept_cut_short_after_the_import_resumes_without_a_second_copy(practice, scheduled, server,
                                                                          monkeypatch) -> None:
    from app.core.sync import adopt

    remote = _setup(practice, server)
    _opt_in(practice)
    practice.sync.sync(remote, now=NOW)
    _phone(server).save_event(_vevent("cut@phone", f"{NAME.split()[0]} extra",
                                      datetime(2026, 12, 14, 9, tzinfo=ZONE)))
    practice.sync.sync(remote, now=NOW)
    [proposal] = practice.sync.pending()
    real = adopt.track

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # Ctrl+C between the import and the tracking

    monkeypatch.setattr(adopt, "track", interrupted)
    with pytest.raises(KeyboardInterrupt):
        practice.sync.accept(proposal.id, now=NOW)
    monkeypatch.setattr(adopt, "track", real)

    def that_day() -> int:
        return len(practice.sessions.sessions_between(datetime(2026, 12, 14), datetime(2026, 12, 15)))

    assert that_day() == 1  # the import went through
    assert [p.id for p in practice.sync.pending()] == [proposal.id]  # still waiting
    practice.sync.accept(proposal.id, now=NOW)  # resumed: tracked, not imported twice
    assert that_day() == 1
    report = practice.sync.sync(remote, now=NOW)
    assert (report.pushed, report.pulled) == (0, 0)
    assert sum("cut@phone" in d for d in _stored(server)) == 1


def test_a_split_cut_short_before_tracking_resumes(practice, scheduled, server, monkeypatch) -> None:
    from app.core.sync import adopt

    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    [event] = _phone(server).events()
    cal = icalendar.Calendar.from_ical(event.data)
    master = next(e for e in cal.walk("VEVENT") if "RRULE" in e)
    master["RRULE"] = icalendar.vRecur.from_ical("FREQ=WEEKLY;UNTIL=20270106T230000Z")
    event.data = cal.to_ical().decode()
    event.save()
    _phone(server).save_event(_vevent("resume@phone", str(master["SUMMARY"]), datetime(2027, 1, 7, 12, tzinfo=ZONE),
                                      rrule={"freq": "weekly", "count": 8}))
    practice.sync.sync(remote, now=NOW)
    [split] = practice.sync.pending()
    real = adopt.track

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(adopt, "track", interrupted)
    with pytest.raises(KeyboardInterrupt):
        practice.sync.accept(split.id, now=NOW)
    monkeypatch.setattr(adopt, "track", real)
    assert len(practice.series.list(supervisee_id=scheduled["supervisee"])) == 2  # the split went through
    practice.sync.accept(split.id, now=NOW)  # resumed: the new part is tracked, not split again
    assert len(practice.series.list(supervisee_id=scheduled["supervisee"])) == 2
    assert practice.sync.pending() == []
    settle = practice.sync.sync(remote, now=NOW)
    assert (settle.pushed, settle.pulled, settle.conflicts) == (0, 0, 0)
    assert len(_stored(server)) == 2
