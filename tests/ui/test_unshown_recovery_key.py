"""A rekey killed (kill -9) after its commit, before it showed the new recovery key: the app shows it at unlock."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.practice import Practice
from app.core.vault import Vault, WrongRecoveryKey, pending_keys
from tests.reliability.test_rekey_kill import KILLED_AFTER_COMMIT, ROOT

from ..conftest import PASSPHRASE


def test_the_new_recovery_key_is_shown_once_after_an_interrupted_rekey(qtbot, make_gate, tmp_path: Path,
                                                                       light_kdf) -> None:
    path = tmp_path / "ui.pgvault"
    practice, old_recovery = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    child = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(path)], cwd=ROOT,
                           env={**os.environ, "PG_TEST_PASSPHRASE": PASSPHRASE}, capture_output=True)
    assert child.returncode == -signal.SIGKILL and pending_keys.exists(path)

    gate = make_gate(path)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: getattr(gate.window, "unshown_key_dialog", None) is not None, timeout=10000)
    dialog = gate.window.unshown_key_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    new_recovery = dialog.key.text()
    assert new_recovery and new_recovery != old_recovery
    assert "old recovery key no longer opens" in dialog.note.text()
    dialog.accept()
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    assert not pending_keys.unshown_path(path).exists()  # shown once
    gate.lock()
    qtbot.waitUntil(lambda: gate.runner.pending == 0 and not gate.ctx.is_open, timeout=10000)
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(path, old_recovery)
    Vault.open_with_recovery_key(path, new_recovery).close()  # the key shown opens the vault
