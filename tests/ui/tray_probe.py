"""One reminder through a real system tray, in a process of its own (run by test_reminders.py).

Qt picks its platform once per process, and the test suite runs offscreen, where there is no
tray; so this runs as ``python -m tests.ui.tray_probe`` with ``QT_QPA_PLATFORM=xcb`` on an Xvfb
display where a tray host (trayer) owns the tray selection. It unlocks a throw-away vault in a
real gate, lets one reminder come due, and prints what it saw as one JSON line: whether Qt found
the tray, where the icon was docked, the message bubble Qt showed and its text, and whether
clicking the bubble opened the session. The vault and the settings go to ``PEERGLASS_TRAY_DIR``
(the test's own folder); ``PEERGLASS_TRAY_SHOT=path.png`` also saves a picture of the whole X
screen while the message is up.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

PASSPHRASE = "tray probe passphrase only"
FULL_NAME = "Réka Szabó"


def wait_until(condition: Callable[[], object], timeout: float = 20.0) -> bool:
    from PySide6.QtTest import QTest

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        QTest.qWait(20)
    return True


def balloon():  # type: ignore[no-untyped-def]
    """Qt's own message bubble beside an XEmbed tray icon (a top-level QBalloonTip), when shown."""
    from PySide6.QtWidgets import QApplication

    return next((w for w in QApplication.topLevelWidgets()
                 if w.metaObject().className() == "QBalloonTip" and w.isVisible()), None)


def main() -> dict[str, object]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QSystemTrayIcon

    from app.core.practice import Practice
    from app.core.services.sessions import SessionData
    from app.core.services.supervisees import SuperviseeData
    from app.core.vault import KdfParams
    from app.ui.application import create_app
    from app.ui.vault_gate import VaultGate

    report: dict[str, object] = {}
    tmp = Path(os.environ.get("PEERGLASS_TRAY_DIR") or tempfile.mkdtemp(prefix="peerglass-tray-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))  # never the user's
    create_app()
    from app.ui.reminders import set_reminder_minutes

    set_reminder_minutes(10)  # switched on earlier (Settings ▸ Reminders): the icon is put in the tray at unlock
    report["platform"] = QGuiApplication.platformName()
    # The tray host may still be starting: Qt is told when the selection gets an owner.
    report["tray_available"] = wait_until(QSystemTrayIcon.isSystemTrayAvailable, 10)
    if not report["tray_available"]:
        return report

    path = tmp / "tray.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
    person, _ = practice.supervisees.create(SuperviseeData(full_name=FULL_NAME))
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    session = practice.sessions.create(SessionData((now + timedelta(minutes=12)).replace(tzinfo=None),
                                                   tz="UTC", supervisee_id=person)).id
    practice.lock()
    gate = VaultGate(path, kdf=KdfParams.light_for_tests())
    errors: list[BaseException] = []
    gate.runner.set_error_handler(errors.append)
    gate.start()
    wait_until(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible())
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    wait_until(lambda: gate.window.isVisible() and gate.runner.pending == 0 or errors)

    reminders = gate.window.reminders
    tray = reminders.tray
    report["icon_at_unlock"] = tray is not None and tray.isVisible()
    if tray is None:
        return report
    # Docked: the tray host took the icon's window into its own (trayer sits at the screen's top right).
    report["docked"] = wait_until(lambda: tray.geometry().x() > 0, 10)
    icon, screen = tray.geometry(), QGuiApplication.primaryScreen().geometry()
    report["icon"] = [icon.x(), icon.y(), icon.width(), icon.height()]
    report["screen"] = [screen.width(), screen.height()]

    clock = [now]
    reminders.now = lambda: clock[0]
    reminders.refresh()  # armed again by the probe's clock
    wait_until(lambda: gate.runner.pending == 0 and reminders.timer.isActive())
    gate.window.hide()  # out of sight: the tray message alone, no banner
    clock[0] = now + timedelta(minutes=3)  # the reminder is due (10 minutes before a session 9 minutes away)
    reminders.timer.timeout.emit()  # what the armed timer does when it runs out
    report["tray_visible"] = tray.isVisible()
    report["banner_visible"] = reminders.banner.isVisible()
    report["bubble_shown"] = wait_until(lambda: balloon() is not None, 10)
    bubble = balloon()
    if bubble is None:
        return report
    report["bubble_text"] = [label.text() for label in bubble.findChildren(QLabel)]
    frame = bubble.frameGeometry()
    report["bubble"] = [frame.x(), frame.y(), frame.width(), frame.height()]
    shot = os.environ.get("PEERGLASS_TRAY_SHOT")
    if shot:
        QTest.qWait(300)
        QGuiApplication.primaryScreen().grabWindow(0).save(shot)  # the whole X screen, as the server has it
    # Clicking the bubble: QSystemTrayIcon.messageClicked, and the controller opens the session.
    QTest.mouseClick(bubble, Qt.MouseButton.LeftButton)
    report["opened"] = wait_until(lambda: session in gate.editors.editors, 10)
    report["bubble_gone"] = wait_until(lambda: balloon() is None, 5)
    if session in gate.editors.editors:
        gate.editors.editors[session].close()
    gate.lock()
    wait_until(lambda: gate.ctx.practice is None)
    report["tray_hidden_at_lock"] = not tray.isVisible()
    report["errors"] = [type(e).__name__ for e in errors]
    gate.shutdown()
    return report


if __name__ == "__main__":
    result = main()
    print(json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)  # no teardown of Qt objects at exit: the report is all that matters
