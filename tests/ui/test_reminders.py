"""Reminders of the next session: one timer, initials only, dismiss, lock, re-arm, sleep."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.services.groups import GroupData
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle

FULL_NAME = "Réka Szabó"
ROOT = Path(__file__).resolve().parents[2]


class Clock:
    """A controllable ``now`` (aware, UTC) for the reminder controller."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def armed(qtbot, unlocked_gate):  # type: ignore[no-untyped-def]
    """A gate with one individual session 12 minutes ahead and reminders at 10 minutes."""
    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    person, _ = practice.supervisees.create(SuperviseeData(full_name=FULL_NAME))
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    start = now + timedelta(minutes=12)
    session = practice.sessions.create(SessionData(start.replace(tzinfo=None), tz="UTC",
                                                   supervisee_id=person)).id
    reminders = gate.window.reminders
    clock = Clock(now)
    reminders.now = clock
    reminders.set_minutes(10)
    wait_idle(qtbot, gate)
    return gate, reminders, clock, session, start


def _fire(reminders) -> None:  # type: ignore[no-untyped-def]
    """What the armed timer does when it runs out (the test moves the clock instead of waiting)."""
    assert reminders.timer.isActive()
    reminders.timer.timeout.emit()


def test_off_by_default_and_kept_on_this_computer(qtbot, unlocked_gate) -> None:
    from app.ui.reminders import reminder_minutes

    gate = unlocked_gate
    page = gate.window.page("Settings")
    gate.window.show_page("Settings")
    wait_idle(qtbot, gate)
    from app.ui.widgets.settings_reminders import RemindersSection

    section = page.findChild(RemindersSection)
    assert section is not None and section.minutes() == 0 and reminder_minutes() == 0
    assert not gate.window.reminders.timer.isActive()
    assert "initials" in section.privacy.text() and "anyone near the screen" in section.privacy.text().lower()
    section.choice.setCurrentIndex(section.choice.findData(15))
    assert reminder_minutes() == 15 and gate.window.reminders.minutes == 15
    wait_idle(qtbot, gate)
    assert gate.window.reminders.timer.isActive()  # armed (re-checking the clock) once switched on


def test_banner_shows_time_kind_and_initials_only_then_dismiss(qtbot, armed) -> None:
    gate, reminders, clock, session, start = armed
    assert reminders.next_reminder_at() == start - timedelta(minutes=10)
    # One single-shot timer for the next reminder, never armed past a minute (the wall clock is looked
    # at again then, in case the machine slept): no loop ticking every second.
    assert reminders.timer.isSingleShot() and reminders.timer.interval() == 60_000
    banner = reminders.banner
    _fire(reminders)  # two minutes early: nothing yet
    assert not banner.isVisible()
    clock.advance(minutes=1, seconds=30)
    _fire(reminders)  # still 30 s early: armed for exactly those 30 s
    assert not banner.isVisible() and reminders.timer.interval() == 30_000
    clock.advance(seconds=35)
    _fire(reminders)
    assert banner.isVisible()
    text = banner.text.text()
    assert "R. S." in text and "Individual session" in text and f"{start:%H:%M}" in text
    assert "Réka" not in text and "Szabó" not in text
    assert "Réka" not in repr(reminders.pending()) + repr(banner.queue)  # the name never reached the UI
    banner.dismiss_button.click()
    assert not banner.isVisible()
    # Reminded once: the timer running out again shows nothing more.
    clock.advance(minutes=1)
    _fire(reminders)
    assert not banner.isVisible() and reminders.pending() == []


def test_open_session_from_the_banner(qtbot, armed) -> None:
    gate, reminders, clock, session, start = armed
    clock.advance(minutes=3)
    _fire(reminders)
    reminders.banner.open_button.click()
    qtbot.waitUntil(lambda: session in gate.editors.editors, timeout=10000)
    assert not reminders.banner.isVisible()
    wait_idle(qtbot, gate)
    gate.editors.editors[session].close()


def test_a_lock_clears_everything_and_unlock_starts_again(qtbot, armed) -> None:
    from ..conftest import PASSPHRASE

    gate, reminders, clock, session, start = armed
    clock.advance(minutes=3)
    _fire(reminders)
    assert reminders.banner.isVisible()
    gate.lock()
    qtbot.waitUntil(lambda: gate.ctx.practice is None, timeout=10000)
    assert not reminders.banner.isVisible() and reminders.banner.queue == []
    assert reminders.banner.text.text() == ""
    assert not reminders.timer.isActive() and reminders.pending() == []
    assert reminders.next_reminder_at() is None
    # Unlock: loaded and armed again (nothing was kept, so the reminder is shown again).
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)
    # Its reminder time has come, so the timer runs out at once and the banner is back.
    qtbot.waitUntil(lambda: reminders.banner.isVisible(), timeout=5000)
    assert "R. S." in reminders.banner.text.text()
    assert reminders.pending() == []


def test_a_changed_session_time_rearms(qtbot, armed) -> None:
    gate, reminders, clock, session, start = armed
    clock.advance(minutes=3)
    _fire(reminders)
    assert reminders.banner.isVisible()
    later = start + timedelta(hours=2)
    gate.ctx.command(lambda p: p.sessions.update(session, SessionData(
        later.replace(tzinfo=None), tz="UTC", supervisee_id=p.sessions.get(session).supervisee_id)).changes)
    wait_idle(qtbot, gate)
    # The old reminder is gone with the old time, and the new time is armed.
    assert not reminders.banner.isVisible()
    assert reminders.next_reminder_at() == later - timedelta(minutes=10)
    assert reminders.timer.isActive()
    clock.at = later - timedelta(minutes=9)
    _fire(reminders)
    assert reminders.banner.isVisible() and f"{later:%H:%M}" in reminders.banner.text.text()
    # A cancelled session is not reminded.
    gate.ctx.command(lambda p: p.sessions.cancel(session))
    wait_idle(qtbot, gate)
    assert not reminders.banner.isVisible() and reminders.pending() == []


def test_slept_past_the_session_start_is_skipped(qtbot, armed) -> None:
    gate, reminders, clock, session, start = armed
    clock.at = start + timedelta(minutes=1)  # the machine slept through the reminder and the start
    _fire(reminders)
    assert not reminders.banner.isVisible()
    assert reminders.pending() == []  # and it is not kept for later


def test_a_group_meeting_names_nobody(qtbot, armed) -> None:
    gate, reminders, clock, session, start = armed
    practice = gate.ctx.practice
    group_id, _ = practice.groups.create(GroupData(name="Thursday peers"))
    meeting_at = start + timedelta(minutes=30)
    gate.ctx.command(lambda p: p.sessions.create(SessionData(
        meeting_at.replace(tzinfo=None), tz="UTC", kind="peer_group", group_id=group_id)).changes)
    wait_idle(qtbot, gate)
    clock.at = meeting_at - timedelta(minutes=5)
    _fire(reminders)
    texts = [text for _item, text in reminders.banner.queue]
    assert any("Peer-group meeting" in t and f"{meeting_at:%H:%M}" in t for t in texts)
    assert not any("Thursday" in t for t in texts)


def test_initials() -> None:
    from app.ui.reminders import initials

    assert initials("Réka Szabó") == "R. S."
    assert initials("łukasz żółć") == "Ł. Ż."
    assert initials("山田 花子") == "山. 花."
    assert initials("") == ""


def test_tray_message_where_there_is_a_tray(qtbot, armed, monkeypatch) -> None:
    """With a system tray: a tray message (and the banner too while the window is in view); only the tray
    message when the window is out of sight. Clicking the message opens the session."""
    from PySide6.QtWidgets import QSystemTrayIcon

    gate, reminders, clock, session, start = armed
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *rest: shown.append((title, text)))
    monkeypatch.setattr(reminders, "window_visible", lambda: False)
    clock.advance(minutes=3)
    _fire(reminders)
    assert len(shown) == 1 and "R. S." in shown[0][1] and "Réka" not in shown[0][1]
    assert not reminders.banner.isVisible()  # out of sight: the tray message alone
    opened: list[int] = []
    monkeypatch.setattr(reminders, "open_session", opened.append)
    reminders.tray.messageClicked.emit()
    assert opened == [session]
    # A second session, while the window is in view: tray message and banner.
    monkeypatch.setattr(reminders, "window_visible", lambda: True)
    second = start + timedelta(minutes=20)
    gate.ctx.command(lambda p: p.sessions.create(SessionData(
        second.replace(tzinfo=None), tz="UTC", supervisee_id=p.sessions.get(session).supervisee_id)).changes)
    wait_idle(qtbot, gate)
    clock.at = second - timedelta(minutes=10)
    _fire(reminders)
    assert len(shown) == 2 and reminders.banner.isVisible()
    gate.lock()
    qtbot.waitUntil(lambda: gate.ctx.practice is None, timeout=10000)
    assert not reminders.tray.isVisible() and not reminders.banner.isVisible()


def _xvfb_display() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb screen of its own; it says which display number it took (-displayfd) once ready."""
    import select

    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    while not number.endswith(b"\n") and select.select([read], [], [], 15)[0]:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip().isdigit():
        server.kill()
        server.wait()
        pytest.fail("Xvfb did not start")
    return server, f":{number.strip().decode()}"


def test_a_reminder_through_a_real_system_tray(tmp_path) -> None:
    """The tray path for real: the app on an X display (Xvfb, Qt's xcb platform) beside a real tray host
    (trayer, which owns the freedesktop tray selection). Qt finds the tray; the icon is docked there from
    unlock (reminders on); with the window out of sight the reminder is a tray message by that icon
    (Qt's bubble, initials only) and no banner; clicking the message opens the session; a lock takes the
    icon away. The suite runs offscreen and Qt picks its platform once per process, so this runs in a
    process of its own: tests/ui/tray_probe.py, which prints what it saw."""
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian packages xvfb, trayer: .ci/run installs them)")
    server, display = _xvfb_display()
    env = {key: value for key, value in os.environ.items()
           if key not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME")}
    # No session bus: Qt then uses the X11 (XEmbed) tray that trayer hosts, not a D-Bus notifier.
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PEERGLASS_TRAY_DIR=str(tmp_path),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", XDG_CONFIG_HOME=str(tmp_path / "config"))
    host = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                             "--height", "24", "--SetDockType", "true", "--transparent", "false"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        done = subprocess.run([sys.executable, "-m", "tests.ui.tray_probe"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=100)
    finally:
        for process in (host, server):
            process.terminate()
            process.wait(timeout=10)
    if "no Qt platform plugin could be initialized" in done.stderr:
        reason = [line for line in done.stderr.splitlines() if "xcb" in line][:2]
        pytest.skip(f"Qt's xcb platform cannot load here: {' '.join(reason) or done.stderr[-300:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    report = json.loads(lines[-1])
    assert report["platform"] == "xcb"
    assert report["tray_available"], "trayer was running, but Qt found no system tray"
    assert report["icon_at_unlock"] and report["docked"]
    x, y, width, height = report["icon"]
    assert x > report["screen"][0] / 2 and y < 24 and width > 0  # inside trayer, at the screen's top right
    assert report["tray_visible"] and not report["banner_visible"]  # out of sight: the tray message alone
    assert report["bubble_shown"]
    title, text = report["bubble_text"][-2:]
    assert title == "Peerglass reminder" and "Individual session" in text and "R. S." in text
    assert "Réka" not in " ".join(report["bubble_text"]) and "Szabó" not in " ".join(report["bubble_text"])
    left, top, bubble_width, _height = report["bubble"]
    assert left <= x + width / 2 <= left + bubble_width and top < 100  # the bubble points at the docked icon
    assert report["opened"] and report["bubble_gone"]  # messageClicked opened the session
    assert report["tray_hidden_at_lock"] and report["errors"] == []
