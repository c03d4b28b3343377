"""Supervisee records: validation, any script, archive/restore, audited deletion, drafts."""
from __future__ import annotations

from datetime import date

import pytest

from app.core.services.base import NotFound, ValidationError
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData

NAMES = ["Zoë Müller", "Łukasz Żółć", "Ωμέγα Παπαδοπούλου", "Анна Смирнова", "山田 花子", "أمينة الحسن"]


def test_names_in_any_script_round_trip_and_search(practice) -> None:
    ids = {name: practice.supervisees.create(SuperviseeData(full_name=name))[0] for name in NAMES}
    for name, sid in ids.items():
        assert practice.supervisees.get(sid).data.full_name == name
    assert [r.full_name for r in practice.supervisees.list(search="Żółć")] == ["Łukasz Żółć"]
    assert [r.full_name for r in practice.supervisees.list(search="山田")] == ["山田 花子"]
    assert len(practice.supervisees.list()) == len(NAMES)


def test_validation_names_the_fields(practice) -> None:
    with pytest.raises(ValidationError) as info:
        practice.supervisees.create(SuperviseeData(full_name="  ", email="not-an-address",
                                                   start_date=date(2026, 5, 1), end_date=date(2026, 1, 1)))
    assert set(info.value.problems) == {"full_name", "email", "end_date"}
    assert practice.supervisees.count() == 0
    with pytest.raises(ValidationError) as info:
        practice.supervisees.create(SuperviseeData(full_name="x" * 201))
    assert "full_name" in info.value.problems


def test_update_archive_restore_delete(practice) -> None:
    sid, changes = practice.supervisees.create(SuperviseeData(full_name="Ada Byron", email="ada@example.org"))
    assert changes.supervisees
    practice.supervisees.update(sid, SuperviseeData(full_name="Ada Lovelace", email="ada@example.org",
                                                    status="paused", goals="Boundaries with clients"))
    record = practice.supervisees.get(sid)
    assert record.data.full_name == "Ada Lovelace" and record.data.status == "paused"
    practice.supervisees.archive(sid)
    assert practice.supervisees.list() == []
    assert [r.id for r in practice.supervisees.list(archived=True)] == [sid]
    practice.supervisees.restore(sid)
    assert [r.id for r in practice.supervisees.list()] == [sid]
    practice.supervisees.delete(sid)
    with pytest.raises(NotFound):
        practice.supervisees.get(sid)
    entry = practice.audit.recent(action="delete")[0]
    assert (entry.object_type, entry.object_id) == ("supervisee", sid)
    assert "Ada" not in entry.detail


def test_drafts_survive_in_the_vault(practice) -> None:
    data = SuperviseeData(full_name="Draft Person", start_date=date(2026, 2, 3))
    practice.drafts.save("supervisee", "new", data.to_json())
    restored = SuperviseeData.from_json(practice.drafts.load("supervisee", "new") or {})
    assert restored == data
    practice.drafts.discard("supervisee", "new")
    assert practice.drafts.load("supervisee", "new") is None


def test_settings_validate_and_save(practice) -> None:
    with pytest.raises(ValidationError) as info:
        practice.settings.update(SettingsData(time_zone="Mars/Olympus", auto_lock_minutes=0))
    assert {"time_zone", "auto_lock_minutes"} <= set(info.value.problems)
    practice.settings.update(SettingsData(supervisor_name="Dr Maria Nowak", time_zone="Europe/Warsaw",
                                          auto_lock_minutes=5))
    saved = practice.settings.get()
    assert saved.supervisor_name == "Dr Maria Nowak" and saved.auto_lock_minutes == 5


def test_theme_catalogue_and_own_tags(practice) -> None:
    names = [t.name for t in practice.themes.list()]
    for expected in ("Boundaries", "Transference", "Countertransference", "Projection", "Self-care",
                     "Group dynamics"):
        assert expected in names
    tid, _ = practice.themes.create("Grief work", "#aa3355")
    assert any(t.id == tid and not t.builtin for t in practice.themes.list())
    with pytest.raises(ValidationError):
        practice.themes.create("grief WORK", "#aa3355")
    with pytest.raises(ValidationError):
        practice.themes.create("Bad colour", "red")


def test_list_all_with_archived_none(practice) -> None:
    from app.core.services.supervisees import SuperviseeData

    kept = practice.supervisees.create(SuperviseeData(full_name="Kept Active"))[0]
    gone = practice.supervisees.create(SuperviseeData(full_name="Gone Archived"))[0]
    practice.supervisees.archive(gone)
    assert [r.id for r in practice.supervisees.list()] == [kept]
    assert [r.id for r in practice.supervisees.list(archived=True)] == [gone]
    rows = practice.supervisees.list(archived=None)
    assert {r.id: r.archived for r in rows} == {kept: False, gone: True}
