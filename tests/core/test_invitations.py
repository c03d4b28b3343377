"""Group and session invitations end to end: a real vault, a real SMTP server on 127.0.0.1,
messages parsed back with the email package and icalendar, replies as real clients write them."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from icalendar import Calendar

from app.core.ical import IcsEvent, build_reply, build_request
from app.core.mail import SmtpSettings
from app.core.practice import Practice
from app.core.services.base import ValidationError
from app.core.services.groups import ContactData, GroupData
from app.core.services.invitations import InviteTarget, ReplyError, smtp_account_key
from app.core.services.members import MemberRef
from app.core.services.series import SeriesData
from app.core.services.sessions import SessionData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from tests.core.smtp_server import SmtpTestServer, dead_port, make_tls_material

BERLIN = "Europe/Berlin"
UTC = UTC
CREATED = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
LATER = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
SUPERVISOR = ("Łukasz Żółć", "lukasz@example.org")
ANNA = ("Anna O'Brien", "anna@example.org")
BELA = ("Béla Kovács", "bela@example.org")
HANAKO = ("山田 花子", "hanako@example.jp")
NAMES = ("Anna", "Béla", "山田", "Dara")


@pytest.fixture
def scene(practice: Practice):
    practice.settings.update(SettingsData(time_zone=BERLIN, supervisor_name=SUPERVISOR[0], email=SUPERVISOR[1]))
    keys = []
    for name, email in (ANNA, BELA):
        sid, _ = practice.supervisees.create(SuperviseeData(full_name=name, email=email))
        keys.append(MemberRef.supervisee(sid).key)
    contact_id, _ = practice.groups.contacts.create(ContactData(full_name=HANAKO[0], email=HANAKO[1]))
    keys.append(MemberRef.contact(contact_id).key)
    dara, _ = practice.supervisees.create(SuperviseeData(full_name="Dara NoMail"))
    keys.append(MemberRef.supervisee(dara).key)
    group_id, _ = practice.groups.create(GroupData(
        name="Tuesday peers", leadership="rotating", place_mode="rotating", places=("Room A", "Room B"),
        guest_name="Dr Guest", guest_email="guest@example.org", business_talk_minutes=10))
    for key in keys:
        practice.groups.add_member(group_id, key, date(2025, 1, 1))
    series_id = practice.groups.schedule_meetings(group_id, SeriesData(
        start_local=datetime(2025, 1, 7, 18, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
        duration_minutes=90), now=CREATED).id
    return practice, group_id, series_id, keys


def smtp(port: int, **extra) -> SmtpSettings:
    extra.setdefault("timeout", 5)
    extra.setdefault("security", "none")
    return SmtpSettings("127.0.0.1", port, from_name=SUPERVISOR[0], from_address=SUPERVISOR[1], **extra)


def calendar_of(message: EmailMessage) -> tuple[Calendar, EmailMessage]:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return Calendar.from_ical(part.get_payload(decode=True)), part  # type: ignore[return-value]


def event_of(cal: Calendar):  # type: ignore[no-untyped-def]
    (event,) = cal.walk("VEVENT")
    return event


def by_key(rows):  # type: ignore[no-untyped-def]
    return {r.person_key: r for r in rows}


def audit_details(practice: Practice) -> list[str]:
    return [e.detail for e in practice.audit.recent(100) if e.action.startswith("invitation.")]


def test_series_invitation_then_update_then_cancellation(scene) -> None:
    practice, group_id, series_id, (anna, bela, hanako, dara) = scene
    uid = practice.series.get(series_id).uid
    with SmtpTestServer() as server:
        seen: list[tuple[int, int]] = []
        out = practice.invitations.send(InviteTarget.series(series_id), smtp(server.port), None,
                                        progress=lambda done, total: seen.append((done, total)), now=CREATED)
        assert [(r.person_key, r.status) for r in out.results] == [(anna, "sent"), (bela, "sent"),
                                                                  (hanako, "sent")]
        assert out.skipped == ("Dara NoMail",) and out.sequence == 0 and out.changes.invitations
        assert seen[0] == (0, 3) and seen[-1] == (3, 3)
        assert sorted(m.rcpt_tos[0] for m in server.messages) == sorted([ANNA[1], BELA[1], HANAKO[1]])

        message = server.messages[0].parsed()
        assert message.get_content_type() == "multipart/mixed"
        assert [p.get_content_type() for p in message.walk()] == [
            "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar",
            "application/ics"]
        assert message["Subject"] == "Invitation: Tuesday peers \u2014 Peer supervision group"
        assert "Room A" in next(p for p in message.walk() if p.get_content_type() == "text/plain").get_content()
        cal, part = calendar_of(message)
        assert part.get_param("method") == "REQUEST" and str(cal["METHOD"]) == "REQUEST"
        event = event_of(cal)
        assert str(event["UID"]) == uid and event["SEQUENCE"] == 0
        assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["INTERVAL"] == [2]
        assert str(event["ORGANIZER"]) == f"mailto:{SUPERVISOR[1]}"
        attendees = event["ATTENDEE"]
        assert sorted(str(a) for a in attendees) == sorted(f"mailto:{e}" for e in (ANNA[1], BELA[1], HANAKO[1]))
        assert all(a.params["RSVP"] == "TRUE" and a.params["PARTSTAT"] == "NEEDS-ACTION" for a in attendees)
        assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == [BERLIN]
        assert str(event["LOCATION"]) == "Rotating: Room A, Room B"
        rows = by_key(practice.invitations.responses(group_id=group_id))
        assert set(rows) == {anna, bela, hanako}
        assert {(r.status, r.sequence, r.partstat, r.method) for r in rows.values()} == {
            ("sent", 0, "NEEDS-ACTION", "REQUEST")}

        # The meetings move an hour later: the same UID goes out with a higher SEQUENCE.
        practice.groups.edit_meetings(series_id, SeriesData(
            start_local=datetime(2025, 1, 7, 19, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
            duration_minutes=90), now=LATER)
        out = practice.invitations.send(InviteTarget.series(series_id), smtp(server.port), now=LATER)
        assert out.sequence == 1 and {r.status for r in out.results} == {"sent"}
        updated = server.messages[-1].parsed()
        assert updated["Subject"].startswith("Updated invitation:")
        event, *kept = calendar_of(updated)[0].walk("VEVENT")
        assert str(event["UID"]) == uid and event["SEQUENCE"] == 1
        assert event["DTSTART"].dt.hour == 19
        # The two meetings before the change stay at 18:00: each is its day's 19:00 moved.
        assert [(k["RECURRENCE-ID"].dt.hour, k["DTSTART"].dt.hour, k["DTSTART"].dt.day) for k in kept] \
            == [(19, 18, 7), (19, 18, 21)]

        # One meeting is cancelled: METHOD:CANCEL for that occurrence, higher SEQUENCE still.
        meeting = practice.groups.meetings(group_id, datetime(2025, 3, 1), datetime(2025, 3, 31))[0]
        practice.sessions.cancel(meeting.session_id)
        out = practice.invitations.send(InviteTarget.meeting(meeting.session_id), smtp(server.port), now=LATER)
        assert out.sequence > 1 and {r.method for r in out.results} == {"CANCEL"} and len(out.results) == 3
        cancel_message = server.messages[-1].parsed()
        assert cancel_message["Subject"].startswith("Cancelled:")
        cal, part = calendar_of(cancel_message)
        assert part.get_param("method") == "CANCEL" and str(cal["METHOD"]) == "CANCEL"
        event = event_of(cal)
        assert str(event["UID"]) == uid and event["SEQUENCE"] == out.sequence
        assert str(event["STATUS"]) == "CANCELLED"
        assert event["RECURRENCE-ID"].dt == meeting.start
        # the series, sent again, leaves the cancelled meeting out
        out = practice.invitations.send(InviteTarget.series(series_id), smtp(server.port), now=LATER)
        event = next(e for e in calendar_of(server.messages[-1].parsed())[0].walk("VEVENT") if "RRULE" in e)
        excluded = [d.dt for line in (event["EXDATE"] if isinstance(event["EXDATE"], list) else [event["EXDATE"]])
                    for d in line.dts]
        assert meeting.start in excluded and event["SEQUENCE"] >= 2

    actions = [(e.action, e.object_type, e.object_id) for e in reversed(practice.audit.recent(100))
               if e.action.startswith("invitation.")]
    assert actions == [("invitation.sent", "series", series_id), ("invitation.updated", "series", series_id),
                       ("invitation.cancelled", "session", meeting.session_id),
                       ("invitation.updated", "series", series_id)]  # the cancellation raised SEQUENCE
    for detail in audit_details(practice):  # ids and counts, never names or addresses
        assert "@" not in detail and not any(name in detail for name in NAMES)


def test_refused_recipient_dropped_connection_and_dead_server(scene) -> None:
    practice, group_id, series_id, (anna, bela, hanako, _) = scene
    target = InviteTarget.series(series_id)
    with SmtpTestServer(refuse={BELA[1]}) as server:
        out = practice.invitations.send(target, smtp(server.port), now=CREATED)
        assert [r.status for r in out.results] == ["sent", "failed", "sent"]
        assert "550" in out.failed[0].reason and out.failed[0].person_key == bela
        assert len(server.messages) == 2
    rows = by_key(practice.invitations.responses(series_id=series_id))
    assert (rows[bela].status, rows[bela].sequence) == ("failed", None) and "550" in rows[bela].reason
    assert rows[anna].status == rows[hanako].status == "sent"

    with SmtpTestServer() as server:  # retry the one that failed
        out = practice.invitations.send(target, smtp(server.port), only=[bela], now=CREATED)
        assert [(r.person_key, r.status) for r in out.results] == [(bela, "sent")]
        assert [m.rcpt_tos for m in server.messages] == [[BELA[1]]]

    with SmtpTestServer(drop_after=1, drop_at="MAIL") as server:  # drops every connection after one message
        out = practice.invitations.send(target, smtp(server.port), now=CREATED)
        assert [r.status for r in out.results] == ["sent", "failed", "failed"]
        assert all("closed the connection" in r.reason for r in out.failed)
        assert len(server.messages) == 1

    out = practice.invitations.send(target, smtp(dead_port()), now=CREATED)
    assert {r.status for r in out.results} == {"failed"}
    assert all("connection refused" in r.reason for r in out.results)
    rows = by_key(practice.invitations.responses(series_id=series_id))
    assert {r.status for r in rows.values()} == {"failed"}
    assert {r.sequence for r in rows.values()} == {0}  # what was delivered before still stands


def _sent(practice: Practice, series_id: int, now: datetime = CREATED) -> None:
    with SmtpTestServer() as server:
        out = practice.invitations.send(InviteTarget.series(series_id), smtp(server.port), now=now)
        assert {r.status for r in out.results} == {"sent"}


def test_replies_from_outlook_gmail_and_thunderbird(scene) -> None:
    practice, group_id, series_id, (anna, bela, hanako, _) = scene
    _sent(practice, series_id)
    uid = practice.series.get(series_id).uid
    start = datetime(2025, 1, 7, 18, 0, tzinfo=practice.groups.meetings(
        group_id, datetime(2025, 1, 1), datetime(2025, 1, 8))[0].start.tzinfo)
    event = IcsEvent(uid=uid, summary="Tuesday peers", start=start, end=start + timedelta(minutes=90), tz=BERLIN,
                     rrule="FREQ=WEEKLY;INTERVAL=2", sequence=0)
    for dialect, person, partstat in (("outlook", ANNA, "ACCEPTED"), ("gmail", BELA, "DECLINED"),
                                      ("thunderbird", HANAKO, "TENTATIVE")):
        result = practice.invitations.import_reply(build_reply(event, person, partstat, dialect=dialect))
        assert [a.partstat for a in result.applied] == [partstat] and result.stale == ()
        assert result.changes.invitations
    rows = by_key(practice.invitations.responses(group_id=group_id))
    assert {k: r.partstat for k, r in rows.items()} == {anna: "ACCEPTED", bela: "DECLINED", hanako: "TENTATIVE"}
    assert all(r.responded_at is not None for r in rows.values())

    # Anna declines one occurrence only (Outlook's "decline this meeting").
    third, fourth = practice.groups.meetings(group_id, datetime(2025, 2, 1), datetime(2025, 2, 28))
    one = replace(event, recurrence_id=third.start, start=third.start, end=third.end, rrule=None)
    result = practice.invitations.import_reply(build_reply(one, ANNA, "DECLINED", dialect="outlook"))
    assert result.applied[0].recurrence_id == third.start
    assert practice.invitations.who_is_coming(third.session_id)[anna] == "DECLINED"
    assert practice.invitations.who_is_coming(fourth.session_id) == {anna: "ACCEPTED", bela: "DECLINED",
                                                                       hanako: "TENTATIVE"}
    # set by hand
    practice.invitations.set_response(rows[bela].id, "tentative")
    assert by_key(practice.invitations.responses(series_id=series_id))[bela].partstat == "TENTATIVE"
    audited = practice.audit.recent(action="invitation.reply")
    assert audited[0].detail == "set by hand: tentative" and audited[0].object_id == rows[bela].id
    assert audited[1].detail.startswith("1 answer(s) applied")
    assert all("@" not in e.detail for e in audited)  # ids and counts, never addresses
    with pytest.raises(ValidationError):
        practice.invitations.set_response(rows[bela].id, "MAYBE")


def test_malformed_or_foreign_replies_change_nothing(scene) -> None:
    practice, group_id, series_id, _ = scene
    _sent(practice, series_id)
    uid = practice.series.get(series_id).uid
    start = datetime(2025, 1, 7, 17, 0, tzinfo=UTC)
    event = IcsEvent(uid=uid, start=start, end=start + timedelta(minutes=90), tz=BERLIN, sequence=0)
    before = practice.invitations.responses(group_id=group_id)
    request = build_request(event, SUPERVISOR, [ANNA])
    good = build_reply(event, ANNA, "ACCEPTED")
    bad_files = [
        b"", b"\x00\x01 not a calendar at all", b"BEGIN:VCALENDAR\r\nthis is broken",
        request,  # a REQUEST, not a REPLY
        build_reply(replace(event, uid="someone-else@calendar.example"), ANNA, "ACCEPTED"),  # foreign UID
        build_reply(event, ("Mallory", "mallory@example.net"), "ACCEPTED"),  # not invited
        good + build_reply(replace(event, uid="foreign@x.example"), BELA, "DECLINED"),  # all or nothing
        good.replace(b"PARTSTAT=ACCEPTED", b"PARTSTAT=MAYBE"),
    ]
    for data in bad_files:
        with pytest.raises(ReplyError) as refused:
            practice.invitations.import_reply(data)
        assert "nothing was changed" in str(refused.value) and "@" not in str(refused.value)
    assert practice.invitations.responses(group_id=group_id) == before

    # After an update (SEQUENCE 1), an answer to the old version is reported and ignored.
    practice.groups.edit_meetings(series_id, SeriesData(
        start_local=datetime(2025, 1, 7, 19, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
        duration_minutes=90), now=LATER)
    _sent(practice, series_id, now=LATER)
    result = practice.invitations.import_reply(good)
    assert result.applied == () and len(result.stale) == 1 and not result.changes.invitations
    assert {r.partstat for r in practice.invitations.responses(group_id=group_id)} == {"NEEDS-ACTION"}
    result = practice.invitations.import_reply(build_reply(replace(event, sequence=1), ANNA, "ACCEPTED"))
    assert [a.partstat for a in result.applied] == ["ACCEPTED"]


def test_save_as_files_for_an_individual_session_and_a_guest(scene, tmp_path) -> None:
    practice, group_id, _, (anna, *_rest) = scene
    anna_id = MemberRef.parse(anna).supervisee_id
    session_id = practice.sessions.create(SessionData(start_local=datetime(2025, 3, 10, 10, 0), tz=BERLIN,
                                                      duration_minutes=50, supervisee_id=anna_id)).id
    out = practice.invitations.save_as_files(InviteTarget.meeting(session_id), tmp_path / "by hand")
    assert [p.suffix for p in out.paths] == [".eml", ".ics"]
    event = event_of(Calendar.from_ical(out.paths[1].read_bytes()))
    assert str(event["UID"]) == practice.sessions.get(session_id).uid
    assert "RECURRENCE-ID" not in event and "RRULE" not in event and event["SEQUENCE"] == 0
    assert str(event["SUMMARY"]) == f"Supervision with {SUPERVISOR[0]}"
    eml = message_from_bytes(out.paths[0].read_bytes(), policy=policy.default)
    assert eml["To"].addresses[0].addr_spec == ANNA[1]
    assert eml["From"].addresses[0].addr_spec == SUPERVISOR[1]
    (row,) = practice.invitations.responses(session_id=session_id)
    assert (row.status, row.delivery, row.sequence) == ("unsent", "file", 0)
    practice.invitations.mark_sent([row.id])
    assert practice.invitations.responses(session_id=session_id)[0].status == "sent"
    assert "saved as files" in practice.audit.recent(5, action="invitation.sent")[0].detail

    # The guest supervisor is invited to one group meeting only.
    meeting = practice.groups.meetings(group_id, datetime(2025, 2, 1), datetime(2025, 2, 10))[0]
    practice.groups.set_guest(meeting.session_id)
    out = practice.invitations.save_as_files(InviteTarget.meeting(meeting.session_id), tmp_path / "guest")
    event = event_of(Calendar.from_ical(out.paths[1].read_bytes()))
    assert "mailto:guest@example.org" in [str(a) for a in event["ATTENDEE"]]
    assert event["RECURRENCE-ID"].dt == meeting.start and str(event["LOCATION"]) == meeting.place
    assert len(out.paths) == 8  # three members and the guest


def test_a_member_who_left_gets_a_cancellation(scene) -> None:
    practice, group_id, series_id, (anna, bela, hanako, _) = scene
    _sent(practice, series_id)
    practice.groups.remove_member(group_id, bela, date(2025, 3, 1))
    with SmtpTestServer() as server:
        out = practice.invitations.send(InviteTarget.series(series_id), smtp(server.port),
                                        now=datetime(2025, 3, 2, tzinfo=UTC))
        assert {(r.person_key, r.method) for r in out.results} == {(anna, "REQUEST"), (hanako, "REQUEST"),
                                                                  (bela, "CANCEL")}
        assert out.sequence == 1  # the attendee list changed
        methods = {m.rcpt_tos[0]: str(calendar_of(m.parsed())[0]["METHOD"]) for m in server.messages}
        assert methods == {ANNA[1]: "REQUEST", HANAKO[1]: "REQUEST", BELA[1]: "CANCEL"}
        cancel = next(m.parsed() for m in server.messages if m.rcpt_tos == [BELA[1]])
        assert [str(a) for a in [event_of(calendar_of(cancel)[0])["ATTENDEE"]]] == [f"mailto:{BELA[1]}"]
    assert by_key(practice.invitations.responses(group_id=group_id))[bela].method == "CANCEL"


def test_smtp_account_in_the_vault_password_in_the_keyring(scene, memory_keyring, tmp_path) -> None:
    practice, _, series_id, _ = scene
    material = make_tls_material(tmp_path / "tls")
    with SmtpTestServer(tls=material, require_starttls=True, users={"lukasz": "pässwörd 7"}) as server:
        settings = smtp(server.port, security="starttls", username="lukasz")
        assert practice.invitations.save_smtp_settings(settings, password="pässwörd 7").settings
        assert memory_keyring.store == {("Peerglass SMTP", smtp_account_key(settings)): "pässwörd 7"}
        assert practice.invitations.smtp_settings() == settings
        with practice.vault.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT * FROM smtp_settings").one()
            assert "pässwörd 7" not in [str(v) for v in row]
            columns = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(smtp_settings)")]
            assert not any("pass" in c for c in columns)
        out = practice.invitations.send(InviteTarget.series(series_id), ssl_context=material.client_context(),
                                        now=CREATED)  # stored settings, password from the keyring
        assert {r.status for r in out.results} == {"sent"}
        assert all(m.tls and m.login == "lukasz" for m in server.messages)
    practice.invitations.forget_smtp_settings()
    assert practice.invitations.smtp_settings() is None and memory_keyring.store == {}
    with pytest.raises(ValidationError):  # no account: save as files instead
        practice.invitations.send(InviteTarget.series(series_id))


def test_reply_imports_and_hand_answers_are_audited(practice) -> None:
    from app.core.services.invitations import ReplyError

    before = len(practice.audit.recent(action="invitation.reply"))
    try:
        practice.invitations.import_reply(b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n")
    except ReplyError:
        pass
    assert len(practice.audit.recent(action="invitation.reply")) == before  # nothing applied, nothing logged
