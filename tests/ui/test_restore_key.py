"""File ▸ Restore: the vault's master key, taken when the backup is checked and used by the restore after
the lock, is wiped as soon as the restore has used it (or failed), and never kept on the dialog."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import wait_idle


def _restore(qtbot: Any, gate: Any, tmp_path: Path, monkeypatch: Any, fail: bool) -> tuple[Any, bytes, list[Any]]:
    from app.core.practice import Practice
    from app.core.vault.errors import VaultError

    backup = tmp_path / "before.pgbackup"
    gate.ctx.command(lambda p: (p.backups.back_up(backup), None)[1])
    wait_idle(qtbot, gate)
    expected = bytes(gate.ctx.practice.vault._master_key())
    given: list[Any] = []
    original = Practice.restore

    def spy(backup: Path, path: Path, key: Any, **kw: Any) -> Any:  # on the database lane
        given.append((key, bytes(key)))
        if fail:
            raise VaultError("Refused by the test.")
        return original(backup, path, key, **kw)

    monkeypatch.setattr(Practice, "restore", staticmethod(spy))
    gate.window.restore_from_backup()
    dialog = gate.window.restore_dialog
    dialog.file.setText(str(backup))
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.result_text != "", timeout=30000)
    wait_idle(qtbot, gate)
    assert all(value != expected for value in vars(dialog).values())
    dialog.message.done(0)
    return dialog, expected, given


@pytest.mark.parametrize("fail", [False, True], ids=["restored", "failed"])
def test_the_key_is_wiped_once_the_restore_has_used_it(qtbot: Any, unlocked_gate: Any, tmp_path: Path,
                                                       monkeypatch: Any, fail: bool) -> None:
    dialog, expected, given = _restore(qtbot, unlocked_gate, tmp_path, monkeypatch, fail)
    assert dialog.result_text.startswith("Nothing was restored" if fail else "Restored from the backup")
    assert [value for _, value in given] == [expected]  # the restore had the right key
    key = given[0][0]
    wiped = not any(key)
    assert wiped, "the key outlived the restore"
