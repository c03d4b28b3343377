"""Dialogs opened from the menus go when they close: each use built a new one as a child of the window
and none was ever deleted, so they piled up (and what they showed stayed in memory after a lock)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent


def _count(window, kind) -> int:  # type: ignore[no-untyped-def]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(window.findChildren(kind))


def test_help_backup_and_restore_dialogs_are_deleted_when_closed(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.backup_dialog import BackupDialog
    from app.ui.dialogs.help_dialogs import ShortcutsDialog, UserGuideDialog
    from app.ui.dialogs.restore_dialog import RestoreDialog

    window = unlocked_gate.window
    uses = ((UserGuideDialog, window.show_user_guide, lambda: window.guide_dialog.close()),
            (ShortcutsDialog, window.show_shortcuts, lambda: window.shortcuts_dialog.close()),
            (BackupDialog, window.back_up_now, lambda: window.backup_dialog.reject()),
            (RestoreDialog, window.restore_from_backup, lambda: window.restore_dialog.reject()))
    for kind, open_it, close_it in uses:
        before = _count(window, kind)
        for _ in range(2):
            open_it()
            assert _count(window, kind) == before + 1, kind.__name__
            close_it()
        qtbot.waitUntil(lambda kind=kind, before=before: _count(window, kind) == before, timeout=2000)


def test_restore_cancelled_while_the_backup_is_checked_starts_nothing_and_goes(qtbot, unlocked_gate,
                                                                              tmp_path) -> None:
    from app.ui.dialogs.restore_dialog import RestoreDialog

    from .conftest import wait_idle

    gate = unlocked_gate
    backup = tmp_path / "before.pgbackup"
    gate.ctx.command(lambda p: (p.backups.back_up(backup), None)[1])
    wait_idle(qtbot, gate)
    gate.window.restore_from_backup()
    dialog = gate.window.restore_dialog
    dialog.file.setText(str(backup))
    dialog.go.click()  # the check is queued on the database lane
    dialog.reject()  # Cancel before it answers
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: _count(gate.window, RestoreDialog) == 0, timeout=2000)
    assert gate.ctx.practice is not None and gate.ctx.practice.is_open  # not locked, nothing restored
    assert not list(tmp_path.glob("ui.pgvault.before-restore-*"))


def test_the_restore_dialog_goes_once_the_restore_has_answered(qtbot, unlocked_gate, tmp_path) -> None:
    from app.ui.dialogs.restore_dialog import RestoreDialog

    from .conftest import wait_idle

    gate = unlocked_gate
    gate.window.restore_from_backup()
    dialog = gate.window.restore_dialog
    not_a_backup = tmp_path / "not.pgbackup"
    not_a_backup.write_bytes(b"nothing like a backup")
    dialog.file.setText(str(not_a_backup))
    dialog.go.click()
    wait_idle(qtbot, gate)
    assert _count(gate.window, RestoreDialog) == 1  # a failed check leaves it open to choose again
    backup = tmp_path / "before.pgbackup"
    gate.ctx.command(lambda p: (p.backups.back_up(backup), None)[1])
    wait_idle(qtbot, gate)
    dialog.file.setText(str(backup))
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.result_text != "", timeout=30000)
    qtbot.waitUntil(lambda: _count(gate.window, RestoreDialog) == 0, timeout=2000)
    dialog.message.done(0)
