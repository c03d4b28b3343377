"""A vault file nobody can write, opened in the app: it says so at unlock, and a save says why it failed.

The file is made immutable with ``chattr +i`` (even root cannot write it, and
the tests run as root in CI); where that is not possible a non-root run uses
mode 0444, and root is skipped with the reason.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.core.services.supervisees import SuperviseeData
from app.core.vault.errors import VaultReadOnly
from app.ui.errors import describe

from ..conftest import PASSPHRASE


@pytest.fixture
def immutable_vault(vault_path, light_kdf):  # type: ignore[no-untyped-def]
    """A vault whose file even root cannot write (chattr +i): a real read-only vault file."""
    import shutil
    import subprocess

    from app.core.practice import Practice

    Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)[0].lock()
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(vault_path)],
                                                        capture_output=True).returncode != 0:
        if os.geteuid() == 0:
            pytest.skip("cannot make the vault file immutable here (chattr +i), and root ignores file modes")
        os.chmod(vault_path, 0o444)
    try:
        yield vault_path
    finally:
        subprocess.run(["chattr", "-i", str(vault_path)], capture_output=True)
        os.chmod(vault_path, 0o600)


def test_a_read_only_vault_file_in_the_app_says_so_and_a_save_says_why(qtbot: Any, make_gate: Any,
                                                                       immutable_vault: Path) -> None:
    gate = make_gate(immutable_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: getattr(gate.window, "read_only_notice", None) is not None, timeout=10000)
    notice = gate.window.read_only_notice
    assert "open read-only: the vault file is read-only" in notice.text()
    notice.done(0)
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    caught: list[BaseException] = []
    gate.ctx.command(lambda p: p.supervisees.create(SuperviseeData(full_name="New"))[1], on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught), timeout=10000)
    assert describe(caught[0]) == str(VaultReadOnly())  # "Cannot save: the vault is open read-only. ..."
    assert not Path(str(immutable_vault) + "-wal").exists()
