"""A lock closes every dialog of the main window, not only the pages' own: a dialog opened from a menu
or the status bar (changes from the calendar, an .ics import) showed supervisees' names on screen after
the lock, over the unlock dialog."""
from __future__ import annotations

from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle

ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:one@example.org\r
DTSTAMP:20260101T000000Z\r
DTSTART:20300105T100000Z\r
DTEND:20300105T110000Z\r
SUMMARY:Supervision Anna\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _lock(qtbot, gate) -> None:
    gate.lock()
    qtbot.waitUntil(lambda: gate.ctx.practice is None and gate.unlock_dialog is not None
                    and gate.unlock_dialog.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)


def test_dialogs_from_menus_and_the_status_bar_close_at_lock(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.import_ics import ImportIcsDialog
    from app.ui.dialogs.sync_review import SyncReviewDialog

    gate = unlocked_gate
    gate.ctx.practice.supervisees.create(SuperviseeData(full_name="Anna Smirnova"))
    wait_idle(qtbot, gate)
    gate.review_sync_changes()  # the status bar's sync menu, or Today's banner
    review = gate.window.findChild(SyncReviewDialog)
    imported = ImportIcsDialog(gate.ctx, ICS, "calendar.ics", gate.window)  # File ▸ Import appointments
    imported.open()
    wait_idle(qtbot, gate)
    assert review.isVisible() and imported.isVisible()
    assert "Anna Smirnova" in [review.whose.itemText(i) for i in range(review.whose.count())]

    _lock(qtbot, gate)

    assert not review.isVisible() and not imported.isVisible()


def test_a_recovery_key_shown_after_an_interrupted_rekey_leaves_the_screen_at_lock_and_comes_back(
        qtbot, make_gate, tmp_path, light_kdf) -> None:
    import os
    import signal
    import subprocess
    import sys

    from app.core.practice import Practice
    from app.core.vault import pending_keys
    from tests.reliability.test_rekey_kill import KILLED_AFTER_COMMIT, ROOT

    from ..conftest import PASSPHRASE

    path = tmp_path / "ui.pgvault"
    Practice.create(path, PASSPHRASE, kdf=light_kdf)[0].lock()
    child = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(path)], cwd=ROOT,
                           env={**os.environ, "PG_TEST_PASSPHRASE": PASSPHRASE}, capture_output=True)
    assert child.returncode == -signal.SIGKILL

    gate = make_gate(path)
    gate.start()
    for _ in range(2):
        qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
        gate.unlock_dialog.secret.setText(PASSPHRASE)
        gate.unlock_dialog.unlock_button.click()
        qtbot.waitUntil(lambda: getattr(gate.window, "unshown_key_dialog", None) is not None
                        and gate.window.unshown_key_dialog.isVisible(), timeout=10000)
        dialog = gate.window.unshown_key_dialog
        assert dialog.key.text()
        gate.window.unshown_key_dialog = None
        _lock(qtbot, gate)  # the errors fixture fails the test if closing it reported one
        assert not dialog.isVisible() and dialog.key.text() == ""  # the key left the screen
        assert pending_keys.unshown_path(path).exists()  # not counted as shown: the next unlock shows it
