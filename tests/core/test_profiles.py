"""Practice profile questionnaires (dated versions) and self-checks on a real vault."""
from __future__ import annotations

from datetime import date

import pytest

from app.core.pdf.data import SELF_CHECK_QUESTIONS, Letterhead, QuestionnaireData, SelfCheckData
from app.core.practice import Practice
from app.core.services.base import NotFound, ValidationError
from app.core.services.groups import ContactData, GroupData
from app.core.services.members import MemberRef
from app.core.services.profiles import PROFILE_FIELDS, ProfileData
from app.core.services.supervisees import SuperviseeData


def _supervisee(practice: Practice, name: str) -> int:
    return practice.supervisees.create(SuperviseeData(full_name=name))[0]


def test_questionnaire_versions_by_date(practice: Practice) -> None:
    sid = _supervisee(practice, "Ελένη Ωμέγα")
    member = MemberRef.supervisee(sid)
    first = ProfileData(years_in_practice=3, modalities=("Massage", " Shiatsu "), setting="Own studio",
                        clients_per_week=12, hopes_from_group="Feedback on boundaries",
                        current_challenges="Clients who want to be friends", self_care="Walking")
    id1, changes = practice.profiles.save(member, first, completed_on=date(2025, 1, 10))
    assert changes.supervisees
    id2, _ = practice.profiles.save(member.key, ProfileData(years_in_practice=4, clients_per_week=18,
                                                            shared_with_group=True),
                                    completed_on=date(2025, 9, 1))
    id3, _ = practice.profiles.save(member, ProfileData(years_in_practice=3, setting="Clinic 山田"),
                                    completed_on=date(2025, 5, 1))  # entered late, dated earlier
    versions = practice.profiles.versions(member)
    assert [v.id for v in versions] == [id2, id3, id1]
    assert [v.completed_on for v in versions] == [date(2025, 9, 1), date(2025, 5, 1), date(2025, 1, 10)]
    assert practice.profiles.latest(member).id == id2
    assert practice.profiles.latest(member, on=date(2025, 6, 30)).id == id3
    assert practice.profiles.latest(member, on=date(2024, 12, 31)) is None
    old = practice.profiles.get(id1)
    assert old.data.modalities == ("Massage", "Shiatsu") and old.data == first.cleaned()
    assert practice.profiles.get(id3).data.setting == "Clinic 山田"
    # the first version still prints as the questionnaire it was
    pdf_data = QuestionnaireData(letterhead=Letterhead(), member_name="Ελένη Ωμέγα", **old.questionnaire_fields())
    assert pdf_data.years_in_practice == 3 and pdf_data.completed_on == date(2025, 1, 10)
    assert [key for key, _ in PROFILE_FIELDS][:2] == ["years_in_practice", "modalities"]
    practice.profiles.delete_version(id3)
    assert [v.id for v in practice.profiles.versions(member)] == [id2, id1]
    with pytest.raises(NotFound):
        practice.profiles.get(id3)


def test_profiles_of_contacts_and_sharing_with_the_group(practice: Practice) -> None:
    anna = MemberRef.supervisee(_supervisee(practice, "Anna"))
    bela = MemberRef.supervisee(_supervisee(practice, "Bela"))
    contact_id, _ = practice.groups.contacts.create(ContactData(full_name="Chen Outside", email="c@example.org"))
    chen = MemberRef.contact(contact_id)
    group_id, _ = practice.groups.create(GroupData(name="Peers"))
    for ref in (anna, bela, chen):
        practice.groups.add_member(group_id, ref, date(2025, 1, 1))
    practice.profiles.save(anna, ProfileData(years_in_practice=10, shared_with_group=True), date(2025, 2, 1))
    practice.profiles.save(bela, ProfileData(years_in_practice=2), date(2025, 2, 1))  # private
    vid, changes = practice.profiles.save(chen, ProfileData(years_in_practice=7), date(2025, 2, 1))
    assert changes.groups
    practice.profiles.set_shared(vid, True)
    shared = practice.profiles.shared_in_group(group_id, on=date(2025, 3, 1))
    assert [(name, v.data.years_in_practice) for name, v in shared] == [("Anna", 10), ("Chen Outside", 7)]
    # a newer private version stops sharing
    practice.profiles.save(anna, ProfileData(years_in_practice=11), date(2025, 2, 20))
    assert [name for name, _ in practice.profiles.shared_in_group(group_id, on=date(2025, 3, 1))] == [
        "Chen Outside"]
    # deleting the colleague takes their profiles with them
    practice.groups.contacts.delete(contact_id)
    assert practice.profiles.versions(chen) == []


def test_questionnaire_validation(practice: Practice) -> None:
    member = MemberRef.supervisee(_supervisee(practice, "Anna"))
    with pytest.raises(ValidationError) as bad:
        practice.profiles.save(member, ProfileData(years_in_practice=-1, clients_per_week=900,
                                                   self_care="x" * 20_001, modalities=("m",) * 31))
    assert set(bad.value.problems) == {"years_in_practice", "clients_per_week", "self_care", "modalities"}
    with pytest.raises(ValidationError):
        practice.profiles.save("supervisee:999", ProfileData())
    with pytest.raises(ValidationError):
        practice.profiles.save("someone", ProfileData())
    assert practice.profiles.versions(member) == []


def test_self_check_saved_and_read_back(practice: Practice) -> None:
    sid = _supervisee(practice, "Łukasz")
    keys = [q.key for q in SELF_CHECK_QUESTIONS]
    assert [q.key for q in practice.profiles.questions] == keys
    answers = {"self_care": "Not really \u2014 I skip lunch", "earning": "Barely, and I work six days",
               "fixing": ""}
    first, changes = practice.profiles.save_self_check(sid, answers, completed_on=date(2025, 3, 1),
                                                       note="Bring to supervision")
    assert changes.supervisees
    second, _ = practice.profiles.save_self_check(sid, {"days_off": "Yes, often"}, completed_on=date(2025, 9, 1))
    read = practice.profiles.get_self_check(first)
    assert read.answers == {"earning": "Barely, and I work six days", "self_care": "Not really \u2014 I skip lunch"}
    assert list(read.answers) == ["earning", "self_care"]  # in question order
    assert read.note == "Bring to supervision" and read.completed_on == date(2025, 3, 1)
    assert [c.id for c in practice.profiles.self_checks(sid)] == [second, first]
    assert practice.profiles.latest_self_check(sid).id == second
    # reads straight into the printable self-check
    assert SelfCheckData(letterhead=Letterhead(), name="Łukasz", answers=read.answers).answers == read.answers
    with pytest.raises(ValidationError):
        practice.profiles.save_self_check(sid, {"horoscope": "no"})
    with pytest.raises(NotFound):
        practice.profiles.save_self_check(424242, {"earning": "yes"})
    practice.profiles.delete_self_check(first)
    assert [c.id for c in practice.profiles.self_checks(sid)] == [second]
