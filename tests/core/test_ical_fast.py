"""The fast VEVENT reader gives exactly what icalendar gives, on every calendar file the tests hold."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.ical import IcsError, read_calendar
from benchmarks.bench_import_ics import make_file

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("*.ics")) + sorted((DATA / "ics").glob("*.ics"))


def _read(data: bytes, fast: bool) -> object:
    try:
        read = read_calendar(data, default_tz="Asia/Tokyo", fast=fast)
    except IcsError as exc:
        return f"refused: {exc}"
    return (read.events, [(e.position, reason) for e, reason in read.problems],
            [(e.position, e.line) for e in read.events])


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fast_and_icalendar_agree(path: Path) -> None:
    data = path.read_bytes()
    assert _read(data, fast=True) == _read(data, fast=False)


def test_fast_and_icalendar_agree_on_a_large_export() -> None:
    data = make_file(1200)
    fast, slow = _read(data, fast=True), _read(data, fast=False)
    assert fast == slow and len(fast[0]) == 1200  # type: ignore[index]


def test_text_escapes_folding_and_alarms() -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:esc@x\r\n"
            b"DTSTAMP:20260101T000000Z\r\n"
            b"DTSTART;TZID=\"Europe/Berlin\":20270105T100000\r\nDURATION:PT50M\r\n"
            b"SUMMARY:Supervision\\, Anna\\; notes\\nsecond line, long enough to be folded \r\n"
            b" over two lines\r\nLOCATION;LANGUAGE=de:Raum 2\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
            b"TRIGGER:-PT15M\r\n"
            b"DESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    fast, slow = _read(data, fast=True), _read(data, fast=False)
    assert fast == slow
    (event,) = fast[0]  # type: ignore[index]
    assert event.summary == "Supervision, Anna; notes\nsecond line, long enough to be folded over two lines"
    assert event.location == "Raum 2" and event.description == "" and event.tz == "Europe/Berlin"
