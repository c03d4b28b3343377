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
def make_gate(qtbot, tmp_path: Path, light_kdf, request, monkeypatch):
    from app.ui.application import create_app
    from app.ui.vault_gate import VaultGate

    create_app()
    gates = []

    errors: list[BaseException] = []

    # Calendar sync starts a second after unlock in the app (after the first paint); in tests it starts
    # at once, inside the unlock the fixtures wait for, so it never reads on the shared connection while
    # a test writes through the practice directly.
    from app.ui.sync_controller import SyncController

    monkeypatch.setattr(SyncController, "START_DELAY_MS", 0)

    def make(path: Path | None = None) -> VaultGate:
        gate = VaultGate(path or tmp_path / "ui.pgvault", kdf=light_kdf)
        gates.append(gate)
        qtbot.addWidget(gate.window)
        # Every error delivered to the runner's default handler is recorded (not shown in a modal box)
        # and fails the test unless it is marked ``expected_errors`` (or installs its own handler).
        gate.runner.set_error_handler(errors.append)
        return gate

    yield make
    expected = request.node.get_closest_marker("expected_errors") is not None
    for gate in gates:
        gate.shutdown()
        if gate.unlock_dialog is not None:
            gate.unlock_dialog.close()
            gate.unlock_dialog.deleteLater()
        if gate.create_dialog is not None:
            gate.create_dialog.done(0)
            gate.create_dialog.deleteLater()
    assert expected or not errors, f"errors reached the runner: {[type(e).__name__ for e in errors]}"


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


def wait_idle(qtbot, gate, timeout: int = 15000) -> None:
    """Wait until both worker lanes have delivered everything queued (replaces the per-module copies)."""
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=timeout)


@pytest.fixture
def idle(qtbot):
    """``idle(gate)``: wait until the gate's runner has nothing queued or running."""
    return lambda gate, timeout=15000: wait_idle(qtbot, gate, timeout)


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "expected_errors: the test means errors to reach the runner's "
                                       "error handler")


@pytest.fixture(autouse=True)
def _no_stray_top_level_widgets(request):
    """Fail a test that leaves a visible, parentless window behind (after the gate's shutdown)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = set(map(id, app.topLevelWidgets())) if app is not None else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    QApplication.processEvents()
    leaked = [w for w in app.topLevelWidgets()
              if id(w) not in before and w.isVisible() and w.parentWidget() is None]
    for widget in leaked:
        widget.close()
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ for w in leaked]}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):  # type: ignore[no-untyped-def]
    """After every fixture of a test is torn down (qtbot has closed and deleteLater'd its widgets),
    delete them now. Outside an event loop Qt would keep them until one runs, so the windows of every
    earlier test stayed alive, and each app-wide style-sheet change re-polished all of them (the
    theme tests took 130 s in the full suite instead of 3 s)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
