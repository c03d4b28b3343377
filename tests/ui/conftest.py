"""UI test helpers: a gate on a temp vault with light KDF parameters."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path):
    """QSettings (geometry, last page, text size) in the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def make_gate(qtbot, tmp_path: Path, light_kdf):
    from app.ui.application import create_app
    from app.ui.vault_gate import VaultGate

    create_app()
    gates = []

    def make(path: Path | None = None) -> VaultGate:
        gate = VaultGate(path or tmp_path / "ui.pgvault", kdf=light_kdf)
        gates.append(gate)
        qtbot.addWidget(gate.window)
        return gate

    yield make
    for gate in gates:
        gate.shutdown()
        if gate.unlock_dialog is not None:
            gate.unlock_dialog.close()
        if gate.create_dialog is not None:
            gate.create_dialog.done(0)


@pytest.fixture
def unlocked_gate(qtbot, make_gate, tmp_path: Path, light_kdf):
    """A gate whose vault exists and is open, the main window showing."""
    from app.core.practice import Practice

    path = tmp_path / "ui.pgvault"
    Practice.create(path, PASSPHRASE, kdf=light_kdf)[0].lock()
    gate = make_gate(path)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    # The landing page loads on the worker; tests that then write from this thread
    # must not race it (SQLite: "cannot commit - no transaction is active").
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    return gate
