"""File ▸ Back up now…: driven like a user, against a real vault."""
from __future__ import annotations

import threading
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu

from app.core.vault.backup import SUFFIX, verify_backup


def _action(window, text: str):  # type: ignore[no-untyped-def]
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu action {text!r}")


def _open(qtbot, gate):  # type: ignore[no-untyped-def]
    _action(gate.window, "Back up now…").trigger()
    dialog = gate.window.backup_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_back_up_now_makes_a_verified_file_without_blocking(qtbot, unlocked_gate, tmp_path: Path) -> None:
    gate = unlocked_gate
    practice = gate.ctx.practice
    dialog = _open(qtbot, gate)
    assert dialog.file.text().endswith(SUFFIX) and "peerglass-" in dialog.file.text()
    dest = tmp_path / "out" / "mine.pgbackup"
    dialog.file.setText(str(dest))

    # The worker waits in its first progress report until the GUI thread's timer has ticked
    # three times: if the backup blocked the event loop, the timer could not tick.
    ticks: list[int] = []
    ticked = threading.Event()
    seen_ticking: list[bool] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 3 and ticked.set()))

    def on_progress(done: int, total: int) -> None:  # runs on the database lane
        if not seen_ticking:
            seen_ticking.append(ticked.wait(10))

    dialog.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    timer.start()
    dialog.start.click()
    assert dialog.running  # the click returned while the backup goes on
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    timer.stop()
    assert seen_ticking == [True]
    assert dialog.error is None, dialog.status.text()
    assert dest.exists()
    assert dialog.status.text().startswith(f"Backed up and verified: {dest}, ")
    assert dialog.status.text().endswith(" MB")
    assert dialog.bar.value() == 100
    # the core's own check of the file (what `peerglass verify --backup` runs)
    header, _, rows = verify_backup(dest, practice.vault._master_key())
    assert rows and header.database_size > 0
    assert practice.backups.last_backup() is not None
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_cancel_leaves_no_file(qtbot, unlocked_gate, tmp_path: Path) -> None:
    gate = unlocked_gate
    dialog = _open(qtbot, gate)
    dest = tmp_path / "cancelled.pgbackup"
    dialog.file.setText(str(dest))
    reached, go_on = threading.Event(), threading.Event()

    def on_progress(done: int, total: int) -> None:  # database lane: hold until Cancel was clicked
        if not reached.is_set():
            reached.set()
            go_on.wait(10)

    dialog.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    dialog.start.click()
    qtbot.waitUntil(reached.is_set, timeout=10000)
    assert dialog.cancel_button.text() == "Cancel"
    dialog.cancel_button.click()
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert "cancelled" in dialog.status.text().lower()
    assert not dest.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".peerglass-backup-")] == []
    assert gate.ctx.practice.backups.last_backup() is None
    dialog.cancel_button.click()  # now "Close"
    assert not dialog.isVisible()


def test_existing_file_is_not_overwritten(qtbot, unlocked_gate, tmp_path: Path) -> None:
    dialog = _open(qtbot, unlocked_gate)
    dest = tmp_path / "there.pgbackup"
    dest.write_bytes(b"keep me")
    dialog.file.setText(str(dest))
    dialog.start.click()
    assert not dialog.running and "already there" in dialog.status.text()
    assert dest.read_bytes() == b"keep me"
    dialog.reject()


def _unlock(qtbot, gate) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import PASSPHRASE

    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)


def test_backup_settings_and_daily_backup_on_lock(qtbot, unlocked_gate, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    from app.ui.backup_prefs import load_prefs

    gate = unlocked_gate
    gate.window.show_page("Settings")
    page = gate.window.page("Settings")
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    page.findChild(QPushButton, "backup_settings_button").click()
    dialog = page.backup_settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value(), dialog.keep_monthly.value()) == (7, 4, 12)
    dialog.daily.setChecked(True)
    dialog.save()  # no folder yet: refused, dialog stays
    assert dialog.isVisible() and "folder" in dialog.status.text()
    folder = tmp_path / "backups"
    dialog.folder.setText(str(folder))
    dialog.keep_daily.setValue(3)
    dialog.save()
    assert not dialog.isVisible()
    prefs = load_prefs()
    assert (prefs.folder, prefs.daily, prefs.keep_daily, prefs.keep_weekly, prefs.keep_monthly) == (
        str(folder), True, 3, 4, 12)

    # the Back up now dialog proposes the core's name in that folder
    _action(gate.window, "Back up now…").trigger()
    assert Path(gate.window.backup_dialog.file.text()).parent == folder
    gate.window.backup_dialog.reject()

    key = bytes(gate.ctx.practice.vault._master_key())
    gate.lock()  # due (never backed up): the daily backup runs before the vault locks
    qtbot.waitUntil(lambda: gate.ctx.practice is None, timeout=20000)
    made = sorted(folder.glob("peerglass-*" + SUFFIX))
    assert len(made) == 1
    assert verify_backup(made[0], key)[2]
    _unlock(qtbot, gate)
    assert gate.ctx.practice.backups.last_backup() is not None
    gate.lock()  # backed up less than a day ago: not due
    qtbot.waitUntil(lambda: gate.ctx.practice is None, timeout=20000)
    assert sorted(folder.glob("peerglass-*" + SUFFIX)) == made
    _unlock(qtbot, gate)


def test_today_shows_the_last_backup_and_warns_when_stale(qtbot, unlocked_gate, tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    gate = unlocked_gate
    gate.window.show_page("Today")
    page = gate.window.page("Today")
    qtbot.waitUntil(lambda: page.backup_line.text() != "", timeout=10000)
    assert page.backup_line.text().startswith("No backup of this vault yet")
    assert page.backup_line.property("warning") is True

    ten_days_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=10)
    gate.ctx.command(lambda p: p.audit.record("backup", "vault", detail="made (test)", at=ten_days_ago))
    qtbot.waitUntil(lambda: "no backup for 10 days" in page.backup_line.text(), timeout=10000)
    assert page.backup_line.property("warning") is True

    dialog = _open(qtbot, gate)
    dialog.file.setText(str(tmp_path / "now.pgbackup"))
    dialog.start.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.error is None
    qtbot.waitUntil(lambda: "no backup for" not in page.backup_line.text(), timeout=10000)
    assert page.backup_line.text().startswith("Last backup: ")
    assert page.backup_line.property("warning") is False
    dialog.accept()


def test_check_vault_reports_sound(qtbot, unlocked_gate) -> None:
    from PySide6.QtWidgets import QPushButton

    gate = unlocked_gate
    gate.window.show_page("Settings")
    page = gate.window.page("Settings")
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    page.findChild(QPushButton, "check_vault_button").click()
    qtbot.waitUntil(lambda: page.message.text().startswith("Vault checked"), timeout=10000)
    assert "sound" in page.message.text()


def test_restore_from_backup_locks_and_unlocks_the_restored_vault(qtbot, unlocked_gate, tmp_path: Path) -> None:
    from dataclasses import replace

    gate = unlocked_gate
    practice = gate.ctx.practice
    backup = tmp_path / "before.pgbackup"
    gate.ctx.command(lambda p: p.settings.update(replace(p.settings.get(), supervisor_name="Before Restore")))
    gate.ctx.command(lambda p: (p.backups.back_up(backup), None)[1])
    gate.ctx.command(lambda p: p.settings.update(replace(p.settings.get(), supervisor_name="After Backup")))
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=20000)
    assert practice.settings.get().supervisor_name == "After Backup"

    _action(gate.window, "Restore from backup…").trigger()
    dialog = gate.window.restore_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    not_a_backup = tmp_path / "not.pgbackup"
    not_a_backup.write_bytes(b"nothing like a backup")
    dialog.file.setText(str(not_a_backup))
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.go.isEnabled(), timeout=10000)
    assert "not a peerglass backup" in dialog.status.text().lower()
    assert gate.ctx.practice is not None and gate.ctx.practice.is_open  # nothing changed, still unlocked

    dialog.file.setText(str(backup))
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.result_text != "", timeout=30000)
    assert dialog.result_text.startswith("Restored from the backup"), dialog.result_text
    assert list(tmp_path.glob("ui.pgvault.before-restore-*"))
    dialog.message.done(0)
    assert not gate.window.isVisible()
    _unlock(qtbot, gate)
    names: list[str] = []
    gate.ctx.query(lambda p: p.settings.get().supervisor_name, lambda name: names.append(name))
    qtbot.waitUntil(lambda: names != [], timeout=10000)
    assert names == ["Before Restore"]
