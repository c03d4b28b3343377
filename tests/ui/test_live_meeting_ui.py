"""The live meeting, driven like a supervisor runs one: the clock (a fake
monotonic clock, advanced by hand), the speaking order, attendance, themes
per member, business talk, End meeting into the vault, and a lock mid-meeting."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.core.services.groups import ContactData, GroupData
from app.core.services.meeting_clock import MeetingClock, countdown_text, format_clock
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle

NAMES = ("Łukasz Żółć", "Ana Ramírez", "山田 花子", "Ωμέγα Νικολάου", "Siobhan Kelly", "Дмитрий Волков")


class FakeClock:
    """Monotonic and wall time at once; tests move it forward by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# ---- the clock rules, without Qt ------------------------------------------------------------
def test_clock_counts_from_the_monotonic_clock_not_ticks() -> None:
    t = FakeClock()
    c = MeetingClock(["a", "b", "c"], speaking_seconds=900, business_seconds=600, clock=t, wall=t)
    assert c.allowance() == 300 and c.held_minutes() is None
    c.start()
    assert c.current == "a" and c.running
    t.advance(299.5)
    assert countdown_text(c.remaining()) == "0:01"
    t.advance(70.5)
    assert c.remaining() == -70 and countdown_text(c.remaining()) == "+1:10"  # over, never cut off
    assert c.running and c.current == "a"
    c.set_present("b", False)  # b is away: a and c share the time
    assert c.allowance() == 450 and c.upcoming() == ["c"]
    assert c.next_speaker() == "c"
    c.set_present("b", True)  # b arrives after their turn went by: speaks last
    assert c.order == ["a", "c", "b"] and c.upcoming() == ["b"]
    t.advance(60)
    c.toggle_business()  # business talk pauses the speaker
    assert c.business_running and not c.running
    t.advance(30)
    assert c.elapsed("c") == 60 and c.business.elapsed() == 30
    state = c.snapshot()
    t.advance(120)  # the vault was locked for two minutes; the meeting went on
    again = MeetingClock(["a", "b", "c"], 900, 600, clock=t, wall=t)
    again.restore(state)
    assert again.current == "c" and again.business_running and again.business.elapsed() == 150
    assert again.elapsed("a") == 370 and again.spoken == {"a"} and again.order == ["a", "c", "b"]
    assert round(again.meeting_elapsed()) == 370 + 60 + 30 + 120
    assert format_clock(3725) == "1:02:05"


# ---- the window -------------------------------------------------------------------------------

def _meeting(qtbot, gate) -> tuple[int, int, list[str]]:
    """A peer group of six (four supervisees, two outside colleagues): 30 min, 5 of them business talk."""
    wait_idle(qtbot, gate)
    p = gate.ctx.practice
    gid, _ = p.groups.create(GroupData(name="Thursday Circle", places=("Room 2",), meeting_minutes=30,
                                       business_talk_minutes=5))
    keys = []
    for i, name in enumerate(NAMES):
        if i < 4:
            keys.append(f"supervisee:{p.supervisees.create(SuperviseeData(full_name=name))[0]}")
        else:
            keys.append(f"contact:{p.groups.contacts.create(ContactData(full_name=name))[0]}")
        p.groups.add_member(gid, keys[-1], date.today() - timedelta(days=30))
    start = datetime.now().replace(second=0, microsecond=0)
    sid = p.groups.schedule_meeting(gid, SessionData(start, duration_minutes=30)).id
    return gid, sid, keys


def _open(qtbot, gate, sid: int, clock: FakeClock):  # type: ignore[no-untyped-def]
    from app.ui.controllers.group_windows import GroupWindows

    windows = GroupWindows(gate.ctx, gate.window, clock=clock, wall=clock)
    win = windows.open_meeting(sid)
    qtbot.waitUntil(lambda: win.clock is not None, timeout=10000)
    wait_idle(qtbot, gate)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    return windows, win


def _chip(card, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in card.chips.chips.values() if c.theme.name == name)


def test_run_a_meeting_and_end_it_into_the_record(qtbot, unlocked_gate, monkeypatch) -> None:
    gate = unlocked_gate
    gid, sid, keys = _meeting(qtbot, gate)
    plan = gate.ctx.practice.groups.meeting_plan(sid)
    clock = FakeClock()
    windows, win = _open(qtbot, gate, sid, clock)
    v = win.view
    assert v.title.text() == "Thursday Circle"
    assert plan.leader_name in v.who.text() and "Room 2" in v.who.text()
    assert win.clock.order == [s.key for s in plan.speakers] and plan.speakers[0].is_leader
    assert v.time_each.text() == f"{format_clock(plan.seconds_each)} each" == "4:10 each"
    assert v.speaker.text() == plan.speakers[0].name and v.speaker_caption.text() == "Up first"

    away = plan.speakers[4].key  # one member is absent: five share 25 minutes
    qtbot.mouseClick(win.cards[away].buttons["absent"], Qt.MouseButton.LeftButton)
    assert v.time_each.text() == "5:00 each" and "5 of 6 here" in v.attendance_summary.text()

    qtbot.keyClick(win, Qt.Key.Key_Space)  # start
    assert win.clock.running and v.speaker_caption.text() == "Now speaking"
    clock.advance(7 * 60)
    win.refresh()
    assert v.dial.text == "+2:00" and v.dial.caption == "over time"  # overrun shown, not cut off
    assert win.clock.running and win.clock.current == plan.speakers[0].key
    first = win.cards[plan.speakers[0].key]
    qtbot.mouseClick(_chip(first, "Boundaries"), Qt.MouseButton.LeftButton)
    first.note.setFocus()
    qtbot.keyClicks(first.note, "Night texts from a client")  # Space and N in a field are typing
    assert first.note.text() == "Night texts from a client" and win.clock.running
    qtbot.keyClick(first.note, Qt.Key.Key_Return)  # done: the keys go back to the clock

    qtbot.keyClick(win, Qt.Key.Key_N)  # next speaker, still running
    second = plan.speakers[1].key
    assert win.clock.current == second and win.clock.running and v.speaker.text() == plan.speakers[1].name
    clock.advance(60)
    win.refresh()
    assert v.dial.text == "4:00" and v.order.rows[plan.speakers[0].key].info.text() == "7:00"
    assert v.order.rows[away].info.text() == "absent" and v.order.rows[second].info.text() == "speaking"
    qtbot.mouseClick(_chip(win.cards[second], "Self-care"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_chip(win.cards[second], "Money and overwork"), Qt.MouseButton.LeftButton)

    qtbot.keyClick(win, Qt.Key.Key_B)  # business talk: the speaker pauses
    assert win.clock.business_running and not win.clock.running
    clock.advance(6 * 60)
    win.refresh()
    assert v.business.value.text() == "6:00" and "over the 5 min agreed" in v.business.limit_label.text()
    qtbot.keyClick(win, Qt.Key.Key_B)
    assert not win.clock.business_running

    v.notes.setPlainText("Agreed to bring one short case each.")
    qtbot.mouseClick(v.follow_ups.add_button, Qt.MouseButton.LeftButton)
    v.follow_ups.rows[0].text.setText("Book the room for spring")
    asked = []
    monkeypatch.setattr(win, "ask_end", lambda present, total, held: asked.append((present, total, held)) or True)
    qtbot.mouseClick(v.end_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    assert asked == [(5, 6, 14)]  # 7 + 1 + 6 minutes on the clock
    qtbot.waitUntil(lambda: win._ended, timeout=5000)

    p = gate.ctx.practice
    record = p.sessions.get(sid)
    assert record.status == "held" and record.data.held_minutes == 14
    assert {a.person_key: a.present for a in record.data.attendance} == {k: k != away for k in keys}
    themes = {t.name: t.id for t in p.themes.list()}
    assert p.groups.member_themes(sid) == {
        plan.speakers[0].key: (themes["Boundaries"],),
        second: tuple(sorted((themes["Self-care"], themes["Money and overwork"])))}
    assert {t.name for t in record.themes} == {"Boundaries", "Self-care", "Money and overwork"}
    assert record.data.reflections == "Agreed to bring one short case each."
    assert f"**{plan.speakers[0].name}**: Night texts from a client" in record.data.brought
    assert [f.text for f in record.data.follow_ups] == ["Book the room for spring"]
    assert p.groups.meeting(sid).status == "held"
    assert p.drafts.load("live_meeting", str(sid)) is None
    assert not win.view.body.isEnabled() and not windows.meeting_in_progress()


def test_a_lock_mid_meeting_keeps_the_clock_and_notes(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    _gid, sid, keys = _meeting(qtbot, gate)
    clock = FakeClock()
    windows, win = _open(qtbot, gate, sid, clock)
    order = list(win.clock.order)
    win.toggle()
    clock.advance(100)
    win.next_speaker()
    clock.advance(50)
    late = win.cards[order[0]]
    qtbot.mouseClick(win.cards[order[3]].buttons["late"], Qt.MouseButton.LeftButton)
    assert win.cards[order[3]].late_minutes == 2 and "2 min in" in win.cards[order[3]].late_label.text()
    qtbot.mouseClick(_chip(win.cards[order[1]], "Projection"), Qt.MouseButton.LeftButton)
    late.note.setText("Runs over with clients")
    win.view.notes.setPlainText("Half way")
    assert windows.meeting_in_progress()

    drafts = windows.drafts()  # what the gate takes before locking
    assert [(k, r) for k, r, _ in drafts] == [("live_meeting", str(sid))]
    windows.clear()  # locked: the window goes
    assert windows.windows == {}
    clock.advance(40)  # the group talked on while the vault was locked

    kind, ref, payload = drafts[0]
    assert windows.restore_draft(kind, ref, payload)  # unlocked again
    again = windows.windows[(kind, ref)]
    qtbot.waitUntil(lambda: again.clock is not None, timeout=10000)
    wait_idle(qtbot, gate)
    c = again.clock
    assert c.current == order[1] and c.running and c.elapsed(order[1]) == 90 and c.elapsed(order[0]) == 100
    assert again.cards[order[0]].note.text() == "Runs over with clients"
    assert again.cards[order[3]].state == "late" and again.cards[order[3]].late_minutes == 2
    assert again.cards[order[1]].chips.selected() == (
        next(t.id for t in gate.ctx.practice.themes.list() if t.name == "Projection"),)
    assert again.view.notes.toPlainText() == "Half way"
    assert gate.ctx.practice.drafts.load("live_meeting", ref) is not None  # kept in the vault again

    # Leaving on purpose keeps it as a draft and pauses the speaker; opening it again picks it up.
    from PySide6.QtWidgets import QMessageBox

    again.ask_leave = lambda: QMessageBox.StandardButton.Save  # type: ignore[method-assign]
    again.reject()
    wait_idle(qtbot, gate)
    assert windows.windows == {}
    third = windows.open_meeting(sid)
    qtbot.waitUntil(lambda: third.clock is not None, timeout=10000)
    assert third.clock.current == order[1] and not third.clock.running
    assert "Picked up where the meeting was left" in third.view.banner_text.text()
    third.force_close()


@pytest.mark.parametrize("text", ["**Ana**: x"])
def test_member_notes_round_trip(text: str) -> None:
    from app.ui.widgets.meeting_member_card import (
        MemberNote,
        compose_brought,
        other_paragraphs,
        parse_brought,
    )

    brought = compose_brought([MemberNote("Ana Ramírez", "present", None, "A client  who\ntexts"),
                               MemberNote("山田 花子", "late", 12, ""), MemberNote("Bo", "absent", None, "x"),
                               MemberNote("Cy", "present", None, "")])
    assert brought == "**Ana Ramírez**: A client who texts\n\n**山田 花子** (late, 12 min in)"
    assert parse_brought(brought + "\n\nSomething else") == {"Ana Ramírez": (False, None, "A client who texts"),
                                                             "山田 花子": (True, 12, "")}
    assert other_paragraphs(brought + "\n\nSomething else") == "Something else"
    assert parse_brought(text) == {"Ana": (False, None, "x")}
