"""Driving the real widgets: create a vault, unlock, wrong passphrase, lock with a draft."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core.vault import recovery

from ..conftest import PASSPHRASE
from .conftest import wait_idle


def test_first_run_creates_vault_and_confirms_recovery_key(qtbot, make_gate, tmp_path: Path) -> None:
    path = tmp_path / "first.pgvault"
    gate = make_gate(path)
    gate.start()
    dialog = gate.create_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.fields.first, "short")
    assert "at least 15" in dialog.fields.hint.text()
    dialog.fields.first.setText(PASSPHRASE)
    dialog.fields.second.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    dialog.fields.second.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    assert path.exists()
    key = dialog.recovery_key
    assert len(recovery.decode(key)) == 32
    dialog.confirm_edit.setText("WRONG")
    dialog._confirm()
    assert not gate.window.isVisible() and "not group" in dialog.confirm_error.text()
    dialog.reject()  # can't walk away from an unconfirmed key
    assert dialog.isVisible()
    dialog.confirm_edit.setText(recovery.group_of(key, dialog.confirm_index).lower())
    dialog._confirm()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)


def test_wrong_passphrase_then_right(qtbot, make_gate, tmp_path: Path, light_kdf) -> None:
    from app.core.practice import Practice

    path = tmp_path / "u.pgvault"
    Practice.create(path, PASSPHRASE, kdf=light_kdf)[0].lock()
    gate = make_gate(path)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    dialog = gate.unlock_dialog
    assert not dialog.remember.isEnabled()  # no keyring backend in tests
    assert "credential store" in dialog.remember_reason.text()
    qtbot.keyClicks(dialog.secret, "definitely not the passphrase")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=10000)
    assert not gate.window.isVisible()
    dialog.secret.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    assert dialog.secret.text() == ""


def test_unlock_by_recovery_key(qtbot, make_gate, tmp_path: Path, light_kdf) -> None:
    from app.core.practice import Practice

    path = tmp_path / "r.pgvault"
    practice, key = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    gate = make_gate(path)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.by_recovery.setChecked(True)
    gate.unlock_dialog.secret.setText(key.replace("-", " "))
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
