"""Export every record to JSON and back (core, no Qt): coverage, schema, round trip, refusals, rollback."""
from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core import portable
from app.core.demo import make_demo
from app.core.mail import SmtpSettings
from app.core.models import Base
from app.core.portable.schema import SCHEMA_FILE, build_schema, shipped_schema, validate
from app.core.portable.tables import EXCLUDED, SECTIONS
from app.core.practice import Credentials, Practice
from app.core.services.groups import ContactData, GroupData
from app.core.services.members import MemberRef
from app.core.services.profiles import ProfileData
from app.core.services.series import SeriesData

from ..conftest import PASSPHRASE

NAME_MARKER = "Zzqmarkername Vexolotl"
NOTE_MARKER = "qqnotemarker-7f3a-unfindable"


def fill(practice: Practice) -> None:
    """A demo year plus a row in every other table (groups, profiles, invitations, drafts...)."""
    make_demo(practice, years=1)
    from app.core.services.supervisees import SuperviseeData

    sid, _ = practice.supervisees.create(SuperviseeData(full_name=NAME_MARKER, email="marker@example.org",
                                                        goals="Grow in Ωμέγα"))
    cid, _ = practice.groups.contacts.create(ContactData(full_name="Outside Colleague",
                                                         email="oc@example.org"))
    gid, _ = practice.groups.create(GroupData(name="Tuesday peers", kind="peer_group", meeting_minutes=90,
                                              place_mode="rotating", places=("Room A", "Raum Ü")))
    practice.groups.add_member(gid, MemberRef.supervisee(sid).key, date(2025, 1, 1))
    practice.groups.add_member(gid, MemberRef.contact(cid).key, date(2025, 1, 1))
    practice.groups.schedule_meetings(gid, SeriesData(start_local=datetime(2025, 1, 7, 18, 0),
                                                      rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=6",
                                                      tz="Europe/Berlin", duration_minutes=90),
                                      now=datetime(2025, 1, 1, tzinfo=UTC))
    meeting = practice.groups.meetings(gid, datetime(2025, 1, 1), datetime(2025, 3, 1))[0]
    theme_id, _ = practice.themes.create("Marker theme")
    practice.groups.record_meeting(meeting.session_id, {MemberRef.supervisee(sid).key: True,
                                                        MemberRef.contact(cid).key: False},
                                   {MemberRef.supervisee(sid).key: [theme_id]}, reflections=NOTE_MARKER)
    practice.profiles.save(MemberRef.contact(cid), ProfileData(years_in_practice=7, modalities=("Shiatsu",)),
                           completed_on=date(2025, 1, 2))
    key = practice.profiles.questions[0].key
    practice.profiles.save_self_check(sid, {key: "Sometimes"}, completed_on=date(2025, 1, 3))
    practice.invitations.save_smtp_settings(SmtpSettings(host="127.0.0.1", port=2525, security="none",
                                                         from_address="me@example.org"))
    from app.core.services.invitations import InviteTarget

    practice.invitations.save_as_files(InviteTarget.meeting(meeting.session_id),
                                       practice.vault.path.parent / "eml")
    practice.drafts.save("note", "1", {"text": "an unsaved draft", "when": date(2025, 1, 4)})


@pytest.fixture
def full(tmp_path: Path, light_kdf):
    practice, _ = Practice.create(tmp_path / "a" / "full.pgvault", PASSPHRASE, kdf=light_kdf)
    fill(practice)
    practice.lock()  # reopened as the CLI does (the open extends series to today's horizon)
    practice = Practice.open(tmp_path / "a" / "full.pgvault", Credentials(passphrase=PASSPHRASE))
    assert practice is not None
    yield practice
    practice.lock()


def export_bytes(practice: Practice) -> bytes:
    start = portable.session_start_audit_id(practice.vault.engine)
    return "".join(portable.iter_export(practice.vault.engine,
                                        audit_until=None if start is None else start - 1)).encode()


def empty_vault(tmp_path: Path, light_kdf, name: str = "b") -> Practice:
    return Practice.create(tmp_path / name / "new.pgvault", PASSPHRASE, kdf=light_kdf)[0]


def dump_tables(practice: Practice) -> dict[str, list[tuple]]:
    """Every record, for "nothing changed" checks: not the audit log, nor the commit counter
    (opening and closing a vault are commits of their own)."""
    with practice.vault.engine.connect() as db:
        tables = {t.name: [tuple(r) for r in db.execute(text(f'SELECT * FROM "{t.name}" ORDER BY 1'))]
                  for t in Base.metadata.sorted_tables if t.name not in ("audit_event",)}
    tables["vault_meta"] = [row for row in tables["vault_meta"] if row[0] != "commits"]
    return tables


def test_every_model_table_is_exported_or_excluded_with_a_reason() -> None:
    tables = set(Base.metadata.tables)
    assert set(SECTIONS) | set(EXCLUDED) == tables
    assert not set(SECTIONS) & set(EXCLUDED)
    assert all(len(reason) > 20 for reason in EXCLUDED.values())


def test_shipped_schema_is_the_one_built_from_the_models() -> None:
    assert shipped_schema() == build_schema(), \
        f"run python -m app.core.portable.schema to refresh {SCHEMA_FILE}"


def test_round_trip_export_import_export_is_identical(full: Practice, tmp_path: Path, light_kdf) -> None:
    first = export_bytes(full)
    document = json.loads(first)
    empty_sections = [name for name in SECTIONS.values() if not document[name]]
    assert empty_sections == []  # the fixture reaches every table, so the round trip covers each
    validate(document)
    import jsonschema

    jsonschema.validate(document, shipped_schema())  # the shipped file itself, by the plain library
    target = empty_vault(tmp_path, light_kdf)
    summary = portable.import_document(target.vault.engine, portable.read_document(first),
                                       sha256=portable.digest(first))
    assert summary.counts == document["counts"]
    target.vault.close()
    again = Practice.open(target.vault.path, Credentials(passphrase=PASSPHRASE))
    try:
        second = export_bytes(again)
        assert second == first
        assert again.vault.meta("imported_sha256") == portable.digest(first)
        assert again.search.search("qqnotemarker")  # the search index was rebuilt
        assert again.vault.integrity_problems() == []
    finally:
        again.lock()


def test_export_file_is_private_and_formatted(full: Practice, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    summary = portable.write_export(full.vault.engine, out)
    assert out.stat().st_mode & 0o777 == 0o600
    document = json.loads(out.read_bytes())
    assert (document["format"], document["version"]) == ("peerglass-export", 1)
    assert summary.size_bytes == out.stat().st_size and summary.counts == document["counts"]
    session = document["sessions"][0]
    assert session["start_utc"].endswith("+00:00") and datetime.fromisoformat(session["start_utc"]).tzinfo
    series = document["series"][0]
    assert datetime.fromisoformat(series["start_local"]).tzinfo is None and series["tz"]
    assert isinstance(document["groups"][0]["places"], list)
    assert document["drafts"][0]["payload"]["text"] == "an unsaved draft"
    smtp = document["smtp_account"][0]
    assert not any("pass" in key for key in smtp)


@pytest.mark.parametrize("breakage", ["wrong type", "missing section", "unknown field", "naive instant",
                                      "count mismatch"])
def test_schema_rejects_a_broken_document(full: Practice, breakage: str) -> None:
    document = json.loads(export_bytes(full))
    broken = copy.deepcopy(document)
    if breakage == "wrong type":
        broken["sessions"][3]["duration_minutes"] = "sixty"
    elif breakage == "missing section":
        del broken["themes"]
    elif breakage == "unknown field":
        broken["supervisees"][0]["shoe_size"] = 44
    elif breakage == "naive instant":
        broken["sessions"][0]["start_utc"] = broken["sessions"][0]["start_utc"][:-6]
    else:
        broken["counts"]["sessions"] += 1
    with pytest.raises(portable.NotAnExport) as caught:
        portable.read_document(json.dumps(broken).encode())
    message = str(caught.value)
    assert "\n" not in message and NAME_MARKER not in message and "sixty" not in message


@pytest.mark.parametrize("data, words", [
    (b"{not json", "not valid JSON"),
    (b'{"format": "something-else", "version": 1}', "not a Peerglass export"),
    (b'{"format": "peerglass-export", "version": 9}', "newer Peerglass"),
    (b"\xff\xfe\x00", "not UTF-8"),
])
def test_malformed_files_get_one_clear_line(data: bytes, words: str) -> None:
    with pytest.raises(portable.NotAnExport, match=words):
        portable.read_document(data)


def test_import_refuses_a_vault_that_holds_records(full: Practice) -> None:
    before = dump_tables(full)
    document = portable.read_document(export_bytes(full))
    with pytest.raises(portable.VaultNotEmpty, match="already holds records"):
        portable.import_document(full.vault.engine, document)
    assert dump_tables(full) == before


def test_a_bad_record_late_in_the_file_leaves_the_vault_as_it_was(full: Practice, tmp_path: Path,
                                                                  light_kdf) -> None:
    document = portable.read_document(export_bytes(full))
    document["member_themes"][0]["theme_id"] = 999_999  # no such theme: a foreign key fails near the end
    target = empty_vault(tmp_path, light_kdf)
    before = dump_tables(target)
    with pytest.raises(portable.NotAnExport, match="nothing was imported"):
        portable.import_document(target.vault.engine, document)
    assert dump_tables(target) == before
    assert portable.records_in(target.vault.engine.connect()) == {}
    target.lock()


def test_a_full_disk_halfway_leaves_the_vault_as_it_was(full: Practice, tmp_path: Path, light_kdf) -> None:
    document = portable.read_document(export_bytes(full))
    target = empty_vault(tmp_path, light_kdf)
    before = dump_tables(target)
    with target.vault.engine.connect() as db:
        pages = db.exec_driver_sql("PRAGMA page_count").scalar()
        db.exec_driver_sql(f"PRAGMA max_page_count = {int(pages) + 40}")
    with pytest.raises(portable.PortableError, match="disk is full.*nothing was imported"):
        portable.import_document(target.vault.engine, document)
    assert dump_tables(target) == before
    path = target.vault.path
    target.lock()
    reopened = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        assert reopened.vault.integrity_problems() == []
        with reopened.vault.engine.connect() as db:
            assert portable.records_in(db) == {}
    finally:
        reopened.lock()


def test_a_cancel_at_any_chunk_commits_nothing(full: Practice, tmp_path: Path, light_kdf) -> None:
    document = portable.read_document(export_bytes(full))
    target = empty_vault(tmp_path, light_kdf)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    with pytest.raises(portable.ImportCancelled, match="nothing was imported"):
        portable.import_document(target.vault.engine, document, cancel=cancel)
    with target.vault.engine.connect() as db:
        assert portable.records_in(db) == {}
    target.lock()


def test_csv_files_for_a_spreadsheet_hold_no_notes(full: Practice, tmp_path: Path) -> None:
    from app.core.portable.csv_export import FILES, write_csv

    folder = tmp_path / "csv out"
    summary = write_csv(full.vault.engine, folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert set(summary.rows) == set(FILES)
    for name in FILES:
        path = folder / name
        assert path.stat().st_mode & 0o777 == 0o600
        data = path.read_bytes()
        assert data.startswith("\ufeff".encode())
        assert NOTE_MARKER.encode() not in data and b"an unsaved draft" not in data
    people = (folder / "supervisees.csv").read_text("utf-8-sig").splitlines()
    assert people[0].startswith("id,full_name") and any(NAME_MARKER in line for line in people)
    assert "goals" not in people[0] and "Ωμέγα" not in "".join(people)
    sessions = (folder / "sessions.csv").read_text("utf-8-sig").splitlines()
    assert len(sessions) - 1 == summary.rows["sessions.csv"] > 700
    hours = (folder / "hours.csv").read_text("utf-8-sig").splitlines()
    assert hours[0] == "supervisee_id,supervisee,date,kind,minutes,hours" and len(hours) > 100
    date.fromisoformat(hours[1].split(",")[2])


def test_csv_counts_records_not_line_breaks_and_guards_every_formula_start(practice: Practice,
                                                                           tmp_path: Path) -> None:
    """A cell may hold a line break (quoted, one record still); a cell a spreadsheet would run
    (= + - @, or a tab or carriage return before one, as imported text may start) gets a "'"."""
    import csv

    from app.core.portable.csv_export import write_csv
    from app.core.services.supervisees import SuperviseeData

    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Ilse Zweizeilig",
                                                        setting="Clinic\r\nNorth wing"))
    risky = {"preferred_name": "\t=HYPERLINK(\"x\")", "pronouns": "\r=1+1", "modality": "@SUM(A1)",
             "discipline": "-2+3", "licence_number": "-12.5"}
    with practice.vault.engine.begin() as db:
        db.execute(text("UPDATE supervisee SET preferred_name = :preferred_name, pronouns = :pronouns, "
                        "modality = :modality, discipline = :discipline, licence_number = :licence_number "
                        "WHERE id = :id"), {**risky, "id": sid})
    summary = write_csv(practice.vault.engine, tmp_path / "csv")
    assert summary.rows["supervisees.csv"] == 1
    with open(tmp_path / "csv" / "supervisees.csv", encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert len(rows) == 1
    cells = dict(zip(header, rows[0]))
    assert cells["setting"] == "Clinic\r\nNorth wing"
    for name in ("preferred_name", "pronouns", "modality", "discipline"):
        assert cells[name] == "'" + risky[name], name
    assert cells["licence_number"] == "-12.5"  # a plain number stays a number
