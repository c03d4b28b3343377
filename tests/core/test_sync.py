"""Two-way CalDAV sync against a real Radicale server on 127.0.0.1.

Changes "made on a phone" are made through the ``caldav`` library directly
on the server, as another client would.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("radicale", reason="radicale (the test CalDAV server) is not installed")

import caldav
import icalendar

from app.core.services.series import SeriesData
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData
from app.core.sync import AccountData, AuthFailed, Remote, ServerUnreachable

from .caldav_server import PASSWORD, USER, RadicaleServer

UTC = UTC
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
BERLIN = "Europe/Berlin"
NAME = "Réka Szabó-Quillfeather"


@pytest.fixture
def server(any_caldav_server: RadicaleServer) -> RadicaleServer:
    """Radicale, then Xandikos: the same tests against both."""
    return any_caldav_server


@pytest.fixture
def scheduled(practice):  # type: ignore[no-untyped-def]
    return make_scheduled(practice)


def make_scheduled(practice):  # type: ignore[no-untyped-def]
    """A weekly series (Thursdays 10:00 Berlin) with one deleted and one moved occurrence."""
    sid, _ = practice.supervisees.create(SuperviseeData(full_name=NAME))
    made = practice.series.create(SeriesData(start_local=datetime(2026, 12, 3, 10), rrule="FREQ=WEEKLY;COUNT=12",
                                             tz=BERLIN, supervisee_id=sid, location="Room 4, Linden Street"),
                                  now=NOW.replace(tzinfo=None))
    sessions = practice.sessions.sessions_between(datetime(2026, 12, 1), datetime(2027, 3, 1))
    assert len(sessions) == 12
    practice.sessions.delete(sessions[2].id)  # an EXDATE
    moved = sessions[4]
    practice.sessions.update(moved.id, SessionData(start_local=datetime(2027, 1, 1, 15), tz=BERLIN,
                                                   supervisee_id=sid, location="Room 4, Linden Street"))
    return {"supervisee": sid, "series": made.id, "sessions": [s.id for s in sessions], "moved": moved.id}


def _setup(practice, server: RadicaleServer, privacy: str = "full") -> Remote:
    """A calendar of the test's own on the (shared) server, and the account that syncs with it."""
    remote = Remote(server.url, USER, PASSWORD)
    url = remote.make_calendar("Peerglass")
    server.calendar_url = url  # type: ignore[attr-defined]  # for _phone
    practice.sync.save_account(AccountData(server_url=server.url, username=USER, calendar_url=url,
                                           privacy=privacy, enabled=True))
    return remote


def _phone(server: RadicaleServer) -> caldav.Calendar:
    """The test's calendar on the server, seen by another client."""
    client = caldav.DAVClient(url=server.url, username=USER, password=PASSWORD, require_tls=False)
    return client.calendar(url=server.calendar_url)  # type: ignore[attr-defined]


def _stored(server: RadicaleServer) -> list[str]:
    return [obj.data for obj in _phone(server).events()]


def test_initial_push_keeps_rule_exdate_and_moved_occurrence(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    report = practice.sync.sync(remote, now=NOW)
    assert (report.pushed, report.updated, report.deleted, report.conflicts) == (1, 0, 0, 0)
    [data] = _stored(server)
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    master = next(e for e in events if "RRULE" in e)
    override = next(e for e in events if "RECURRENCE-ID" in e)
    assert "COUNT=12" in master["RRULE"].to_ical().decode()
    assert master.get("EXDATE") is not None
    assert override["DTSTART"].dt.astimezone(UTC) == datetime(2027, 1, 1, 14, tzinfo=UTC)
    assert str(override["SUMMARY"]) == f"Supervision — {NAME}"  # an override has its own title
    # nothing private leaves: no notes, no description at all
    assert "DESCRIPTION" not in data
    again = practice.sync.sync(remote, now=NOW)
    assert (again.pushed, again.updated, again.deleted, again.pulled, again.conflicts) == (0, 0, 0, 0, 0)


def test_change_in_peerglass_is_pushed(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    first = scheduled["sessions"][0]
    practice.sessions.update(first, SessionData(start_local=datetime(2026, 12, 3, 12), tz=BERLIN,
                                                supervisee_id=scheduled["supervisee"]))
    report = practice.sync.sync(remote, now=NOW)
    assert report.updated == 1 and report.pushed == 0
    [data] = _stored(server)
    starts = {e["DTSTART"].dt.astimezone(UTC) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
              if "RECURRENCE-ID" in e}
    assert datetime(2026, 12, 3, 11, tzinfo=UTC) in starts


def _edit_on_phone(server: RadicaleServer, change) -> None:  # type: ignore[no-untyped-def]
    [event] = _phone(server).events()
    cal = icalendar.Calendar.from_ical(event.data)
    change(cal)
    event.data = cal.to_ical().decode()
    event.save()


def test_move_cancel_and_delete_on_the_phone_come_back_as_proposals(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    series_uid = practice.series.get(scheduled["series"]).uid
    moved_id, cancelled_id = scheduled["sessions"][5], scheduled["sessions"][6]
    moved_row = practice.sessions.get(moved_id)
    cancelled_row = practice.sessions.get(cancelled_id)

    def move_and_cancel(cal: icalendar.Calendar) -> None:
        master = next(e for e in cal.walk("VEVENT") if "RRULE" in e)
        master.add("exdate", cancelled_row.original_start)
        override = icalendar.Event()
        override.add("uid", series_uid)
        override.add("dtstamp", NOW)
        override.add("recurrence-id", moved_row.original_start)
        override.add("dtstart", moved_row.original_start + timedelta(hours=3))
        override.add("dtend", moved_row.original_start + timedelta(hours=4))
        override.add("summary", "moved on the phone")
        cal.add_component(override)

    _edit_on_phone(server, move_and_cancel)
    before = practice.sessions.get(moved_id).start
    report = practice.sync.sync(remote, now=NOW)
    assert report.pulled == 2 and report.conflicts == 0
    # nothing changed in the vault yet: these are proposals
    assert practice.sessions.get(moved_id).start == before
    assert practice.sessions.get(cancelled_id).status == "scheduled"
    pending = {p.kind: p for p in practice.sync.pending()}
    assert set(pending) == {"moved", "cancelled"}
    assert pending["moved"].session_id == moved_id and pending["cancelled"].session_id == cancelled_id
    assert practice.sync.status()[2] == 2
    # a held object is not pushed over while it waits
    assert practice.sync.sync(remote, now=NOW).updated == 0
    assert practice.sync.accept_all(now=NOW) == 2
    assert practice.sessions.get(moved_id).start.astimezone(UTC) == \
        (moved_row.original_start + timedelta(hours=3)).astimezone(UTC)
    assert practice.sessions.get(cancelled_id).status == "cancelled"
    settle = practice.sync.sync(remote, now=NOW)
    assert settle.pulled == 0 and settle.conflicts == 0
    assert practice.sync.pending() == []

    # and a deletion on the phone
    [event] = _phone(server).events()
    event.delete()
    report = practice.sync.sync(remote, now=NOW)
    assert [p.kind for p in practice.sync.pending()] == ["deleted"]
    practice.sync.accept_all(now=NOW)
    future = practice.sessions.sessions_between(datetime(2026, 12, 2), datetime(2027, 3, 1),
                                                supervisee_id=scheduled["supervisee"])
    assert all(s.status != "scheduled" for s in future)
    assert _stored(server) == []
    assert practice.sync.sync(remote, now=NOW).pushed == 0  # not re-created


def test_deletions_on_the_phone_are_seen_once_the_server_no_longer_knows_the_token(practice, scheduled,
                                                                                  server) -> None:
    """An expired token: the library lists the whole calendar under a token of its own ("fake-..."),
    and keeps listing it whole whenever something changed; what is missing was deleted there."""
    from sqlalchemy.orm import Session

    from app.core.models import CalendarAccount

    practice.sessions.create(SessionData(start_local=datetime(2026, 12, 9, 9), tz=BERLIN,
                                         supervisee_id=scheduled["supervisee"]))
    remote = _setup(practice, server)
    assert practice.sync.sync(remote, now=NOW).pushed == 2
    with Session(practice.vault.engine) as s, s.begin():
        s.get(CalendarAccount, 1).sync_token = "http://radicale.org/ns/sync/expired"
    again = practice.sync.sync(remote, now=NOW)  # the whole listing, everything still there
    assert (again.pulled, again.pushed, again.updated, practice.sync.pending()) == (0, 0, 0, [])
    series_uid = practice.series.get(scheduled["series"]).uid
    [series_event] = [e for e in _phone(server).events() if series_uid in e.data]
    series_event.delete()
    report = practice.sync.sync(remote, now=NOW)
    assert report.pulled == 1
    assert [(p.kind, p.uid) for p in practice.sync.pending()] == [("deleted", series_uid)]
    # nothing changed since: an empty answer is not "everything was deleted"
    assert practice.sync.sync(remote, now=NOW).pulled == 0
    assert [p.uid for p in practice.sync.pending()] == [series_uid]


def test_rejected_change_is_put_back_on_the_server(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    target = practice.sessions.get(scheduled["sessions"][7])

    def cancel(cal: icalendar.Calendar) -> None:
        next(e for e in cal.walk("VEVENT") if "RRULE" in e).add("exdate", target.original_start)

    _edit_on_phone(server, cancel)
    practice.sync.sync(remote, now=NOW)
    [proposal] = practice.sync.pending()
    practice.sync.reject(proposal.id)
    report = practice.sync.sync(remote, now=NOW)
    assert report.updated == 1
    [data] = _stored(server)
    exdates = {d.dt.astimezone(UTC) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
               for x in ([e["EXDATE"]] if not isinstance(e.get("EXDATE", []), list) else e.get("EXDATE", []))
               for d in x.dts}
    assert target.original_start.astimezone(UTC) not in exdates
    assert practice.sessions.get(target.id).status == "scheduled"


def test_conflict_on_both_sides_is_shown_then_resolved(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    target = practice.sessions.get(scheduled["sessions"][8])

    def cancel(cal: icalendar.Calendar) -> None:
        next(e for e in cal.walk("VEVENT") if "RRULE" in e).add("exdate", target.original_start)

    _edit_on_phone(server, cancel)
    other = scheduled["sessions"][9]
    practice.sessions.update(other, SessionData(start_local=datetime(2027, 2, 4, 16), tz=BERLIN,
                                                supervisee_id=scheduled["supervisee"]))
    report = practice.sync.sync(remote, now=NOW)
    assert report.conflicts == 1
    [conflict] = practice.sync.pending(BERLIN)
    assert conflict.kind == "conflict" and conflict.server_summary and conflict.local_summary
    # side by side: the first meeting they disagree about, cancelled on the server only
    assert conflict.mine is not None and conflict.theirs is not None
    assert (conflict.mine.date, conflict.mine.time, conflict.mine.status) == ("Thu 28 Jan 2027", "10:00", "confirmed")
    assert (conflict.theirs.date, conflict.theirs.status) == ("Thu 28 Jan 2027", "cancelled")
    assert conflict.mine.title == f"Supervision — {NAME}" == conflict.theirs.title  # at the privacy level
    from app.core.sync import differing
    assert differing(conflict.mine, conflict.theirs) == {"status", "meetings"}
    # nothing overwritten on either side
    assert practice.sessions.get(target.id).status == "scheduled"
    [data] = _stored(server)
    assert "20270204T160000" not in data
    # take the server's side: its cancellation comes in, our move is kept and pushed
    practice.sync.accept(conflict.id, now=NOW)
    assert practice.sessions.get(target.id).status == "cancelled"
    assert practice.sync.sync(remote, now=NOW).updated == 1
    [data] = _stored(server)
    assert "20270204T160000" in data


def test_server_killed_mid_sync_then_resync_makes_no_duplicates(practice, server) -> None:
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Kai Interrupted"))
    for day in range(10):
        practice.sessions.create(SessionData(start_local=datetime(2026, 12, 7 + day, 9), tz=BERLIN,
                                             supervisee_id=sid))
    remote = _setup(practice, server)
    calls = {"n": 0}

    def progress(done: int, total: int) -> None:
        calls["n"] += 1
        if done == 4:
            server.stop(kill=True)

    with pytest.raises(ServerUnreachable):
        practice.sync.sync(remote, now=NOW, progress=progress)
    server.start()
    report = practice.sync.sync(Remote(server.url, USER, PASSWORD), now=NOW)
    uids = [icalendar.Calendar.from_ical(d).walk("VEVENT")[0]["UID"] for d in _stored(server)]
    assert len(uids) == 10 == len(set(uids))
    assert report.pushed + 3 >= 10 and report.conflicts == 0


def test_wrong_password_is_one_clear_error_and_changes_nothing(practice, scheduled, caldav_server) -> None:
    """Radicale only: Xandikos has no sign-in over plain http."""
    _setup(practice, caldav_server)
    with pytest.raises(AuthFailed) as caught:
        practice.sync.sync(Remote(caldav_server.url, USER, "not the password"), now=NOW)
    assert "401" in str(caught.value)
    assert practice.sync.status()[0] is None  # no sync recorded


@pytest.mark.parametrize("privacy, present, absent", [
    ("busy", ["SUMMARY:Busy"], ["Szab", "Room 4", "R.S."]),
    ("initials", ["R.S."], ["Szab", "Room 4"]),
    ("full", ["Szab", "Room 4"], []),
])
def test_privacy_levels_decide_what_the_server_stores(practice, scheduled, server, privacy, present,
                                                      absent) -> None:
    practice.sessions.save_record(scheduled["sessions"][0], __import__(
        "app.core.services.session_records", fromlist=["SessionRecordData"]).SessionRecordData(
        brought="GIFTMARKER the client gave", private_note="PRIVATEMARKER"))
    remote = _setup(practice, server, privacy=privacy)
    practice.sync.sync(remote, now=NOW)
    stored = "".join(_stored(server)).replace("\r\n ", "")
    for text in present:
        assert text in stored
    for text in absent + ["GIFTMARKER", "PRIVATEMARKER"]:
        assert text not in stored


def test_plain_http_is_refused_except_on_this_computer() -> None:
    from app.core.sync import InsecureServer

    with pytest.raises(InsecureServer):
        Remote("http://calendar.example.org/dav/", USER, PASSWORD)
    Remote("http://127.0.0.1:1/", USER, PASSWORD)  # loopback is allowed (tests, a local server)


@pytest.mark.parametrize("change", [{"location": "Room 9, Elm Lane"}, {"duration_minutes": 90}],
                         ids=["room", "length"])
def test_a_kept_session_unlike_its_changed_series_is_pushed_as_its_own_occurrence(
        practice, scheduled, server, change) -> None:
    """A session with notes keeps its room and length when the whole series changes; it is not
    "detached" (not changed on its own), yet the server must show it as it is, not as the rule."""
    from app.core.services.session_records import SessionRecordData

    kept = practice.sessions.get(scheduled["sessions"][1])
    practice.sessions.save_record(kept.id, SessionRecordData(brought="something brought"))
    series = practice.series.get(scheduled["series"])
    practice.series.edit_all(series.id, replace(series.data, **change), now=NOW.replace(tzinfo=None))
    after = practice.sessions.get(kept.id)
    assert (after.location, after.end - after.start, after.detached) == \
        ("Room 4, Linden Street", timedelta(minutes=60), False)
    remote = _setup(practice, server)
    practice.sync.sync(remote, now=NOW)
    [data] = _stored(server)
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    master = next(e for e in events if "RRULE" in e)
    overrides = {e["RECURRENCE-ID"].dt.astimezone(UTC): e for e in events if "RECURRENCE-ID" in e}
    override = overrides.get(kept.original_start.astimezone(UTC))
    assert override is not None, "the kept session is not its own occurrence on the server"
    assert str(override["LOCATION"]) == "Room 4, Linden Street"
    assert override["DTEND"].dt - override["DTSTART"].dt == timedelta(minutes=60)
    assert str(master["LOCATION"]) == change.get("location", "Room 4, Linden Street")
    again = practice.sync.sync(remote, now=NOW)
    assert (again.pushed, again.updated) == (0, 0)


class _NoEtagRemote(Remote):
    """A server that names no ETag, neither after a PUT nor on a GET nor in its listings (some
    servers that rewrite what they are sent say none), over the real one; the PUTs it was sent."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.puts: list[str | None] = []

    def put(self, href, data, etag):  # type: ignore[no-untyped-def]
        self.puts.append(etag)
        return None if super().put(href, data, etag) is None else ""

    def get(self, href):  # type: ignore[no-untyped-def]
        found = super().get(href)
        return None if found is None else replace(found, etag="")

    def changes(self, token):  # type: ignore[no-untyped-def]
        found = super().changes(token)
        found.objects = [replace(o, etag="") for o in found.objects]
        return found


def test_a_server_without_etags_gets_updates_not_re_creations(practice, scheduled, server) -> None:
    remote = _setup(practice, server)
    remote = _NoEtagRemote(server.url, USER, PASSWORD)
    assert practice.sync.sync(remote, now=NOW).pushed == 1
    # a change made here is an update of the object the server holds, not a new one tried first
    first = scheduled["sessions"][0]
    practice.sessions.update(first, SessionData(start_local=datetime(2026, 12, 3, 12), tz=BERLIN,
                                                supervisee_id=scheduled["supervisee"]))
    remote.puts.clear()
    report = practice.sync.sync(remote, now=NOW)
    assert (report.pushed, report.updated, report.conflicts) == (0, 1, 0)
    assert remote.puts == ["*"]  # If-Match: * (there is no tag to match), never If-None-Match
    # a move on the phone, accepted here: the object is still known, and updated, not created anew
    target = practice.sessions.get(scheduled["sessions"][6])

    def move(cal: icalendar.Calendar) -> None:
        override = icalendar.Event()
        override.add("uid", practice.series.get(scheduled["series"]).uid)
        override.add("dtstamp", NOW)
        override.add("recurrence-id", target.original_start)
        override.add("dtstart", target.original_start + timedelta(hours=2))
        override.add("dtend", target.original_start + timedelta(hours=3))
        cal.add_component(override)

    _edit_on_phone(server, move)
    assert practice.sync.sync(remote, now=NOW).pulled == 1
    assert practice.sync.accept_all(now=NOW) == 1
    remote.puts.clear()
    report = practice.sync.sync(remote, now=NOW)
    assert (report.pushed, report.updated, report.conflicts) == (0, 1, 0)
    assert remote.puts == ["*"]
    assert len(_stored(server)) == 1
    settle = practice.sync.sync(remote, now=NOW)
    assert (settle.pushed, settle.updated, settle.pulled, settle.conflicts) == (0, 0, 0, 0)
