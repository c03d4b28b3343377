"""Render the Groups page to docs/screenshots/groups.png (synthetic data, throw-away vault).

    DISPLAY=:99 .venv/bin/python docs/shots_groups.py          # on its own
    PEERGLASS_SHOTS_EXTRA=shots_groups .venv/bin/python docs/make_screenshots.py   # with the others

A peer group of six (names in several scripts), rotating leader and places,
fortnightly meetings, invitations saved as files and marked sent, some answers.
"""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

GROUP_PEOPLE = ("Łukasz Żółć", "Anna Smirnova", "山田 花子", "Ωμέγα Παπαδοπούλου", "Zoë Müller")


def _populate(p, folder: Path) -> int:  # type: ignore[no-untyped-def]
    from app.core.services.groups import ContactData, GroupData
    from app.core.services.invitations import InviteTarget
    from app.core.services.series import SeriesData
    settings = p.settings.get()
    p.settings.update(replace(settings, email="helena.brandt@example.org"))
    ids = {row.full_name: row.id for row in p.supervisees.list()}
    today = date.today()
    group_id, _ = p.groups.create(GroupData(
        name="Tuesday peer group", kind="peer_group",
        description="Six practitioners meeting fortnightly to share cases; no one \u201cfixes\u201d.",
        leadership="rotating", frequency="every other Tuesday", meeting_minutes=120,
        term_from=today.replace(day=1) - timedelta(days=60), term_to=today.replace(day=1) + timedelta(days=300),
        review_on=today + timedelta(days=9), place_mode="rotating",
        places=("Praxis Brandt, Room 2", "Café Łódź", "Online (video)"),
        guest_name="Dr Ingrid Weiß", guest_email="ingrid.weiss@example.org", business_talk_minutes=15))
    start = today - timedelta(days=today.weekday()) - timedelta(days=28) + timedelta(days=1)  # a Tuesday
    for name in GROUP_PEOPLE:
        p.groups.add_member(group_id, f"supervisee:{ids[name]}", start)
    contact_id, _ = p.groups.contacts.create(ContactData(full_name="Kwame Mensah", email="kwame@example.org",
                                                         discipline="Art therapist"))
    p.groups.add_member(group_id, f"contact:{contact_id}", start)
    series = p.groups.schedule_meetings(group_id, SeriesData(
        start_local=datetime.combine(start, time(18, 30)), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        tz=settings.time_zone, duration_minutes=120))
    now = datetime.now()
    upcoming = p.groups.meetings(group_id, now, now + timedelta(days=120), include_cancelled=False)
    p.groups.set_guest(upcoming[2].session_id, True)
    outcome = p.invitations.save_as_files(InviteTarget.series(series.id), folder)
    p.invitations.mark_sent([r.invitation_id for r in outcome.results])
    rows = {r.person_key: r for r in p.invitations.responses(series_id=series.id)}
    for partstat, result in zip(("ACCEPTED", "ACCEPTED", "TENTATIVE", "ACCEPTED", "DECLINED"), outcome.results):
        p.invitations.set_response(rows[result.person_key].id, partstat)
    from app.core.ical import IcsEvent, build_reply

    meeting = upcoming[1]  # Anna can't come to this one
    event = IcsEvent(uid=p.series.get(series.id).uid, start=meeting.start, end=meeting.end, tz=settings.time_zone,
                     recurrence_id=meeting.start, sequence=p.series.get(series.id).sequence)
    p.invitations.import_reply(build_reply(event, ("Anna Smirnova", "person1@example.org"), "DECLINED"))
    return group_id


def shoot(gate, out: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    from app.ui.pages.groups import GroupsPage

    from docs.make_screenshots import wait_until

    window = gate.window

    page = window.page("Groups")
    assert isinstance(page, GroupsPage)
    with tempfile.TemporaryDirectory() as folder:
        found: list[int] = []
        failed: list[BaseException] = []
        gate.ctx.command(lambda p: (_populate(p, Path(folder)), None), found.append, failed.append)
        wait_until(lambda: gate.runner.pending == 0 and bool(found or failed))
        if failed:
            raise SystemExit(f"screenshot script: setting up the group failed: {failed[0]!r}")
    window.resize(1400, 860)
    window.show_page("Groups")
    page.on_unlocked()
    wait_until(lambda: gate.runner.pending == 0)
    page.groups.table.setCurrentIndex(page.groups.proxy.index(0, 0))
    wait_until(lambda: gate.runner.pending == 0 and page.current_id is not None)
    page.tabs.setCurrentWidget(page.meetings)
    wait_until(lambda: gate.runner.pending == 0)
    meetings = page.meetings
    meetings.table.setCurrentIndex(meetings.model.index(0, 0))
    wait_until(lambda: gate.runner.pending == 0)
    QTest.qWait(300)
    window.grab().save(str(out / "groups.png"))
    page.tabs.setCurrentWidget(page.member_panel)
    wait_until(lambda: gate.runner.pending == 0)
    QTest.qWait(200)
    if os.environ.get("PEERGLASS_SHOTS_ALL"):
        window.grab().save(str(out / "groups-members.png"))
        page.tabs.setCurrentWidget(page.form)
        QTest.qWait(200)
        window.grab().save(str(out / "groups-agreements.png"))


def main() -> None:
    from docs.make_screenshots import OUT, unlocked_gate

    out = Path(os.environ.get("PEERGLASS_SHOTS_OUT", OUT))
    out.mkdir(parents=True, exist_ok=True)
    with unlocked_gate() as gate:
        shoot(gate, out)
    print(f"groups screenshot written to {out}")


if __name__ == "__main__":
    main()
