"""Peer groups and group supervision on a real vault: rota, membership from a date, size, meetings."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timezone

import pytest

from app.core.pdf.data import CharterData, Letterhead
from app.core.practice import Credentials, Practice
from app.core.services.base import ValidationError
from app.core.services.groups import MAX_GROUP_MEMBERS, ContactData, GroupData, GroupTooLarge
from app.core.services.members import MemberRef
from app.core.services.series import SeriesData
from app.core.services.session_records import SessionRecordData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from app.core.vault import migrate

from ..conftest import PASSPHRASE

BERLIN = "Europe/Berlin"
CREATED = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
# Fortnightly on Tuesday from 7 January 2025, 18:00 Berlin.
DAYS = [date(2025, 1, 7), date(2025, 1, 21), date(2025, 2, 4), date(2025, 2, 18), date(2025, 3, 4),
        date(2025, 3, 18), date(2025, 4, 1), date(2025, 4, 15), date(2025, 4, 29)]


def _people(practice: Practice, *names: str) -> list[str]:
    keys = []
    for name in names:
        sid, _ = practice.supervisees.create(SuperviseeData(full_name=name, email=f"{name.lower()}@example.org"))
        keys.append(MemberRef.supervisee(sid).key)
    return keys


def _group(practice: Practice, **extra) -> int:
    data = GroupData(name="Tuesday peers", kind="peer_group", leadership="rotating", meeting_minutes=90,
                     place_mode="rotating", places=("Room A", "Room B", "Room C"), business_talk_minutes=10,
                     guest_name="Dr Ωμέγα Guest", guest_email="guest@example.org", **extra)
    return practice.groups.create(data)[0]


def _schedule(practice: Practice, group_id: int) -> int:
    data = SeriesData(start_local=datetime(2025, 1, 7, 18, 0), rrule="FREQ=WEEKLY;INTERVAL=2", tz=BERLIN,
                      duration_minutes=90)
    return practice.groups.schedule_meetings(group_id, data, now=CREATED).id


def _meetings(practice: Practice, group_id: int):
    return practice.groups.meetings(group_id, datetime(2025, 1, 1), datetime(2025, 5, 1))


@pytest.fixture
def group(practice: Practice):
    practice.settings.update(SettingsData(time_zone=BERLIN, supervisor_name="Łukasz Żółć",
                                          email="lukasz@example.org"))
    keys = _people(practice, "Anna", "Bela", "Chen", "Dara")
    group_id = _group(practice)
    for key in keys:
        practice.groups.add_member(group_id, key, date(2025, 1, 1))
    series_id = _schedule(practice, group_id)
    return practice, group_id, series_id, keys


def test_rotating_leader_and_place_across_a_membership_change(group) -> None:
    practice, group_id, _, (anna, bela, chen, dara) = group
    before = _meetings(practice, group_id)
    assert [m.start.date() for m in before] == DAYS
    assert [m.leader_key for m in before] == [anna, bela, chen, dara, anna, bela, chen, dara, anna]
    assert [m.place for m in before] == ["Room A", "Room B", "Room C"] * 3
    assert [m.number for m in before] == list(range(1, 10))
    assert before[1].leader_name == "Bela"

    # Meeting 2 is held and recorded with everyone there.
    held = before[1].session_id
    practice.groups.record_meeting(held, {anna: True, bela: True, chen: True, dara: False},
                                   {bela: [1, 2], chen: [2]}, reflections="Boundaries with gifts")
    attendance_before = practice.sessions.get(held).data.attendance

    # Bela leaves from the fifth meeting's day; Esme joins from the seventh.
    changes = practice.groups.remove_member(group_id, bela, DAYS[4])
    assert changes.groups and changes.sessions
    (esme,) = _people(practice, "Esme")
    practice.groups.add_member(group_id, esme, DAYS[6])
    after = _meetings(practice, group_id)

    # Meetings before the change keep their leaders; after it the round goes on without Bela.
    assert [m.leader_key for m in after[:4]] == [anna, bela, chen, dara]
    assert [m.leader_key for m in after[4:]] == [anna, chen, dara, esme, anna]
    assert [m.place for m in after] == [m.place for m in before]  # places rotate by meeting, not member

    # Past attendance is exactly as recorded; future meetings expect the new membership.
    assert practice.sessions.get(held).data.attendance == attendance_before
    assert set(after[1].attendees) == {"Anna", "Bela", "Chen"}
    assert set(after[3].attendees) == {"Anna", "Bela", "Chen", "Dara"}  # not held, before the change
    assert set(after[4].attendees) == {"Anna", "Chen", "Dara"}
    assert set(after[6].attendees) == {"Anna", "Chen", "Dara", "Esme"}
    assert [m.name for m in practice.groups.members(group_id, on=DAYS[8])] == ["Anna", "Chen", "Dara", "Esme"]
    former = practice.groups.members(group_id, on=DAYS[8], include_former=True)
    assert [(m.name, m.left_on) for m in former if not m.active] == [("Bela", DAYS[4])]

    # A conflict check sees the expected attendee; her own history lists the held meeting.
    bela_id = MemberRef.parse(bela).supervisee_id
    assert held in [r.id for r in practice.sessions.history(bela_id)]
    assert after[4].session_id not in [r.id for r in practice.sessions.history(bela_id)]

    # A later rota change leaves the recorded meeting's leader alone.
    practice.groups.set_rota(group_id, [dara, chen, anna, esme])
    assert _meetings(practice, group_id)[1].leader_key == bela


def test_member_themes_and_the_meeting_record(group) -> None:
    practice, group_id, _, (anna, bela, chen, dara) = group
    first = _meetings(practice, group_id)[0].session_id
    with pytest.raises(ValidationError):  # themes only for people who were there
        practice.groups.record_meeting(first, {anna: True, bela: False}, {bela: [1]})
    changes = practice.groups.record_meeting(first, {anna: True, bela: True, chen: True, dara: True},
                                             {anna: [3, 1], chen: [1]}, theme_ids=[11], held_minutes=85)
    assert changes.sessions
    assert practice.groups.member_themes(first) == {anna: (1, 3), chen: (1,)}
    record = practice.sessions.get(first)
    assert record.status == "held" and record.data.held_minutes == 85
    assert set(record.data.theme_ids) == {1, 3, 11}
    assert {a.name for a in record.data.attendance} == {"Anna", "Bela", "Chen", "Dara"}
    assert first in [h.session_id for h in practice.search.search("Bela")]


def test_meeting_plan_speaking_order_and_time(group) -> None:
    practice, group_id, _, (anna, bela, chen, dara) = group
    third = _meetings(practice, group_id)[2]  # Chen leads
    plan = practice.groups.meeting_plan(third.session_id)
    assert plan.leader_key == chen and plan.place == "Room C"
    assert [s.key for s in plan.speakers] == [chen, dara, anna, bela]
    assert plan.speakers[0].is_leader and plan.business_talk_minutes == 10
    assert plan.speaking_minutes == 80 and plan.seconds_each == 80 * 60 // 4
    # Chen is absent: the turn passes on round the rota; three share the time.
    practice.groups.record_meeting(third.session_id, {anna: True, bela: True, chen: False, dara: True})
    plan = practice.groups.meeting_plan(third.session_id)
    assert [s.key for s in plan.speakers] == [dara, anna, bela]
    assert plan.seconds_each == 1600
    # The guest supervisor is invited to this meeting only.
    practice.groups.set_guest(third.session_id)
    assert practice.groups.meeting_plan(third.session_id).guest_email == "guest@example.org"
    assert practice.groups.meeting_plan(_meetings(practice, group_id)[3].session_id).guest_email == ""


def test_fixed_leader_fixed_place_and_pins(practice: Practice) -> None:
    anna, bela = _people(practice, "Anna", "Bela")
    group_id = practice.groups.create(GroupData(name="Supervision circle", kind="group_supervision",
                                                leadership="fixed", places=("Studio 2",)))[0]
    for key in (anna, bela):
        practice.groups.add_member(group_id, key, date(2025, 1, 1))
    data = practice.groups.get(group_id).data
    practice.groups.update(group_id, replace(data, leader_key=bela))
    series_id = _schedule(practice, group_id)
    assert practice.series.get(series_id).data.kind == "group_supervision"
    rows = _meetings(practice, group_id)
    assert {m.leader_key for m in rows} == {bela} and {m.place for m in rows} == {"Studio 2"}
    practice.groups.pin_meeting(rows[2].session_id, leader_key=anna, place="Garden room")
    rows = _meetings(practice, group_id)
    assert (rows[2].leader_key, rows[2].place) == (anna, "Garden room")
    assert rows[3].leader_key == bela
    with pytest.raises(ValidationError):
        practice.groups.update(group_id, replace(data, leader_key="supervisee:999"))
    assert practice.groups.get(group_id).schedule == "Every 2 weeks on Tuesday, 18:00\u201319:30"
    charter = CharterData(letterhead=Letterhead(), **practice.groups.charter_fields(group_id, on=date(2025, 2, 1)))
    assert (charter.leader, charter.members, charter.places) == ("Bela", ("Anna", "Bela"), ("Studio 2",))


def test_ninth_member_needs_acknowledgement(practice: Practice) -> None:
    group_id = _group(practice)
    keys = _people(practice, "P1", "P2", "P3", "P4", "P5", "P6", "P7")
    contact_id, _ = practice.groups.contacts.create(ContactData(full_name="山田 花子", email="hanako@example.jp",
                                                                discipline="Nurse"))
    for key in [*keys, MemberRef.contact(contact_id)]:
        assert practice.groups.add_member(group_id, key, date(2025, 1, 1)).size_warning is None
    (ninth,) = _people(practice, "P9")
    with pytest.raises(GroupTooLarge) as refused:
        practice.groups.add_member(group_id, ninth, date(2025, 2, 1))
    assert refused.value.warning.members == 9 and "8 or fewer" in refused.value.warning.message
    assert len(practice.groups.members(group_id, on=date(2025, 3, 1))) == 8  # nothing was added
    added = practice.groups.add_member(group_id, ninth, date(2025, 2, 1), acknowledge_size=True)
    assert added.size_warning is not None and added.size_warning.members == 9
    members = practice.groups.members(group_id, on=date(2025, 3, 1))
    assert len(members) == 9 and members[-1].size_acknowledged and not members[0].size_acknowledged
    assert "山田 花子" in [m.name for m in members]
    # someone joining later counts too: the group is at 8 once the ninth leaves
    practice.groups.remove_member(group_id, ninth, date(2025, 4, 1))
    with pytest.raises(ValidationError):
        practice.groups.add_member(group_id, keys[0], date(2025, 5, 1))  # already a member


def test_several_members_added_in_one_go(practice: Practice) -> None:
    group_id = _group(practice)
    keys = _people(practice, "P1", "P2", "P3")
    contact_id, _ = practice.groups.contacts.create(ContactData(full_name="山田 花子"))
    batch = [*keys, MemberRef.contact(contact_id).key, keys[0]]  # a repeat counts once
    added = practice.groups.add_members(group_id, batch, date(2025, 1, 1))
    assert added.size_warning is None and len(added.membership_ids) == 4
    assert added.membership_id == added.membership_ids[0]
    members = practice.groups.members(group_id, on=date(2025, 2, 1))
    assert [m.key for m in members] == [*keys, MemberRef.contact(contact_id).key]
    assert [m.rota_position for m in members] == [0, 1, 2, 3]
    assert {m.membership_id for m in members} == set(added.membership_ids)
    # one already a member: the whole batch is refused, the newcomer is not added either
    (newcomer,) = _people(practice, "P5")
    with pytest.raises(ValidationError, match="nobody was added"):
        practice.groups.add_members(group_id, [newcomer, keys[1]], date(2025, 3, 1))
    assert len(practice.groups.members(group_id, on=date(2025, 4, 1))) == 4
    with pytest.raises(ValidationError):
        practice.groups.add_members(group_id, [], date(2025, 3, 1))


def test_a_batch_warns_once_past_eight_and_is_refused_whole_past_the_hard_limit(practice: Practice) -> None:
    group_id = _group(practice)
    first = _people(practice, *[f"A{i}" for i in range(6)])
    practice.groups.add_members(group_id, first, date(2025, 1, 1))
    more = _people(practice, "B1", "B2", "B3")
    with pytest.raises(GroupTooLarge) as refused:  # one warning for the batch, at its full size
        practice.groups.add_members(group_id, more, date(2025, 2, 1))
    assert refused.value.warning.members == 9
    assert len(practice.groups.members(group_id, on=date(2025, 3, 1))) == 6  # nothing was added
    added = practice.groups.add_members(group_id, more, date(2025, 2, 1), acknowledge_size=True)
    assert added.size_warning is not None and added.size_warning.members == 9
    members = practice.groups.members(group_id, on=date(2025, 3, 1))
    assert len(members) == 9 and [m.size_acknowledged for m in members] == [False] * 6 + [True] * 3
    # past the hard limit even an acknowledged batch is refused whole, with a clear message
    crowd = _people(practice, *[f"C{i}" for i in range(MAX_GROUP_MEMBERS - 9 + 1)])
    with pytest.raises(ValidationError) as hard:
        practice.groups.add_members(group_id, crowd, date(2025, 4, 1), acknowledge_size=True)
    assert f"at most {MAX_GROUP_MEMBERS} members" in hard.value.message and "Nobody was added" in hard.value.message
    assert len(practice.groups.members(group_id, on=date(2025, 5, 1))) == 9
    filled = practice.groups.add_members(group_id, crowd[:-1], date(2025, 4, 1), acknowledge_size=True)
    assert len(filled.membership_ids) == MAX_GROUP_MEMBERS - 9
    assert len(practice.groups.members(group_id, on=date(2025, 5, 1))) == MAX_GROUP_MEMBERS


def test_reviews_due_for_the_today_page(practice: Practice) -> None:
    today = date(2025, 6, 1)
    soon = practice.groups.create(GroupData(name="Soon", review_on=date(2025, 6, 10)))[0]
    overdue = practice.groups.create(GroupData(name="Overdue", review_on=date(2025, 5, 20)))[0]
    practice.groups.create(GroupData(name="Later", review_on=date(2025, 7, 1)))
    archived = practice.groups.create(GroupData(name="Archived", review_on=date(2025, 6, 2)))[0]
    practice.groups.archive(archived)
    due = practice.groups.reviews_due(today, within_days=14)
    assert [(d.group_id, d.days_left) for d in due] == [(overdue, -12), (soon, 9)]
    assert [g.name for g in practice.groups.list(today=today)] == ["Later", "Overdue", "Soon"]


def test_validation_names_the_fields(practice: Practice) -> None:
    with pytest.raises(ValidationError) as bad:
        practice.groups.create(GroupData(name="", kind="book_club", leadership="chaos", meeting_minutes=30,
                                         business_talk_minutes=45, guest_email="not an address",
                                         term_from=date(2025, 6, 1), term_to=date(2025, 1, 1)))
    assert set(bad.value.problems) == {"name", "kind", "leadership", "business_talk_minutes", "guest_email",
                                       "term_to"}
    with pytest.raises(ValidationError):
        practice.groups.add_member(_group(practice), "supervisee:424242", date(2025, 1, 1))
    with pytest.raises(ValidationError):
        practice.groups.add_member(_group(practice), "nobody", date(2025, 1, 1))


def test_deleting_a_group_keeps_held_meetings(group) -> None:
    practice, group_id, series_id, (anna, *_rest) = group
    first = _meetings(practice, group_id)[0].session_id
    practice.groups.record_meeting(first, {anna: True}, reflections="kept")
    changes = practice.groups.delete(group_id, now=datetime(2025, 2, 1, tzinfo=UTC))
    assert changes.audit
    record = practice.sessions.get(first)
    assert record.group_id is None and record.data.reflections == "kept" and record.kind == "peer_group"
    assert practice.audit.recent(5, action="delete")[0].object_id == group_id


def test_expected_attendees_follow_a_growing_horizon(group) -> None:
    practice, group_id, _, keys = group
    assert practice.series.extend_horizon(date(2026, 6, 1)).sessions
    assert practice.groups.fill_expected_attendance(date(2026, 1, 1)).sessions
    late = practice.groups.meetings(group_id, datetime(2027, 5, 1), datetime(2027, 6, 1))
    assert late and all(set(m.attendees) == {"Anna", "Bela", "Chen", "Dara"} for m in late)
    assert not practice.groups.fill_expected_attendance(date(2026, 1, 1)).sessions


def test_upgrade_from_0002_keeps_every_record(vault_path, light_kdf, monkeypatch) -> None:
    """Revision 0003 rebuilds ``session``: nothing may cascade away, search keeps working."""
    real = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": real(engine, "0002"))
    practice, _ = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Kept Across Upgrade"))
    practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 10), supervisee_id=sid, tz=BERLIN),
                           now=CREATED)
    first = practice.sessions.sessions_between(datetime(2025, 1, 1), datetime(2025, 1, 10))[0].id
    practice.sessions.save_record(first, SessionRecordData(brought="gift from a client", theme_ids=(1,),
                                                           status="held"))
    practice.lock()
    monkeypatch.setattr(migrate, "upgrade", real)
    upgraded = Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    try:
        assert migrate.current_revision(upgraded.vault.engine) == migrate.SCHEMA_HEAD
        record = upgraded.sessions.get(first)
        assert record.data.brought == "gift from a client" and record.series_id is not None
        assert [h.session_id for h in upgraded.search.search("gift")] == [first]
        with upgraded.vault.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").first() is None
            fks = {tuple(r[2:5]) for r in conn.exec_driver_sql("PRAGMA foreign_key_list(session)")}
            assert ("supervision_group", "group_id", "id") in fks
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
            assert {"trg_search_session_ins", "trg_search_supervisee_name"} <= triggers
    finally:
        upgraded.lock()
