"""File ▸ Restore from backup…: a progress bar while it works, the event loop alive, and Stop before the swap."""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMetaObject, Qt, QTimer
from PySide6.QtWidgets import QPushButton

from .test_backup_ui import _action, _unlock


def _backup_and_start(qtbot, gate, tmp_path: Path):  # type: ignore[no-untyped-def]
    backup = tmp_path / "before.pgbackup"
    gate.ctx.command(lambda p: p.settings.update(replace(p.settings.get(), supervisor_name="Before Restore")))
    gate.ctx.command(lambda p: (p.backups.back_up(backup), None)[1])
    gate.ctx.command(lambda p: p.settings.update(replace(p.settings.get(), supervisor_name="After Backup")))
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=20000)
    _action(gate.window, "Restore from backup…").trigger()
    dialog = gate.window.restore_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.file.setText(str(backup))
    return dialog


def _names(qtbot, gate) -> list[str]:  # type: ignore[no-untyped-def]
    names: list[str] = []
    gate.ctx.query(lambda p: p.settings.get().supervisor_name, lambda name: names.append(name))
    qtbot.waitUntil(lambda: names != [], timeout=10000)
    return names


def test_restore_shows_progress_and_keeps_the_event_loop_running(qtbot, unlocked_gate, tmp_path: Path) -> None:
    gate = unlocked_gate
    dialog = _backup_and_start(qtbot, gate, tmp_path)
    # The worker waits in its first progress report until the GUI thread's timer has ticked
    # three times: if the restore blocked the event loop, the timer could not tick.
    ticks: list[int] = []
    ticked = threading.Event()
    seen_ticking: list[bool] = []
    reports: list[tuple[int, int]] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 3 and ticked.set()))

    def on_progress(done: int, total: int) -> None:  # runs on the database lane
        reports.append((done, total))
        if not seen_ticking:
            seen_ticking.append(ticked.wait(10))

    dialog.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    timer.start()
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.isVisible(), timeout=10000)
    seen: list[int] = []
    qtbot.waitUntil(lambda: (dialog.progress is not None and seen.append(dialog.progress.value())) or
                    dialog.result_text != "", timeout=30000)
    timer.stop()
    assert seen_ticking == [True]
    assert dialog.result_text.startswith("Restored from the backup"), dialog.result_text
    assert reports and reports[-1][0] == reports[-1][1]  # progress ran to the end
    assert dialog.progress is None  # its window is closed once the restore is done
    dialog.message.done(0)
    _unlock(qtbot, gate)
    assert _names(qtbot, gate) == ["Before Restore"]


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and p.name.startswith("ui.pgvault") and not p.name.endswith((".lock", ".commits"))}


def test_stop_before_the_swap_changes_nothing(qtbot, unlocked_gate, tmp_path: Path) -> None:
    gate = unlocked_gate
    dialog = _backup_and_start(qtbot, gate, tmp_path)
    stopped = threading.Event()
    before: dict[str, dict[str, str]] = {}

    def on_progress(done: int, total: int) -> None:  # the lane: the vault is locked, the restore has begun
        if not stopped.is_set():
            before["files"] = {k: v for k, v in _files(tmp_path).items() if ".restore-" not in k}  # staging
            stopped.set()
            # Stop, clicked (on the GUI thread) as the first bytes come in; wait until it was seen.
            button = dialog.progress.findChild(QPushButton)  # type: ignore[union-attr]
            QMetaObject.invokeMethod(button, "click", Qt.ConnectionType.QueuedConnection)
            for _ in range(1000):
                if dialog._cancel.is_set():
                    break
                time.sleep(0.01)

    dialog.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.result_text != "", timeout=30000)
    assert dialog.result_text.startswith("Nothing was restored: The restore was cancelled"), dialog.result_text
    assert _files(tmp_path) == before["files"]
    assert not list(tmp_path.glob("ui.pgvault.before-restore-*")) and not list(tmp_path.glob("*.restore-*"))
    dialog.message.done(0)
    _unlock(qtbot, gate)
    assert _names(qtbot, gate) == ["After Backup"]  # the vault as it was
