"""The iCalendar conformance suite: each ``data/ics/NAME.ics`` with ``NAME.expected`` beside it.

The cases are written from RFC 5545 / 5546 / 7986 examples and from what
other calendar readers do. An ``.expected`` file lists the occurrences the
import must schedule, one ``START END`` pair in UTC a line; ``skipped: WORDS``
says the import summary must report something skipped with those words;
``error: WORDS`` says the file must be refused with those words in the message
and nothing written. ``#`` starts a comment.

Each case is imported into a fresh vault (practice zone Asia/Tokyo, so a
file read in the wrong zone shows), then exported and the export imported into
another fresh vault: both must hold the same occurrences.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timezone
from pathlib import Path

import pytest

from app.core.practice import Practice
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from tests.conftest import PASSPHRASE

CASES = Path(__file__).parent / "data" / "ics"
PRACTICE_TZ = "Asia/Tokyo"


@dataclass
class Expected:
    occurrences: list[tuple[datetime, datetime]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def expected(name: str) -> Expected:
    found = Expected()
    for line in (CASES / f"{name}.expected").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("skipped:"):
            found.skipped.append(line.split(":", 1)[1].strip().lower())
        elif line.startswith("error:"):
            found.errors.append(line.split(":", 1)[1].strip().lower())
        else:
            start, end = line.split()
            found.occurrences.append((_utc(start), _utc(end)))
    found.occurrences.sort()
    return found


NAMES = sorted(p.stem for p in CASES.glob("*.ics"))


def _new_practice(folder: Path, light_kdf) -> tuple[Practice, int]:  # type: ignore[no-untyped-def]
    practice, _ = Practice.create(folder / "v.pgvault", PASSPHRASE, kdf=light_kdf)
    practice.settings.update(SettingsData(time_zone=PRACTICE_TZ, supervisor_name="Dr Sam Example"))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    return practice, sid


def occurrences(practice: Practice) -> list[tuple[datetime, datetime]]:
    rows = practice.sessions.sessions_between(datetime(1990, 1, 1), datetime(2040, 1, 1),
                                              include_cancelled=False)
    return sorted((r.start.astimezone(UTC), r.end.astimezone(UTC)) for r in rows)


def _import(practice: Practice, data: bytes, sid: int) -> str:
    result, _ = practice.interchange.import_ics(data, supervisee_id=sid)
    return result.summary()


def test_every_case_has_expectations() -> None:
    assert len(NAMES) >= 20
    for name in NAMES:
        wanted = expected(name)
        assert wanted.occurrences or wanted.errors, name


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str, tmp_path: Path, light_kdf) -> None:  # type: ignore[no-untyped-def]
    wanted = expected(name)
    data = (CASES / f"{name}.ics").read_bytes()
    practice, sid = _new_practice(tmp_path / "a", light_kdf)
    try:
        if wanted.errors:
            with pytest.raises(Exception) as caught:
                _import(practice, data, sid)
            message = str(caught.value).lower()
            assert "unexpected" not in message
            for words in wanted.errors:
                assert words in message, (words, message)
            assert occurrences(practice) == []
            return
        summary = _import(practice, data, sid).lower()
        assert occurrences(practice) == wanted.occurrences
        for words in wanted.skipped:
            assert words in summary, (words, summary)
        exported = practice.interchange.export_ics()
    finally:
        practice.lock()
    again, sid2 = _new_practice(tmp_path / "b", light_kdf)
    try:
        _import(again, exported, sid2)
        assert occurrences(again) == wanted.occurrences  # import -> export -> re-import identical
    finally:
        again.lock()


def test_moved_instances_alone_then_the_whole_series_merge(tmp_path: Path, light_kdf) -> None:  # type: ignore[no-untyped-def]
    """Google's partial export first (moved instances only), then the full series: no doubles."""
    practice, sid = _new_practice(tmp_path, light_kdf)
    try:
        alone = (CASES / "override_without_master.ics").read_bytes()
        assert [t.events for t in practice.interchange.titles(alone)] == [2]
        _import(practice, alone, sid)
        again, _ = practice.interchange.import_ics(alone, supervisee_id=sid)
        assert again.sessions == 0 and again.skipped_existing == 2  # importing it twice adds nothing
        block = ("BEGIN:VEVENT\nUID:orphan-override@google.com\nDTSTAMP:20261101T000000Z\n"
                 "DTSTART:20270201T100000Z\nDTEND:20270201T110000Z\nRRULE:FREQ=WEEKLY;COUNT=4\n"
                 "SUMMARY:Supervision\nEND:VEVENT\n")
        master = alone.decode().replace("BEGIN:VEVENT", block + "BEGIN:VEVENT", 1).encode()
        result, _ = practice.interchange.import_ics(master, supervisee_id=sid)
        assert result.series == 1
        # 1 Feb as the rule says; 8 and 15 Feb stand moved to the 10th and 16th; 22 Feb as the rule says
        assert occurrences(practice) == [(_utc(a), _utc(b)) for a, b in (
            ("20270201T100000Z", "20270201T110000Z"), ("20270210T120000Z", "20270210T130000Z"),
            ("20270216T120000Z", "20270216T130000Z"), ("20270222T100000Z", "20270222T110000Z"))]
        rows = practice.sessions.sessions_between(datetime(2027, 1, 1), datetime(2027, 3, 1))
        assert {r.series_id for r in rows} == {rows[0].series_id} and rows[0].series_id is not None
    finally:
        practice.lock()
