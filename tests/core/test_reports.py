"""Document data from the vault: summaries without the private note, hours totals, invoices, audit."""
from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.core.services.base import ValidationError
from app.core.services.reports import Period, render
from app.core.services.series import SeriesData
from app.core.services.session_records import FollowUpData, SessionRecordData
from app.core.services.sessions import SessionData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData

PRIVATE = "PRIVATE-ONLY gossip about the supervisee"


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def held(practice):
    practice.settings.update(SettingsData(supervisor_name="Dr Helena Brandt", practice_name="Brandt Supervision",
                                          time_zone="Europe/Berlin", default_fee=Decimal("90")))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Łukasz Żółć", licence_number="REG-1",
                                                        goals="Boundaries\nFees"))
    start = datetime(2026, 1, 6, 10, 0)
    made = practice.series.create(SeriesData(start_local=start, rrule="FREQ=WEEKLY;COUNT=6", tz="Europe/Berlin",
                                             duration_minutes=60, supervisee_id=sid, location="Room 2"))
    rows = practice.sessions.sessions_between(datetime(2026, 1, 1), datetime(2026, 3, 1))
    theme = practice.themes.list()[0]
    for i, row in enumerate(rows[:4]):
        practice.sessions.save_record(row.id, SessionRecordData(
            brought=f"Session {i}: a client who pushes against the end of sessions.",
            reflections="The pull to **rescue**.", private_note=PRIVATE, theme_ids=(theme.id,),
            follow_ups=(FollowUpData("Try a two-sentence ending"),), status="held",
            held_minutes=50 if i == 0 else None))
    return practice, sid, [r.id for r in rows], made


def test_summary_never_prints_the_private_note(held) -> None:
    practice, sid, ids, _ = held
    data = practice.reports.summary(ids[0], printed_on=date(2026, 2, 1))
    assert data.summary.supervisee_name == "Łukasz Żółć"
    assert data.summary.length_minutes == 50
    assert data.summary.next_session is not None and data.summary.next_session.date() == date(2026, 1, 13) + \
        timedelta(days=21)  # the next still-scheduled session (the next three are held)
    text = _text(render(data))
    assert "Łukasz Żółć" in text and "two-sentence ending" in text
    assert "PRIVATE-ONLY" not in text and "gossip" not in text


def test_hours_log_totals_match_sessions(held) -> None:
    practice, sid, ids, _ = held
    log = practice.reports.hours_log(sid, Period(date(2026, 1, 1), date(2026, 1, 31)))
    assert [e.minutes for e in log.entries] == [50, 60, 60, 60]
    assert sum(e.minutes for e in log.entries) == 230
    text = _text(render(log))
    assert "3.83" in text or "3:50" in text  # 230 minutes as hours


def test_batch_and_invoice(held) -> None:
    practice, sid, ids, _ = held
    batch = practice.reports.summaries(sid, Period(date(2026, 1, 1), date(2026, 2, 28)))
    assert len(batch.summaries) == 4
    assert len(PdfReader(io.BytesIO(render(batch))).pages) >= 4
    invoice = practice.reports.invoice(sid, Period(date(2026, 1, 1), date(2026, 1, 31)), number="2026-001")
    assert len(invoice.lines) == 4 and invoice.total == Decimal("360")
    with pytest.raises(ValidationError):
        practice.reports.invoice(sid, Period(date(2025, 1, 1), date(2025, 1, 31)))


def test_agreement_uses_the_series(held) -> None:
    practice, sid, _, _ = held
    agreement = practice.reports.agreement(sid)
    assert agreement.session_minutes == 60 and agreement.goals == ("Boundaries", "Fees")
    assert "Weekly" in agreement.frequency or "week" in agreement.frequency.lower()


def test_output_is_audited_without_names(held) -> None:
    practice, sid, ids, _ = held
    data, changes = practice.reports.output(practice.reports.summary(ids[0]), object_type="session",
                                            object_id=ids[0])
    assert data.startswith(b"%PDF") and changes.audit
    entry = practice.audit.recent(action="export")[0]
    assert (entry.object_type, entry.object_id, entry.detail) == ("session", ids[0], "session summary")


def test_identifier_warnings_skip_private_note(held) -> None:
    practice, sid, ids, _ = held
    record = practice.sessions.get(ids[1])
    practice.sessions.save_record(ids[1], SessionRecordData(
        brought="Her client Margaret Thornbury (born 12/03/1961) called 0171 555 0199.",
        private_note="private: someone@example.org", theme_ids=record.data.theme_ids, status="held"))
    kinds = {str(f.kind.value) for f in practice.reports.identifier_warnings(ids[1])}
    assert kinds == {"full_name", "date_of_birth", "phone"}  # the private e-mail is not printed, so not flagged
    assert all("example.org" not in f.hint for f in practice.reports.identifier_warnings(ids[1]))


def test_recovery_sheet_data(practice_with_key) -> None:
    practice, key = practice_with_key
    sheet = practice.recovery_sheet(custodian_name="Dr Jonas Becker")
    assert sheet.recovery_key == key and sheet.vault_id == practice.vault.vault_id
    assert key.split("-")[0] in _text(render(sheet))


def test_questionnaire_self_check_and_charter(practice) -> None:
    from app.core.pdf.data import SELF_CHECK_QUESTIONS
    from app.core.services.groups import ContactData, GroupData
    from app.core.services.profiles import ProfileData

    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Анна Смирнова"))
    cid, _ = practice.groups.contacts.create(ContactData(full_name="山田 花子", email="hanako@example.org"))
    gid, _ = practice.groups.create(GroupData(name="Tuesday peers", places=("Room 2",)))
    for key in (f"supervisee:{sid}", f"contact:{cid}"):
        practice.groups.add_member(gid, key, date(2026, 1, 1))
    practice.profiles.save(f"contact:{cid}", ProfileData(years_in_practice=12, setting="Hospice",
                                                         self_care="Swimming"), date(2026, 2, 1))
    filled = practice.reports.questionnaire(f"contact:{cid}", group_name="Tuesday peers")
    assert (filled.member_name, filled.years_in_practice, filled.setting) == ("山田 花子", 12, "Hospice")
    assert "Swimming" in _text(render(filled))
    blank = practice.reports.questionnaire()
    assert blank.member_name == "" and render(blank).startswith(b"%PDF")
    first_key = SELF_CHECK_QUESTIONS[0].key
    practice.profiles.save_self_check(sid, {first_key: "Three evenings a week, unpaid."}, date(2026, 3, 1))
    check = practice.reports.self_check(sid)
    assert check.name == "Анна Смирнова" and check.answers[first_key].startswith("Three evenings")
    assert "Three evenings" in _text(render(check))
    charter = practice.reports.charter(gid)
    assert charter.group_name == "Tuesday peers" and set(charter.members) == {"Анна Смирнова", "山田 花子"}
    assert "Tuesday peers" in _text(render(charter))
