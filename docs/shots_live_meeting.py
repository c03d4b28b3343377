"""Render the live meeting to docs/screenshots/live-meeting.png (synthetic data, throw-away vault).

    DISPLAY=:99 .venv/bin/python docs/shots_live_meeting.py          # on its own
    make screenshots          # with the others: live-meeting-light.png / -dark.png, from the X display

A peer group of six (names in several scripts) half way through a 90-minute
meeting: two members have spoken, the third is speaking, one is absent and
one came late. The clock is a fake one moved forward by hand.
"""
from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

MEMBERS = ("Łukasz Żółć", "Ana Sofía Ramírez", "山田 花子", "Ωμέγα Παπαδοπούλου", "Siobhán O'Connell",
           "Дмитрий Волков")


class _Clock:
    now = 10_000.0

    def __call__(self) -> float:
        return self.now


def _populate(p) -> int:  # type: ignore[no-untyped-def]
    from app.core.services.groups import ContactData, GroupData
    from app.core.services.sessions import SessionData
    from app.core.services.supervisees import SuperviseeData

    gid, _ = p.groups.create(GroupData(
        name="Thursday Peer Circle", kind="peer_group", leadership="rotating", meeting_minutes=90,
        business_talk_minutes=10, places=("Praxis Lindenhof, Room 2",), guest_name="Dr Ingrid Halvorsen",
        guest_email="ingrid.halvorsen@example.org", frequency="twice a month"))
    known = {row.full_name: row.id for row in p.supervisees.list()}
    for i, name in enumerate(MEMBERS):
        if name in known:
            key = f"supervisee:{known[name]}"
        elif i < 4:
            key = f"supervisee:{p.supervisees.create(SuperviseeData(full_name=name))[0]}"
        else:
            key = f"contact:{p.groups.contacts.create(ContactData(full_name=name, email=f'm{i}@example.org'))[0]}"
        p.groups.add_member(gid, key, date.today() - timedelta(days=90))
    start = datetime.combine(date.today(), datetime.min.time()).replace(hour=19)
    sid = p.groups.schedule_meeting(gid, SessionData(start, tz=p.settings.get().time_zone or "UTC",
                                                     duration_minutes=90)).id
    p.groups.set_guest(sid, True)
    return sid


def shoot(gate, out: Path, save=None) -> None:  # type: ignore[no-untyped-def]
    """``save(window, path)`` takes the picture (make_screenshots takes it from the X display)."""
    from PySide6.QtTest import QTest

    from app.core.services.changes import Changes
    from app.ui.controllers.group_windows import GroupWindows
    from docs.make_screenshots import wait_until

    found: list[int] = []
    gate.ctx.command(lambda p: (_populate(p), Changes(groups=True, sessions=True)), found.append)
    wait_until(lambda: gate.runner.pending == 0 and bool(found))
    clock = _Clock()
    windows = GroupWindows(gate.ctx, gate.window, clock=clock, wall=clock)
    win = windows.open_meeting(found[0])
    wait_until(lambda: gate.runner.pending == 0)
    if win.clock is None:
        raise SystemExit(f"screenshot script: {win.view.title.text()}: {win.view.when.text()}")
    win.resize(1440, 920)
    order = list(win.clock.order)
    cards = win.cards
    themes = {t.name: t.id for t in gate.ctx.practice.themes.list()}

    def tag(key: str, names: tuple[str, ...], note: str) -> None:
        cards[key].chips.set_selected(themes[n] for n in names)
        cards[key].show_chips()
        cards[key].note.setText(note)

    cards[order[4]].buttons["absent"].click()  # sent apologies
    win.toggle()
    clock.now += 14 * 60 + 5
    tag(order[0], ("Boundaries", "Countertransference"),
        "A client who texts late at night; practising a kind, clear no.")
    win.next_speaker()
    clock.now += 8 * 60
    cards[order[5]].buttons["late"].click()  # arrived during the second turn
    clock.now += 5 * 60 + 40
    tag(order[1], ("Money and overwork",), "Fully booked and tired; thinking about raising fees.")
    win.next_speaker()
    clock.now += 9 * 60 + 12
    tag(order[2], ("Dual relationships / friendship with clients",),
        "A long-term client invited her to a family wedding.")
    win.view.notes.setPlainText("Agreed: one short case each next time; business talk at the end.")
    win.refresh()
    QTest.qWait(400)
    win.refresh()
    if save is None:
        win.grab().save(str(out / "live-meeting.png"))
    else:
        save(win, out / "live-meeting.png")
    if os.environ.get("PEERGLASS_SHOTS_ALL"):
        win.show_display()
        win.display.resize(1000, 700)
        win.refresh()
        QTest.qWait(200)
        win.display.grab().save(str(out / "live-meeting-display.png"))
    windows.clear()


def main() -> None:
    from docs.make_screenshots import OUT, unlocked_gate

    out = Path(os.environ.get("PEERGLASS_SHOTS_OUT", OUT))
    out.mkdir(parents=True, exist_ok=True)
    with unlocked_gate() as gate:
        shoot(gate, out)
    print(f"wrote {out / 'live-meeting.png'}")


if __name__ == "__main__":
    main()
